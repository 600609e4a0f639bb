"""A stylesheet's text as a browser can show it: every string (``content: "…"`` puts one on the
page; attribute selectors and ``attr()`` fallbacks hold others) and every ``url(…)``, with CSS
escapes decoded ("\\32 02" is "202"), comments skipped."""

from __future__ import annotations

import re

from helpcenter.publish.shown import Shown


class CssError(ValueError):
    """The stylesheet cannot be read (an unterminated string or comment); ``line`` says where."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


# One pass: a decoded backslash must not start another escape.
_ESCAPE = re.compile(r"\\(?:([0-9A-Fa-f]{1,6})(?:\r\n|[ \t\r\n\f])?|(\r\n|[\n\r\f])|(.))", re.S)
_URL = re.compile(r"url\(\s*([^\s\"')]*)\s*\)", re.IGNORECASE)
_START = re.compile(r"/\*|[\"']|url\(", re.IGNORECASE)


def css_text(css: str) -> Shown:
    """The strings and URLs of ``css``, decoded, one piece each with its line."""
    shown = Shown()
    pos = 0
    while (found := _START.search(css, pos)) is not None:
        at, token = found.start(), found.group()
        line = css.count("\n", 0, at) + 1
        if token == "/*":
            end = css.find("*/", at + 2)
            if end == -1:
                raise CssError("a comment is never closed", line)
            pos = end + 2
        elif token in "\"'":
            end = _string_end(css, at, token)
            if end == -1:
                raise CssError("a string is never closed", line)
            shown.add(unescape(css[at + 1 : end]), line, joiner=" ")
            pos = end + 1
        else:
            url = _URL.match(css, at)
            if url is None:  # url("…"): the quoted string is read as a string
                pos = at + 4
                continue
            shown.add(unescape(url.group(1)), line, joiner=" ")
            pos = url.end()
    return shown


def unescape(text: str) -> str:
    """CSS escapes decoded: ``\\31 `` and ``\\000031`` are "1", ``\\"`` is '"', an escaped
    line break is nothing."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_decode, text)


def _decode(match: re.Match[str]) -> str:
    code, line_break, other = match.groups()
    if code:
        return _code_point(int(code, 16))
    return "" if line_break else other


def _code_point(value: int) -> str:
    return chr(value) if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else "\ufffd"


def _string_end(css: str, start: int, quote: str) -> int:
    pos = start + 1
    while pos < len(css):
        char = css[pos]
        if char == "\\":
            pos += 2
            continue
        if char == quote:
            return pos
        if char == "\n":
            return -1
        pos += 1
    return -1
