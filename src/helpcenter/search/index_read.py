"""A built index, searched the way the browser searches it (tests, tools, benchmarks).

Files are read through ``load(path)``, a path relative to the head's folder, and each shard
and fragment at most once, as the browser fetches them: ``loaded`` lists what a search read,
so the tests can hold the two sides to the same downloads.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpcenter.search.index_build import FORMAT, file_path
from helpcenter.search.query import Plan, Postings, Ranking, Vocabulary, plan_query, rank


class IndexFileError(ValueError):
    """An index file that is not what this code writes."""


@dataclass(frozen=True)
class Result:
    """One page found: its url, title and best sections (url, heading, text)."""

    url: str
    title: str
    score: float
    sections: tuple[tuple[str, str, str], ...]


class SearchIndex:
    """One language's index: the head, and shards and fragments read on demand."""

    def __init__(self, head: dict[str, Any], load: Callable[[str], Any]) -> None:
        if head.get("format") != FORMAT:
            raise IndexFileError(f"index format {head.get('format')!r}, expected {FORMAT}")
        self.head = head
        self.lang: str = head["lang"]
        self._load = load
        self._files: dict[str, Any] = {}
        self.loaded: list[str] = []
        self.vocabulary = Vocabulary(
            terms=head["terms"],
            stop_words=frozenset(head["stopWords"]),
            synonyms=head["synonyms"],
            typos=[(w, r) for w, r in head["typos"]],
            words=head["words"],
            key_phrases=head["keyPhrases"],
        )
        self._position = {term: i for i, term in enumerate(head["terms"])}
        self.section_page: list[int] = [
            page for page, count in enumerate(head["sections"]) for _ in range(count)
        ]
        self._first_section = [0]
        for count in head["sections"]:
            self._first_section.append(self._first_section[-1] + count)

    @classmethod
    def from_site(cls, site: Path, head_path: str) -> SearchIndex:
        """The index whose head is ``head_path`` (from the site root) in a built site."""
        head_file = site / head_path
        folder = head_file.parent
        return cls(
            json.loads(head_file.read_text("utf-8")),
            lambda rel: json.loads((folder / rel).read_text("utf-8")),
        )

    def file(self, name: str) -> Any:
        """A shard or fragment ("t3", "p7"), read once."""
        if name not in self._files:
            self.loaded.append(name)
            self._files[name] = self._load(file_path(self.head, name))
        return self._files[name]

    def shard_of(self, term: str) -> int | None:
        position = self._position.get(term)
        if position is None:
            return None
        starts: Sequence[int] = self.head["shards"]
        low, high = 0, len(starts) - 1
        while low < high:  # the last shard starting at or before position
            middle = (low + high + 1) // 2
            if starts[middle] <= position:
                low = middle
            else:
                high = middle - 1
        return low

    def postings(self, term: str) -> Postings:
        shard = self.shard_of(term)
        if shard is None:
            return {}
        encoded = self.file(f"t{shard}")[self._position[term] - self.head["shards"][shard]]
        out: Postings = {}
        section = 0
        for i in range(0, len(encoded), 2):
            section += encoded[i]
            out[section] = encoded[i + 1]
        return out

    def plan(self, query: str) -> Plan:
        return plan_query(query, self.vocabulary)

    def rank(self, query: str) -> Ranking:
        plan = self.plan(query)
        for term in plan.terms():  # every shard first, as the browser fetches them at once
            if (shard := self.shard_of(term)) is not None:
                self.file(f"t{shard}")
        return rank(plan, self.postings, self.section_page)

    def search(self, query: str, limit: int | None = None) -> list[Result]:
        """Pages matching ``query``, best first, with their best sections."""
        results = []
        for hit in self.rank(query).pages[:limit]:
            fragment = self.file(f"p{hit.page}")
            first = self._first_section[hit.page]
            results.append(
                Result(
                    self.head["pages"][hit.page],
                    fragment[0][1],
                    hit.score,
                    tuple((*fragment[s - first],) for s, _ in hit.sections),
                )
            )
        return results


def page_slug(url: str, lang_prefixes: Sequence[str] = ()) -> str:
    """The page file name of a URL path: "en/contact/" -> "contact", "" -> "index"."""
    path = url.split("#", 1)[0].strip("/")
    for prefix in lang_prefixes:
        if path == prefix or path.startswith(prefix + "/"):
            path = path[len(prefix) :].strip("/")
            break
    return path.rsplit("/", 1)[-1] if path else "index"
