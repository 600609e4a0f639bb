"""Replace registry markers in a page's Markdown; every marker that cannot render is an error.

``[[channel:ID]]`` the channel's value as a link; ``[[channel:ID|label]]`` its label in the
page language as a link; ``[[channel:ID|any text]]`` that text as a link to the channel;
``[[registry:NAME]]`` (alone on a line) a generated block, see
:data:`~helpcenter.registry_pages.blocks.BLOCKS`. Markers inside code are left as written,
so pages can document the syntax.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from helpcenter.markdown_source import code_lines, in_code_span
from helpcenter.problems import Problem
from helpcenter.registry.model import Registry, Status
from helpcenter.registry_pages.blocks import BLOCKS
from helpcenter.registry_pages.links import channel_markdown, channel_text
from helpcenter.registry_pages.text import plain_text
from helpcenter.registry_pages.words import lang_key

MARKER = re.compile(r"\[\[([A-Za-z][\w-]*):([^\[\]\n]*)\]\]")
_CHANNEL_STYLES = ("value", "label")


class MarkerError(Exception):
    """Markers that cannot be rendered; ``str(e)`` lists them one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def render_markers(
    markdown: str,
    registry: Registry,
    lang: str,
    *,
    path: str,
    year: int,
    root: str,
    first_line: int = 1,
) -> str:
    """``markdown`` with every marker rendered for ``lang``; MarkerError lists every bad one.

    ``path`` names the page in messages and ``first_line`` is the file line ``markdown``
    starts on (after the front matter); ``year`` fixes UTC offsets shown for hours, ``root``
    is the relative URL from the page to the site root (for the checker's data).
    """
    lang = lang_key(lang)
    problems: list[Problem] = []
    out: list[str] = []
    for number, line, in_code in code_lines(markdown, first_line):
        if in_code:
            out.append(line)
            continue
        where = _Where(path, number)
        out.append(_render_line(line, registry, lang, where, problems, year=year, root=root))
    if problems:
        raise MarkerError(problems)
    return "\n".join(out)


@dataclass(frozen=True, slots=True)
class MarkerPlace:
    """A marker in a page's Markdown: where it is, what it says, whether it is rendered."""

    start: int
    end: int
    name: str
    argument: str
    #: False inside a fenced block or a code span: the page shows the marker as written.
    rendered: bool

    @property
    def own_text(self) -> tuple[int, int] | None:
        """Span of the writer's own words that a rendered ``[[channel:ID|text]]`` shows as the
        link text; None when the page shows the registry's value or label instead."""
        if self.name != "channel" or "|" not in self.argument:
            return None
        style = self.argument.partition("|")[2]
        if style.strip() in ("", *_CHANNEL_STYLES):
            return None
        start = self.end - 2 - len(style)
        return start, self.end - 2


def marker_places(markdown: str) -> Iterator[MarkerPlace]:
    """Every marker in ``markdown`` (the page without front matter), as render_markers sees it."""
    offset = 0
    for _, line, in_code in code_lines(markdown):
        for match in MARKER.finditer(line):
            rendered = not in_code and not _in_code_span(line, match.start())
            yield MarkerPlace(
                offset + match.start(),
                offset + match.end(),
                match.group(1),
                match.group(2),
                rendered,
            )
        offset += len(line) + 1


def _in_code_span(line: str, at: int) -> bool:
    return in_code_span(line, at)


@dataclass(frozen=True, slots=True)
class _Where:
    path: str
    line: int

    def problem(self, message: str, fix: str) -> Problem:
        return Problem(self.path, self.line, message, fix, "markers")


def _render_line(
    line: str,
    registry: Registry,
    lang: str,
    where: _Where,
    problems: list[Problem],
    *,
    year: int,
    root: str,
) -> str:
    pieces: list[str] = []
    last = 0
    for match in MARKER.finditer(line):
        if _in_code_span(line, match.start()):
            continue
        name, argument = match.group(1), match.group(2)
        try:
            if name == "channel":
                rendered = _channel(argument, registry, lang, where)
            elif name == "registry":
                rendered = _block(line, match, registry, lang, where, year=year, root=root)
            else:
                raise _Refused(
                    where.problem(
                        f"unknown marker [[{name}:…]]",
                        "use [[channel:ID]], [[channel:ID|label]] or [[registry:NAME]]",
                    )
                )
        except _Refused as refused:
            problems.append(refused.problem)
            continue
        pieces += [line[last : match.start()], rendered]
        last = match.end()
    pieces.append(line[last:])
    return "".join(pieces)


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _channel(argument: str, registry: Registry, lang: str, where: _Where) -> str:
    channel_id, _, style = argument.partition("|")
    channel_id, style = channel_id.strip(), style.strip() or "value"
    if style not in _CHANNEL_STYLES and difflib.get_close_matches(style, _CHANNEL_STYLES, 1, 0.7):
        raise _Refused(
            where.problem(
                f"{style!r} in [[channel:{argument}]] looks like a misspelt style",
                f"write [[channel:{channel_id}]] for the value or "
                f"[[channel:{channel_id}|label]] for the label",
            )
        )
    channel = registry.channel(channel_id)
    if channel is None:
        ids = [c.id for c in registry.active]
        close = difflib.get_close_matches(channel_id, ids, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise _Refused(
            where.problem(
                f"unknown channel id {channel_id!r} in [[channel:{argument}]]",
                f"{hint}use an id from {registry.path.name}: {', '.join(ids)}",
            )
        )
    if channel.status is Status.RETIRED:
        active = [c.id for c in registry.active if c.kind is channel.kind]
        instead = f"use an active channel such as {active[0]!r}" if active else "remove it"
        raise _Refused(
            where.problem(
                f"channel {channel_id!r} was retired on {channel.retired_on} and is no longer "
                "answered",
                instead,
            )
        )
    if style == "label":
        text = plain_text(channel.label.get(lang))  # registry text: never markup
    elif style == "value":
        text = channel_text(channel)
    else:
        text = style  # the writer's own words for the link
    return channel_markdown(channel, text)


def _block(
    line: str,
    match: re.Match[str],
    registry: Registry,
    lang: str,
    where: _Where,
    *,
    year: int,
    root: str,
) -> str:
    name = match.group(2).strip()
    render = BLOCKS.get(name)
    if render is None:
        raise _Refused(
            where.problem(
                f"unknown block [[registry:{name}]]",
                f"use one of {', '.join(f'[[registry:{n}]]' for n in BLOCKS)}",
            )
        )
    indent = line[: match.start()]
    if indent.strip() or line[match.end() :].strip():
        raise _Refused(
            where.problem(
                f"[[registry:{name}]] generates a block and must stand alone on its line",
                "put it on a line of its own, with blank lines around it",
            )
        )
    block = render(registry, lang, year=year, root=root)
    # Keep the marker's indentation, so a block inside an admonition or tab stays there.
    return block.replace("\n", "\n" + indent)
