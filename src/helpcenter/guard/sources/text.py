"""Any text a reader sees (Markdown, templates, HTML, config values) to findings."""

from __future__ import annotations

from helpcenter.guard.check import Checker, Hit
from helpcenter.guard.finding import Finding
from helpcenter.guard.lines import Lines


def text_findings(
    checker: Checker,
    text: str,
    *,
    path: str,
    source: str,
    region: str | None,
    first_line: int = 1,
) -> list[Finding]:
    """Findings for every non-passing contact in ``text``, one per line and value."""
    hits = [h for h in checker.check_text(text, region=region) if not h.judgement.verdict.passes]
    return to_findings(hits, text, path=path, source=source, first_line=first_line)


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


def finding_key(finding: Finding) -> str:
    """What makes two findings the same contact: its canonical key, else the raw text."""
    contact = finding.judgement.contact
    return f"{contact.kind}:{contact.key}" if contact else finding.raw
