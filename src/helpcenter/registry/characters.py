"""The registry file as characters: UTF-8 without a byte-order mark, and no character that is
invisible or reorders text (controls, bidirectional overrides, zero-width and other format
characters), anywhere in the file, comments included.

Such characters let a registry line read differently from what it holds (a right-to-left
override shows ``moc.elpmaxe`` as ``example.com``), so they are refused, not cleaned.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

#: Unicode categories refused: controls, format characters (bidi, zero-width, BOM, tags),
#: line/paragraph separators, private use and unassigned code points.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cn"})
#: Controls a YAML file needs (a value must still not contain them: ``in_value``).
_FILE_WHITESPACE = frozenset("\t\n\r")
#: Bidirectional formatting characters: they reorder what is shown.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BOM = "\ufeff"

#: Line (and column) number, message and fix of one problem.
Found = tuple[int, str, str]


def describe(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control: ...)``."""
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    category = unicodedata.category(char)
    if char in _BIDI:
        what = "a bidirectional control: it changes the order text is shown in"
    elif category == "Cc":
        what = "a control character"
    elif category == "Cf":
        what = "an invisible formatting character"
    elif category in ("Zl", "Zp"):
        what = "a line separator YAML reads as a line break"
    elif category == "Co":
        what = "a private-use character that no font shows the same way"
    else:
        what = "a code point Unicode has not assigned"
    return f"{code} {name} ({what})" if name else f"{code} ({what})"


def refused(char: str) -> bool:
    return unicodedata.category(char) in _REFUSED_CATEGORIES


def decode(data: bytes) -> tuple[str | None, list[Found]]:
    """The file's text, or None and where it is not UTF-8 (each line with a bad byte)."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    found = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            found.append(
                (
                    number,
                    f"is not valid UTF-8 (byte 0x{line[error.start]:02x} at column "
                    f"{len(line[: error.start].decode('utf-8')) + 1})",
                    "save the file as UTF-8 (in most editors: 'Save with encoding' / UTF-8) "
                    "and check the text at that column",
                )
            )
    return None, found


def file_problems(text: str) -> list[Found]:
    """A byte-order mark, and every refused character of the file, by line and column."""
    found: list[Found] = []
    if text.startswith(BOM):
        found.append(
            (
                1,
                "the file starts with a byte-order mark (U+FEFF)",
                "save it as UTF-8 without BOM (in most editors the encoding 'UTF-8', "
                "not 'UTF-8 with BOM')",
            )
        )
        text = text[1:]
    for number, line in enumerate(text.split("\n"), start=1):
        for column, char in _refused_in(line.removesuffix("\r"), _FILE_WHITESPACE):
            found.append(
                (
                    number,
                    f"column {column} holds {describe(char)}",
                    "delete it (an editor that shows invisible characters helps) and write "
                    "the text as it should read",
                )
            )
    return found


def in_value(value: str) -> tuple[str, str] | None:
    """Message and fix for the first refused character (or line break) inside a value that
    YAML produced, e.g. from an escape like ``"\\u202e"``; None when there is none."""
    if "\n" in value or "\r" in value:
        return (
            "spans several lines",
            "write it on one line: a quoted string, or >- to fold a block without a line break",
        )
    for _, char in _refused_in(value, frozenset()):
        escape = f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
        return (
            f"holds {describe(char)}",
            f"remove it (written as the escape {escape} or pasted invisibly) and write plain text",
        )
    return None


def _refused_in(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, str]]:
    if text.isprintable():  # no control, format, separator, private or unassigned character
        return
    for column, char in enumerate(text, start=1):
        if char not in allowed and (char < " " or char > "~") and refused(char):
            yield column, char
