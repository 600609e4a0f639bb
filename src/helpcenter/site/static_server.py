"""A static server for the built site, bound to 127.0.0.1, that behaves like the CDN.

It serves directory indexes, the nearest ``404.html`` for missing paths (as Cloudflare Pages
does), and, when given, response headers computed per path (the CDN policy).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HeadersFor = Callable[[str], dict[str, str]]


class _Handler(SimpleHTTPRequestHandler):
    headers_for: HeadersFor | None = None

    def log_message(self, format: str, *args: object) -> None:  # quiet in tests
        pass

    def end_headers(self) -> None:
        if self.headers_for is not None:
            for name, value in self.headers_for(urlsplit(self.path).path).items():
                self.send_header(name, value)
        super().end_headers()

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.exists():
            return super().send_head()
        not_found = _nearest_404(Path(self.directory), unquote(urlsplit(self.path).path))
        if not_found is None:
            self.send_error(404)
            return None
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


def _nearest_404(root: Path, url_path: str) -> Path | None:
    parts = [p for p in url_path.split("/") if p and p not in (".", "..")]
    for depth in range(len(parts), -1, -1):
        candidate = root.joinpath(*parts[:depth], "404.html")
        if candidate.is_file():
            return candidate
    return None


@contextmanager
def serve(site_dir: Path, headers_for: HeadersFor | None = None) -> Iterator[str]:
    """Serve ``site_dir`` on an ephemeral 127.0.0.1 port; yields the base URL."""
    handler = type(
        "Handler", (_Handler,), {"headers_for": staticmethod(headers_for) if headers_for else None}
    )
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
