"""The one problem type every check reports (registry, markers, content, guard, published
output), and the one reporter that prints them as text, JSON or GitHub annotations."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

FORMATS = ("text", "json", "github")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong, where it is, and what to do about it."""

    path: str
    """File the problem is in, relative to the project (or the built site) where possible."""
    line: int
    """1-based line in ``path``; 1 when the problem is the whole file."""
    message: str
    """What is wrong, in one short clause."""
    fix: str
    """What to do about it."""
    check: str = ""
    """Which check found it ("registry", "markers", "content", "guard", "publish", ...)."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}. Fix: {self.fix}"


class ProblemsError(Exception):
    """Problems that stop a build or a command; ``str(e)`` lists them one per line."""

    def __init__(
        self, problems: Sequence[Problem], heading: str = "", *, report: str | None = None
    ) -> None:
        """``report`` replaces the default message (``heading``, then one problem a line)."""
        self.problems = list(problems)
        lines = [heading] if heading else []
        super().__init__(report or "\n".join([*lines, *map(str, ordered(self.problems))]))


def ordered(problems: Iterable[Problem]) -> list[Problem]:
    """By place, each place once."""
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message, p.fix))


def render(problems: Iterable[Problem], fmt: str) -> str:
    """All ``problems`` by place, in ``fmt`` (one of FORMATS)."""
    items = ordered(problems)
    if fmt == "json":
        return json.dumps(
            [
                {
                    "path": p.path,
                    "line": p.line,
                    "check": p.check,
                    "message": p.message,
                    "fix": p.fix,
                }
                for p in items
            ],
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "github":
        return "\n".join(annotation(p) for p in items)
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return "\n".join(map(str, items))


def annotation(problem: Problem) -> str:
    """A GitHub Actions ``::error`` workflow command."""
    title = f"{problem.check or 'build'}: {problem.message}"[:120]
    props = f"file={_prop(problem.path)},line={problem.line},title={_prop(title)}"
    return f"::error {props}::{_data(f'{problem.message}. Fix: {problem.fix}')}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


#: Headings of each check's part of a build's report, in the order they are shown.
HEADINGS = {
    "guard": "contact guard: unofficial contacts",
    "markers": "registry markers",
    "content": "content rules",
    "publish": "publish: what may not be published",
    "cdn": "CDN policy",
    "mkdocs": "MkDocs warnings (strict build)",
}


class BuildProblems:
    """Every problem the checks of one build found: each check adds its own, and the build's
    last step reports them all together (so one run names every problem, in every language)
    and publishes nothing if there are any."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def clear(self) -> None:
        self.items = []

    def add(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    def report(self) -> str:
        """The build's failure message: each check's problems under its heading."""
        items = ordered(self.items)
        parts = [f"{len(items)} problem(s); nothing was published."]
        checks = [*HEADINGS, *sorted({p.check for p in items} - set(HEADINGS))]
        for check in checks:
            mine = [p for p in items if p.check == check]
            if mine:
                parts.append(f"{HEADINGS.get(check, check or 'build')} ({len(mine)}):")
                parts += map(str, mine)
        return "\n".join(parts)


#: The build running in this process (MkDocs runs one at a time; hooks share this).
BUILD = BuildProblems()
