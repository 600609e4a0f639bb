"""MkDocs hook: publishing. Thin adapter over helpcenter.publish.build.

The build writes into a staging folder; every file it produced must be accounted for (a page,
a theme file, an image from docs/, a file one of our steps wrote), every HTML file may carry
only the theme's own code, the CDN headers are written from that code, and only then does the
staged site replace the output. Any failure leaves the previous output exactly as it was.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from helpcenter.problems import ProblemsError
from helpcenter.publish.build import Publisher

_publisher = Publisher()


@event_priority(1000)  # first: every other step writes into the staging folder
def on_config(config, **_):
    config.site_dir = _publisher.start(config.site_dir, config.config_file_path)
    _publisher.set_docs(config.docs_dir)
    return config


@event_priority(-1000)  # after mkdocs-static-i18n (-100) arranged each language's files
def on_files(files, config, **_):
    kept = _publisher.check_files(
        list(files),
        docs_dir=config.docs_dir,
        custom_dir=config.theme.custom_dir,
        site_dir=config.site_dir,
    )
    for file in list(files):
        if file not in kept:
            files.remove(file)
    return files


def on_post_page(output, page, config, **_):
    _publisher.page(
        page.file.dest_path,
        page.file.abs_src_path,
        config.site_dir,
        template_dirs=config.theme.dirs,
        site_url=config.site_url,
    )
    return output


def on_post_template(output, template_name, config, **_):
    _publisher.template(template_name, config.site_dir)
    return output


@event_priority(-1000)  # last: after every step that writes into the output
def on_post_build(config, **_):
    try:
        _publisher.finish(
            site_dir=config.site_dir,
            template_dirs=config.theme.dirs,
            strict=config.strict,
            site_url=config.site_url,
        )
    except ProblemsError as error:
        raise PluginError(str(error)) from error


def on_build_error(error, **_):
    _publisher.abandon()
