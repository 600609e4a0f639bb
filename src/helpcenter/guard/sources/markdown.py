"""A Markdown page as written: front matter, prose, code, links, raw HTML, every line of it.

Scanning the source text itself (not a parse tree) is what makes every construct count: a
contact inside a code block, a link title, a footnote or an attribute list is on the page.

Registry markers are read as the page shows them: a rendered marker shows an official channel
(its value or label), and with ``[[channel:ID|own words]]`` the writer's words, which are
scanned; in code and in the front matter the marker is shown as written, and scanned so.
"""

from __future__ import annotations

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.sources.text import MARKER_NAMES, literal_markers, text_findings
from helpcenter.registry_pages.markers import marker_places


def scan_markdown(checker: Checker, text: str, *, path: str, region: str | None) -> list[Finding]:
    last = front_matter_lines(text)
    findings = text_findings(
        checker,
        text,
        path=path,
        source="markdown",
        region=region,
        scanned=rendered_markers(text, body=body_start(text, last)),
    )
    return [_relabel(f, "front-matter") if f.line <= last else f for f in findings]


def rendered_markers(text: str, *, body: int = 0) -> str:
    """``text`` (same length) with the markers the registry hook renders in the body (from
    offset ``body``) blanked but for the writer's own link text; other markers read literally."""
    if "[[" not in text:
        return text
    head, page = literal_markers(text[:body]), text[body:]
    parts: list[str] = []
    last = 0
    for place in marker_places(page):
        if place.name not in MARKER_NAMES:
            continue
        parts.append(page[last : place.start])
        if not place.rendered:
            parts += ["  ", page[place.start + 2 : place.end - 2], "  "]
        elif (own := place.own_text) is not None:
            start, end = own
            parts += [" " * (start - place.start), page[start:end], " " * (place.end - end)]
        else:
            parts.append(" " * (place.end - place.start))
        last = place.end
    return head + "".join(parts) + page[last:]


def front_matter_lines(text: str) -> int:
    """Number of lines the YAML front matter (``---`` ... ``---``) takes; 0 without one."""
    if not text.startswith("---\n"):
        return 0
    end = text.find("\n---", 3)
    return 0 if end == -1 else text.count("\n", 0, end) + 2


def body_start(text: str, lines: int) -> int:
    """Offset where the page after its first ``lines`` lines (the front matter) starts."""
    at = 0
    for _ in range(lines):
        at = text.find("\n", at) + 1
        if at == 0:
            return len(text)
    return at


def _relabel(finding: Finding, source: str) -> Finding:
    return Finding(finding.path, finding.line, finding.judgement, finding.raw, source)
