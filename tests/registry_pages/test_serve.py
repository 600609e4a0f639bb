"""The writers' loop, for real: ``mkdocs serve`` watches registry/; a broken registry edit
shows its file:line problem and fix in the terminal and in the browser without the server
getting stuck, the last good site's files are still served, the fix brings the new content,
and Ctrl-C stops the server cleanly."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpcenter.registry_pages.serve import ServeErrors, error_page
from tests.support.tiny import make_tiny_project

BROKEN = (
    "registry/channels.yml:{line}: channel 'hotline' label en holds an HTML tag ('<b>'); "
    "registry text is shown exactly as written. Fix: remove the tag and keep the words "
    "(a '<' followed by a space, like 'a < b', is fine)"
)


class Served:
    """A ``mkdocs serve`` subprocess, its output so far, and its address."""

    def __init__(self, project: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait_for(self, what: Callable[[], object], timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while not what():
            assert self.proc.poll() is None, f"the server stopped:\n{self.output}"
            assert time.monotonic() < deadline, f"timed out; server output:\n{self.output}"
            time.sleep(0.2)

    def get(self, path: str) -> tuple[int, str]:
        """Status and text of ``path``; a stuck server fails here instead of hanging."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=15) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    project = make_tiny_project(tmp_path / "project")
    page = project / "docs/en/index.md"
    page.write_text(page.read_text("utf-8") + "\n[[registry:channels]]\n", "utf-8")
    server = Served(project)
    try:
        server.wait_for(lambda: "Serving on" in server.output)
        yield server
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait(10)


@pytest.mark.slow
def test_a_broken_registry_edit_shows_its_error_and_the_fix_brings_the_site_back(
    served: Served, tmp_path: Path
) -> None:
    registry = tmp_path / "project/registry/channels.yml"
    good = registry.read_text("utf-8")
    assert "Watching paths for changes: 'docs', 'mkdocs.yml', 'registry'" in served.output
    status, page = served.get("en/")
    assert status == 200 and "Support hotline" in page
    stylesheet = re.search(r'href="\.\./(assets/stylesheets/hc-registry\.css)"', page)
    assert stylesheet is not None

    registry.write_text(good.replace("en: Support hotline}", 'en: "<b>Support</b> hotline"}'))
    line = good[: good.index("en: Support hotline}")].count("\n") + 1
    broken = BROKEN.format(line=line)
    served.wait_for(lambda: broken in served.output)
    served.wait_for(lambda: "The rebuild failed" in served.output)
    status, page = served.get("en/")  # answers at once: not stuck waiting for a good build
    assert status == 200 and "<title>Build failed</title>" in page
    assert page.replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">").count(broken) == 1
    assert '<meta http-equiv="refresh" content="2">' in page
    assert served.get(stylesheet.group(1))[0] == 200  # the last good build's files

    registry.write_text(good.replace("en: Support hotline}", "en: Support line}"))
    served.wait_for(lambda: "Support line" in served.get("en/")[1])
    status, page = served.get("en/")
    assert status == 200 and "Support hotline" not in page

    served.proc.send_signal(signal.SIGINT)
    assert served.proc.wait(30) == 0
    served._reader.join(10)
    assert "Shutting down" in served.output
    assert "Traceback" not in served.output


def test_the_error_page_shows_problems_as_text() -> None:
    page = error_page("docs/en/x.md:3: <script>alert(1)</script>").decode()
    assert "<script>" not in page
    assert "docs/en/x.md:3: &lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_failed_build_is_recorded_and_a_good_one_clears_it() -> None:
    errors = ServeErrors()
    outcomes = iter([SystemExit("Aborted with a BuildError!"), None])

    def build() -> None:
        outcome = next(outcomes)
        if outcome is not None:
            raise outcome

    rebuild = errors.builder(build)
    rebuild()
    assert errors.failure == "Aborted with a BuildError!"
    rebuild()
    assert errors.failure is None
