"""The generator's cases, on the pages of a tiny site built for real (``mkdocs build --strict``):
every adversarial case is reported at its own path:line, and the legitimate corpus builds.

Cases come from tests/checker/scam_text.py (classes of issue 12, both languages, placed in
prose, tables, links, images, front matter, code and raw HTML); ``HC_ADVERSARIAL_SEED`` picks
another draw (the counts by class are printed)."""

from __future__ import annotations

import os
import re
import struct
import zlib
from collections import Counter
from pathlib import Path

import pytest

from tests.checker import scam_text
from tests.support.build import Build
from tests.support.tiny import Tiny, make_tiny_project

pytestmark = [pytest.mark.slow]

SEED = int(os.environ.get("HC_ADVERSARIAL_SEED", "12"))
ADVERSARIAL_ROUNDS = 27  # x 2 languages x ~41 classes: about 2,200 cases
LEGITIMATE_ROUNDS = 4  # x 2 languages x 65 texts: about 520 cases
PER_PAGE = 60
_FINDING = re.compile(r"^(docs/[^\s:]+\.md):([0-9]+): ([a-z]+): ", re.M)
_TITLES = {"zh": "案例", "en": "Cases"}
_BETWEEN = {"zh": "下一条。", "en": "Next."}


def _pixel() -> bytes:
    """A 1x1 white PNG, for the image cases' own src."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _yaml(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _contact_line(case: scam_text.Case) -> int:
    """Which line of the case's text shows the contact (0-based)."""
    for number, line in enumerate(case.text.split("\n")):
        if case.contact.split("\n")[0] in line:
            return number
    return 0


def write_pages(
    project: Path, cases: list[scam_text.Case]
) -> list[tuple[scam_text.Case, str, int]]:
    """Pages of ``cases`` (each language its own, the same names in both); returns where each
    case's contact is: (case, path, line)."""
    placed: list[tuple[scam_text.Case, str, int]] = []
    pages: dict[str, list[str]] = {}
    by_lang = {lang: [c for c in cases if c.lang == lang] for lang in ("zh", "en")}
    count = max(-(-len(found) // PER_PAGE) for found in by_lang.values())
    for lang, found in by_lang.items():
        for page in range(count):
            chunk = found[page * PER_PAGE : (page + 1) * PER_PAGE]
            rel = f"docs/{lang}/cases-{page + 1}.md"
            front = [f"title: {_TITLES[lang]} {page + 1}", "description: Generated test page."]
            body: list[str] = []
            for case in chunk:
                if case.context == "front matter":
                    placed.append((case, rel, len(front) + 2))  # "---" is line 1
                    front.append(f"fm-{len(front)}: {_yaml(case.contact)}")
            heading = 2 + len(front) + 2  # ---, front, ---, blank, heading
            line = heading + 2
            body.append(f"# {_TITLES[lang]} {page + 1}\n")
            for case in chunk:
                if case.context == "front matter":
                    continue
                placed.append((case, rel, line + _contact_line(case)))
                # A sentence between cases, as pages have: the search index joins a section's
                # blocks into one text, where two bare numbers would meet.
                body.append(case.text + "\n\n" + _BETWEEN[lang] + "\n")
                line += case.text.count("\n") + 4
            pages[rel] = "---\n" + "\n".join(front) + "\n---\n\n" + "\n".join(body)
        (project / "docs" / lang / "pixel.png").write_bytes(_pixel())
    for rel, text in pages.items():
        (project / rel).write_text(text, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    nav = "".join(f"  - {_TITLES['zh']} {n + 1}: cases-{n + 1}.md\n" for n in range(count))
    config = config.replace("nav:\n  - 首页: index.md\n", "nav:\n  - 首页: index.md\n" + nav)
    titles = "".join(
        f"            {_TITLES['zh']} {n + 1}: {_TITLES['en']} {n + 1}\n" for n in range(count)
    )
    translations = "          nav_translations:\n"
    config = config.replace(translations, translations + titles)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return placed


def build_cases(tmp_path: Path, cases: list[scam_text.Case]) -> tuple[Build, list]:
    project = make_tiny_project(tmp_path / "project")
    placed = write_pages(project, cases)
    return Tiny(project)(), placed


def counts(cases: list[scam_text.Case]) -> str:
    by_class = Counter(c.cls for c in cases)
    by_context = Counter(c.context for c in cases)
    by_lang = Counter(c.lang for c in cases)
    lines = [f"{n:5d}  {cls}" for cls, n in sorted(by_class.items())]
    lines.append("contexts: " + ", ".join(f"{k} {v}" for k, v in sorted(by_context.items())))
    lines.append("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))
    return "\n".join(lines)


def test_every_generated_scam_is_reported_at_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = scam_text.adversarial(SEED, ADVERSARIAL_ROUNDS)
    assert len(cases) >= 2000
    assert {c.context for c in cases} == set(scam_text.CONTEXTS)
    build, placed = build_cases(tmp_path, cases)
    with capsys.disabled():
        print(f"\nadversarial cases (seed {SEED}): {len(cases)}\n{counts(cases)}")
    assert not build.ok, "the build passed a page full of unofficial contacts"
    found = {(m.group(1), int(m.group(2))) for m in _FINDING.finditer(build.output)}
    missed = [
        (c.cls, c.context, path, line, c.text)
        for c, path, line in placed
        if (path, line) not in found
    ]
    assert not missed, f"{len(missed)} cases not reported at their line:\n" + "\n".join(
        map(repr, missed[:40])
    )


def test_the_legitimate_corpus_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = scam_text.legitimate(SEED, LEGITIMATE_ROUNDS)
    assert len(cases) >= 500
    build, _ = build_cases(tmp_path, cases)
    with capsys.disabled():
        print(f"\nlegitimate cases (seed {SEED}): {len(cases)}\n{counts(cases)}")
    assert build.ok, build.output[-6000:]
