"""A reader's query to a search plan, and a plan to ranked pages and highlights.

This is the Python twin of ``overrides/assets/javascripts/search/query.js``: the tests run
every query through it against the built indexes, and tests/search/test_twins.py runs both on
the same inputs (plans, shards loaded, pages, highlights) to keep them equal.

A query is cut into *concepts*, each a set of index terms any of which will do:

* a synonym mentioned in the query (a whole word, or a Chinese phrase anywhere) is one
  concept: the words as typed, and the other members of its group at a lower weight;
* the rest of a Chinese run is cut into words of the index's own vocabulary (the words the
  build-time segmenter produced), every character kept; a lone character that is no part of
  a word is a *weak* concept, searched only when no whole word of the query is found at all;
* an English word is its lunr stem; the last word, if it is no word of the index, also
  matches as a prefix (it may be half typed); a word of five or more letters that matches
  nothing tolerates one edit (a letter added, dropped, changed or two swapped);
* Chinese wrong characters are corrected from a reviewed list first (``typos.py``).

A page must match every concept (or, if no page does, as many as any page does; in a query
of three concepts or more, one fewer); its score
is lunr's (BM25 field weights summed over the best term of each concept, a key phrase of the
page mentioned in the query as a bonus), its best section plus a share of its others; pages
far below the best one are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from helpcenter.search.terms import (
    HAN_RUN,
    LATIN_WORD,
    is_han,
    latin_key,
    latin_term,
    normalize,
    phrase_term,
    runs,
)

#: Longest vocabulary word tried when segmenting a query.
MAX_WORD = 8
#: Term weights within a concept: the query's own words, synonyms, completions, near misses.
BOOST_WORD = 10.0
BOOST_SYNONYM = 5.0
BOOST_PREFIX = 4.0
BOOST_FUZZY = 4.0
#: A page's key phrase that the query mentions.
BOOST_KEY_PHRASE = 10.0
#: English words shorter than this never match a near miss.
FUZZY_MIN_LENGTH = 5
#: Most completions or near misses of one word.
MAX_EXPANSIONS = 30
#: A page's score: its best section plus this share of its other matching sections.
OTHER_SECTIONS_SHARE = 0.25
#: A query of this many concepts or more is a sentence: a page may miss one of its words
#: ("does anyone answer at night": not every answer says "anyone").
LOOSE_FROM = 3
#: Pages scoring below this share of the best page are noise (a word mentioned in passing
#: while another page is about it).
RELATIVE_CUT = 0.2


@dataclass(frozen=True)
class Vocabulary:
    """What a query is read with: the index's words and the reviewed lists."""

    #: Every index term, sorted by code point (the order completions are taken in).
    terms: Sequence[str]
    stop_words: frozenset[str]
    synonyms: Sequence[Sequence[str]]
    #: (wrong, right) Chinese words.
    typos: Sequence[tuple[str, str]]
    #: English words of the pages, sorted, that a near miss may be.
    words: Sequence[str]
    #: The pages' key phrases, normalized, sorted.
    key_phrases: Sequence[str]
    known: frozenset[str] = field(init=False)
    #: What a Chinese query is cut into: index terms and stop words (so 一直 is dropped
    #: whole, not searched as 一 and 直).
    words_and_stop_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "known", frozenset(self.terms))
        object.__setattr__(self, "words_and_stop_words", self.known | self.stop_words)


@dataclass(frozen=True)
class Concept:
    #: Index terms with their weights, each once, in the order they were found.
    terms: tuple[tuple[str, float], ...]
    #: A lone Chinese character (searched only when no whole word is found).
    weak: bool = False


@dataclass(frozen=True)
class Plan:
    concepts: tuple[Concept, ...]
    #: Key phrases the query mentions: (term, weight), added to matching pages' scores.
    bonus: tuple[tuple[str, float], ...]

    def terms(self) -> list[str]:
        """Every term the plan may look up, in order, each once (what shards to load)."""
        seen: dict[str, None] = {}
        for concept in self.concepts:
            seen.update((term, None) for term, _ in concept.terms)
        seen.update((term, None) for term, _ in self.bonus)
        return list(seen)


def segment_han(run: str, vocabulary: frozenset[str]) -> list[str]:
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


def correct_typos(text: str, vocabulary: Vocabulary) -> str:
    """``text`` (normalized) with listed wrong words replaced, unless the index knows them."""
    for wrong, right in sorted(vocabulary.typos, key=lambda pair: (-len(pair[0]), pair[0])):
        if wrong in text and wrong not in vocabulary.known:
            text = text.replace(wrong, right)
    return text


def _occurrences(text: str, phrase: str) -> Iterable[int]:
    """Where ``phrase`` occurs in ``text``: anywhere if Chinese, else as whole words."""
    if is_han(phrase):
        at = text.find(phrase)
        while at != -1:
            yield at
            at = text.find(phrase, at + 1)
        return
    for match in re.finditer(rf"(?<![a-z0-9']){re.escape(phrase)}(?![a-z0-9'])", text):
        yield match.start()


def member_term(member: str) -> str | None:
    """The one index term of a synonym or key phrase (None for a stop word)."""
    text = normalize(member)
    if is_han(text):
        return text
    return phrase_term(text) or latin_term(text)


def within_one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped, changed, or two adjacent
    letters swapped (and are not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return a[i + 2 :] == b[i + 2 :] and a[i] == b[i + 1] and a[i + 1] == b[i]


def _completions(prefixes: Iterable[str], vocabulary: Vocabulary) -> list[str]:
    found: dict[str, None] = {}
    for prefix in prefixes:
        for term in vocabulary.terms:
            if term != prefix and term.startswith(prefix):
                found[term] = None
    return list(found)[:MAX_EXPANSIONS]


def _near_misses(word: str, vocabulary: Vocabulary) -> list[str]:
    found: dict[str, None] = {}
    for candidate in vocabulary.words:
        if within_one_edit(word, candidate):
            term = latin_term(candidate)
            if term is not None and term in vocabulary.known:
                found[term] = None
    return list(found)[:MAX_EXPANSIONS]


def _mentions(text: str, vocabulary: Vocabulary) -> list[tuple[int, int, int]]:
    """Synonyms the query mentions: (start, end, group), longest first, never overlapping,
    in text order."""
    found: list[tuple[int, int, int]] = []
    for group_number, group in enumerate(vocabulary.synonyms):
        for member in group:
            phrase = normalize(member)
            found.extend((at, at + len(phrase), group_number) for at in _occurrences(text, phrase))
    found.sort(key=lambda m: (m[0] - m[1], m[0]))
    taken: list[tuple[int, int, int]] = []
    for start, end, group_number in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, group_number))
    return sorted(taken)


def plan_query(query: str, vocabulary: Vocabulary) -> Plan:
    """The concepts and key phrase bonuses of ``query``."""
    text = correct_typos(normalize(query), vocabulary)
    concepts: list[Concept] = []
    seen: set[tuple[tuple[str, float], ...]] = set()

    def add(terms: dict[str, float], weak: bool = False) -> None:
        items = tuple(terms.items())
        if items and items not in seen:
            seen.add(items)
            concepts.append(Concept(items, weak))

    mentions = _mentions(text, vocabulary)
    # The text between synonyms, and each synonym's group, in order.
    pieces: list[str | int] = []
    at = 0
    for start, end, group_number in mentions:
        pieces.extend(_words(text[at:start], vocabulary))
        pieces.append(group_number)
        at = end
    pieces.extend(_words(text[at:], vocabulary))
    last = max((i for i, p in enumerate(pieces) if isinstance(p, str)), default=-1)
    for position, piece in enumerate(pieces):
        if isinstance(piece, int):
            terms: dict[str, float] = {}
            group = vocabulary.synonyms[piece]
            typed = {text[s:e] for s, e, g in mentions if g == piece}
            for member in group:
                term = member_term(member)
                if term is not None and term not in vocabulary.stop_words:
                    boost = BOOST_WORD if normalize(member) in typed else BOOST_SYNONYM
                    terms[term] = max(terms.get(term, 0.0), boost)
            add(dict(sorted(terms.items(), key=lambda item: -item[1])))
        elif is_han(piece):
            if piece in vocabulary.stop_words:
                continue
            terms = {piece: BOOST_WORD}
            if len(piece) == 1:
                terms.update((t, BOOST_PREFIX) for t in _completions([piece], vocabulary))
            add(terms, weak=len(piece) == 1)
        else:
            term = latin_term(piece)
            if term is None:
                continue
            terms = {term: BOOST_WORD}
            if term not in vocabulary.known:
                more = _completions([piece, term], vocabulary) if position == last else []
                boost = BOOST_PREFIX
                if not more and len(piece) >= FUZZY_MIN_LENGTH:
                    more, boost = _near_misses(piece, vocabulary), BOOST_FUZZY
                terms.update((t, boost) for t in more if t != term)
            add(terms)
    bonus: dict[str, float] = {}
    for phrase in vocabulary.key_phrases:
        term = member_term(phrase)
        if term is not None and next(iter(_occurrences(text, phrase)), None) is not None:
            bonus[term] = BOOST_KEY_PHRASE
    return Plan(tuple(concepts), tuple(bonus.items()))


def _words(text: str, vocabulary: Vocabulary) -> list[str]:
    """Han runs of ``text`` cut into vocabulary words, and its Latin words."""
    words: list[str] = []
    for run in runs(text):
        words.extend(segment_han(run, vocabulary.words_and_stop_words) if is_han(run) else [run])
    return words


# ---------------------------------------------------------------- ranking

#: A term's postings: section number -> weight (lunr's BM25, field boosts applied, x100).
Postings = dict[int, int]


@dataclass(frozen=True)
class PageHit:
    page: int
    score: float
    #: Matching sections, best first: (section number, score).
    sections: tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class Ranking:
    pages: tuple[PageHit, ...]
    #: The index terms that found the pages (what a result highlights).
    matched: tuple[str, ...]


def rank(plan: Plan, postings: Callable[[str], Postings], section_page: Sequence[int]) -> Ranking:
    """The pages ``plan`` finds, best first (ties: site order)."""
    strong = [c for c in plan.concepts if not c.weak]
    used = strong if any(postings(t) for c in strong for t, _ in c.terms) else plan.concepts
    scores: dict[int, float] = {}
    covered: dict[int, int] = {}
    matched: dict[str, None] = {}
    for concept in used:
        best: dict[int, float] = {}
        for term, boost in concept.terms:
            for section, weight in postings(term).items():
                matched[term] = None
                best[section] = max(best.get(section, 0.0), boost * weight / 100)
        for page in {section_page[s] for s in best}:
            covered[page] = covered.get(page, 0) + 1
        for section, score in best.items():
            scores[section] = scores.get(section, 0.0) + score
    if not covered:
        return Ranking((), ())
    most = max(covered.values())
    need = most - 1 if len(used) >= LOOSE_FROM else most
    chosen = {page for page, count in covered.items() if count >= max(1, need)}
    for term, boost in plan.bonus:
        for section, weight in postings(term).items():
            if section_page[section] in chosen:
                scores[section] = scores.get(section, 0.0) + boost * weight / 100
    by_page: dict[int, list[tuple[int, float]]] = {}
    for section, score in scores.items():
        if section_page[section] in chosen:
            by_page.setdefault(section_page[section], []).append((section, score))
    hits = []
    for page, sections in by_page.items():
        sections.sort(key=lambda s: (-s[1], s[0]))
        total = sections[0][1] + OTHER_SECTIONS_SHARE * sum(s for _, s in sections[1:])
        hits.append(PageHit(page, total, tuple(sections)))
    hits.sort(key=lambda h: (-h.score, h.page))
    cut = hits[0].score * RELATIVE_CUT
    return Ranking(tuple(h for h in hits if h.score >= cut), tuple(matched))


# ---------------------------------------------------------------- highlighting

_LATIN_IN_TEXT = re.compile(
    r"[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+(?:['’][A-Za-z0-9]+)*"
)


def highlights(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where ``text`` shows a matched term: whole English words whose stem is one, and
    occurrences of matched Chinese words (longest first). (start, end) pairs, in order."""
    wanted = set(terms)
    spans: list[tuple[int, int]] = []
    for match in _LATIN_IN_TEXT.finditer(text):
        word = normalize(match.group())
        if LATIN_WORD.fullmatch(word) and latin_key(word) in wanted:
            spans.append(match.span())
    han = sorted((t for t in wanted if HAN_RUN.fullmatch(t)), key=lambda t: (-len(t), t))
    for term in han:
        for at in _occurrences(text, term):
            if all(at + len(term) <= s or at >= e for s, e in spans):
                spans.append((at, at + len(term)))
    return sorted(spans)
