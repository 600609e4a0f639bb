"""MkDocs hook: one prebuilt search index per language (see helpcenter.search).

mkdocs-static-i18n builds the site once per language; each build collects its own pages
(by ``page.file.locale``) and writes its own index: a head and the shards and page fragments
it points at (``index_build.py``). A page's ``key_phrases`` are read and checked here (a bad
value is a problem of the build at path:line). Material's stock search plugin stays enabled
only so its header shows the search box (our ``partials/search.html`` replaces the box and
the whole UI): every page is excluded from its index, and its merged bilingual
``search/search_index.json`` is removed, so no reader ever gets the other language's pages.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from helpcenter.problems import BUILD
from helpcenter.publish.inventory import Origin, record
from helpcenter.search.background import IndexBuilder
from helpcenter.search.index_build import PageSource, dumps, file_path
from helpcenter.search.key_phrases import read_key_phrases
from helpcenter.search.layout import index_path, language_root
from helpcenter.search.segmenter import SegmenterError
from helpcenter.search.synonyms import SynonymError, load_synonyms
from helpcenter.search.typos import TypoListError, load_typos

STOCK_INDEX = Path("search", "search_index.json")
_pages: dict[str, list[PageSource]] = {}  # locale -> rendered pages not yet handed over
_phrases: dict[str, tuple[str, ...]] = {}  # source path -> its key phrases
_builder: list[IndexBuilder] = []  # this build's (helpcenter.search.background)


def _locales(config) -> tuple[str, str]:
    """(this build's language, the default language)."""
    lang = config.theme["language"]
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return lang, lang
    return lang, next(x.locale for x in i18n.config.languages if x.default)


def _nested(config) -> bool:
    return bool(getattr(config.plugins.get("i18n"), "building", False))


def on_config(config, **_):
    if not _nested(config):  # the outer build starts: forget an earlier (failed) build's work
        _pages.clear()
        for builder in _builder:
            builder.close()
        _builder[:] = [IndexBuilder()]
    else:  # mkdocs-static-i18n starts another language: the last one's pages are all rendered
        _hand_over()
    return config


def _hand_over() -> None:
    """Start the index of every language whose pages are all rendered."""
    for locale, pages in _pages.items():
        try:
            _builder[0].submit(locale, pages, load_synonyms(locale), load_typos())
        except (SynonymError, TypoListError) as error:
            raise PluginError(f"search: {error}") from error
    _pages.clear()


def on_env(env, config, **_):
    lang, default = _locales(config)
    env.globals["search_index"] = {
        "lang": lang,
        "root": language_root(lang, default),
        "path": index_path(lang, default),
    }
    return env


def on_page_markdown(markdown, page, config, **_):
    page.meta["search"] = {"exclude": True}  # keep pages out of the stock (bilingual) index
    path = page.file.abs_src_path
    if path:
        name = os.path.relpath(path, os.path.dirname(config.config_file_path))
        text = Path(path).read_text("utf-8-sig")
        phrases, problems = read_key_phrases(text, name.replace(os.sep, "/"))
        BUILD.add(problems)
        _phrases[path] = tuple(phrases)
    return markdown


def on_page_context(context, page, config, **_):
    locale = getattr(page.file, "locale", None) or _locales(config)[0]
    title = str(page.meta.get("title") or page.title or "")
    description = str(page.meta.get("description") or "")
    phrases = _phrases.get(page.file.abs_src_path or "", ())
    _pages.setdefault(locale, []).append(
        PageSource(page.url, title, description, page.content, phrases)
    )
    return context


@event_priority(-150)  # after mkdocs-static-i18n rewrote the merged stock index (-100)
def on_post_build(config, **_):
    """Hand over this language's pages; the outer build (every language done) writes every
    index and drops the stock one."""
    _hand_over()
    if _nested(config):
        return
    _, default = _locales(config)
    site = Path(config.site_dir)
    try:
        indexes = _builder[0].results()
    except SegmenterError as error:
        raise PluginError(f"search: {error}") from error
    for locale, index in indexes.items():
        head = index_path(locale, default)
        folder = head.rsplit("/", 1)[0]
        _write(site, head, index.head, f"search index ({locale})")
        for name, data in index.files.items():
            _write(site, f"{folder}/{file_path(index.head, name)}", data, f"search ({locale})")
    (site / STOCK_INDEX).unlink(missing_ok=True)


def on_build_error(**_):
    _pages.clear()
    for builder in _builder:
        builder.close()


def _write(site: Path, rel: str, data, producer: str) -> None:
    target = site / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dumps(data), "utf-8")
    record(site, rel, Origin.GENERATED, producer)
