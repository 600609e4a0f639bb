"""Atomic output: a build writes into a staging folder beside the output folder; only a build
that succeeded replaces the output, with two renames on one file system. A failed build, of
any kind, leaves the previous output exactly as it was and no partial new one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

_STAGING = ".{name}.staging-{pid}"
_RETIRED = ".{name}.previous-{pid}"


class StagedOutput:
    """The output folder ``target`` and the staging folder a build writes instead."""

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(os.path.abspath(target))
        name, pid = self.target.name, os.getpid()
        self.staging = self.target.with_name(_STAGING.format(name=name, pid=pid))
        self._retired = self.target.with_name(_RETIRED.format(name=name, pid=pid))

    def open(self, *, seed: bool = False) -> Path:
        """A fresh, empty staging folder (``seed``: a copy of the current output, for builds
        that only rewrite what changed). Leftovers of builds that were killed are removed."""
        self.target.parent.mkdir(parents=True, exist_ok=True)
        for stale in self.target.parent.glob(f".{self.target.name}.*-[0-9]*"):
            if stale.is_dir() and not stale.is_symlink() and not _running(stale.name):
                shutil.rmtree(stale, ignore_errors=True)
        self.discard()
        if seed and self.target.is_dir():
            shutil.copytree(self.target, self.staging, symlinks=True)
        else:
            self.staging.mkdir()
        return self.staging

    def commit(self) -> None:
        """Replace the output with the staging folder. The old output is moved aside first, so
        a reader of the folder sees the old site or the new one, never a mixture."""
        if not self.staging.is_dir():
            raise FileNotFoundError(f"{self.staging}: no staged build to publish")
        if self.target.is_symlink() or self.target.is_file():
            self.target.unlink()
        elif self.target.exists():
            shutil.rmtree(self._retired, ignore_errors=True)
            os.rename(self.target, self._retired)
        os.rename(self.staging, self.target)
        shutil.rmtree(self._retired, ignore_errors=True)

    def discard(self) -> None:
        """Drop what this build staged; the output is untouched."""
        if self.staging.is_symlink():
            self.staging.unlink()
        elif self.staging.exists():
            shutil.rmtree(self.staging)


def _running(name: str) -> bool:
    """Whether the build that made a leftover folder (its name ends in its pid) still runs."""
    pid = int(name.rsplit("-", 1)[1])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def output_name(site_dir: str | os.PathLike[str]) -> str:
    """How messages call the output folder of a build writing into ``site_dir``: the name of
    the folder it will replace ("site"), not of its staging folder."""
    name = Path(site_dir).name
    if name.startswith(".") and ".staging-" in name:
        return name[1:].rsplit(".staging-", 1)[0]
    return name


def as_published(path: str) -> str:
    """``path`` with a staging folder named as the output folder it will replace
    (".site.staging-123/en/index.html" -> "site/en/index.html")."""
    parts = path.split("/")
    return "/".join(output_name(part) if ".staging-" in part else part for part in parts)
