"""One language's search index, built as small files the browser loads as it needs them.

The model is lunr's: lunr's tokens, stemmer and stop words (``terms.py``), and lunr's BM25
field weights (k1 1.2, b 0.75, per field, times the field's boost). What differs is the
storage: lunr.js must download its whole serialized index before the first result (6 MB at
1,000 pages), so the weights are written as postings, cut by term into shards, and each
page's text into a fragment; a search downloads the small head, the shards of its words and
the fragments of the results it shows. Layout (``layout.py`` has the paths)::

    search/zh.json                  the head (format 2):
      {"format": 2, "lang": "zh", "files": "zh/<hash>/",
       "stopWords": [...], "synonyms": [[...]], "typos": [[wrong, right]],
       "keyPhrases": [...],         # the pages' key phrases, normalized, sorted
       "words": [...],              # English words of the pages, for near misses
       "terms": [...],              # the vocabulary, sorted by code point
       "shards": [0, 812, ...],     # the first term of each shard (an index into terms)
       "pages": [url, ...],         # url from the site root ("en/contact/")
       "sections": [n, ...]}        # how many sections each page has, in order
    search/zh/t<i>.<hash>.json      shard i: each of its terms' postings, in term order,
                                    [section delta, weight x100, section delta, ...]
    search/zh/p<i>.<hash>.json      page i: [[section url, heading, text], ...] (the first
                                    section's heading is the page title)

Sections are numbered across pages in order; a page's first section is its own (the text
before its first ``h2``), titled by the page title. The hash is of every shard and fragment,
so a head never points at another build's files and the CDN may cache them for good.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from helpcenter.search.key_phrases import FIELD as KEY_PHRASES
from helpcenter.search.query import FUZZY_MIN_LENGTH, member_term
from helpcenter.search.sections import split_sections
from helpcenter.search.segmenter import JiebaSegmenter, Segmenter
from helpcenter.search.terms import (
    ZH_STOP_WORDS,
    index_terms,
    is_han,
    latin_term,
    latin_words,
    normalize,
    phrase_term,
)

FORMAT = 2
#: Fields and their boosts: a title or a key phrase says most, a heading more than a paragraph.
FIELDS = (("title", 10.0), (KEY_PHRASES, 10.0), ("heading", 4.0), ("text", 1.0))
#: lunr's BM25 parameters (lunr.Builder defaults).
K1 = 1.2
B = 0.75
#: A shard is cut once its postings reach this many numbers (about 8 KB of JSON).
SHARD_NUMBERS = 2000


@dataclass(frozen=True)
class PageSource:
    """A rendered page as the build hands it over."""

    #: URL path from the site root, "contact/" or "en/contact/".
    url: str
    title: str
    description: str
    #: The rendered content (page.content), without the theme around it.
    html: str
    #: Reviewed phrases readers search with (front matter ``key_phrases``).
    key_phrases: tuple[str, ...] = ()


@dataclass
class IndexFiles:
    """The head and the files it points at (name, "t3" or "p7" -> data)."""

    head: dict[str, Any]
    files: dict[str, Any] = field(default_factory=dict)


def extra_words(
    synonyms: Iterable[Iterable[str]],
    typos: Iterable[tuple[str, str]],
    key_phrases: Iterable[str],
) -> set[str]:
    """Chinese phrases the segmenter must keep whole: synonyms, corrections, key phrases."""
    words = {normalize(w) for group in synonyms for w in group}
    words |= {normalize(right) for _, right in typos}
    words |= {normalize(p) for p in key_phrases}
    return {w for w in words if is_han(w) and len(w) > 1}


def build_index(
    lang: str,
    pages: list[PageSource],
    segmenter: Segmenter,
    synonyms: list[list[str]],
    typos: list[tuple[str, str]],
    shard_numbers: int = SHARD_NUMBERS,
) -> IndexFiles:
    """The index of one language's pages (shards of about ``shard_numbers`` numbers)."""
    key_phrases = sorted({normalize(p) for page in pages for p in page.key_phrases})
    if isinstance(segmenter, JiebaSegmenter):
        segmenter.use_words(extra_words(synonyms, typos, key_phrases))
    phrases = frozenset(
        t for p in [*(m for g in synonyms for m in g), *key_phrases] if (t := phrase_term(p))
    )
    # term -> section -> field -> count; field lengths per section
    counts: dict[str, dict[int, dict[str, int]]] = {}
    lengths: list[dict[str, int]] = []
    fragments: list[list[list[str]]] = []
    sections_per_page: list[int] = []
    texts: list[str] = []
    for page in pages:
        fragment: list[list[str]] = []
        for section in split_sections(page.html, page.title):
            own = section.anchor is None
            fields = {
                "title": page.title if own else "",
                KEY_PHRASES: " . ".join(page.key_phrases) if own else "",
                "heading": f"{'' if own else section.heading} {section.subheadings}",
                "text": f"{page.description} {section.text}" if own else section.text,
            }
            number = len(lengths)
            lengths.append({})
            for name, value in fields.items():
                terms = index_terms(value, segmenter, phrases)
                lengths[number][name] = len(terms)
                for term in terms:
                    by_field = counts.setdefault(term, {}).setdefault(number, {})
                    by_field[name] = by_field.get(name, 0) + 1
            texts.extend(fields.values())
            url = page.url if own else f"{page.url}#{section.anchor}"
            fragment.append([url, page.title if own else section.heading, section.text])
        fragments.append(fragment)
        sections_per_page.append(len(fragment))
    if isinstance(segmenter, JiebaSegmenter):
        segmenter.save()
    weights = _weights(counts, lengths)
    terms = sorted(weights)
    shards, shard_files = _shards(terms, weights, shard_numbers)
    files: dict[str, Any] = dict(shard_files)
    files.update((f"p{i}", fragment) for i, fragment in enumerate(fragments))
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + dumps(files[name]).encode() + b"\0")
    # A near miss of a 5-letter word has 4 or more letters.
    words = sorted(w for w in latin_words(texts, FUZZY_MIN_LENGTH - 1) if latin_term(w) in weights)
    head = {
        "format": FORMAT,
        "lang": lang,
        "files": f"{lang}/",
        "hash": digest.hexdigest()[:12],
        "stopWords": sorted(ZH_STOP_WORDS),
        "synonyms": synonyms,
        "typos": [list(pair) for pair in typos],
        "keyPhrases": [p for p in key_phrases if member_term(p) is not None],
        "words": words,
        "terms": terms,
        "shards": shards,
        "pages": [page.url for page in pages],
        "sections": sections_per_page,
    }
    return IndexFiles(head, files)


def _weights(
    counts: dict[str, dict[int, dict[str, int]]], lengths: list[dict[str, int]]
) -> dict[str, dict[int, int]]:
    """term -> section -> weight x100: lunr's BM25 per field, times the field boost, summed."""
    total = len(lengths)
    # Averaged over the sections that have the field (only a page's first section has a
    # title): a title is short against other titles, not against a mostly empty column.
    average = {}
    for name, _ in FIELDS:
        filled = [section[name] for section in lengths if section[name]]
        average[name] = sum(filled) / len(filled) if filled else 1.0
    boosts = dict(FIELDS)
    weights: dict[str, dict[int, int]] = {}
    for term, sections in counts.items():
        # lunr.idf: documents holding the term in any field
        idf = math.log(1 + abs((total - len(sections) + 0.5) / (len(sections) + 0.5)))
        postings: dict[int, int] = {}
        for number, by_field in sections.items():
            score = 0.0
            for name, tf in by_field.items():
                norm = 1 - B + B * (lengths[number][name] / average[name])
                score += boosts[name] * idf * ((K1 + 1) * tf) / (K1 * norm + tf)
            postings[number] = max(1, round(score * 100))
        weights[term] = postings
    return weights


def _shards(
    terms: list[str], weights: dict[str, dict[int, int]], numbers: int
) -> tuple[list[int], dict[str, list[list[int]]]]:
    """Cut the sorted terms into shards of about ``numbers`` numbers of postings."""
    starts: list[int] = []
    files: dict[str, list[list[int]]] = {}
    current: list[list[int]] = []
    size = 0
    for position, term in enumerate(terms):
        if not current:
            starts.append(position)
        current.append(encode_postings(weights[term]))
        size += 2 * len(weights[term])
        if size >= numbers or position == len(terms) - 1:
            files[f"t{len(starts) - 1}"] = current
            current, size = [], 0
    return starts, files


def encode_postings(postings: dict[int, int]) -> list[int]:
    """[section delta, weight, ...] in section order (small numbers compress well)."""
    out: list[int] = []
    previous = 0
    for section in sorted(postings):
        out += [section - previous, postings[section]]
        previous = section
    return out


def dumps(data: Any) -> str:
    """How every index file is written: compact JSON, UTF-8 text."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def file_path(head: dict[str, Any], name: str) -> str:
    """Where the file ``name`` ("t3") of ``head`` is, from the head's folder."""
    return f"{head['files']}{name}.{head['hash']}.json"
