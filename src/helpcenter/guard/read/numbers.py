"""Digit runs: where a number that could be dialled is, and whether its shape is harmless.

A run is digits (ASCII after the first pass; Chinese numerals; the letters O and l written for
0 and 1 between digits) with up to ``gap`` separators between them (spaces, dashes, dots,
slashes, parentheses, ·, •, _, ~, commas, table pipes) and at most one line break: what a
reader reads as one number. The run's shape (dates, amounts, versions, addresses ...) and the
words around it (``keywords``) decide whether it is a phone; anything else of 7 digits or more
is one (fail closed). All data from the grammar's "numbers" section.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from helpcenter.contacts.grammar import grammar

__all__ = [
    "RUN",
    "RUN_AT",
    "Run",
    "harmless_shape",
    "list_parts",
    "read_run",
    "unit_follows",
]

_N = grammar()["numbers"]
_CHINESE = "".join(_N["chinese_digits"])
_LETTER_DIGITS = "".join(_N["letter_digits"])
# ASCII letters that are no digit: one next to O or l makes it a letter again ("Go", "lo").
_LETTERS = "".join(
    c
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    if c not in _N["letter_digits"]
)
_SEPARATORS = _N["separators"]
# Between two digits: separators, or separators around one line break (a soft line break in a
# paragraph, a table row going on); a run holds one line break at most.
_GAP = rf"[{_SEPARATORS}]{{0,{_N['gap']}}}"
_BREAK = rf"{_GAP}\r?\n[{_SEPARATORS}>]{{0,{_N['gap']}}}"
_DIGIT = f"[0-9{_CHINESE}]"
_TOKEN = rf"(?:{_DIGIT}|(?<![{_LETTERS}])[{_LETTER_DIGITS}](?![{_LETTERS}]))"
# At least five digits in a row (checked ahead, in C, so most numbers cost no Python), then
# the run: digits and gaps, one line break at most.
_REST = (
    rf"(?=(?:(?:{_BREAK}|{_GAP}){_TOKEN}){{4}})"
    rf"(?:{_GAP}{_TOKEN}){{0,80}}(?:{_BREAK}{_TOKEN}(?:{_GAP}{_TOKEN}){{0,80}})?(?![A-Za-z_])"
)
#: A run at a given position: "+1 202 …", "(202) …", "一三八…".
RUN_AT = re.compile(rf"(?:\+[ \t]{{0,2}}|[(（][ \t]{{0,2}})?{_DIGIT}{_REST}")
# The same where no word, number or sign runs into it: its first character, the look-behind on
# the one before, then the rest (after "+" or "(" a digit must still come). Led by a character
# class, so ``re`` skips in C to where a run can start.
RUN = re.compile(
    rf"[+(（0-9{_CHINESE}](?<![A-Za-z0-9_.+/@#$\-{_CHINESE}].)"
    rf"(?:(?<=[+(（])[ \t]{{0,2}}{_DIGIT}|(?<=[0-9{_CHINESE}])){_REST}"
)
_TRAILING = re.compile(rf"[{_SEPARATORS}>\r\n]+\Z")
_DIGITS_TABLE = {ord(c): d for c, d in {**_N["chinese_digits"], **_N["letter_digits"]}.items()}
_WHITESPACE = re.compile(r"[ \t]*\r?\n[ \t>]*|[ \t]+")
_GROUPS = re.compile(r"[0-9]+")
_NOT_DIGITS = re.compile(r"[^0-9]+")
_NOT_LETTER_DIGITS = re.compile(f"[^{_LETTER_DIGITS}]+")
_UNITS = re.compile(
    _N["units_spacing"]
    + "(?:"
    + "|".join(unit for units in _N["units"].values() for unit in units)
    + ")(?![a-z])"
)
_SHAPES = [
    (shape["name"], re.compile(shape["pattern"]), shape["near_phone"], shape.get("increasing"))
    for shape in _N["harmless"]
]
_LIST_GAP = re.compile(_N["list_gap"])


@dataclass(frozen=True, slots=True)
class Run:
    """A digit run as written (``raw``, separators trimmed) and read (``folded``)."""

    raw: str
    #: Digits as ASCII, separators as written, white space (line breaks too) as one space.
    folded: str
    digits: int
    letters: int


def read_run(found: str) -> Run:
    """The run a pattern found, without trailing separators, and how it reads."""
    raw = _TRAILING.sub("", found)
    folded = _WHITESPACE.sub(" ", raw.translate(_DIGITS_TABLE))
    digits = len(_NOT_DIGITS.sub("", folded))
    letters = len(_NOT_LETTER_DIGITS.sub("", raw))
    return Run(raw, folded, digits, letters)


def unit_follows(followed_by: str) -> bool:
    """A unit or currency right after the number ("+1 234 567 ETH", "1000000 sats", "12 次");
    ``followed_by`` is lower-cased."""
    return _UNITS.match(followed_by) is not None


def harmless_shape(folded: str, *, near_phone: bool) -> str | None:
    """The name of the harmless shape of a run ("date", "thousands" ...), or None. Next to a
    phone word only the shapes no phone number has count (dates)."""
    for name, pattern, after_phone_word, increasing in _SHAPES:
        if near_phone and not after_phone_word:
            continue
        if pattern.fullmatch(folded) and (not increasing or _increasing(folded)):
            return name
    return None


def list_parts(run: Run) -> list[tuple[int, int]] | None:
    """Offsets in ``run.raw`` of the numbers of a list ("202-555-0142 / 202-555-0143"), when
    every one is long enough to be a number of its own; else None (one number)."""
    parts: list[tuple[int, int]] = []
    last = 0
    for gap in _LIST_GAP.finditer(run.raw):
        if gap.start() > last:
            parts.append((last, gap.start()))
        last = gap.end()
    parts.append((last, len(run.raw)))
    if len(parts) < 2:
        return None
    minimum = _N["min_digits"]
    if all(read_run(run.raw[a:b]).digits >= minimum for a, b in parts):
        return parts
    return None


def _increasing(folded: str) -> bool:
    groups = [int(g) for g in _GROUPS.findall(folded)]
    return all(a < b for a, b in itertools.pairwise(groups))
