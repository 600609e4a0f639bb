"""Theme overrides (``overrides/``): Jinja/HTML text whose output is on every page; also any
other markup or text file (an SVG under ``docs/``), read with the region of its folder.

In a theme template, what Jinja renders is code (``{{ t.one }}`` is a variable, not the host
t.one): its tags are read as the string literals in them, everything else in them blanked (the
text keeps its length, so lines hold). What they render is on the built pages, read there.
"""

from __future__ import annotations

import re

from helpcenter.guard.finding import Finding
from helpcenter.guard.read.check import Checker
from helpcenter.guard.sources.text import literal_markers, text_findings

_JINJA = re.compile(r"\{\{[^\n]{0,2000}?\}\}|\{%[^\n]{0,2000}?%\}|\{#[^\n]{0,2000}?#\}")
_STRING = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")
_THEME = "overrides/"


def scan_template(
    checker: Checker, text: str, *, path: str, region: str | None = None
) -> list[Finding]:
    if not path.startswith(_THEME):
        return text_findings(checker, text, path=path, source="template", region=region)
    scanned = literal_markers(jinja_strings(text))
    return text_findings(
        checker, text, path=path, source="template", region=region, scanned=scanned
    )


def jinja_strings(text: str) -> str:
    """``text`` with each Jinja tag reduced to its string literals (same length)."""
    if "{" not in text:
        return text
    return _JINJA.sub(lambda m: _only_strings(m.group()), text)


def _only_strings(tag: str) -> str:
    kept = [" "] * len(tag)
    for literal in _STRING.finditer(tag):
        kept[literal.start() : literal.end()] = literal.group()
    return "".join(kept)
