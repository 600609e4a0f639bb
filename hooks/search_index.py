"""MkDocs hook: one prebuilt search index per language (see helpcenter.search).

mkdocs-static-i18n builds the site once per language; each build collects its own pages
(by ``page.file.locale``) and writes its own index file. Material's stock search plugin stays
enabled only so its header shows the search box (our ``partials/search.html`` replaces the
box and the whole UI): every page is excluded from its index, and its merged bilingual
``search/search_index.json`` is removed, so no reader ever gets the other language's pages.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from helpcenter.publish.inventory import Origin, record
from helpcenter.search.index_file import PageSource, build_index_file
from helpcenter.search.layout import index_path, language_root
from helpcenter.search.segmenter import Segmenter, SegmenterError, load_segmenter
from helpcenter.search.synonyms import SynonymError, load_synonyms

STOCK_INDEX = Path("search", "search_index.json")
_segmenter: list[Segmenter] = []  # loaded once per process, checked on every build
_pages: dict[str, list[PageSource]] = {}  # locale -> pages of the current build


def _locales(config) -> tuple[str, str]:
    """(this build's language, the default language)."""
    lang = config.theme["language"]
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return lang, lang
    return lang, next(x.locale for x in i18n.config.languages if x.default)


def on_config(config, **_):
    try:
        if not _segmenter:
            _segmenter.append(load_segmenter())
    except SegmenterError as error:
        raise PluginError(f"search: {error}") from error


def on_pre_build(config, **_):
    if not getattr(config.plugins.get("i18n"), "building", False):
        _pages.clear()  # the outer build starts: forget pages of an earlier (failed) build


def on_env(env, config, **_):
    lang, default = _locales(config)
    env.globals["search_index"] = {
        "lang": lang,
        "root": language_root(lang, default),
        "path": index_path(lang, default),
    }
    return env


def on_page_markdown(markdown, page, **_):
    page.meta["search"] = {"exclude": True}  # keep pages out of the stock (bilingual) index
    return markdown


def on_page_context(context, page, config, **_):
    locale = getattr(page.file, "locale", None) or _locales(config)[0]
    title = str(page.meta.get("title") or page.title or "")
    description = str(page.meta.get("description") or "")
    _pages.setdefault(locale, []).append(PageSource(page.url, title, description, page.content))
    return context


@event_priority(-150)  # after mkdocs-static-i18n rewrote the merged stock index (-100)
def on_post_build(config, **_):
    """Write the pending languages' indexes (the i18n builds nest) and drop the stock one."""
    _, default = _locales(config)
    site = Path(config.site_dir)
    for locale, pages in _pages.items():
        try:
            data = build_index_file(locale, pages, _segmenter[0], load_synonyms(locale))
        except SynonymError as error:
            raise PluginError(f"search: {error}") from error
        target = site / index_path(locale, default)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
        record(site, index_path(locale, default), Origin.GENERATED, f"search index ({locale})")
    _pages.clear()
    (site / STOCK_INDEX).unlink(missing_ok=True)
