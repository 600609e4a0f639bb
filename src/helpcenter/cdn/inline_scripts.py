"""What the CSP must allow, read from the built HTML: inline script and style hashes.

A CSP hash covers an inline ``<script>``/``<style>`` element, never an event-handler
attribute, a ``javascript:`` URL or a ``style`` attribute: those are reported as problems,
because the browser would silently block them.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

_ELEMENT = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)
_SRC = re.compile(r"\bsrc\s*=", re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
# Outside script/style bodies: attributes the CSP blocks without a way to allow them by hash.
_BLOCKED_ATTR = re.compile(
    r"""<[a-zA-Z][^>]*?\s(on[a-z]+|style)\s*=|\b(?:href|src|action)\s*=\s*["']?\s*javascript:""",
    re.I,
)
# Script types the browser executes; JSON and templates are data and need no hash.
_EXECUTABLE_TYPES = {"", "module", "text/javascript", "application/javascript"}


@dataclass(frozen=True)
class InlineCode:
    """What one HTML document needs from the CSP."""

    script_hashes: frozenset[str]
    style_hashes: frozenset[str]


@dataclass(frozen=True)
class CspProblem:
    """Markup the CSP would block; ``line`` is 1-based within the HTML file."""

    line: int
    snippet: str

    def message(self, path: str) -> str:
        return (
            f"{path}:{self.line}: the Content-Security-Policy blocks {self.snippet!r}: "
            "move the code into a script or stylesheet file (overrides/assets/)"
        )


def csp_hash(code: str) -> str:
    """The CSP source expression body for inline code: ``sha256-<base64>``."""
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def inline_code(html: str) -> InlineCode:
    """Hashes of the inline scripts the browser would run and of inline style elements."""
    scripts: set[str] = set()
    styles: set[str] = set()
    for match in _ELEMENT.finditer(html):
        tag, attrs, body = match.group(1).lower(), match.group(2), match.group(3)
        if tag == "style":
            styles.add(csp_hash(body))
            continue
        if _SRC.search(attrs):
            continue
        kind = _TYPE.search(attrs)
        if (kind.group(1).lower() if kind else "") in _EXECUTABLE_TYPES:
            scripts.add(csp_hash(body))
    return InlineCode(frozenset(scripts), frozenset(styles))


def csp_problems(html: str) -> list[CspProblem]:
    """Event handlers, ``javascript:`` URLs and style attributes in the markup."""
    masked = _ELEMENT.sub(lambda m: "\n" * m.group(0).count("\n"), html)
    problems = []
    for match in _BLOCKED_ATTR.finditer(masked):
        line = masked.count("\n", 0, match.start()) + 1
        problems.append(CspProblem(line, match.group(0)[-60:]))
    return problems
