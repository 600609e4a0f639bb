"""Theme overrides (``overrides/``): Jinja/HTML text whose output is on every page; also any
other markup or text file (an SVG under ``docs/``), read with the region of its folder."""

from __future__ import annotations

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.sources.text import text_findings


def scan_template(
    checker: Checker, text: str, *, path: str, region: str | None = None
) -> list[Finding]:
    return text_findings(checker, text, path=path, source="template", region=region)
