"""The project the benchmarks build: a copy of the real one, plus generated pages.

Shared by bench_guard, bench_scale and bench_search, so each measures the same project and a
change to what a page needs (front matter the content rules require, say) is made once.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tests.support.project import copy_project as copy_site_inputs

ROOT = Path(__file__).resolve().parents[1]
# mkdocs.yml's nav ends right before this line: generated sections go there.
NAV_END = "\n# ---------------------------------------------------------------- markdown"
# Each other language's nav_translations start on this line: generated titles need one too
# (a nav title without a translation fails the build).
NAV_TRANSLATIONS = "\n          nav_translations:\n"

#: One generated page: its path under docs/<lang>/ and its Markdown per language.
GeneratedPage = tuple[str, dict[str, str]]


def copy_project(dest: Path) -> Path:
    """The real project's inputs in ``dest``."""
    return copy_site_inputs(ROOT, dest)


def page_text(title: str, description: str, body: str) -> str:
    """A page as the content rules want it: front matter with a title and a description."""
    return f"---\ntitle: {title}\ndescription: {description}\n---\n\n# {title}\n\n{body}\n"


def add_pages(
    project: Path,
    pages: Iterable[GeneratedPage],
    *,
    nav: str | None = "Generated",
    per_group: int | None = None,
) -> int:
    """Write ``pages`` into both languages; list them in a ``nav`` section (in sub-sections of
    ``per_group`` pages, as a help center groups articles into categories), or (None) leave
    them out of the nav as search-only pages. Returns how many pages were written."""
    entries = []
    for n, (path, texts) in enumerate(pages):
        if per_group is None:
            entries.append(f"      - {path}")
        else:
            if n % per_group == 0:
                entries.append(f"      - Group {n // per_group + 1}:")
            entries.append(f"          - {path}")
        for lang, text in texts.items():
            target = project / "docs" / lang / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if nav is None:
        text = text.replace("omitted_files: warn", "omitted_files: info")
    elif entries:
        if NAV_END not in text:
            raise SystemExit(f"{config}: no {NAV_END.strip()!r} line to put the nav before")
        text = text.replace(NAV_END, "\n" + "\n".join([f"  - {nav}:", *entries]) + NAV_END, 1)
        titles = [nav, *(e.strip()[2:-1] for e in entries if e.rstrip().endswith(":"))]
        translated = "".join(f"            {title}: {title}\n" for title in titles)
        text = text.replace(NAV_TRANSLATIONS, NAV_TRANSLATIONS + translated)
    config.write_text(text, encoding="utf-8")
    return sum(1 for entry in entries if entry.endswith(".md"))
