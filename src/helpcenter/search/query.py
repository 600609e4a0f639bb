"""A reader's query to weighted lunr clauses, and results grouped by page.

This is the Python twin of ``overrides/assets/javascripts/search/query.js``: the tests run
every shared query through it against the built indexes, and a test runs both on the same
inputs to keep them equal. Chinese queries are segmented with the index's own vocabulary
(the words the build-time segmenter produced), so a query and the pages meet on the same
words; every character of the query stays in some piece, the last one included.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from helpcenter.search.terms import (
    EN_STOP_WORDS,
    LATIN_WORD,
    ZH_STOP_WORDS,
    is_han,
    latin_term,
    normalize,
    runs,
)

#: Longest vocabulary word tried when segmenting a query.
MAX_WORD = 8
#: Clause weights: the query's own words, prefixes of them, parts of long words, synonyms.
BOOST_WORD = 10.0
BOOST_PREFIX = 2.0
BOOST_PART = 3.0
BOOST_SYNONYM = 4.0
#: A page's score: its best section plus this share of its other matching sections.
OTHER_SECTIONS_SHARE = 0.25


@dataclass(frozen=True)
class Clause:
    term: str
    boost: float
    #: Match every index term that starts with ``term``.
    prefix: bool = False


def segment_han(run: str, vocabulary: Container[str]) -> list[str]:
    """Cut a Han run into vocabulary words, fewest unknown characters first, then fewest pieces.

    A character no vocabulary word covers is a piece of its own: nothing is dropped.
    """
    n = len(run)
    inf = (n + 1, n + 1)
    best: list[tuple[int, int]] = [(0, 0)] + [inf] * n
    back = [0] * (n + 1)
    for i in range(n):
        if best[i] == inf:
            continue
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            piece = run[i:j]
            if piece in vocabulary:
                cost = (best[i][0], best[i][1] + 1)
            elif j == i + 1:
                cost = (best[i][0] + 1, best[i][1] + 1)
            else:
                continue
            if cost < best[j]:
                best[j], back[j] = cost, i
    pieces: list[str] = []
    j = n
    while j > 0:
        pieces.append(run[back[j] : j])
        j = back[j]
    return pieces[::-1]


def query_pieces(query: str, vocabulary: Container[str]) -> list[str]:
    """The query's words in order: Han runs segmented, Latin words as typed (normalized)."""
    pieces: list[str] = []
    for run in runs(normalize(query)):
        pieces.extend(segment_han(run, vocabulary) if is_han(run) else [run])
    return pieces


def _parts(piece: str, vocabulary: Container[str]) -> Iterable[str]:
    """Vocabulary words of two or more characters inside a longer Han word."""
    for size in range(len(piece) - 1, 1, -1):
        for start in range(len(piece) - size + 1):
            part = piece[start : start + size]
            if part in vocabulary:
                yield part


def _mentions(query: str, phrase: str) -> bool:
    """Whether the normalized query contains the phrase (whole words for Latin phrases)."""
    phrase = normalize(phrase)
    if any(is_han(run) for run in runs(phrase)):
        return phrase in query
    return re.search(rf"(?<![a-z0-9']){re.escape(phrase)}(?![a-z0-9'])", query) is not None


def query_clauses(
    query: str, vocabulary: Container[str], synonyms: Iterable[Iterable[str]] = ()
) -> list[Clause]:
    """The weighted clauses for ``query``, each term once with its highest weight."""
    weights: dict[tuple[str, bool], float] = {}

    def add(term: str, boost: float, prefix: bool = False) -> None:
        key = (term, prefix)
        weights[key] = max(weights.get(key, 0.0), boost)

    pieces = query_pieces(query, vocabulary)
    latin = [p for p in pieces if LATIN_WORD.fullmatch(p)]
    only_stop_words = bool(latin) and all(p in EN_STOP_WORDS for p in latin)
    for position, piece in enumerate(pieces):
        last = position == len(pieces) - 1
        if is_han(piece):
            if piece in ZH_STOP_WORDS:
                continue
            add(piece, BOOST_WORD)
            if last or len(piece) == 1:
                add(piece, BOOST_PREFIX, prefix=True)
            for part in _parts(piece, vocabulary):
                add(part, BOOST_PART)
            continue
        term = latin_term(piece) or (piece if only_stop_words else None)
        if term is None:
            continue
        add(term, BOOST_WORD)
        add(term, BOOST_PREFIX, prefix=True)
        if piece != term:
            add(piece, BOOST_PREFIX, prefix=True)  # a half-typed word stems unpredictably
    text = normalize(query)
    for group in synonyms:
        members = list(group)
        if not any(_mentions(text, member) for member in members):
            continue
        for member in members:
            if _mentions(text, member):
                continue
            for piece in query_pieces(member, vocabulary):
                term = piece if is_han(piece) else latin_term(piece)
                if term is not None and term not in ZH_STOP_WORDS:
                    add(term, BOOST_SYNONYM)
    return [Clause(term, boost, prefix) for (term, prefix), boost in weights.items()]


@dataclass(frozen=True)
class SectionHit:
    #: The section's path from the site root ("en/contact/#hours").
    url: str
    score: float


@dataclass(frozen=True)
class PageHit:
    #: The page's path from the site root ("contact/", "en/contact/").
    page: str
    score: float
    sections: tuple[SectionHit, ...]


def group_by_page(hits: Iterable[SectionHit]) -> list[PageHit]:
    """Section hits (best first) grouped into pages, best page first, ties in hit order."""
    pages: dict[str, list[SectionHit]] = {}
    for hit in hits:
        pages.setdefault(hit.url.split("#", 1)[0], []).append(hit)
    grouped = []
    for page, sections in pages.items():
        best, *others = sections
        score = best.score + OTHER_SECTIONS_SHARE * sum(s.score for s in others)
        grouped.append(PageHit(page, score, tuple(sections)))
    return sorted(grouped, key=lambda p: -p.score)
