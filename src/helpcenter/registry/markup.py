"""Registry text is data, never code: markup in it is refused when the registry loads.

Labels, purposes and notes (``prose``) are shown on pages and in the checker exactly as
written; anything a browser or Markdown would read as syntax (HTML tags and comments,
character references, links, images, autolinks, code, attribute lists, emphasis, script
links) is an error that says how to write the same words as plain text. Values and names
(``value``) get the HTML part of that and may not hold quotes, angle brackets, backticks or
backslashes, which no contact value has.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Markup:
    """Markup found in a text: what it is, the text that is it, and how to write it plainly."""

    what: str
    found: str
    fix: str

    def message(self) -> str:
        return f"holds {self.what} ({self.found!r}); registry text is shown exactly as written"


_TAG_FIX = "remove the tag and keep the words (a '<' followed by a space, like 'a < b', is fine)"
_LINK_FIX = (
    "write the words only, with （…） or “…” instead of [ ]: registry text cannot link or "
    "show images (pages link a channel with [[channel:ID]])"
)
_AUTOLINK_FIX = (
    "write the address without angle brackets, or leave it out: registry text cannot link "
    "(pages link a channel with [[channel:ID]])"
)
_MARKER_FIX = "remove it: markers work in pages, not in registry text; write the words only"
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_COMMENT = re.compile(r"<!--")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.\-]*:|[^\s<>@]+@)[^\s<>]*>?")
_TAG = re.compile(r"<[A-Za-z/!?][^<>]{0,40}>?")
_CODE = re.compile(r"`+[^`]{0,40}`*")
_BRACKETS = re.compile(r"!?\[[^\[\]]{0,40}\]?(?:\]|\(|\[|:)?")
_BRACES = re.compile(r"\{[^{}]{0,40}\}?")
_EMPHASIS = re.compile(
    r"\*\*|__|~~|\*(?=\S)[^*\n]{0,40}(?<=\S)\*|(?<!\w)_(?=\S)[^\n]{0,40}?(?<=\S)_(?!\w)"
)
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
#: pymdownx.emoji's shortcodes (``:warning:``) and pymdownx.keys' ``++ctrl+alt++``.
_SHORTCODE = re.compile(r":(?=[+\-\w]*[A-Za-z])[+\-\w]+:|:(?:100|1234|[+\-]1):|\+\+(?=[\w\-'\"])")
_BLOCK_START = re.compile(
    r"\s|#|>|[-+*](?:\s|$)|\d+[.)](?:\s|$)|!!!|\?\?\?|===|[-*_=](?:\s*[-*_=]){2,}\s*$"
)
_SCRIPT_LINK = re.compile(r"\b(?i:java|vb|live)(?i:script)\s*:")
_NOT_IN_VALUES = re.compile(r"[\"'`<>\\]")


def prose_markup(text: str) -> Markup | None:
    """The first markup in a label, purpose or note, or None if it is plain text."""
    return _first(text, prose=True)


def value_markup(text: str) -> Markup | None:
    """The first markup (or character no contact value has) in a value, id or name."""
    return _first(text, prose=False)


#: Anything that could start markup, in one pattern: most text has none and is done at once.
_PROSE = (_COMMENT, _AUTOLINK, _TAG, _REFERENCE, _CODE, _BRACKETS, _BRACES, _EMPHASIS)
_PROSE_MORE = (_SCRIPT_LINK, _ESCAPE, _SHORTCODE)
_VALUE = (_COMMENT, _TAG, _REFERENCE, _NOT_IN_VALUES)
#: Anything that could start markup, in one pattern: most text has none and is done at once.
_SUSPECT = {
    prose: re.compile(
        "|".join(f"(?:{p.pattern})" for p in ((*_PROSE, *_PROSE_MORE) if prose else _VALUE))
    )
    for prose in (True, False)
}


def _first(text: str, *, prose: bool) -> Markup | None:
    if _SUSPECT[prose].search(text) is None and not (prose and _BLOCK_START.match(text)):
        return None
    found = [m for m in _candidates(text, prose) if m is not None]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _candidates(text: str, prose: bool) -> list[tuple[int, Markup] | None]:
    candidates = [
        _at(_COMMENT, text, "an HTML comment", "remove the comment"),
        _at(_AUTOLINK, text, "an autolink", _AUTOLINK_FIX) if prose else None,
        _at(_TAG, text, "an HTML tag", _TAG_FIX),
        _reference(text),
    ]
    if not prose:
        candidates.append(
            _at(
                _NOT_IN_VALUES,
                text,
                "a character no contact value has",
                "remove it: write the value as the contact itself, without quotes, angle "
                "brackets, backticks or backslashes",
            )
        )
        return candidates
    candidates += [
        _at(_CODE, text, "Markdown code", "use quotation marks (“…” or 「…」), not backticks"),
        _brackets(text),
        _at(
            _BRACES,
            text,
            "a Markdown attribute list",
            "remove the {…}: registry text takes no attributes, ids or classes (write an "
            "aside in （…）)",
        ),
        _at(
            _EMPHASIS,
            text,
            "Markdown emphasis",
            "remove the * _ ~ marks: registry text is shown without formatting",
        ),
        _at(_SCRIPT_LINK, text, "a script link", "remove it: registry text is data, never code"),
        _at(
            _ESCAPE,
            text,
            "a Markdown backslash escape",
            "remove the backslash: registry text needs no escapes",
        ),
        _at(
            _SHORTCODE,
            text,
            "an emoji or key shortcode",
            "write the words (or the emoji itself) without the :…: or ++…++ marks",
        ),
        _block_start(text),
    ]
    return candidates


def _block_start(text: str) -> tuple[int, Markup] | None:
    match = _BLOCK_START.match(text)
    if match is None:
        return None
    return 0, Markup(
        "Markdown block syntax at its start",
        match.group(),
        "start with a word: not with a space, # > - + * 1. !!! ??? === or a line of - * _",
    )


def _at(pattern: re.Pattern[str], text: str, what: str, fix: str) -> tuple[int, Markup] | None:
    match = pattern.search(text)
    return None if match is None else (match.start(), Markup(what, match.group(), fix))


def _reference(text: str) -> tuple[int, Markup] | None:
    """A character reference a browser decodes (``&amp;``, ``&#60;``, legacy ``&copy``); an
    ampersand that decodes to nothing (``R&D``, ``A & B``) is text."""
    for match in _REFERENCE.finditer(text):
        written = match.group()
        decoded = html.unescape(written)
        if decoded == written:
            continue
        # A legacy reference decodes only its start: "&notice" is "¬" + "ice".
        kept = 0
        while kept < len(decoded) - 1 and written[-1 - kept] == decoded[-1 - kept]:
            kept += 1
        char, written = decoded[: len(decoded) - kept], written[: len(written) - kept]
        fix = (
            f"write the character itself ({char!r} instead of {written!r})"
            if char.isprintable() and char.strip()
            else "remove it and write plain text"
        )
        return match.start(), Markup("an HTML character reference", written, fix)
    return None


def _brackets(text: str) -> tuple[int, Markup] | None:
    match = _BRACKETS.search(text)
    if match is None:
        return None
    found, fix = match.group(), _LINK_FIX
    if found.startswith("!["):
        what = "a Markdown image"
    elif found.startswith("[["):
        what, fix = "a page marker", _MARKER_FIX
        end = text.find("]]", match.start())
        found = text[match.start() : end + 2] if 0 < end < match.start() + 60 else found
    elif found.endswith(("(", "[", ":")) and found[-2:-1] == "]":
        what = "a Markdown link"
    else:
        what = "square brackets (Markdown link syntax)"
    return match.start(), Markup(what, found, fix)
