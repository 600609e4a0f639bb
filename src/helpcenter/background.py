"""One worker process for the work of a build that no page waits for: the guard's scanning
and the search indexes, on a core MkDocs does not use (it renders pages on one).

One process, not one per task: a second interpreter and its imports cost as much as the guard's
scanning of a small site, and tasks run in the order they were handed over. It lives as long as
the build process, so the rebuilds of ``mkdocs serve`` reuse it (jieba stays loaded). A
machine with one core gets no worker: the same functions run in the build process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

_pool: list[ProcessPoolExecutor] = []


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker() -> ProcessPoolExecutor:
    """The build's worker process (started fresh, "spawn": nothing copied from the build;
    started again if it stopped)."""
    if not _pool or getattr(_pool[0], "_broken", False):
        _pool[:] = [
            ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_outlive_no_parent,
                initargs=(os.getpid(),),
            )
        ]
    return _pool[0]


def _outlive_no_parent(parent: int) -> None:
    """Runs in the worker: end it when the build process is gone. A build stopped by a signal
    (``kill``, a test ending ``mkdocs serve``) runs no exit handlers, and the worker, waiting on
    a queue whose other end it holds itself, would live on with the build's stdout open."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(0)

    threading.Thread(target=watch, name="helpcenter-parent-watch", daemon=True).start()


def use_worker(environment: str) -> bool:
    """Whether to hand work to the worker: with a core to spare, unless ``environment`` (an
    environment variable) says "0"; "1" asks for it on one core too."""
    wanted = os.environ.get(environment)
    return cores() > 1 if wanted is None else wanted == "1"
