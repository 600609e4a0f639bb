"""One language's search index file: a prebuilt lunr index plus what the browser needs.

Layout of ``search/<lang>.json`` (format 1)::

    {"format": 1, "lang": "zh",
     "stopWords": [...],            # Chinese stop words (English ones are lunr's own)
     "synonyms": [[...], ...],      # groups, see data/synonyms/<lang>.yml
     "docs": [[url, page title, section heading or "", section text], ...],
     "index": {...}}                # lunr.Index serialized (lunr.js 2.3.9 format)

A lunr ref is the position of its section in ``docs`` (short refs keep the file small); a
section's url is its path from the site root, ``en/contact/#hours``. A section's title is
its heading; the page's own first section has the page title and, in its text, the
description.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from lunr.builder import Builder
from lunr.index import Index
from lunr.query import Query

from helpcenter.search.query import Clause, PageHit, SectionHit, group_by_page, query_clauses
from helpcenter.search.sections import split_sections
from helpcenter.search.segmenter import Segmenter
from helpcenter.search.terms import ZH_STOP_WORDS, index_terms

FORMAT = 1
#: Field weights: a word in a title says more than one in a paragraph. Two fields only:
#: lunr writes every field into every term's postings, so each one costs index size.
FIELDS = (("title", 10), ("text", 1))


@dataclass(frozen=True)
class PageSource:
    """A rendered page as the build hands it over."""

    #: URL path from the site root, "contact/" or "en/contact/".
    url: str
    title: str
    description: str
    #: The rendered content (page.content), without the theme around it.
    html: str


class IndexFileError(ValueError):
    """An index file that is not what this code writes."""


def build_index_file(
    lang: str, pages: Iterable[PageSource], segmenter: Segmenter, synonyms: list[list[str]]
) -> dict[str, Any]:
    """The index file of one language's pages, as a JSON-ready dict."""
    builder = Builder()
    builder.pipeline.reset()  # terms arrive finished: see terms.py
    builder.search_pipeline.reset()
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    docs: list[list[str]] = []
    for page in pages:
        for section in split_sections(page.html, page.title):
            own = section.anchor is None
            title = page.title if own else section.heading
            text = f"{page.description} {section.text}" if own else section.text
            builder.add(
                {
                    "ref": str(len(docs)),
                    "title": index_terms(title, segmenter),
                    "text": index_terms(text, segmenter),
                }
            )
            url = page.url if own else f"{page.url}#{section.anchor}"
            docs.append([url, page.title, "" if own else section.heading, section.text])
    return {
        "format": FORMAT,
        "lang": lang,
        "stopWords": sorted(ZH_STOP_WORDS),
        "synonyms": synonyms,
        "docs": docs,
        "index": builder.build().serialize(),
    }


class SearchIndex:
    """A loaded index file, searched the way the browser searches it."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise IndexFileError(f"index format {data.get('format')!r}, expected {FORMAT}")
        self.lang: str = data["lang"]
        self.docs: list[list[str]] = data["docs"]
        self.synonyms: list[list[str]] = data["synonyms"]
        self.index = Index.load(data["index"])

    @property
    def vocabulary(self) -> dict[str, Any]:
        return self.index.inverted_index

    def clauses(self, query: str) -> list[Clause]:
        return query_clauses(query, self.vocabulary, self.synonyms)

    def search(self, query: str) -> list[PageHit]:
        """Pages matching ``query``, best first."""
        clauses = self.clauses(query)
        if not clauses:
            return []
        q = self.index.create_query()
        for clause in clauses:
            wildcard = Query.WILDCARD_TRAILING if clause.prefix else Query.WILDCARD_NONE
            q.term(clause.term, boost=clause.boost, wildcard=wildcard, use_pipeline=False)
        results = self.index.query(q)
        return group_by_page(SectionHit(self.docs[int(r["ref"])][0], r["score"]) for r in results)


def page_slug(url: str, lang_prefixes: Sequence[str] = ()) -> str:
    """The page file name of a URL path: "en/contact/" -> "contact", "" -> "index"."""
    path = url.split("#", 1)[0].strip("/")
    for prefix in lang_prefixes:
        if path == prefix or path.startswith(prefix + "/"):
            path = path[len(prefix) :].strip("/")
            break
    return path.rsplit("/", 1)[-1] if path else "index"
