"""Each built page's code audited in the build's worker process as MkDocs writes it.

The audit reads every tag of every HTML file: at 1,000 pages per language, most of what the
publishing step costs. MkDocs renders pages on one core; on the other, the build's worker
(``helpcenter.background``, shared with the guard and the search indexes) audits each page from
the file MkDocs wrote (handed over at the next page, when the file is complete), and hands back
the audit with the SHA-256 of the bytes it read. The build's last step still reads every file:
an audit is used only for a file whose bytes are still those it read, and any other file
(a template's output, a page a later step rewrote, anything the worker could not read) is
audited there and then. The result is the same either way; only where the work runs differs.

Only a site of ``WORKER_PAGES`` pages or more is audited so: handing pages and audits over
costs about 0.1 s, more than auditing the demo site's 54 pages takes (measured, in-process
builds: 1.83 s with the worker, 1.70 s without), while at 1,000 pages per language the worker
saves about 2 s of 24. ``HELPCENTER_AUDIT_WORKER=0`` keeps all auditing in the build process
and ``=1`` asks for the worker whatever the size.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import Future
from pathlib import Path

from helpcenter import background
from helpcenter.publish.markup import CodeAudit, audit_bytes
from helpcenter.publish.theme_code import theme_code

ENVIRONMENT = "HELPCENTER_AUDIT_WORKER"
WORKER_PAGES = 200
_BATCH = 32  # pages per hand-over: each wakes the build process's threads

#: Site path of a file -> (SHA-256 of the bytes audited, their audit).
Known = dict[str, tuple[str, CodeAudit]]


class PageAudits:
    """The pages of one build (every language), audited beside it."""

    def __init__(
        self, site: Path, name: str, template_dirs: list[str], root: str, *, pages: int
    ) -> None:
        wanted = os.environ.get(ENVIRONMENT)
        big = pages >= WORKER_PAGES and background.cores() > 1
        use = big if wanted is None else wanted == "1"
        self._pool = background.worker() if use else None
        self._job = (str(site), name, tuple(template_dirs), root)
        self._written: str | None = None
        self._batch: list[str] = []
        self._pending: list[Future[Known]] = []

    def built(self, path: str) -> None:
        """``on_post_page``: the page at site path ``path`` (MkDocs writes it next)."""
        if self._pool is None:
            return
        self._hand_over()
        if path.endswith(".html"):
            self._written = path

    def results(self) -> Known:
        """The audits made so far (waiting for the worker); none if the worker failed."""
        self._hand_over()
        self._send()
        known: Known = {}
        for job in self._pending:
            try:
                known.update(job.result())
            except Exception:  # the build audits those files itself
                continue
        self._pending = []
        return known

    def close(self) -> None:
        for job in self._pending:
            job.cancel()
        self._pending, self._batch, self._written = [], [], None

    def _hand_over(self) -> None:
        if self._written is not None:
            self._batch.append(self._written)
            self._written = None
            if len(self._batch) >= _BATCH:
                self._send()

    def _send(self) -> None:
        if self._batch and self._pool is not None:
            batch, self._batch = self._batch, []
            self._pending.append(self._pool.submit(_audit_pages, *self._job, batch))


def _audit_pages(
    site: str, name: str, template_dirs: tuple[str, ...], root: str, paths: list[str]
) -> Known:
    """Runs in the worker: audit each file as it is on disk now."""
    theme = theme_code(template_dirs)  # read again only when a template changed
    known: Known = {}
    for path in paths:
        try:
            data = (Path(site) / path).read_bytes()
            audit = audit_bytes(data, path=f"{name}/{path}", url_path=path, theme=theme, root=root)
        except (OSError, UnicodeDecodeError):
            continue  # the build's last step reads it and says what is wrong
        known[path] = (hashlib.sha256(data).hexdigest(), audit)
    return known
