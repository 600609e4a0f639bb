"""The inline scripts and styles our theme ships: read from the theme's template folders
(``overrides/`` first, then the pinned theme package), never from the pages that are built.

Each inline ``<script>`` or ``<style>`` of a template becomes a pattern: its text exactly, with
each ``{{ … }}`` expression inside a string literal free to be any text that cannot leave it
(no quotes, backslashes, angle brackets or line breaks): Material writes the page's base URL
there. Code with an expression outside a string literal is never allowed. A built
page's inline code is allowed (and hashed into the CSP) only when it matches one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_BLOCK = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)
_SRC = re.compile(r"\bsrc\s*=", re.I)
_EXPRESSION = re.compile(r"\{\{-?.*?-?\}\}", re.S)
_HOLE = "[^\"'`\\\\<>\\n\\r\\u2028\\u2029]*"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ThemeCode:
    """Patterns of the inline scripts and styles the theme's templates can produce."""

    scripts: tuple[re.Pattern[str], ...]
    styles: tuple[re.Pattern[str], ...]

    def ships_script(self, body: str) -> bool:
        return any(p.fullmatch(body) for p in self.scripts)

    def ships_style(self, body: str) -> bool:
        return any(p.fullmatch(body) for p in self.styles)


def theme_code(template_dirs: Iterable[str | Path]) -> ThemeCode:
    """Every inline script and style in the ``*.html`` templates of ``template_dirs``. Code with
    template logic (``{% … %}``) inside it is left out: its output cannot be known."""
    templates = tuple(
        (path, path.stat().st_mtime_ns)
        for folder in template_dirs
        for path in sorted(Path(folder).rglob("*.html"))
    )
    return _theme_code(templates)  # read again only when a template changed


@lru_cache(maxsize=4)
def _theme_code(templates: tuple[tuple[Path, int], ...]) -> ThemeCode:
    scripts: dict[str, re.Pattern[str]] = {}
    styles: dict[str, re.Pattern[str]] = {}
    for template, _ in templates:
        text = template.read_text(encoding="utf-8", errors="replace")
        for match in _BLOCK.finditer(text):
            tag, attrs, body = match.group(1).lower(), match.group(2), match.group(3)
            if (tag == "script" and _SRC.search(attrs)) or "{%" in body or not body.strip():
                continue
            if not all(_in_string(body, e.start()) for e in _EXPRESSION.finditer(body)):
                continue  # an expression that could write code, not just a string's text
            pattern = _pattern(body)
            (scripts if tag == "script" else styles).setdefault(pattern.pattern, pattern)
    return ThemeCode(tuple(scripts.values()), tuple(styles.values()))


def _pattern(body: str) -> re.Pattern[str]:
    parts = []
    last = 0
    for expression in _EXPRESSION.finditer(body):
        parts += [_literal(body[last : expression.start()]), _HOLE]
        last = expression.end()
    parts.append(_literal(body[last:]))
    return re.compile("".join(parts), re.S)


def _in_string(code: str, at: int) -> bool:
    """Whether offset ``at`` of ``code`` (a script or style) is inside a string literal."""
    quote = ""
    pos = 0
    while pos < at:
        char = code[pos]
        if quote and char == "\\":
            pos += 2
            continue
        if quote and char == quote:
            quote = ""
        elif not quote and char in "\"'":
            quote = char
        pos += 1
    return bool(quote)


def _literal(text: str) -> str:
    """``text`` matched exactly but for whitespace, which templates may trim or keep."""
    return r"\s*".join(re.escape(piece) for piece in _SPACE.split(text))
