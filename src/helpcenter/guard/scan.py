"""Files, folders and stdin to findings: the I/O edge the CLI and the MkDocs hook share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

import yaml

from helpcenter.guard.finding import Finding
from helpcenter.guard.read.check import Checker
from helpcenter.guard.sources.config import scan_config
from helpcenter.guard.sources.images import IMAGE_SUFFIXES, scan_image
from helpcenter.guard.sources.markdown import scan_markdown
from helpcenter.guard.sources.templates import scan_template

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
# Not text a reader sees as written: fonts draw glyphs; scripts and styles are code (whatever
# they put on a page is caught in the built HTML, the catch-all).
_NO_TEXT_SUFFIXES = ".woff .woff2 .ttf .otf .eot .js .mjs .cjs .css .map .wasm .py"
_NO_TEXT = frozenset(_NO_TEXT_SUFFIXES.split())
_REGIONS = {"zh": "CN", "en": "US"}
#: Regions an image outside a language folder is read with (every language shows it).
ALL_REGIONS = tuple(dict.fromkeys(_REGIONS.values()))


class GuardError(Exception):
    """A file could not be checked; the guard fails closed instead of passing it."""


def region_for_language(language: str | None) -> str | None:
    """Phone region for numbers written without a country code on a page in ``language``."""
    return _REGIONS.get((language or "").split("_")[0].split("-")[0].lower())


def region_for_path(path: PurePath) -> str | None:
    """``docs/zh/...`` is read as CN, ``docs/en/...`` as US; other places have no region."""
    return next((r for part in path.parts if (r := region_for_language(part))), None)


def files_under(paths: Iterable[Path]) -> Iterator[Path]:
    """The files given and, for folders, every file below them (sorted, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(p.startswith(".") or p == "__pycache__" for p in child.parts)
                if child.is_file() and not hidden:
                    yield child
        elif path.exists():
            yield path
        else:
            raise GuardError(f"{path}: no such file or folder. Fix: check the path")


def scan_file(checker: Checker, path: Path, *, display: str | None = None) -> list[Finding]:
    """Findings in one file, dispatched by type; raises GuardError when it cannot be read."""
    name = display or path.as_posix()
    suffix = path.suffix.lower()
    region = region_for_path(PurePath(name))
    try:
        if path.resolve() == checker.registry.path.resolve() or suffix in _NO_TEXT:
            return []  # the registry is the source of truth, impostors and all
        if suffix in IMAGE_SUFFIXES:
            regions = (region,) if region else ALL_REGIONS
            return scan_image(checker, path, path=name, regions=regions)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GuardError(
            f"{name}: cannot read it ({error}). Fix: make it readable UTF-8 text or a valid image"
        ) from error
    if suffix in MARKDOWN_SUFFIXES:
        return scan_markdown(checker, text, path=name, region=region)
    if path.name.startswith("mkdocs") and suffix in (".yml", ".yaml"):
        try:
            return scan_config(checker, text, path=name)
        except yaml.YAMLError as error:
            raise GuardError(
                f"{name}: not valid YAML ({error}). Fix: correct the syntax"
            ) from error
    return scan_template(checker, text, path=name, region=region)  # SVG, HTML, any text


def scan_paths(checker: Checker, paths: Iterable[Path], *, root: Path) -> tuple[list[Finding], int]:
    """Findings in every file under ``paths`` (names relative to ``root`` when inside it),
    and how many files were checked."""
    findings: list[Finding] = []
    count = 0
    for path in files_under(paths):
        findings.extend(scan_file(checker, path, display=_display(path, root)))
        count += 1
    return findings, count


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
