"""A Markdown page's source as written: its front matter and which lines and spans are code.

The one reader of front matter and fences for the whole package (content rules, markers, the
guard, search): they must agree on where a page's body starts and what is code, or one of
them reports the wrong line or reads code as prose.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
# MkDocs' own pattern (mkdocs.utils.meta.YAML_RE): what it reads as front matter, nothing else.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Where a page's YAML front matter is (``---`` ... ``---``) and where its body starts."""

    text: str
    """The YAML between the fences ("" without front matter)."""
    body_offset: int
    """Offset of the body in the page text."""
    body_line: int
    """1-based line of the body's first line."""

    @property
    def present(self) -> bool:
        return self.body_offset > 0

    @property
    def lines(self) -> int:
        """Lines the front matter takes, its fences included (0 without one)."""
        return self.body_line - 1


def front_matter(text: str) -> FrontMatter:
    """The front matter of ``text`` as MkDocs reads it (``---`` on the first line, YAML, then
    ``---`` or ``...`` on a line of its own); an empty one when there is none."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return FrontMatter("", 0, 1)
    return FrontMatter(match.group(1), match.end(), text.count("\n", 0, match.end()) + 1)


# libyaml's parser when PyYAML has it (the wheels do): the same YAML, several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=4096)
def front_matter_node(yaml_text: str) -> yaml.Node | None:
    """The YAML node tree of a front matter's text (with line marks), parsed once per text:
    the content rules and search's key phrases read the same page. Raises yaml.YAMLError:
    PyYAML's own parser's, whose marks name the line a writer must fix."""
    try:
        return yaml.compose(yaml_text, Loader=_LOADER)
    except yaml.YAMLError:
        return yaml.compose(yaml_text, Loader=yaml.SafeLoader)


def front_matter_data(yaml_text: str) -> object:
    """The values of a front matter's text, as ``yaml.safe_load`` gives them (a new object on
    every call: callers may keep or change it). Raises yaml.YAMLError."""
    node = front_matter_node(yaml_text)
    return None if node is None else yaml.constructor.SafeConstructor().construct_document(node)


def markdown_first_line(text: str) -> int:
    """The file line that MkDocs' ``page.markdown`` starts on: the body, after the front matter
    and the blank lines MkDocs strips after it."""
    matter = front_matter(text)
    body = text[matter.body_offset :]
    return matter.body_line + (len(body) - len(body.lstrip("\n")) if matter.present else 0)


def opens_front_matter(text: str) -> bool:
    """Whether ``text`` starts like front matter (MkDocs reads it as the body if it never
    closes: a mistake worth an error)."""
    return text.startswith("---") and not text[3:].split("\n", 1)[0].strip()


def code_lines(markdown: str, first_line: int = 1) -> Iterator[tuple[int, str, bool]]:
    """Each line of ``markdown`` with its number and whether it belongs to a fenced code block
    (the fences included)."""
    fence: str | None = None
    for number, line in enumerate(markdown.split("\n"), start=first_line):
        opening = _FENCE.match(line)
        if fence is not None:
            run = opening.group(1) if opening else ""
            if run[:1] == fence[0] and len(run) >= len(fence) and not _after_fence(line, run):
                fence = None
            yield number, line, True
            continue
        if opening:
            fence = opening.group(1)
        yield number, line, opening is not None


def _after_fence(line: str, run: str) -> str:
    return line.lstrip()[len(run) :].strip()


def code_spans(line: str) -> list[tuple[int, int]]:
    """Spans of the inline code (``…`` with matching backtick runs) in one line."""
    spans = []
    pos = 0
    while (start := line.find("`", pos)) != -1:
        run = len(line) - len(line[start:].lstrip("`"))
        width = run - start
        close = line.find("`" * width, start + width)
        while close != -1 and line[close + width : close + width + 1] == "`":
            close = line.find("`" * width, close + width + 1)
        if close == -1:
            pos = start + width
            continue
        spans.append((start, close + width))
        pos = close + width
    return spans


def in_code_span(line: str, at: int) -> bool:
    """Whether offset ``at`` of ``line`` is inside inline code."""
    return any(start <= at < end for start, end in code_spans(line))
