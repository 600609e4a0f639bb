"""Code in a built HTML file, judged as a browser would run it: every script, style, event
handler and script URL must be one our theme ships, or it is a problem at the file's line.

Only inline code that matches the theme's templates (``theme_code``) is hashed into the CSP;
external scripts and stylesheets must be files the theme published. Pages are content: what a
page, a registry value or a plugin puts in the HTML never becomes code the CSP allows.
"""

from __future__ import annotations

import base64
import hashlib
import json
import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from helpcenter.problems import Problem
from helpcenter.publish.theme_code import ThemeCode

_CHECK = "publish"
_EXECUTABLE = frozenset({"", "module", "text/javascript", "application/javascript"})
_DATA = frozenset({"application/json", "application/ld+json"})
_URL_ATTRS = frozenset(
    [
        "href",
        "src",
        "action",
        "formaction",
        "poster",
        "data",
        "background",
        "cite",
        "longdesc",
        "ping",
        "manifest",
        "codebase",
        "icon",
        "xlink:href",
    ]
)
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:")
_FRAMES = frozenset(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"])
_LOADS_CODE = frozenset({"stylesheet", "preload", "modulepreload", "import", "prefetch"})
_FIX_CONTENT = (
    "pages and the registry are content: remove it (write Markdown; code and styles ship only "
    "with the theme in overrides/)"
)


@dataclass
class CodeAudit:
    """What one HTML file needs from the CSP, and what in it no CSP should allow."""

    script_hashes: set[str] = field(default_factory=set)
    style_hashes: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)


def csp_hash(code: str) -> str:
    """The CSP source expression body for inline code: ``sha256-<base64>``."""
    return "sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()


def audit_files(
    site: Path,
    paths: Iterable[str],
    *,
    name: str,
    theme: ThemeCode,
    ships: Callable[[str], bool],
    root: str = "/",
) -> CodeAudit:
    """Audit every HTML file among ``paths`` (relative to ``site``, called ``name`` in
    messages, served under the URL path ``root``): one CodeAudit for them all."""
    total = CodeAudit()
    for path in paths:
        if not path.endswith(".html"):
            continue
        html = (site / path).read_text(encoding="utf-8")
        audit = audit_html(
            html, path=f"{name}/{path}", url_path=path, theme=theme, ships=ships, root=root
        )
        total.script_hashes |= audit.script_hashes
        total.style_hashes |= audit.style_hashes
        total.problems += audit.problems
    return total


def audit_html(
    html: str,
    *,
    path: str,
    url_path: str,
    theme: ThemeCode,
    ships: Callable[[str], bool],
    root: str = "/",
) -> CodeAudit:
    """Audit the HTML file ``path`` (at ``url_path`` of a site served under the URL path
    ``root``, e.g. "fees/index.html") against the theme's inline code; ``ships(site_path)``
    says whether the theme published that file."""
    parser = _Auditor(path, url_path, theme, ships, root)
    parser.feed(html)
    parser.close()
    return parser.audit


class _Auditor(HTMLParser):
    def __init__(
        self,
        path: str,
        url_path: str,
        theme: ThemeCode,
        ships: Callable[[str], bool],
        root: str,
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.audit = CodeAudit()
        self._path = path
        self._base = posixpath.dirname(url_path)
        self._root = "/" + root.strip("/") + "/" if root.strip("/") else "/"
        self._theme = theme
        self._ships = ships
        # The open script or style: tag, type, line, and whether it loads a file (src=).
        self._code: tuple[str, str, int, bool] | None = None
        self._body: list[str] = []

    def _problem(self, message: str, fix: str = _FIX_CONTENT, line: int | None = None) -> None:
        where = self.getpos()[0] if line is None else line
        self.audit.problems.append(Problem(self._path, where, message, fix, _CHECK))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attributes(tag, attrs)
        values = {name: value or "" for name, value in attrs}
        if tag in _FRAMES:
            self._problem(f"<{tag}> embeds or redirects to other content")
        elif tag == "meta" and values.get("http-equiv", "").lower() in ("refresh", "set-cookie"):
            self._problem(f'<meta http-equiv="{values["http-equiv"]}"> (a redirect or cookie)')
        elif tag == "link" and _LOADS_CODE & set(values.get("rel", "").lower().split()):
            self._external(values.get("href", ""), "stylesheet or script")
        elif tag == "script":
            kind = values.get("type", "").strip().lower()
            if "src" in values:
                self._external(values["src"] or "", "script")
            self._code = ("script", kind, self.getpos()[0], "src" in values)
            self._body = []
        elif tag == "style":
            self._code = ("style", "", self.getpos()[0], False)
            self._body = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._code is not None:
            self._body.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._code is None or tag != self._code[0]:
            return
        kind, script_type, line, loads = self._code
        body = "".join(self._body)
        self._code = None
        if loads:  # a browser runs the file and ignores any text inside the element
            return
        if not body.strip():
            return
        if kind == "style":
            if self._theme.ships_style(body):
                self.audit.style_hashes.add(csp_hash(body))
            else:
                self._problem("an inline <style> the theme does not ship", line=line)
        elif script_type in _DATA:
            try:
                json.loads(body)
            except ValueError:
                self._problem("a JSON <script> that is not JSON", line=line)
        elif script_type not in _EXECUTABLE:
            self._problem(f'a <script type="{script_type}"> block', line=line)
        elif self._theme.ships_script(body):
            self.audit.script_hashes.add(csp_hash(body))
        else:
            self._problem("an inline <script> the theme does not ship", line=line)

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self._problem(f"an event handler attribute {name}= on <{tag}>")
            elif name == "style":
                self._problem(f"a style= attribute on <{tag}>")
            elif name in _URL_ATTRS and value and _script_url(value):
                self._problem(f"{name}= on <{tag}> runs code ({value.strip()[:40]!r})")
            elif name == "srcdoc":
                self._problem(f"srcdoc= on <{tag}> embeds a document")

    def _external(self, url: str, what: str) -> None:
        parts = urlsplit(url.strip())
        path = parts.path
        if path.startswith("/"):  # absolute (404 pages): under the URL path the site is served at
            path = path[len(self._root) :] if path.startswith(self._root) else "\0"
            target = posixpath.normpath(path).lstrip("/")
        else:
            target = posixpath.normpath(posixpath.join(self._base, path)).lstrip("/")
        if parts.scheme or parts.netloc or not parts.path or not self._ships(target):
            self._problem(
                f"loads a {what} the theme does not ship ({url[:80]!r})",
                "scripts and stylesheets come only from the theme (overrides/assets/)",
            )


def _script_url(value: str) -> bool:
    """Whether a URL attribute runs code when followed (browsers ignore these characters)."""
    cleaned = "".join(c for c in value if c > " " and c not in "\t\n\r").lower()
    return cleaned.startswith(_SCRIPT_SCHEMES)
