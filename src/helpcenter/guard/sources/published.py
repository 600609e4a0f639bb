"""Published files other than pages, read as a browser presents them: stylesheets (their
strings, ``content: "…"`` among them), scripts (their strings), SVG (its text as drawn, joined),
JSON (its strings), QR codes in images, and any other text as it is.

Pages are scanned from their source and as built (``markdown``, ``html``); files of the pinned
theme package and the registry export are not judged here (see ``publish.inventory``).
"""

from __future__ import annotations

import gzip
from pathlib import Path

from helpcenter.guard.finding import Finding, Judgement, Verdict
from helpcenter.guard.read.check import Checker
from helpcenter.guard.read.deobfuscate import direction_overrides
from helpcenter.guard.scan import GuardError
from helpcenter.guard.sources.html import scan_html
from helpcenter.guard.sources.images import IMAGE_SUFFIXES, scan_image
from helpcenter.guard.sources.text import OVERRIDE_WHY, finding_key, text_findings
from helpcenter.publish.css import CssError, css_text
from helpcenter.publish.js import ScriptError, js_text
from helpcenter.publish.json_text import json_text, search_head_text
from helpcenter.publish.shown import Shown
from helpcenter.publish.svg import svg_text

_SCRIPTS = frozenset({".js", ".mjs", ".cjs"})


def scan_published(
    checker: Checker, file: Path, *, name: str, regions: tuple[str | None, ...]
) -> list[Finding]:
    """Findings in the published ``file`` (called ``name`` in messages), read with the phone
    region of each language that shows it; GuardError when it cannot be read the way a browser
    would."""
    suffix = file.suffix.lower()
    region = regions[0] if len(regions) == 1 else None  # text: one reading, fail closed
    if suffix in IMAGE_SUFFIXES:
        try:
            return scan_image(checker, file, path=name, regions=regions)
        except OSError as error:
            raise GuardError(f"{name}: not an image that can be read ({error})") from error
    data = file.read_bytes()
    if suffix == ".gz":
        data = gzip.decompress(data)
        suffix = Path(file.stem).suffix.lower()
    if suffix == ".svg":
        return _shown(checker, svg_text(data), name, "svg", region)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise GuardError(
            f"{name}: not UTF-8 text, and not a type the guard can read ({error.reason}). "
            "Fix: publish text as UTF-8 and images as PNG, JPEG, GIF, WebP or SVG"
        ) from error
    try:
        if suffix == ".css":
            return _shown(checker, css_text(text), name, "css", region)
        if suffix in _SCRIPTS:
            return _shown(checker, js_text(text), name, "script", region)
        if suffix in (".json", ".webmanifest"):
            shown = search_head_text(text)
            if shown is None:
                shown = json_text(text)
            return _shown(checker, shown, name, "json", region)
    except (CssError, ScriptError) as error:
        raise GuardError(
            f"{name}:{error.line}: cannot read its strings ({error}). Fix: correct the syntax"
        ) from error
    except ValueError as error:
        raise GuardError(f"{name}: not valid JSON ({error}). Fix: correct the syntax") from error
    if suffix in (".html", ".htm"):
        return scan_html(checker, text, built_path=name, region=region)
    return text_findings(checker, text, path=name, source="published", region=region)


def _shown(
    checker: Checker, shown: Shown, name: str, source: str, region: str | None
) -> list[Finding]:
    """Findings in text pieced together from a file, each at its piece's source line."""
    findings: dict[tuple[int, str], Finding] = {}
    for hit in checker.check_text(shown.text, region=region):
        if not hit.judgement.verdict.passes:
            finding = Finding(name, shown.line(hit.offset), hit.judgement, hit.raw, source)
            findings.setdefault((finding.line, finding_key(finding)), finding)
    for offset, what in direction_overrides(shown.text):
        line = shown.line(offset)
        findings.setdefault(
            (line, what),
            Finding(name, line, Judgement(Verdict.UNSAFE, None, OVERRIDE_WHY), what, source),
        )
    return list(findings.values())
