"""A tiny copy of the project (the real mkdocs.yml, hooks, theme and registry, one page per
language) that tests change and build: every rule runs as in the real build, in seconds."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

from tests.support.build import ROOT, Build, run_build

PAGES = {
    "docs/zh/index.md": "---\ntitle: 首页\ndescription: 小站点。\n---\n\n# 首页\n\n你好。\n",
    "docs/en/index.md": "---\ntitle: Home\ndescription: A tiny site.\n---\n\n# Home\n\nHello.\n",
}
_NAV = re.compile(r"^nav:\n(?:[ \t-].*\n)+", re.M)


def make_tiny_project(dest: Path) -> Path:
    """The project's build inputs with one page per language and a nav to match."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("hooks", "overrides", "registry"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (dest / "mkdocs.yml").write_text(_NAV.sub("nav:\n  - 首页: index.md\n", config), "utf-8")
    for rel, text in PAGES.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text, encoding="utf-8")
    return dest


Change = str | bytes | None


def apply(project: Path, files: dict[str, Change]) -> None:
    """Write (text or bytes) or, with None, delete each file of ``files``."""
    for rel, content in files.items():
        target = project / rel
        if content is None:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")


class Tiny:
    """``tiny(files={...})``: change the tiny project, then ``mkdocs build --strict`` it into
    ``tiny.project/site`` (the same folder every time, as a writer's builds do)."""

    def __init__(self, project: Path) -> None:
        self.project = project

    def __call__(self, files: dict[str, Change] | None = None, *args: str) -> Build:
        apply(self.project, files or {})
        return run_build(self.project, *args)


def tree(folder: Path) -> dict[str, str]:
    """Every entry below ``folder`` with a digest of its content (or of a link's target)."""
    found = {}
    for current, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(current, name)
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[rel] = "link:" + os.readlink(path)
            elif path.is_file():
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[rel] = "dir"
    return found


def leftovers(project: Path) -> list[str]:
    """Staging or retired folders a build left beside the output."""
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".site."))
