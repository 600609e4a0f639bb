"""``mkdocs serve`` for writers: a failed rebuild (a broken registry edit, a bad marker, any
check) shows its problems in the terminal and in the browser, and the server recovers on the
next good build.

MkDocs 1.6 leaves its server waiting for a good build after a failed one: every request
blocks until then ("The server will appear stuck until build errors are resolved"). The
builder handed back to the server here records the failure and returns, so the server keeps
answering: pages show the problems (and look again every two seconds), other files are the
last good build's (the build replaces its output only when it succeeds), and the first good
rebuild brings the site back. Only documented surfaces are used: the server's ``builder``
(what ``on_serve`` receives) and its WSGI application (``get_app``/``set_app``).
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger("mkdocs.plugins.helpcenter.serve")

Build = Callable[..., None]
App = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
#: Seconds between an error page's looks for a good build.
RETRY_SECONDS = 2


class _Messages(logging.Handler):
    """The warnings and errors MkDocs and the hooks log during one build (in its thread: the
    server's request log is not the build's)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self._thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self._thread:
            self.messages.append(record.getMessage())


class ServeErrors:
    """The last rebuild's failure, shown instead of pages until a rebuild succeeds."""

    def __init__(self) -> None:
        self.failure: str | None = None

    def builder(self, build: Build) -> Build:
        """``build`` that records a failure instead of raising it."""

        def rebuild(*args: Any, **kwargs: Any) -> None:
            messages = _Messages()
            logger = logging.getLogger("mkdocs")
            logger.addHandler(messages)
            try:
                build(*args, **kwargs)
            except (Exception, SystemExit) as error:  # MkDocs' Abort is a SystemExit
                if not isinstance(error, SystemExit) and not messages.messages:
                    log.exception("The rebuild crashed")  # a bug: keep its traceback
                self.failure = "\n".join(messages.messages) or str(error)
                log.error("The rebuild failed: pages show its problems until a rebuild succeeds.")
            else:
                self.failure = None
            finally:
                logger.removeHandler(messages)

        return rebuild

    def app(self, inner: App) -> App:
        """``inner`` (the server's WSGI app), answering page requests with the failure."""

        def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            failure = self.failure
            path = environ.get("PATH_INFO", "")
            if failure is None or not (path.endswith("/") or path.endswith(".html")):
                return inner(environ, start_response)
            body = error_page(failure)
            # 200, not 500: MkDocs logs an error status as a warning, and a strict rebuild
            # running meanwhile would count it as one of its own and fail.
            start_response(
                "200 OK",
                [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("Cache-Control", "no-store"),
                ],
            )
            return [body]

        return app


def error_page(failure: str) -> bytes:
    """A page that shows ``failure`` as text and reloads itself until the build is good."""
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="{RETRY_SECONDS}">'
        "<title>Build failed</title></head>\n"
        "<body><h1>The last rebuild failed</h1>\n"
        "<p>Fix the problems below and save: this page reloads when the site builds again.</p>\n"
        f"<pre>{html.escape(failure)}</pre>\n"
        "</body></html>\n"
    ).encode()


def attach(server: Any, errors: ServeErrors | None = None) -> Any:
    """``server`` (MkDocs' LiveReloadServer) with failed rebuilds shown, not stuck."""
    errors = errors or ServeErrors()
    server.builder = errors.builder(server.builder)
    server.set_app(errors.app(server.get_app()))
    return server
