"""MkDocs hook: the contact guard. Thin adapter over helpcenter.guard.build.

Every page (source and built HTML), mkdocs.yml, the theme's templates and every other file the
build publishes (read as a browser presents it) are checked against registry/channels.yml; the
build fails with every unofficial contact as path:line, and nothing is published.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from helpcenter.guard.build import BuildGuard, GuardFailed
from helpcenter.languages import site_languages

_guard = BuildGuard()


def on_config(config, **_):
    _run(
        _guard.start,
        config.config_file_path,
        config.site_dir,
        config.docs_dir,
        config.theme.custom_dir,
        config.site_url,  # `mkdocs serve` builds for its own address
        site_languages(config),
    )


def on_page_markdown(markdown, page, **_):
    file = page.file
    lang = getattr(file, "locale", None)
    _run(_guard.page_markdown, markdown, file.abs_src_path, file.src_uri, lang)
    return markdown


@event_priority(-100)  # after other hooks and plugins changed the page
def on_post_page(output, page, **_):
    file = page.file
    lang = getattr(file, "locale", None)
    _run(_guard.page_html, output, file.abs_src_path, file.src_uri, file.abs_dest_path, lang)
    return output


@event_priority(-900)  # after i18n (-100) ran the other languages' builds and every step wrote
def on_post_build(config, **_):
    _run(_guard.finish)


def on_build_error(error, **_):
    _guard.abandon()


def _run(step, *args):
    try:
        step(*args)
    except GuardFailed as error:
        raise PluginError(str(error)) from error
