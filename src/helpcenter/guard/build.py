"""The guard inside ``mkdocs build``: collect findings from every page, template and config
value, then fail the build with all of them and leave no publishable site behind.

mkdocs-static-i18n runs the default language's build and, from its ``on_post_build``, a nested
build per other language, through the same hooks. The guard counts nesting depth (config
events open a level, post-build events close one) so it loads the registry and scans the
shared inputs once, and judges only when the outermost build ends, every language included.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.report import render
from helpcenter.guard.scan import (
    MARKDOWN_SUFFIXES,
    GuardError,
    files_under,
    region_for_language,
    scan_file,
)
from helpcenter.guard.sources.html import scan_html
from helpcenter.guard.sources.markdown import scan_markdown
from helpcenter.guard.sources.text import finding_key
from helpcenter.registry.loader import RegistryError, load_registry

#: Where the registry lives, relative to mkdocs.yml.
REGISTRY = Path("registry") / "channels.yml"
T = TypeVar("T")


class GuardFailed(Exception):
    """The build shows unofficial contacts, or the guard could not check it."""


class BuildGuard:
    def __init__(self) -> None:
        self._depth = 0
        self._reset()

    def _reset(self) -> None:
        self.findings: list[Finding] = []
        self._checker: Checker | None = None
        self._root = ""
        self._site: Path | None = None
        self._global: set[str] = set()  # keys reported in config/templates (on every page)
        self._pages: dict[str, tuple[str, str, set[str]]] = {}  # src -> path, text, keys
        self._seen: dict[str | None, set[str]] = {}  # built lines free of failing contacts

    def start(self, config_file: str, site_dir: str, docs_dir: str, custom_dir: str | None) -> None:
        """``on_config``: the outermost build loads the registry and scans the shared inputs."""
        self._depth += 1
        if self._depth > 1:
            return
        self._reset()
        self._root = os.path.dirname(config_file) or os.curdir
        self._site = Path(site_dir)
        try:
            self._checker = Checker(load_registry(Path(self._root) / REGISTRY))
        except RegistryError as error:
            raise GuardFailed(f"contact guard: cannot load the registry:\n{error}") from error
        shared = [Path(config_file), *([Path(custom_dir)] if custom_dir else [])]
        # Files under docs/ that are not pages are published as they are: images (QR codes),
        # SVG and other text, each read as the CLI reads it.
        files = [
            p for p in files_under([Path(docs_dir)]) if p.suffix.lower() not in MARKDOWN_SUFFIXES
        ]
        for path in [*files_under(shared), *files]:
            display = self._name(str(path))
            found = self._guarded(partial(scan_file, self.checker, path, display=display))
            self.findings.extend(found)
            self._global.update(finding_key(f) for f in found)

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            raise GuardFailed("contact guard: a page event came before on_config")
        return self._checker

    def page_markdown(
        self, markdown: str, src_path: str | None, src_uri: str, lang: str | None
    ) -> None:
        """``on_page_markdown``: the page's source file as written, front matter included."""
        key = src_path or src_uri
        if key in self._pages:
            return
        name = self._name(src_path) if src_path else src_uri
        text = self._guarded(partial(_read, src_path)) if src_path else markdown
        found = scan_markdown(self.checker, text, path=name, region=region_for_language(lang))
        self.findings.extend(found)
        self._pages[key] = (name, text, {finding_key(f) for f in found})

    def page_html(
        self, html: str, src_path: str | None, src_uri: str, dest_path: str, lang: str | None
    ) -> None:
        """``on_post_page``: the page as built, minus what its sources already reported."""
        name, text, keys = self._pages.get(src_path or src_uri, (src_uri, "", set()))
        self.findings.extend(
            scan_html(
                self.checker,
                html,
                built_path=self._name(dest_path),
                region=region_for_language(lang),
                markdown=(name, text) if text else None,
                reported=keys | self._global,
                seen=self._seen,
            )
        )

    def finish(self) -> None:
        """``on_post_build``: the outermost build fails with every finding, site removed."""
        self._depth -= 1
        if self._depth > 0 or not self.findings:
            return
        report = render(self.findings, self.checker.registry, "text")
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print(render(self.findings, self.checker.registry, "github"))
        count = len(self.findings)
        self.abandon()
        raise GuardFailed(
            f"contact guard: {count} unofficial contact(s); the site was removed:\n{report}\n"
            "Fix: use the official channel ([[channel:ID]]) or, if it is official, add it to "
            f"{REGISTRY.as_posix()}"
        )

    def abandon(self) -> None:
        """``on_build_error``: a failed build must not leave a site that could be published."""
        if self._site is not None and self._site.is_dir():
            shutil.rmtree(self._site)
        self._depth = 0
        self._reset()

    def _guarded(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except (GuardError, OSError, UnicodeDecodeError) as error:
            raise GuardFailed(f"contact guard: {error}") from error

    def _name(self, path: str) -> str:
        return _relative(path, self._root)


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
