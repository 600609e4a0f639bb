"""Every file a build publishes, explained: which step made it and from what. A file in the
output that no step accounts for fails the build, and so does a copy whose bytes differ from
its source, a symbolic link, or anything that is not a plain file or folder.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from helpcenter.problems import Problem

_CHECK = "publish"


class Origin(StrEnum):
    PAGE = "page"  # a Markdown page MkDocs rendered
    TEMPLATE = "template"  # a theme template MkDocs rendered on its own (404.html, sitemap.xml)
    THEME = "theme"  # a static file of our theme (overrides/)
    VENDOR = "vendor"  # a static file of the pinned theme package, copied as it is
    ASSET = "asset"  # an image copied from docs/
    GENERATED = "generated"  # written by one of our build steps (export, search index, headers)

    @property
    def copied(self) -> bool:
        """Published byte for byte from a source file."""
        return self in (Origin.THEME, Origin.VENDOR, Origin.ASSET)


@dataclass(frozen=True, slots=True)
class Output:
    """One published file and why it is there."""

    path: str
    """Site-relative, with forward slashes."""
    origin: Origin
    producer: str
    """What made it, for messages: "docs/zh/fees.md", "registry export"."""
    source: str | None = None
    """The file it was copied from (copied origins only)."""
    judged: bool = True
    """Whether the contact guard reads it (not the registry export: it is the registry)."""


class Ledger:
    """What the steps of one build say they wrote into its output folder."""

    def __init__(self) -> None:
        self.outputs: dict[str, Output] = {}

    def record(
        self,
        path: str,
        origin: Origin,
        producer: str,
        source: str | None = None,
        *,
        judged: bool = True,
    ) -> None:
        key = path.replace(os.sep, "/").lstrip("/")
        self.outputs[key] = Output(key, origin, producer, source, judged)

    def get(self, path: str) -> Output | None:
        return self.outputs.get(path)


_LEDGERS: dict[str, Ledger] = {}


def ledger_for(site_dir: str | os.PathLike[str]) -> Ledger:
    """The ledger of the build writing into ``site_dir`` (steps of one build share it)."""
    return _LEDGERS.setdefault(os.path.abspath(site_dir), Ledger())


def forget(site_dir: str | os.PathLike[str]) -> None:
    _LEDGERS.pop(os.path.abspath(site_dir), None)


def record(
    site_dir: str | os.PathLike[str],
    path: str,
    origin: Origin,
    producer: str,
    source: str | None = None,
    *,
    judged: bool = True,
) -> None:
    """Say that a step of the build writing into ``site_dir`` wrote ``path`` (site-relative)."""
    ledger_for(site_dir).record(path, origin, producer, source, judged=judged)


def account(site_dir: Path, ledger: Ledger, *, name: str) -> tuple[list[Output], list[Problem]]:
    """Every file under ``site_dir`` with its explanation, and the problems: files no step
    explains, copies that differ from their source, links and special files. ``name`` is how
    messages call the output folder ("site")."""
    found: list[Output] = []
    problems: list[Problem] = []
    for folder, dirs, files in os.walk(site_dir):
        for entry in sorted([*dirs, *files]):
            full = os.path.join(folder, entry)
            rel = os.path.relpath(full, site_dir).replace(os.sep, "/")
            shown = f"{name}/{rel}"
            mode = os.lstat(full).st_mode
            if stat.S_ISLNK(mode):
                problems.append(
                    Problem(
                        shown,
                        1,
                        f"is a symbolic link (to {os.readlink(full)})",
                        "publish plain files only; a link can expose files from outside the "
                        "project",
                        _CHECK,
                    )
                )
                if entry in dirs:
                    dirs.remove(entry)
                continue
            if stat.S_ISDIR(mode):
                continue
            if not stat.S_ISREG(mode):
                problems.append(
                    Problem(shown, 1, "is not a plain file", "remove it from the output", _CHECK)
                )
                continue
            output = ledger.get(rel)
            if output is None:
                problems.append(
                    Problem(
                        shown,
                        1,
                        "no build step accounts for this file",
                        "only pages, theme files, images from docs/ and files our build steps "
                        "write are published; remove whatever added it",
                        _CHECK,
                    )
                )
                continue
            if output.origin.copied and output.source and not _same_bytes(full, output.source):
                problems.append(
                    Problem(
                        shown,
                        1,
                        f"differs from its source {output.producer}",
                        "a copied file must be published as it is; remove whatever changed it",
                        _CHECK,
                    )
                )
                continue
            found.append(output)
    return found, problems


def _same_bytes(a: str, b: str) -> bool:
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    return _digest(a) == _digest(b)


def _digest(path: str) -> bytes:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").digest()
