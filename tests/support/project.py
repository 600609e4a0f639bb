"""What a build of this project reads, and a copy of it that tests and benchmarks can change."""

from __future__ import annotations

import shutil
from pathlib import Path

#: The inputs of ``mkdocs build``: change any of them in a copy, never in the repo.
SITE_INPUTS = ("mkdocs.yml", "docs", "overrides", "hooks", "registry")


def copy_project(root: Path, dest: Path) -> Path:
    """Copy the site inputs of the project at ``root`` into ``dest`` (no bytecode caches)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SITE_INPUTS:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest
