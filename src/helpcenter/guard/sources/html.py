"""A page as built (the catch-all): what templates, extensions and other hooks put on it.

A finding the page's Markdown, the templates or the config already reported is not repeated;
a new one is mapped to the Markdown line that shows the same text when there is one, else it
is reported at the built page's own path and line.

The registry hook renders the list of reported impostors inside ``<div data-hc-impostors>``:
there, and only there, a known impostor is a warning rather than a contact. Anything else in
that container is judged as usual.

Registry markers left in a built page are shown as written (the registry hook renders the rest,
or fails the build), so they are scanned as text; text-direction overrides are findings.

Most of a built page (navigation, header, footer, icons) is the same on every page. A line
in which every candidate passed on its own merits is remembered (``seen``) and skipped on
later pages, which keeps the catch-all cheap; candidates do not span lines (separators, URL
bodies and keyword contexts stop at a line break), so skipping such a line cannot hide one.
A big site's navigation is thousands of lines on every page, so the page is first cut into
pieces at ``</li>`` (a block end, which no candidate crosses either): a piece seen on a page
without a failing contact is skipped whole. A new piece that is long (the page's head and its
article, with most of the template around them) is cut again where a tag ends a line, and only
the lines of new pieces are looked up one by one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import not_

from helpcenter.guard.finding import Finding, Verdict
from helpcenter.guard.lines import Lines
from helpcenter.guard.read.check import Checker
from helpcenter.guard.sources.text import (
    finding_key,
    literal_markers,
    override_findings,
    to_findings,
)

_WARNING_LIST = re.compile(r"<div\b[^<>]{0,400}\bdata-hc-impostors\b[^<>]{0,400}>")
_DIV = re.compile(r"<(/?)div\b", re.IGNORECASE)
_PIECE_END = "</li>"
_SUB_END = ">\n"  # a tag that ends its line: a line break, as safe a cut
_LONG_PIECE = 4096


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
    known = seen.setdefault(region, set()) if seen is not None else set()
    fresh = _fresh_lines(html, known, _rows_on_one_line(html))
    text = "\n".join(fresh.lines)
    # Impostor lists are found in the whole page: their opening line may be a known one.
    lists = _warning_lists(html) if "data-hc-impostors" in html else []
    hits = checker.check_text(literal_markers(text), region=region)
    overrides = override_findings(text, path=built_path, source="html", first_line=0)
    in_list = _in_lists(lists, fresh)
    if seen is not None:
        failing = Lines(text, first=0)
        busy = {failing.of(h.offset) for h in hits if not h.judgement.verdict.passes}
        busy.update(f.line for f in overrides)
        known.update(line for n, line in enumerate(fresh.lines) if n not in busy)
        if not busy:
            known.update(fresh.pieces)
    bad = [
        h
        for h in hits
        if not h.judgement.verdict.passes
        and not (h.judgement.verdict is Verdict.IMPOSTOR and in_list(h.offset))
    ]
    findings = []
    for finding in [
        *to_findings(bad, text, path=built_path, source="html", first_line=0),
        *overrides,
    ]:
        if finding_key(finding) in reported:
            continue
        if markdown is not None and (at := markdown[1].find(finding.raw)) != -1:
            line = markdown[1].count("\n", 0, at) + 1
            finding = Finding(markdown[0], line, finding.judgement, finding.raw, "html")
        else:
            line = fresh.numbers[finding.line] + 1
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


@dataclass(frozen=True, slots=True)
class _Fresh:
    """The lines of a page not seen before: text, 0-based line number, offset in the page."""

    lines: list[str]
    numbers: list[int]
    offsets: list[int]
    #: The pieces these lines come from, to remember if the page shows no failing contact.
    pieces: set[str]


def _rows_on_one_line(html: str) -> str:
    """``html`` with each table row on one line, as a browser shows it: the line breaks
    between its cells become spaces, so a cell's label ("Chain ID") stands beside the value
    in the next cell as it does in the Markdown row. Same length: offsets do not move."""
    if "<tr" not in html:
        return html
    out: list[str] = []
    pos = 0
    while (start := html.find("<tr", pos)) != -1:
        end = html.find("</tr>", start)
        if end == -1:
            break
        if html[start + 3 : start + 4] in (">", " ", "\n", "\t"):
            out += [html[pos:start], html[start:end].replace("\n", " ")]
        else:
            out.append(html[pos:end])
        pos = end
    out.append(html[pos:])
    return "".join(out)


def _fresh_lines(page: str, known: set[str], joined: str | None = None) -> _Fresh:
    """The lines of ``joined`` (the page with its rows on one line; default the page) not in
    ``known`` and not made only of known pieces and their ends; line numbers and offsets are
    those of the ``page`` as written."""
    html = page if joined is None else joined
    pieces: set[str] = set()
    regions: list[list[int]] = []  # fresh pieces widened to whole lines, merged
    for start, stop in _fresh_pieces(html, known, pieces):
        start = html.rfind("\n", 0, start) + 1
        stop = html.find("\n", stop)
        stop = len(html) if stop == -1 else stop
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], stop)
        else:
            regions.append([start, stop])
    lines: list[str] = []
    numbers: list[int] = []
    offsets: list[int] = []
    first, counted = 0, 0  # the line number at offset ``counted``, a line start
    for start, stop in regions:
        first += page.count("\n", counted, start)
        counted = start
        region = html[start:stop].split("\n")
        unknown = list(compress(range(len(region)), map(not_, map(known.__contains__, region))))
        if not unknown:
            continue
        chars = list(accumulate(map(len, region), initial=start))  # line n starts at chars[n] + n
        lines += [region[n] for n in unknown]
        offsets += [chars[n] + n for n in unknown]
        if html is page:
            numbers += [first + n for n in unknown]
            continue
        line, at = first, start  # a joined row is one line here, several in the page
        for n in unknown:
            line += page.count("\n", at, chars[n] + n)
            at = chars[n] + n
            numbers.append(line)
    return _Fresh(lines, numbers, offsets, pieces)


def _fresh_pieces(html: str, known: set[str], pieces: set[str]) -> Iterator[tuple[int, int]]:
    """Spans of the pieces of ``html`` not in ``known``, in order; each is added to ``pieces``
    (a long one by its sub-pieces: it is unlikely to come again whole)."""
    for start, piece in _unknown(html, 0, _PIECE_END, known):
        if len(piece) <= _LONG_PIECE:
            pieces.add(piece)
            yield start, start + len(piece)
            continue
        for sub_start, sub in _unknown(piece, start, _SUB_END, known):
            pieces.add(sub)
            yield sub_start, sub_start + len(sub)


def _unknown(text: str, at: int, end: str, known: set[str]) -> Iterator[tuple[int, str]]:
    """The pieces of ``text`` (at offset ``at`` of the page) cut at ``end`` that are not in
    ``known``, with their offsets; the split, lookups and offsets run in C."""
    parts = text.split(end)
    starts = list(accumulate(map(len, parts), initial=at))
    for n in compress(range(len(parts)), map(not_, map(known.__contains__, parts))):
        yield starts[n] + n * len(end), parts[n]


def _in_lists(spans: list[tuple[int, int]], fresh: _Fresh) -> Callable[[int], bool]:
    """Whether an offset in the fresh lines' text falls inside one of ``spans`` of the page."""
    if not spans:
        return lambda offset: False
    kept_starts = [0, *accumulate(len(line) + 1 for line in fresh.lines)]

    def inside(offset: int) -> bool:
        n = bisect_right(kept_starts, offset) - 1
        at = fresh.offsets[n] + offset - kept_starts[n]
        return any(start <= at < end for start, end in spans)

    return inside
