"""A page as built (the catch-all): what templates, extensions and other hooks put on it.

A finding the page's Markdown, the templates or the config already reported is not repeated;
a new one is mapped to the Markdown line that shows the same text when there is one, else it
is reported at the built page's own path and line.

The registry hook renders the list of reported impostors inside ``<div data-hc-impostors>``:
there, and only there, a known impostor is a warning rather than a contact. Anything else in
that container is judged as usual.

Most of a built page (navigation, header, footer, icons) is the same on every page. A line
in which every candidate passed on its own merits is remembered (``seen``) and skipped on
later pages, which keeps the catch-all cheap; candidates do not span lines (separators, URL
bodies and keyword contexts stop at a line break), so skipping such a line cannot hide one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection
from itertools import accumulate, compress

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding, Verdict
from helpcenter.guard.lines import Lines
from helpcenter.guard.sources.text import finding_key, to_findings

_WARNING_LIST = re.compile(r"<div\b[^<>]{0,400}\bdata-hc-impostors\b[^<>]{0,400}>")
_DIV = re.compile(r"<(/?)div\b", re.IGNORECASE)


def scan_html(
    checker: Checker,
    html: str,
    *,
    built_path: str,
    region: str | None,
    markdown: tuple[str, str] | None = None,
    reported: Collection[str] = (),
    seen: dict[str | None, set[str]] | None = None,
) -> list[Finding]:
    """``markdown`` is the page's (path, source text); ``reported`` the finding keys to skip;
    ``seen`` per region the lines earlier pages showed to hold no failing contact."""
    lines = html.split("\n")
    known = seen.setdefault(region, set()) if seen is not None else set()
    # Set difference and compress run in C: a page of a big site has thousands of nav lines.
    new = set(lines).difference(known)
    mask = list(map(new.__contains__, lines))
    kept = list(compress(range(len(lines)), mask))
    text = "\n".join(compress(lines, mask))
    # Impostor lists are found in the whole page: their opening line may be a known one.
    lists = _warning_lists(html) if "data-hc-impostors" in html else []
    hits = checker.check_text(text, region=region)
    in_list = _in_lists(lists, lines, kept)
    if seen is not None:
        failing = Lines(text, first=0)
        busy = {failing.of(h.offset) for h in hits if not h.judgement.verdict.passes}
        known.update(lines[i] for n, i in enumerate(kept) if n not in busy)
    bad = [
        h
        for h in hits
        if not h.judgement.verdict.passes
        and not (h.judgement.verdict is Verdict.IMPOSTOR and in_list(h.offset))
    ]
    findings = []
    for finding in to_findings(bad, text, path=built_path, source="html", first_line=0):
        if finding_key(finding) in reported:
            continue
        if markdown is not None and (at := markdown[1].find(finding.raw)) != -1:
            line = markdown[1].count("\n", 0, at) + 1
            finding = Finding(markdown[0], line, finding.judgement, finding.raw, "html")
        else:
            line = kept[finding.line] + 1
            finding = Finding(finding.path, line, finding.judgement, finding.raw, "html")
        findings.append(finding)
    return findings


def _warning_lists(html: str) -> list[tuple[int, int]]:
    """Spans of the ``data-hc-impostors`` containers, up to their matching ``</div>``."""
    spans = []
    for opening in _WARNING_LIST.finditer(html):
        depth, end = 1, len(html)
        for div in _DIV.finditer(html, opening.end()):
            depth += -1 if div.group(1) else 1
            if depth == 0:
                end = div.start()
                break
        spans.append((opening.end(), end))
    return spans


def _in_lists(
    spans: list[tuple[int, int]], lines: list[str], kept: list[int]
) -> Callable[[int], bool]:
    """Whether an offset in the kept lines' text falls inside one of ``spans`` of the page."""
    if not spans:
        return lambda offset: False
    page_starts = [0, *accumulate(len(line) + 1 for line in lines)]
    kept_starts = [0, *accumulate(len(lines[i]) + 1 for i in kept)]

    def inside(offset: int) -> bool:
        n = bisect_right(kept_starts, offset) - 1
        at = page_starts[kept[n]] + offset - kept_starts[n]
        return any(start <= at < end for start, end in spans)

    return inside
