"""A Markdown page as written: front matter, prose, code, links, raw HTML, every line of it.

Scanning the source text itself (not a parse tree) is what makes every construct count: a
contact inside a code block, a link title, a footnote or an attribute list is on the page.
"""

from __future__ import annotations

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.sources.text import text_findings


def scan_markdown(checker: Checker, text: str, *, path: str, region: str | None) -> list[Finding]:
    findings = text_findings(checker, text, path=path, source="markdown", region=region)
    last = front_matter_lines(text)
    return [_relabel(f, "front-matter") if f.line <= last else f for f in findings]


def front_matter_lines(text: str) -> int:
    """Number of lines the YAML front matter (``---`` ... ``---``) takes; 0 without one."""
    if not text.startswith("---\n"):
        return 0
    end = text.find("\n---", 3)
    return 0 if end == -1 else text.count("\n", 0, end) + 2


def _relabel(finding: Finding, source: str) -> Finding:
    return Finding(finding.path, finding.line, finding.judgement, finding.raw, source)
