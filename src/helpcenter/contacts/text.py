"""Text clean-up every contact parser starts with, from the grammar's Unicode tables."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from helpcenter.contacts.grammar import grammar

__all__ = ["casefold", "clean", "fold"]

# Browsers drop tabs and newlines anywhere in a URL ("java\tscript:" is javascript:).
_URL_WHITESPACE = re.compile(r"[\t\n\r]")
# What browsers strip from both ends of an href: C0 controls and space.
_C0_AND_SPACE = "".join(chr(i) for i in range(0x21))


@cache
def _folding() -> dict[int, str | None]:
    """Code point -> what it reads as (None: dropped), from the generated tables."""
    tables = grammar()["unicode"]
    table: dict[int, str | None] = {}
    for first, last, value in tables["fold"]:
        for code in range(first, last + 1):
            table[code] = chr(ord(value) + code - first) if len(value) == 1 else value
    for first, last in tables["ignorable"]:
        for code in range(first, last + 1):
            table[code] = None
    for stop in grammar()["text"]["stops"]:
        table[ord(stop)] = "."
    return table


@cache
def _casefolding() -> dict[int, str]:
    return {ord(char): folded for char, folded in grammar()["unicode"]["casefold"]}


def fold(text: str) -> str:
    """Every character as a contact reads it (full-width, math and other compatibility forms
    to ASCII, every kind of digit to 0-9, ideographic full stops to "."), invisible ones
    dropped, then composed (NFC)."""
    return unicodedata.normalize("NFC", text.translate(_folding()))


def casefold(text: str) -> str:
    """Lower case, then the foldings lower case leaves out (ß → ss, ς → σ)."""
    return text.lower().translate(_casefolding())


def clean(raw: str) -> str:
    """Folded, without URL whitespace and the spaces and controls around it."""
    return _URL_WHITESPACE.sub("", fold(raw)).strip(_C0_AND_SPACE)
