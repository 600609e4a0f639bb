"""Build a project with ``mkdocs build --strict`` in a subprocess, as CI and writers do (hooks
and the i18n plugin keep module state: a fresh process per build)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Build:
    project: Path
    site: Path
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run_build(
    project: Path, *args: str, site: Path | None = None, config: str = "mkdocs.yml"
) -> Build:
    """``mkdocs build --strict`` of ``project``'s ``config`` into ``site`` (default
    ``project/site``)."""
    site = site or project / "site"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(project / config),
            "-d",
            str(site),
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=project,
    )
    return Build(project, site, proc.returncode, proc.stdout + proc.stderr)
