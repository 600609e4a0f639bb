"""What one build shows, scanned: the shared inputs, then each page's source and built HTML.

The state of one build lives here (the registry's checker, the lines built pages showed clean,
what each page's source reported), so the same scanner serves the build process and the
guard's worker process alike (see ``worker``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from helpcenter.guard.errors import GuardFailed, load_project_registry
from helpcenter.guard.finding import Finding
from helpcenter.guard.read.check import Checker
from helpcenter.guard.scan import (
    GuardError,
    files_under,
    region_for_language,
    scan_file,
)
from helpcenter.guard.sources.html import scan_html
from helpcenter.guard.sources.markdown import scan_markdown
from helpcenter.guard.sources.published import scan_published
from helpcenter.guard.sources.text import finding_key
from helpcenter.publish.staging import as_published
from helpcenter.registry.model import Registry

#: Where the registry lives, relative to mkdocs.yml.
T = TypeVar("T")


def load_checker(
    root: str, site_url: str | None = None, registry: Registry | None = None
) -> Checker:
    """The checker for the registry of the project at ``root`` (a site built for ``site_url``);
    GuardFailed if the registry does not load."""
    return Checker(registry or load_project_registry(root), site_url=site_url)


class PageScanner:
    """Scans one build's inputs against the registry of the project at ``root``."""

    def __init__(
        self, root: str, site_url: str | None = None, registry: Registry | None = None
    ) -> None:
        """``registry``: the project's, when the caller has loaded it already."""
        self._root = root
        self.checker = load_checker(root, site_url, registry)
        self._global: set[str] = set()  # keys reported in config/templates (on every page)
        self._reported: set[str] = set()  # keys reported anywhere (pages, shared inputs)
        self._pages: dict[str, tuple[str, str, set[str]]] = {}  # src -> path, text, keys
        self._seen: dict[str | None, set[str]] = {}  # built lines free of failing contacts

    def shared(self, config_file: str, custom_dir: str | None) -> list[Finding]:
        """mkdocs.yml and the theme's templates (``overrides/*.html``): their text is on every
        page, whichever branch of a template a page takes. The theme's other files are read as
        published (``published``)."""
        templates = [p for p in files_under([Path(custom_dir)] if custom_dir else [])]
        findings = []
        for path in [Path(config_file), *(p for p in templates if p.suffix.lower() == ".html")]:
            display = self._name(str(path))
            found = _guarded(partial(scan_file, self.checker, path, display=display))
            findings += found
            self._global.update(finding_key(f) for f in found)
        return findings

    def markdown(
        self, markdown: str, src_path: str | None, src_uri: str, lang: str | None
    ) -> list[Finding]:
        """A page's source file as written, front matter included (once per source)."""
        key = src_path or src_uri
        if key in self._pages:
            return []
        name = self._name(src_path) if src_path else src_uri
        text = _guarded(partial(_read, src_path)) if src_path else markdown
        found = scan_markdown(self.checker, text, path=name, region=region_for_language(lang))
        self._pages[key] = (name, text, {finding_key(f) for f in found})
        self._reported.update(finding_key(f) for f in found)
        return found

    def html(
        self, html: str, src_path: str | None, src_uri: str, dest_path: str, lang: str | None
    ) -> list[Finding]:
        """A page as built, minus what its sources already reported."""
        name, text, keys = self._pages.get(src_path or src_uri, (src_uri, "", set()))
        found = scan_html(
            self.checker,
            html,
            built_path=as_published(self._name(dest_path)),
            region=region_for_language(lang),
            markdown=(name, text) if text else None,
            reported=keys | self._global,
            seen=self._seen,
        )
        self._reported.update(finding_key(f) for f in found)
        return found

    def published(
        self,
        site_dir: str,
        path: str,
        name: str,
        regions: tuple[str | None, ...],
        repeats_pages: bool,
    ) -> list[Finding]:
        """A file the build published that is no page (a stylesheet, script, image, SVG, JSON,
        404 page, sitemap), read as a browser presents it, with the phone region of each
        language that shows it; ``name`` is its name in messages. ``repeats_pages``: it shows
        what pages show (the search index), and what a page showed is reported at the page."""
        file = Path(site_dir, path)
        found = _guarded(partial(scan_published, self.checker, file, name=name, regions=regions))
        if not repeats_pages:
            return found
        return [f for f in found if finding_key(f) not in self._reported | self._global]

    def built_file(
        self, src_path: str | None, src_uri: str, dest_path: str, lang: str | None
    ) -> list[Finding]:
        """A page as MkDocs wrote it to ``dest_path``: what is published."""
        html = _guarded(partial(_read, dest_path))
        return self.html(html, src_path, src_uri, dest_path, lang)

    def _name(self, path: str) -> str:
        return _relative(path, self._root)


def _guarded(read: Callable[[], T]) -> T:
    try:
        return read()
    except (GuardError, OSError, UnicodeDecodeError) as error:
        raise GuardFailed(f"contact guard: {error}") from error


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def _relative(path: str, root: str) -> str:
    """``path`` relative to ``root``, with forward slashes; MkDocs gives absolute paths under
    the project, which need no ``relpath`` (a cost on every page of a big site)."""
    prefix = root.rstrip(os.sep) + os.sep
    if os.path.isabs(root) and path.startswith(prefix) and ".." not in path:
        return path[len(prefix) :].replace(os.sep, "/")
    return Path(os.path.relpath(path, root)).as_posix()
