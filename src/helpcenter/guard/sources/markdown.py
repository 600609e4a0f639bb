"""A Markdown page as written: front matter, prose, code, links, raw HTML, every line of it.

Scanning the source text itself (not a parse tree) is what makes every construct count: a
contact inside a code block, a link title, a footnote or an attribute list is on the page.

Registry markers are read as the page shows them: a rendered marker shows an official channel
(its value or label), and with ``[[channel:ID|own words]]`` the writer's words, which are
scanned; in code and in the front matter the marker is shown as written, and scanned so.
"""

from __future__ import annotations

from helpcenter.guard.finding import Finding
from helpcenter.guard.read.check import Checker
from helpcenter.guard.sources.text import MARKER_NAMES, literal_markers, text_findings
from helpcenter.markdown_source import front_matter
from helpcenter.registry_pages.markers import marker_places


def scan_markdown(checker: Checker, text: str, *, path: str, region: str | None) -> list[Finding]:
    matter = front_matter(text)
    last = matter.lines
    findings = text_findings(
        checker,
        text,
        path=path,
        source="markdown",
        region=region,
        scanned=rendered_markers(text, body=matter.body_offset),
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


def _relabel(finding: Finding, source: str) -> Finding:
    return Finding(finding.path, finding.line, finding.judgement, finding.raw, source)
