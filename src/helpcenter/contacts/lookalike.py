"""Values that look like official ones: confusable skeletons, edit distance, brand tokens.

The confusables table lives in ``confusables.json`` beside this module so the in-browser
checker loads the very same data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from helpcenter.contacts.text import casefold, fold

__all__ = [
    "brand_token_in",
    "compact_skeleton",
    "confusables",
    "damerau_levenshtein",
    "edit_cutoff",
    "looks_like",
    "skeleton",
]

TABLE_PATH = Path(__file__).with_name("confusables.json")
#: Characters dropped when looking for brand tokens: "example-wallet" hides "examplewallet".
_SEPARATORS = str.maketrans("", "", "-_. ")


@dataclass(frozen=True, slots=True)
class Confusables:
    """The loaded table: one prototype per look-alike character, then look-alike sequences."""

    name: str
    characters: dict[str, str]
    sequences: tuple[tuple[str, str], ...]


@cache
def confusables() -> Confusables:
    data = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    characters = {
        char: prototype for prototype, chars in data["characters"].items() for char in chars
    }
    sequences = tuple((seq, prototype) for seq, prototype in data["sequences"])
    return Confusables(name=data["name"], characters=characters, sequences=sequences)


@lru_cache(maxsize=1 << 16)
def skeleton(text: str) -> str:
    """What ``text`` looks like: values with equal skeletons are indistinguishable to a reader."""
    table = confusables()
    folded = casefold(fold(text))
    mapped = "".join(table.characters.get(char, char) for char in folded)
    for sequence, prototype in table.sequences:
        mapped = mapped.replace(sequence, prototype)
    return mapped


def compact_skeleton(text: str) -> str:
    """Skeleton without separators, for finding a brand token inside a longer value."""
    return skeleton(text.translate(_SEPARATORS)).translate(_SEPARATORS)


def edit_cutoff(target: str) -> int:
    """Edits that still make a value a lookalike of ``target``: none for short values."""
    if len(target) < 4:
        return 0
    return 1 if len(target) < 8 else 2


def damerau_levenshtein(a: str, b: str, cutoff: int) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment).

    Stops early and returns ``cutoff + 1`` once the distance must exceed ``cutoff``.
    """
    if abs(len(a) - len(b)) > cutoff:
        return cutoff + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > cutoff:
            return cutoff + 1
        previous2, previous = previous, current
    return min(previous[len(b)], cutoff + 1)


def looks_like(candidate: str, official: str) -> bool:
    """Whether ``candidate`` imitates ``official``: same skeleton or a few edits away."""
    a, b = skeleton(candidate), skeleton(official)
    if a == b:
        return True
    cutoff = edit_cutoff(b)
    return cutoff > 0 and damerau_levenshtein(a, b, cutoff) <= cutoff


def brand_token_in(value: str, tokens: tuple[str, ...]) -> str | None:
    """The first brand token hidden in ``value`` (after skeleton and separators), if any."""
    compact = compact_skeleton(value)
    for token in tokens:
        if compact_skeleton(token) in compact:
            return token
    return None
