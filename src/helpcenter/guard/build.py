"""The guard inside ``mkdocs build``: collect findings from every page, template and config
value, then fail the build with all of them and leave no publishable site behind.

mkdocs-static-i18n runs the default language's build and, from its ``on_post_build``, a nested
build per other language, through the same hooks. The guard counts nesting depth (config
events open a level, post-build events close one) so it loads the registry and scans the
shared inputs once, and judges only when the outermost build ends, every language included.

The scanning itself runs beside the build on a big site when the machine has a core to spare
(``worker``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from helpcenter.guard.finding import Finding
from helpcenter.guard.pages import REGISTRY, GuardFailed, load_checker
from helpcenter.guard.report import render
from helpcenter.guard.scan import MARKDOWN_SUFFIXES, files_under
from helpcenter.guard.worker import Inline, Runner, Worker, runner
from helpcenter.registry.model import Registry

__all__ = ["BuildGuard", "GuardFailed"]


class BuildGuard:
    """``worker``: None lets the machine decide (see ``worker.runner``); False scans in this
    process, True in a worker process."""

    def __init__(self, *, worker: bool | None = None) -> None:
        self._worker = worker
        self._depth = 0
        self._runner: Runner | None = None
        self._reset()

    def _reset(self) -> None:
        if self._runner is not None:
            self._runner.close()
        self._runner = None
        self._findings: list[Finding] = []
        self._root = ""
        self._site: Path | None = None
        self._registry: Registry | None = None

    def start(
        self,
        config_file: str,
        site_dir: str,
        docs_dir: str,
        custom_dir: str | None,
        site_url: str | None = None,
    ) -> None:
        """``on_config``: the outermost build checks the registry loads (so a broken one fails
        the build at once) and scans the shared inputs. Links under ``site_url`` are the
        site's own."""
        self._depth += 1
        if self._depth > 1:
            return
        self._reset()
        self._root = os.path.dirname(config_file) or os.curdir
        self._site = Path(site_dir)
        # Loaded here so a broken registry fails at once (parsed once, shared with its hook).
        self._registry = load_checker(self._root).registry
        pages = sum(p.suffix.lower() in MARKDOWN_SUFFIXES for p in files_under([Path(docs_dir)]))
        self._runner = self._new_runner(site_url, pages)
        self._runner.submit("shared", config_file, docs_dir, custom_dir)

    def page_markdown(
        self, markdown: str, src_path: str | None, src_uri: str, lang: str | None
    ) -> None:
        """``on_page_markdown``: the page's source file as written, front matter included."""
        text = "" if src_path else markdown  # a file is read as written, by the scanner
        self._scanning().submit("markdown", text, src_path, src_uri, lang)

    def page_html(
        self, html: str, src_path: str | None, src_uri: str, dest_path: str, lang: str | None
    ) -> None:
        """``on_post_page``: the page as built, minus what its sources already reported."""
        self._scanning().built(html, src_path, src_uri, dest_path, lang)

    def collect(self) -> list[Finding]:
        """Every finding so far (waiting for the scans submitted up to now)."""
        self._findings += self._scanning().results()
        return list(self._findings)

    def finish(self) -> None:
        """``on_post_build``: the outermost build fails with every finding, site removed."""
        self._depth -= 1
        if self._depth > 0:
            return
        try:
            findings = self.collect()
        except GuardFailed:
            self.abandon()
            raise
        if not findings:
            self._reset()
            return
        registry = self._registry
        assert registry is not None  # loaded by start(), which the scans above needed
        report = render(findings, registry, "text")
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print(render(findings, registry, "github"))
        self.abandon()
        raise GuardFailed(
            f"contact guard: {len(findings)} unofficial contact(s); the site was removed:\n"
            f"{report}\nFix: use the official channel ([[channel:ID]]) or, if it is official, "
            f"add it to {REGISTRY.as_posix()}"
        )

    def abandon(self) -> None:
        """``on_build_error``: a failed build must not leave a site that could be published."""
        if self._site is not None and self._site.is_dir():
            shutil.rmtree(self._site)
        self._depth = 0
        self._reset()

    def _scanning(self) -> Runner:
        if self._runner is None:
            raise GuardFailed("contact guard: a page event came before on_config")
        return self._runner

    def _new_runner(self, site_url: str | None, pages: int) -> Runner:
        if self._worker is None:
            return runner(self._root, site_url, pages)
        return Worker(self._root, site_url) if self._worker else Inline(self._root, site_url)
