"""A static server for the built site, bound to 127.0.0.1, that behaves like the CDN.

It serves directory indexes, the nearest ``404.html`` for missing paths (as Cloudflare Pages
does), text gzip-compressed when the client accepts it, each file compressed once (as a CDN
edge caches it), never the CDN's own configuration (``_headers``), and, when given, response
headers computed per path (the CDN policy: ``helpcenter.cdn.site_headers.headers_policy``).
"""

from __future__ import annotations

import functools
import gzip
import io
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

HeadersFor = Callable[[str], dict[str, str]]
#: Never served: read by the CDN itself.
CDN_CONFIG_FILES = frozenset({"_headers", "_redirects"})
_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


class _Handler(SimpleHTTPRequestHandler):
    headers_for: HeadersFor | None = None

    def log_message(self, format: str, *args: object) -> None:  # quiet in tests
        pass

    def end_headers(self) -> None:
        if self.headers_for is not None:
            for name, value in self.headers_for(urlsplit(self.path).path).items():
                self.send_header(name, value)
        super().end_headers()

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        path = Path(self.translate_path(self.path))
        if path.is_file() and path.name not in CDN_CONFIG_FILES:
            if "gzip" in self.headers.get("Accept-Encoding", "") and self.guess_type(
                str(path)
            ).startswith(_COMPRESSIBLE):
                return self._send_gzip(path)
            return super().send_head()
        if path.is_dir() and path.name not in CDN_CONFIG_FILES:
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

    def _send_gzip(self, path: Path) -> io.BytesIO:
        stat = path.stat()
        body = _gzipped(path, stat.st_mtime_ns, stat.st_size)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A browser that navigates away mid-download closes the socket: not a server fault.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@functools.lru_cache(maxsize=512)
def _gzipped(path: Path, mtime_ns: int, size: int) -> bytes:
    """Compressed once per file version, as a CDN edge caches it (keyed on mtime and size)."""
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


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
    server = _Server(("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
