"""MkDocs hook: render registry markers in pages and publish the registry export.

Thin adapter over helpcenter.registry_pages: loads registry/channels.yml (parsed once per
content, shared with the guard), reports every marker that cannot render (at its file line)
with the build's other problems, writes /registry/channels.json (+ the grammar data and the
QR reader the checker uses), gives the templates the demo notice (``hc_demo``, when the
registry says ``demo: true``), and has ``mkdocs serve`` rebuild when registry/ changes.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from helpcenter.languages import base, site_languages
from helpcenter.markdown_source import markdown_first_line
from helpcenter.problems import BUILD
from helpcenter.registry.loader import RegistryError, load_registry
from helpcenter.registry.model import LANGUAGES, Registry
from helpcenter.registry_pages.demo import demo_notice
from helpcenter.registry_pages.markers import MarkerError, render_markers
from helpcenter.registry_pages.publish import CheckerAssetsMissing, write_export
from helpcenter.registry_pages.serve import attach
from helpcenter.site.git_dates import commit_date

REGISTRY = Path("registry") / "channels.yml"
_state: dict[str, object] = {}


def on_config(config, **_):
    project = Path(config.config_file_path).parent
    try:
        # Named relative to where the build runs, so messages read registry/channels.yml:12.
        registry = load_registry(Path(os.path.relpath(project / REGISTRY)))
    except RegistryError as error:
        raise PluginError(f"registry:\n{error}") from error
    problems = []  # what a site language lacks, every one reported
    missing = [lang for lang in site_languages(config) if base(lang) not in LANGUAGES]
    if missing:
        problems.append(
            f"mkdocs.yml builds {', '.join(missing)}, but registry texts are written only in "
            f"{', '.join(LANGUAGES)}. Fix: add the language to the registry's texts "
            "(registry.model.Localized and every label, purpose and note) or drop it from "
            "the i18n languages"
        )
    if registry.demo:
        for locale in site_languages(config):
            try:
                demo_notice(locale)
            except ValueError as error:
                problems.append(f"demo notice: {error}")
    if problems:
        raise PluginError("\n".join(problems))
    # Zone offsets are described for the commit's year: two builds of one commit are identical.
    _state.update(registry=registry, project=project, year=commit_date(project).year)


def on_serve(server, config, builder, **_):
    # A registry edit rebuilds like a page edit. A failed rebuild shows its file:line problems
    # in the terminal and on every page instead of leaving the server stuck, and the next
    # good rebuild brings the site back (helpcenter.registry_pages.serve).
    server.watch(str(Path(config.config_file_path).parent / REGISTRY.parent))
    return attach(server)


def on_env(env, config, files, **_):
    registry = _state["registry"]
    assert isinstance(registry, Registry)
    # The partial overrides/partials/hc-demo.html calls it with the page's locale.
    env.globals["hc_demo"] = demo_notice if registry.demo else None
    return env


def on_page_markdown(markdown, page, **_):
    registry = _state["registry"]
    assert isinstance(registry, Registry)
    project = _state["project"]
    assert isinstance(project, Path)
    year = _state["year"]
    assert isinstance(year, int)
    path = Path(os.path.relpath(page.file.abs_src_path, project)).as_posix()
    locale = getattr(page.file, "locale", None)
    if locale is None:
        raise PluginError(f"{path}: no page language; the i18n plugin must run before this hook")
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")
    try:
        return render_markers(
            markdown,
            registry,
            locale,
            path=path,
            year=year,
            root=get_relative_url(".", page.url) + "/",
            first_line=markdown_first_line(source),
        )
    except MarkerError as error:
        BUILD.add(error.problems)  # every page's, reported together at the end of the build
        return markdown


@event_priority(-800)  # after mkdocs-static-i18n (-100) built every language's pages
def on_post_build(config, **_):
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "building", False):
        return  # a nested per-language build; the outer build writes the export once

    registry = _state["registry"]
    assert isinstance(registry, Registry)
    try:
        write_export(registry, Path(config.site_dir))
    except CheckerAssetsMissing as error:
        raise PluginError(str(error)) from error
