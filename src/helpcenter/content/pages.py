"""Reading a page's front matter and headings, with line numbers for messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*(?:\{[ \t]*#([\w-]+)[ \t]*\})?[ \t]*$")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str | None
    line: int


@dataclass(frozen=True)
class Page:
    path: Path
    meta: dict[str, object]
    body: str
    #: 1-based line of the first body line in the file.
    body_line: int
    headings: tuple[Heading, ...]


class PageError(ValueError):
    pass


def read_page(path: Path) -> Page:
    """Parse ``path``; raises PageError naming path:line when the front matter is broken."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, object] = {}
    body, body_line = text, 1
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end < 0:
            raise PageError(f"{path}:1: front matter has no closing '---' line")
        try:
            loaded = yaml.safe_load(text[4:end]) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark else 1
            raise PageError(f"{path}:{line}: front matter is not valid YAML: {exc}") from exc
        if not isinstance(loaded, dict):
            raise PageError(f"{path}:2: front matter must be a mapping of keys to values")
        meta = loaded
        body = text[end + 5 :]
        body_line = text[: end + 5].count("\n") + 1
    return Page(path, meta, body, body_line, tuple(_headings(body, body_line)))


def _headings(body: str, first_line: int) -> list[Heading]:
    found, fenced = [], False
    for number, line in enumerate(body.splitlines(), start=first_line):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced:
            continue
        match = _HEADING.match(line)
        if match:
            level, text, anchor = match.groups()
            found.append(Heading(len(level), text, anchor, number))
    return found
