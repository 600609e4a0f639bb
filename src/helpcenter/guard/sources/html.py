"""A page as built (the catch-all): what templates, extensions and other hooks put on it.

A finding the page's Markdown, the templates or the config already reported is not repeated;
a new one is mapped to the Markdown line that shows the same text when there is one, else it
is reported at the built page's own path and line.
"""

from __future__ import annotations

from collections.abc import Collection

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.sources.text import finding_key, text_findings


def scan_html(
    checker: Checker,
    html: str,
    *,
    built_path: str,
    region: str | None,
    markdown: tuple[str, str] | None = None,
    reported: Collection[str] = (),
) -> list[Finding]:
    """``markdown`` is the page's (path, source text); ``reported`` the finding keys to skip."""
    findings = []
    for finding in text_findings(checker, html, path=built_path, source="html", region=region):
        if finding_key(finding) in reported:
            continue
        if markdown is not None and (at := markdown[1].find(finding.raw)) != -1:
            line = markdown[1].count("\n", 0, at) + 1
            finding = Finding(markdown[0], line, finding.judgement, finding.raw, "html")
        findings.append(finding)
    return findings
