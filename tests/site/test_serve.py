"""``make serve`` is half of the README's contract: ``mkdocs serve --strict`` must build the real
site and serve it. Serve builds for its own address (http://127.0.0.1:PORT/), so every page's
canonical link points there; the guard must take those for the site's own links."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def test_mkdocs_serve_builds_and_serves_both_languages() -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while _status(f"http://127.0.0.1:{port}/") != 200:
            assert server.poll() is None, f"mkdocs serve stopped:\n{server.communicate()[0]}"
            assert time.monotonic() < deadline, "mkdocs serve did not answer within 120 s"
            time.sleep(0.5)
        assert _status(f"http://127.0.0.1:{port}/en/fees/") == 200
        assert _status(f"http://127.0.0.1:{port}/registry/channels.json") == 200
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "contact guard" not in output, output
