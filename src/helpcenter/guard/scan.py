"""Files, folders and stdin to findings: the I/O edge the CLI and the MkDocs hook share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

import yaml

from helpcenter import languages
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


class GuardError(Exception):
    """A file could not be checked; the guard fails closed instead of passing it."""


def region_for_language(language: str | None) -> str | None:
    """Phone region for numbers written without a country code on a page in ``language``."""
    return languages.region(language)


def region_for_path(path: PurePath) -> str | None:
    """A file in a language folder (``docs/zh/...``) is read with that language's region;
    other places have none."""
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


def scan_file(
    checker: Checker,
    path: Path,
    *,
    display: str | None = None,
    regions: tuple[str | None, ...] = (None,),
) -> list[Finding]:
    """Findings in one file, dispatched by type; raises GuardError when it cannot be read. A
    file in a language folder is read with that language's phone region, any other image with
    each of ``regions`` (the site's: every language shows it)."""
    name = display or path.as_posix()
    suffix = path.suffix.lower()
    region = region_for_path(PurePath(name))
    try:
        if path.resolve() == checker.registry.path.resolve() or suffix in _NO_TEXT:
            return []  # the registry is the source of truth, impostors and all
        if suffix in IMAGE_SUFFIXES:
            return scan_image(checker, path, path=name, regions=(region,) if region else regions)
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
