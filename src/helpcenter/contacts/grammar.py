"""The contact grammar's data (``grammar.json``) and the helpers that turn it into patterns.

Every rule of how contacts are read is data in ``grammar.json``; this module loads it, and
``hc-contacts.js`` (section ``grammar``) does the same in the browser, with the same helpers.

Text is read in UTF-16 code units on both sides: JavaScript strings are, and Python turns each
character outside the Basic Multilingual Plane into its two surrogates first (``units``), so a
window of N characters, an offset and a pattern mean the same thing in both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "bmp_class",
    "by_language",
    "code_class",
    "escape",
    "fold_ranges",
    "fold_table",
    "from_units",
    "grammar",
    "ignorable_ranges",
    "trie_pattern",
    "units",
    "words_pattern",
]

GRAMMAR_PATH = Path(__file__).with_name("grammar.json")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
# Characters with a meaning in a regular expression (escaped alike on both sides).
_SPECIAL = frozenset("\\^$.|?*+()[]{}-/#&~'\"")


@cache
def grammar() -> dict[str, Any]:
    """The loaded data file."""
    data: dict[str, Any] = json.loads(GRAMMAR_PATH.read_text(encoding="utf-8"))
    return data


def units(text: str) -> str:
    """``text`` with each character beyond U+FFFF as its two UTF-16 surrogates."""
    if not _ASTRAL.search(text):
        return text
    return _ASTRAL.sub(lambda m: _pair(ord(m.group())), text)


def from_units(text: str) -> str:
    """The inverse of ``units``: surrogate pairs back to the characters they encode."""
    if not _SURROGATE_PAIR.search(text):
        return text
    return _SURROGATE_PAIR.sub(
        lambda m: chr(0x10000 + ((ord(m.group()[0]) - 0xD800) << 10) + ord(m.group()[1]) - 0xDC00),
        text,
    )


def _pair(code: int) -> str:
    high, low = divmod(code - 0x10000, 0x400)
    return chr(0xD800 + high) + chr(0xDC00 + low)


def escape(text: str) -> str:
    """``text`` as a literal in a pattern."""
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def code_class(ranges: Iterable[tuple[int, int] | list[int]]) -> str:
    """A pattern matching one character of ``ranges`` (code points), in UTF-16 units: a class
    for the Basic Multilingual Plane, surrogate pairs for the rest."""
    bmp: list[str] = []
    astral: list[str] = []
    for first, last in ranges:
        if first <= 0xFFFF:
            top = min(last, 0xFFFF)
            bmp.append(_u(first) if first == top else f"{_u(first)}-{_u(top)}")
        if last > 0xFFFF:
            astral += _astral_pieces(max(first, 0x10000), last)
    parts = ([f"[{''.join(bmp)}]"] if bmp else []) + astral
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def bmp_class(ranges: Iterable[tuple[int, int] | list[int]]) -> str:
    """The Basic Multilingual Plane part of ``ranges`` as the body of a character class."""
    parts = []
    for first, last in ranges:
        if first <= 0xFFFF:
            top = min(last, 0xFFFF)
            parts.append(_u(first) if first == top else f"{_u(first)}-{_u(top)}")
    return "".join(parts)


def _u(code: int) -> str:
    return f"\\u{code:04x}"


def _astral_pieces(first: int, last: int) -> list[str]:
    """Surrogate-pair patterns for the code points ``first``..``last`` (all beyond U+FFFF)."""
    pieces = []
    while first <= last:
        high = 0xD800 + ((first - 0x10000) >> 10)
        block_end = 0x10000 + ((high - 0xD800 + 1) << 10) - 1
        end = min(last, block_end)
        low_first = 0xDC00 + ((first - 0x10000) & 0x3FF)
        low_last = 0xDC00 + ((end - 0x10000) & 0x3FF)
        low = _u(low_first) if low_first == low_last else f"{_u(low_first)}-{_u(low_last)}"
        pieces.append(f"{_u(high)}[{low}]")
        first = end + 1
    return pieces


def words_pattern(words: Iterable[str]) -> str:
    """An alternation of literal words that prefers the longest ("微信号" over "微信"), as a
    trie: a regular expression engine tries one branch per character instead of every word."""
    return trie_pattern([[escape(c) for c in word] for word in set(words)])


def trie_pattern(items: list[list[str]]) -> str:
    """A pattern matching any of ``items``, each a sequence of pattern tokens, longest first.
    Shared prefixes are written once; at each point the branch that can go on longest is tried
    first, and stopping there (when an item ends) last."""
    root: dict[str, Any] = {}
    for tokens in items:
        node = root
        for token in tokens:
            node = node.setdefault(token, {})
        node[""] = {}
    return _trie(root)


def _depth(node: dict[str, Any]) -> int:
    return max((1 + _depth(child) for token, child in node.items() if token), default=0)


def _trie(node: dict[str, Any]) -> str:
    children = sorted(
        ((token, child) for token, child in node.items() if token),
        key=lambda item: (-_depth(item[1]), item[0]),
    )
    branches = [token + _trie(child) for token, child in children]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return (body if len(branches) > 1 else f"(?:{body})") + "?"
    return body


def by_language(entry: dict[str, list[str]]) -> list[str]:
    """The words of every language of a {language: [words]} entry, in file order."""
    return [word for words in entry.values() for word in words]


def fold_table() -> dict[str, str]:
    """Character (in UTF-16 units) -> what it reads as: the generated "fold" runs."""
    return _fold_table()


@cache
def _fold_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, last, value in grammar()["unicode"]["fold"]:
        for code in range(first, last + 1):
            shifted = chr(ord(value) + code - first) if len(value) == 1 else value
            table[units(chr(code))] = shifted
    return table


@cache
def ignorable_ranges() -> tuple[tuple[int, int], ...]:
    return tuple((first, last) for first, last in grammar()["unicode"]["ignorable"])


@cache
def fold_ranges() -> tuple[tuple[int, int], ...]:
    return tuple((first, last) for first, last, _ in grammar()["unicode"]["fold"])
