"""The guard inside ``mkdocs build``: collect findings from every page, template and config
value, then fail the build with all of them and leave no publishable site behind.

mkdocs-static-i18n runs the default language's build and, from its ``on_post_build``, a nested
build per other language, through the same hooks. The guard counts nesting depth (config
events open a level, post-build events close one) so it loads the registry and scans the
shared inputs once, and judges only when the outermost build ends, every language included.

The scanning itself runs in the build's worker process when the machine has a core to spare
(``worker``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from helpcenter import languages
from helpcenter.guard.errors import GuardFailed, load_project_registry
from helpcenter.guard.finding import Finding
from helpcenter.guard.report import as_problem
from helpcenter.guard.worker import Inline, Runner, Worker, runner
from helpcenter.problems import BUILD, Problem
from helpcenter.publish.inventory import Origin, ledger_for
from helpcenter.publish.staging import output_name
from helpcenter.registry.model import Registry

__all__ = ["LAST", "BuildGuard", "GuardFailed"]

#: The last finished build's guard problems, each with the finding behind it (for the CLI).
LAST: dict[Problem, Finding] = {}


class BuildGuard:
    """``worker``: None lets the machine decide (see ``worker.runner``); False scans in this
    process, True in a worker process."""

    def __init__(self, *, worker: bool | None = None) -> None:
        self._worker = worker
        self._depth = 0
        #: The findings of the last build that finished (for the CLI's JSON and annotations).
        self.findings: list[Finding] = []
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
        self._languages: tuple[str, ...] = ()

    def start(
        self,
        config_file: str,
        site_dir: str,
        docs_dir: str,
        custom_dir: str | None,
        site_url: str | None = None,
        languages: Sequence[str] = (),
    ) -> None:
        """``on_config``: the outermost build checks the registry loads (so a broken one fails
        the build at once) and scans the shared inputs. Links under ``site_url`` are the
        site's own; ``languages`` are the site's languages, the default one first (the others
        are published under their own folder)."""
        self._depth += 1
        if self._depth > 1:
            return
        self._reset()
        self._root = os.path.dirname(config_file) or os.curdir
        self._site = Path(site_dir)
        # Loaded here so a broken registry fails at once (parsed once, shared with its hook).
        self._registry = load_project_registry(self._root)
        self._languages = tuple(languages)
        self._runner = self._new_runner(site_url)
        self._runner.submit("shared", config_file, custom_dir)

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
        """``on_post_build``: the outermost build reads every published file that is no page,
        then adds every finding to the build's problems (the publishing step reports them all
        and publishes nothing). Raises GuardFailed when something could not be checked."""
        self._depth -= 1
        if self._depth > 0:
            return
        try:
            self._read_published()
            findings = self.collect()
        except GuardFailed:
            self.abandon()
            raise
        registry = self._registry
        assert registry is not None  # loaded by start(), which the scans above needed
        self.findings = findings
        problems = {as_problem(f, registry): f for f in findings}
        LAST.clear()
        LAST.update(problems)
        BUILD.add(problems)
        self._reset()

    def _read_published(self) -> None:
        """Hand every published file the guard judges (see ``publish.inventory``), pages aside,
        to the scanner."""
        site = self._site
        assert site is not None
        outputs = ledger_for(site).outputs.values()
        shown = output_name(site)
        for output in sorted(outputs, key=lambda o: o.path):
            if not output.judged or output.origin in (Origin.PAGE, Origin.VENDOR):
                continue
            if not (site / output.path).is_file():
                continue
            copied = output.origin in (Origin.THEME, Origin.ASSET)
            name = output.producer if copied else f"{shown}/{output.path}"
            if output.origin is Origin.THEME:  # every language shows the theme's files
                regions: tuple[str | None, ...] = languages.regions(self._languages) or (None,)
            else:
                regions = (self._region(output.path),)
            repeats = output.origin in (Origin.GENERATED, Origin.TEMPLATE)
            self._scanning().submit("published", str(site), output.path, name, regions, repeats)

    def _region(self, path: str) -> str | None:
        """Phone region of a published file: its language folder's, else the default's."""
        if not self._languages:
            return None
        first = path.split("/", 1)[0]
        lang = first if first in self._languages[1:] else self._languages[0]
        return languages.region(lang)

    def abandon(self) -> None:
        """``on_build_error``: forget this build (the publishing step drops its output)."""
        self._depth = 0
        self._reset()

    def _scanning(self) -> Runner:
        if self._runner is None:
            raise GuardFailed("contact guard: a page event came before on_config")
        return self._runner

    def _new_runner(self, site_url: str | None) -> Runner:
        if self._worker is None:
            return runner(self._root, site_url, self._registry)
        kind = Worker if self._worker else Inline
        return kind(self._root, site_url, self._registry)
