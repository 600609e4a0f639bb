"""The ``_headers`` file format of Cloudflare Pages: write it, read it, apply it to a path.

A rule is a URL pattern (``*`` matches any characters, ``:name`` one path segment)
followed by indented ``Name: value`` lines. A request gets the headers of every matching
rule; a header set by several matching rules is joined with ", " (which is why the rules
we generate never set one header twice for a path: see ``rules.check_rules``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: Cloudflare Pages limits (documented): rules per file and characters per line.
MAX_RULES = 100
MAX_LINE = 2000


class HeadersFileError(ValueError):
    """A ``_headers`` file that a CDN would reject or read differently."""


@dataclass(frozen=True)
class Rule:
    """A URL pattern and the headers of every response whose path matches it."""

    pattern: str
    headers: tuple[tuple[str, str], ...]

    def matches(self, path: str) -> bool:
        return _compile(self.pattern).fullmatch(path) is not None


@functools.cache  # a site checks every file's URLs against every rule
def _compile(pattern: str) -> re.Pattern[str]:
    regex = ""
    for part in re.split(r"(\*|:[A-Za-z]\w*)", pattern):
        if part == "*":
            regex += ".*"
        elif part.startswith(":"):
            regex += "[^/]+"
        else:
            regex += re.escape(part)
    return re.compile(regex)


def render(rules: list[Rule], comment: str) -> str:
    """The ``_headers`` text for ``rules``; rejects what Cloudflare Pages would reject."""
    if len(rules) > MAX_RULES:
        raise HeadersFileError(f"_headers: {len(rules)} rules, the CDN accepts {MAX_RULES}")
    lines = [f"# {line}" for line in comment.splitlines()]
    for rule in rules:
        lines += ["", rule.pattern, *(_header_line(name, value) for name, value in rule.headers)]
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE:
            raise HeadersFileError(
                f"_headers:{number}: {len(line)} characters, the CDN accepts {MAX_LINE}"
            )
    return "\n".join(lines) + "\n"


def _header_line(name: str, value: str) -> str:
    """``  Name: value``, or ``  ! Name``: drop the header an earlier rule set for the path."""
    return f"  {name}" if name.startswith("!") else f"  {name}: {value}"


def detach(name: str) -> tuple[str, str]:
    """A header entry that removes ``name`` set by an earlier matching rule (Cloudflare's
    ``! Name``), so a more specific rule can set its own value instead of adding a second."""
    return (f"! {name}", "")


def parse(text: str) -> list[Rule]:
    """Rules from ``_headers`` text; errors name the line."""
    rules: list[Rule] = []
    pattern: str | None = None
    headers: list[tuple[str, str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not raw[0].isspace():
            if pattern is not None:
                rules.append(Rule(pattern, tuple(headers)))
            pattern, headers = line, []
            continue
        if pattern is not None and line.startswith("!"):
            headers.append((line, ""))
            continue
        name, sep, value = line.partition(":")
        if pattern is None or not sep:
            raise HeadersFileError(f"_headers:{number}: expected '  Name: value' under a path")
        headers.append((name.strip(), value.strip()))
    if pattern is not None:
        rules.append(Rule(pattern, tuple(headers)))
    return rules


def headers_for(rules: list[Rule], path: str) -> dict[str, str]:
    """The headers the CDN adds to a response for ``path`` (rules in file order)."""
    result: dict[str, str] = {}
    for rule in rules:
        if not rule.matches(path):
            continue
        for name, value in rule.headers:
            if name.startswith("!"):
                result.pop(name[1:].strip(), None)
            elif name in result:
                result[name] = f"{result[name]}, {value}"
            else:
                result[name] = value
    return result
