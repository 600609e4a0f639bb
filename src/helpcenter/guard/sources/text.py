"""Any text a reader sees (Markdown, templates, HTML, config values) to findings.

Registry markers are read as the page shows them: outside a page's Markdown body (templates,
config, front matter, built HTML) and inside code, no hook renders them, so they are plain text
(``literal_markers``); a text-direction override is a finding wherever it is.
"""

from __future__ import annotations

from helpcenter.guard.finding import Finding, Judgement, Verdict
from helpcenter.guard.lines import Lines
from helpcenter.guard.read.check import Checker, Hit
from helpcenter.guard.read.deobfuscate import direction_overrides
from helpcenter.registry_pages.markers import MARKER

#: Names of the markers the registry hook renders (and the checker leaves out).
MARKER_NAMES = frozenset({"channel", "registry"})
OVERRIDE_WHY = "a text-direction override can show a contact reversed; remove it"


def text_findings(
    checker: Checker,
    text: str,
    *,
    path: str,
    source: str,
    region: str | None,
    first_line: int = 1,
    scanned: str | None = None,
) -> list[Finding]:
    """Findings for every non-passing contact in ``text``, one per line and value.

    ``scanned`` is ``text`` as the guard reads it (same length, so offsets and lines hold);
    by default ``text`` with every registry marker read as written.
    """
    read = literal_markers(text) if scanned is None else scanned
    hits = [h for h in checker.check_text(read, region=region) if not h.judgement.verdict.passes]
    findings = to_findings(hits, text, path=path, source=source, first_line=first_line)
    return findings + override_findings(text, path=path, source=source, first_line=first_line)


def to_findings(
    hits: list[Hit], text: str, *, path: str, source: str, first_line: int = 1
) -> list[Finding]:
    lines = Lines(text, first_line)
    findings: dict[tuple[int, str], Finding] = {}
    for hit in hits:
        line = lines.of(hit.offset)
        finding = Finding(path, line, hit.judgement, hit.raw, source)
        findings.setdefault((line, finding_key(finding)), finding)
    return list(findings.values())


def override_findings(text: str, *, path: str, source: str, first_line: int = 1) -> list[Finding]:
    """One unsafe finding per line and kind of bidi override, embedding or isolate control
    (U+202A-U+202E, U+2066-U+2069, as characters or entities), ``<bdo>`` or CSS override."""
    lines = Lines(text, first_line)
    findings: dict[tuple[int, str], Finding] = {}
    for offset, name in direction_overrides(text):
        line = lines.of(offset)
        judgement = Judgement(Verdict.UNSAFE, None, OVERRIDE_WHY)
        findings.setdefault((line, name), Finding(path, line, judgement, name, source))
    return list(findings.values())


def literal_markers(text: str) -> str:
    """``text`` with each ``[[channel:…]]`` / ``[[registry:…]]`` read as the words it shows
    where no hook renders it: brackets blanked, the rest kept (same length)."""
    if "[[" not in text:
        return text
    parts: list[str] = []
    last = 0
    for match in MARKER.finditer(text):
        if match.group(1) in MARKER_NAMES:
            start, end = match.span()
            parts += [text[last:start], "  ", text[start + 2 : end - 2], "  "]
            last = end
    return "".join([*parts, text[last:]]) if parts else text


def finding_key(finding: Finding) -> str:
    """What makes two findings the same contact: its canonical key, else the raw text."""
    contact = finding.judgement.contact
    return f"{contact.kind}:{contact.key}" if contact else finding.raw
