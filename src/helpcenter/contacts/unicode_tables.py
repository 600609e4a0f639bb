"""The generated part of ``grammar.json``: Unicode tables from Python's ``unicodedata`` and the
HTML entities from ``html``, so the guard and the in-browser checker fold the same characters
whatever Unicode version their runtime has.

    python -m helpcenter.contacts.unicode_tables   # rewrites the "unicode" section

``tests/contacts/test_grammar.py`` fails when the file is not what this module generates.
"""

from __future__ import annotations

import html
import html.entities
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

GRAMMAR_PATH = Path(__file__).with_name("grammar.json")
_LAST = 0x10FFFF
# Names of the "No" characters whose numeric value is a written number (①, ⑩, ❿, ㉑).
_ENCLOSED = ("CIRCLED", "PARENTHESIZED", "FULL STOP", "COMMA")
# Besides format characters (Cf) and enclosing marks (Me): characters that show nothing.
_SHOW_NOTHING = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian variation selectors and vowel separator
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),
    (0xE0100, 0xE01EF),
)


def _ranges(codes: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for code in sorted(codes):
        if out and out[-1][1] + 1 == code:
            out[-1][1] = code
        else:
            out.append([code, code])
    return out


def _characters() -> list[str]:
    return [
        chr(code)
        for code in range(0x80, _LAST + 1)
        if not 0xD800 <= code <= 0xDFFF and unicodedata.category(chr(code)) != "Cn"
    ]


def ignorable() -> list[list[int]]:
    """Characters that show nothing (format controls, enclosing marks such as the keycap
    U+20E3, variation selectors, fillers): dropped wherever a contact is read."""
    codes = [ord(c) for c in _characters() if unicodedata.category(c) in ("Cf", "Me")]
    codes += [code for start, end in _SHOW_NOTHING for code in range(start, end + 1)]
    return _ranges(codes)


def fold_value(char: str) -> str | None:
    """What a character reads as in a contact: a digit for every decimal digit (Nd) and digit
    (superscripts, circled and keycap-like forms), the number of an enclosed number (⑩, ❿),
    else its compatibility form when that is ASCII (full-width letters, math alphanumerics)."""
    category = unicodedata.category(char)
    if category == "Nd":
        return str(unicodedata.decimal(char))
    digit = unicodedata.digit(char, None)
    if digit is not None:
        return str(digit)
    number = unicodedata.numeric(char, None)
    name = unicodedata.name(char, "")
    if (
        category == "No"
        and number is not None
        and number == int(number)
        and 0 <= number < 100
        and any(word in name for word in _ENCLOSED)
    ):
        return str(int(number))
    compat = unicodedata.normalize("NFKC", char)
    if compat != char and all(0x20 <= ord(c) < 0x7F for c in compat):
        return compat
    return None


def fold() -> list[list[Any]]:
    """[first, last, value]: each character of a run reads as ``value`` shifted by its place in
    the run (one character) or as ``value`` itself (a run of one, any length)."""
    runs: list[list[Any]] = []
    for char in _characters():
        value = fold_value(char)
        if value is None:
            continue
        code = ord(char)
        if runs:
            first, last, start = runs[-1]
            if (
                last + 1 == code
                and len(value) == 1
                and len(start) == 1
                and ord(start) + code - first == ord(value)
            ):
                runs[-1][1] = code
                continue
        runs.append([code, code, value])
    return runs


def casefold() -> list[list[str]]:
    """Characters whose case folding is not their lower case (ß → ss, ς → σ)."""
    return [[c, c.casefold()] for c in _characters() if c.casefold() != c.lower()]


def _readable(value: str, folded: set[int], dropped: list[list[int]]) -> bool:
    """An entity worth decoding: it spells ASCII, a folded or an ignorable character."""
    for char in value:
        code = ord(char)
        if 0x20 <= code < 0x7F or char in "\t\n\u00a0" or code in folded:
            continue
        if not any(start <= code <= end for start, end in dropped):
            return False
    return True


def entities(folded: set[int], dropped: list[list[int]]) -> dict[str, Any]:
    """Named character references that spell something a contact reads (with their value),
    and how numeric references are read (HTML's replacement table, dropped code points)."""
    names = {
        name: value
        for name, value in sorted(html.entities.html5.items())
        if _readable(value, folded, dropped)
    }
    replaced = {
        f"{code:x}": value
        for code, value in sorted(html._invalid_charrefs.items())  # type: ignore[attr-defined]
    }
    invalid = sorted(html._invalid_codepoints)  # type: ignore[attr-defined]
    return {"named": names, "numeric": replaced, "dropped": _ranges(invalid)}


def tables() -> dict[str, Any]:
    dropped = ignorable()
    runs = fold()
    folded = {code for first, last, _ in runs for code in range(first, last + 1)}
    return {
        "about": "Generated by helpcenter.contacts.unicode_tables from Python's unicodedata "
        f"{unicodedata.unidata_version} and html.entities: do not edit.",
        "version": unicodedata.unidata_version,
        "ignorable": dropped,
        "fold": runs,
        "casefold": casefold(),
        "entities": entities(folded, dropped),
    }


def render(data: Any, indent: int = 0) -> str:
    """JSON with one key per line and lists of plain values on one line (diff-friendly)."""
    pad = "  " * indent
    if isinstance(data, dict):
        if not data:
            return "{}"
        if all(not isinstance(v, dict | list) for v in data.values()) and len(data) > 8:
            items = ", ".join(f"{_scalar(k)}: {_scalar(v)}" for k, v in data.items())
            return "{" + items + "}"
        lines = [
            f"{pad}  {_scalar(key)}: {render(value, indent + 1)}" for key, value in data.items()
        ]
        return "{\n" + ",\n".join(lines) + f"\n{pad}}}"
    if isinstance(data, list):
        if all(not isinstance(v, dict | list) for v in data):
            return "[" + ", ".join(_scalar(v) for v in data) + "]"
        if all(isinstance(v, list) for v in data):
            return "[\n" + ",\n".join(f"{pad}  {render(v, indent + 1)}" for v in data) + f"\n{pad}]"
        lines = [f"{pad}  {render(value, indent + 1)}" for value in data]
        return "[\n" + ",\n".join(lines) + f"\n{pad}]"
    return _scalar(data)


def _scalar(value: Any) -> str:
    """Readable text, but invisible, spacing and combining characters as \\u escapes."""
    text = json.dumps(value, ensure_ascii=False)
    return "".join(_escaped(c) for c in text) if isinstance(value, str) else text


def _escaped(char: str) -> str:
    if char == " " or unicodedata.category(char)[0] not in "CZM":
        return char
    if ord(char) > 0xFFFF:
        high, low = divmod(ord(char) - 0x10000, 0x400)
        return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"
    return f"\\u{ord(char):04x}"


def current() -> str:
    """The grammar file as it should be: its rules with the tables of this Python."""
    data = json.loads(GRAMMAR_PATH.read_text(encoding="utf-8"))
    data["unicode"] = tables()
    return render(data) + "\n"


def main() -> int:
    GRAMMAR_PATH.write_text(current(), encoding="utf-8")
    print(f"wrote {GRAMMAR_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
