"""Reading a page's front matter and headings, with line numbers for messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from helpcenter.markdown_source import (
    code_lines,
    front_matter,
    front_matter_data,
    opens_front_matter,
)
from helpcenter.problems import Problem

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
    #: The whole file as written, front matter included.
    text: str = ""
    #: How messages name the page (relative to the project).
    name: str = ""


class PageError(ValueError):
    """A page that cannot be read; ``problem`` says where and what to do."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_page(path: Path, *, name: str | None = None) -> Page:
    """Parse ``path`` (called ``name`` in messages); raises PageError naming path:line when the
    page is no UTF-8 text or its front matter is broken."""
    shown = name or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes().count(b"\n", 0, exc.start) + 1
        raise PageError(_problem(shown, line, f"is not UTF-8 text ({exc.reason})", _UTF8)) from exc
    meta: dict[str, object] = {}
    matter = front_matter(text)
    if not matter.present and opens_front_matter(text):
        raise PageError(
            _problem(shown, 1, "front matter has no closing '---' line", "add the '---' line")
        )
    if matter.present:
        try:
            loaded = front_matter_data(matter.text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark else 1
            reason = getattr(exc, "problem", None) or str(exc)
            raise PageError(
                _problem(shown, line, f"front matter is not valid YAML: {reason}", _YAML)
            ) from exc
        if not isinstance(loaded, dict):
            raise PageError(
                _problem(
                    shown, 2, "front matter must be a mapping of keys to values", "write key: value"
                )
            )
        meta = loaded
    body = text[matter.body_offset :]
    headings = tuple(_headings(body, matter.body_line))
    return Page(path, meta, body, matter.body_line, headings, text, shown)


_UTF8 = "save the page as UTF-8 text"
_YAML = "correct the YAML (quote values that hold a colon)"


def _problem(path: str, line: int, message: str, fix: str) -> Problem:
    return Problem(path, line, message, fix, "content")


def _headings(body: str, first_line: int) -> list[Heading]:
    found = []
    for number, line, in_fence in code_lines(body, first_line):
        if in_fence:
            continue
        match = _HEADING.match(line)
        if match:
            level, text, anchor = match.groups()
            found.append(Heading(len(level), text, anchor, number))
    return found
