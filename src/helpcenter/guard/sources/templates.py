"""Theme overrides (``overrides/``): Jinja/HTML text whose output is on every page."""

from __future__ import annotations

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.sources.text import text_findings


def scan_template(checker: Checker, text: str, *, path: str) -> list[Finding]:
    return text_findings(checker, text, path=path, source="template", region=None)
