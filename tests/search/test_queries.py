"""Every shared query (and ours) finds its page in its own language's prebuilt index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpcenter.search.index_file import SearchIndex, page_slug
from helpcenter.search.query import query_pieces
from helpcenter.search.terms import HAN_RUN, ZH_STOP_WORDS, normalize
from tests.search.search_cases import (
    LANGS,
    SHARED_ORIGINAL,
    SHARED_QUERIES,
    all_queries,
    query_id,
)

pytestmark = pytest.mark.slow
QUERIES = all_queries()


def test_shared_query_copy_is_verbatim() -> None:
    if not SHARED_ORIGINAL.is_file():
        pytest.skip(f"{SHARED_ORIGINAL} is not beside this checkout (clean clone): copy kept")
    assert SHARED_QUERIES.read_bytes() == SHARED_ORIGINAL.read_bytes(), (
        f"{SHARED_QUERIES} differs from {SHARED_ORIGINAL}: copy the shared file over it unchanged"
    )


@pytest.mark.parametrize("item", QUERIES, ids=[query_id(q) for q in QUERIES])
def test_query_ranks_its_page(item: tuple[str, dict[str, Any]], indexes) -> None:
    lang, query = item
    slugs = [page_slug(hit.page, ["en"]) for hit in indexes[lang].search(query["q"])]
    top = slugs[: query["rank"]]
    assert set(top) & set(query["expect"]), (
        f"{lang} {query['q']!r}: expected one of {query['expect']} in the top {query['rank']}, "
        f"got {slugs[:5]}"
    )


@pytest.mark.parametrize("item", QUERIES, ids=[query_id(q) for q in QUERIES])
def test_results_stay_in_the_query_language(item, indexes: dict[str, SearchIndex]) -> None:
    lang, query = item
    pages = [hit.page for hit in indexes[lang].search(query["q"])]
    assert pages
    if lang == "en":
        assert all(page.startswith("en/") for page in pages), pages
    else:
        assert not any(page.startswith("en/") for page in pages), pages


@pytest.mark.parametrize(
    "item", [q for q in QUERIES if q[0] == "zh"], ids=[query_id(q) for q in QUERIES if q[0] == "zh"]
)
def test_chinese_query_keeps_every_word(item, indexes: dict[str, SearchIndex]) -> None:
    """Every character is in some piece (the last word too) and every word is searched."""
    _, query = item
    index = indexes["zh"]
    han = "".join(HAN_RUN.findall(normalize(query["q"])))
    pieces = [p for p in query_pieces(query["q"], index.vocabulary) if HAN_RUN.fullmatch(p)]
    assert "".join(pieces) == han
    searched = {clause.term for clause in index.clauses(query["q"])}
    assert [p for p in pieces if p not in ZH_STOP_WORDS and p not in searched] == []


def test_each_index_holds_exactly_its_language_pages(built_site: Path, index_files) -> None:
    for lang in LANGS:
        folder = Path(__file__).parents[2] / "docs" / lang
        slugs = {p.stem for p in folder.glob("*.md")}
        urls = {doc[0].split("#")[0] for doc in index_files[lang]["docs"]}
        assert {page_slug(url, ["en"]) for url in urls} == slugs
        assert all(url.startswith("en/") == (lang == "en") for url in urls), urls


def test_no_bilingual_stock_index_is_shipped(built_site: Path) -> None:
    assert not (built_site / "search" / "search_index.json").exists()
    assert sorted(
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("*.json")
        if p.parent.name == "search"
    ) == ["en/search/en.json", "search/zh.json"]


def test_titles_carry_no_zero_width_spaces(index_files) -> None:
    for data in index_files.values():
        for url, title, heading, text in data["docs"]:
            assert "\u200b" not in title + heading + text, url
