"""Where a build's scanning runs: in a worker process beside the build, or in the build itself.

MkDocs renders pages on one core. Given a second one, the guard hands each page to the build's
worker process (``helpcenter.background``: one, so pages are scanned in the order they were
built, and one set of remembered lines serves them all) and MkDocs goes on with the next page:
the build waits for the guard only at its end, for what is left. The worker runs the same
``PageScanner`` the build process would; the findings are the same either way. A built page is
not sent to the worker: the worker reads the file MkDocs wrote, which MkDocs does right after
the page's ``on_post_page``, so each page is handed over at the next page's (or at the end),
when its file is complete.

The worker is started for the search indexes anyway (helpcenter.search.background), so even
the demo site's few dozen pages gain from it (about 7%: the build measured with and without).
On one core the scanning stays in the build process. ``HELPCENTER_GUARD_WORKER=0`` keeps it
there whatever the machine; ``=1`` asks for the worker.
"""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Protocol

from helpcenter import background
from helpcenter.guard.errors import GuardFailed
from helpcenter.guard.finding import Finding

if TYPE_CHECKING:
    from helpcenter.guard.pages import PageScanner
    from helpcenter.registry.model import Registry

#: Set to "0" to scan in the build process, "1" to use a worker even on one core.
ENVIRONMENT = "HELPCENTER_GUARD_WORKER"


class Runner(Protocol):
    def submit(self, method: str, *args: object) -> None:
        """Call ``PageScanner.<method>(*args)``; its findings come out of ``results``."""

    def built(
        self, html: str, src_path: str | None, src_uri: str, dest_path: str, lang: str | None
    ) -> None:
        """Scan a page as built (``html``, which MkDocs is about to write to ``dest_path``)."""

    def results(self) -> list[Finding]:
        """Every finding of the calls submitted since the last time, in their order."""

    def close(self) -> None:
        """Stop; calls not yet run are dropped."""


#: Calls handed to the worker at a time: each hand-over wakes threads of the build process.
_BATCH = 32


def runner(root: str, site_url: str | None, registry: Registry | None = None) -> Runner:
    """The build's worker process when the machine has a core to spare, or as the environment
    asks; else the build process."""
    use = background.use_worker(ENVIRONMENT)
    return Worker(root, site_url, registry) if use else Inline(root, site_url, registry)


class Inline:
    """Scans in the calling process."""

    def __init__(
        self, root: str, site_url: str | None = None, registry: Registry | None = None
    ) -> None:
        from helpcenter.guard.pages import PageScanner  # the grammar: only where it scans

        self._scanner = PageScanner(root, site_url, registry)
        self._findings: list[Finding] = []

    def submit(self, method: str, *args: object) -> None:
        self._findings += getattr(self._scanner, method)(*args)

    def built(
        self, html: str, src_path: str | None, src_uri: str, dest_path: str, lang: str | None
    ) -> None:
        self.submit("html", html, src_path, src_uri, dest_path, lang)

    def results(self) -> list[Finding]:
        found, self._findings = self._findings, []
        return found

    def close(self) -> None:
        self._findings = []


class Worker:
    """Scans in the build's worker process (``helpcenter.background``), with a scanner of
    its own for this build: the first task hands the worker the build's project."""

    def __init__(
        self, root: str, site_url: str | None = None, registry: Registry | None = None
    ) -> None:
        """``registry``: the build's, handed over rather than checked again in the worker
        (a big registry takes half a second to check)."""
        self._pool = background.worker()
        self._pending: list[Future[list[Finding]]] = [
            self._pool.submit(_start, root, site_url, registry)
        ]
        self._batch: list[tuple[str, tuple[object, ...]]] = []
        self._written: tuple[str | None, str, str, str | None] | None = None  # file being written

    def submit(self, method: str, *args: object) -> None:
        self._hand_over()
        self._queue(method, args)

    def built(
        self, html: str, src_path: str | None, src_uri: str, dest_path: str, lang: str | None
    ) -> None:
        self._hand_over()
        if html.strip():  # MkDocs writes no file for a blank page
            self._written = (src_path, src_uri, dest_path, lang)

    def results(self) -> list[Finding]:
        self._hand_over()
        self._send()
        pending, self._pending = self._pending, []
        findings: list[Finding] = []
        try:
            for future in pending:
                findings += future.result()  # re-raises the worker's GuardFailed
        except BrokenProcessPool as error:
            raise GuardFailed(f"contact guard: its worker process stopped ({error})") from error
        return findings

    def close(self) -> None:
        """Drop the calls not yet run (the worker stays, for the next build)."""
        for future in self._pending:
            future.cancel()
        self._pending, self._batch, self._written = [], [], None

    def _hand_over(self) -> None:
        """The page whose file MkDocs has written since the last event goes to the worker."""
        if self._written is not None:
            written, self._written = self._written, None
            self._queue("built_file", written)

    def _queue(self, method: str, args: tuple[object, ...]) -> None:
        self._batch.append((method, args))
        if len(self._batch) >= _BATCH:
            self._send()

    def _send(self) -> None:
        if self._batch:
            batch, self._batch = self._batch, []
            self._pending.append(self._pool.submit(_call_all, batch))


_scanner: PageScanner | None = None  # the worker process's own


def _start(root: str, site_url: str | None, registry: Registry | None) -> list[Finding]:
    global _scanner
    from helpcenter.guard.pages import PageScanner

    _scanner = PageScanner(root, site_url, registry)
    return []


def _call_all(calls: list[tuple[str, tuple[object, ...]]]) -> list[Finding]:
    if _scanner is None:  # pragma: no cover - the initializer runs first or the pool breaks
        raise GuardFailed("contact guard: its worker process did not start")
    found: list[Finding] = []
    for method, args in calls:
        found += getattr(_scanner, method)(*args)
    return found
