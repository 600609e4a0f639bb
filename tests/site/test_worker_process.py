"""The build's worker process (helpcenter.background) lives only as long as the build: a build
stopped by a signal runs no exit handlers, and a worker left behind would hold the build's
output pipe open (a test reading ``mkdocs serve``'s output would wait for ever)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

PARENT = """
import os, sys
from helpcenter import background
pool = background.worker()
print(pool.submit(os.getpid).result(), flush=True)
sys.stdin.read()
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (reaped late by init) is gone for our purpose
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_worker_ends_when_the_build_process_is_killed() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    worker_pid = int(parent.stdout.readline())
    assert worker_pid != parent.pid and _alive(worker_pid)

    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _alive(worker_pid):
        assert time.monotonic() < deadline, "the worker outlived the build process"
        time.sleep(0.1)
    # and nothing holds the build's output open: the pipe ends
    assert parent.stdout.read() == ""
