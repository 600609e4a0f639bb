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
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import unescape
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
#: SVG animation sets attributes when it runs: an href to javascript:, a handler.
_ANIMATIONS = frozenset(["set", "animate", "animatemotion", "animatetransform", "animatecolor"])
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
    #: Site path of each HTML file -> the site paths of the theme scripts it loads.
    scripts: dict[str, set[str]] = field(default_factory=dict)
    #: Files loaded by <script src> and <link>: (file, line, URL, what, site path or None for
    #: another origin), judged once the theme's published files are known (``judge_loads``).
    loads: list[tuple[str, int, str, str, str | None]] = field(default_factory=list)

    def add(self, other: CodeAudit) -> None:
        """Take in the audit of other files."""
        self.script_hashes |= other.script_hashes
        self.style_hashes |= other.style_hashes
        self.problems += other.problems
        self.scripts.update(other.scripts)
        self.loads += other.loads

    def pages_loading(self, scripts: Iterable[str]) -> list[str]:
        """The HTML files that load any of ``scripts``."""
        wanted = set(scripts)
        return sorted(page for page, loaded in self.scripts.items() if loaded & wanted)


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
    known: dict[str, tuple[str, CodeAudit]] | None = None,
) -> CodeAudit:
    """Audit every HTML file among ``paths`` (relative to ``site``, called ``name`` in
    messages, served under the URL path ``root``): one CodeAudit for them all. ``known``: audits
    made already (by the build's worker, as MkDocs wrote each page), each with the SHA-256 of
    the bytes it read; one is used only for a file whose bytes are still those."""
    total = CodeAudit()
    for path in paths:
        if not path.endswith(".html"):
            continue
        data = (site / path).read_bytes()
        earlier = (known or {}).get(path)
        if earlier is not None and earlier[0] == hashlib.sha256(data).hexdigest():
            total.add(earlier[1])
        else:
            shown = f"{name}/{path}"
            total.add(audit_bytes(data, path=shown, url_path=path, theme=theme, root=root))
    judge_loads(total, ships)
    return total


def audit_bytes(data: bytes, *, path: str, url_path: str, theme: ThemeCode, root: str) -> CodeAudit:
    """``audit_html`` of a file's bytes, its loads not judged yet (``judge_loads``)."""
    html = data.decode("utf-8")
    return _Auditor(path, url_path, theme, root).run(html, url_path)


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
    audit = _Auditor(path, url_path, theme, root).run(html, url_path)
    judge_loads(audit, ships)
    return audit


def judge_loads(audit: CodeAudit, ships: Callable[[str], bool]) -> None:
    """A script or stylesheet from anywhere but the theme's own published files is a problem."""
    for path, line, url, what, target in audit.loads:
        if target is None or not ships(target):
            message = f"loads a {what} the theme does not ship ({url[:80]!r})"
            audit.problems.append(Problem(path, line, message, _FIX_CONTENT, _CHECK))
    audit.loads = []


# The HTML tokenizer's rules (WHATWG "13.2.5 Tokenization"), so a tag ends where a browser ends
# it: whitespace is only these five characters (Python's \s has more: a vertical tab would start
# an attribute a browser reads as part of a value), a quote opens a value only right after "=",
# and "<!-->" closes the comment it opens. One step reads, inside the regex engine, everything
# up to the next start tag: text, comments, declarations and end tags (whose attributes are
# tokenized and dropped). Possessive quantifiers: a tag without an end costs one pass.
_WS = r"[\t\n\f\r ]"
_NAME = r"[^\t\n\f\r />][^\t\n\f\r />=]*+"
_VALUE = r"\"[^\"]*+\"|'[^']*+'|[^\t\n\f\r >]*+"
_ATTRIBUTES = rf"(?:[\t\n\f\r /]++|{_NAME}(?:{_WS}*+={_WS}*+(?:{_VALUE}))?+)*+"
_NEXT_START_TAG = re.compile(
    r"(?:[^<]++"
    r"|<!--(?:>|->|.*?(?:--!?>|\Z))"  # a comment
    r"|<![^>]*+>?|<\?[^>]*+>?"  # a declaration, CDATA or processing instruction: to ">"
    rf"|</[A-Za-z][^\t\n\f\r />]*+{_ATTRIBUTES}>?"  # an end tag
    r"|</(?:>|[^A-Za-z>][^>]*+>?)"  # "</>" is dropped, "</ x>" a comment
    r"|<(?![A-Za-z]))*+"  # a "<" that opens nothing
    rf"<([A-Za-z][^\t\n\f\r />]*+)({_ATTRIBUTES})>",
    re.S,
)
_ATTRIBUTE = re.compile(rf"({_NAME})(?:{_WS}*+={_WS}*+({_VALUE}))?+")
# Elements whose content a browser reads as text up to their end tag, in HTML (script and
# style, RCDATA and RAWTEXT, noscript with scripting on). Inside <svg> or <math> the same names
# hold markup. Their content is read both ways: from the end tag on, as the browser in HTML
# does (a quoted "attribute" cannot swallow the end tag and hide what follows), and as markup.
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")
_END = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.I) for name in (*_RAW_TEXT, "noscript")}
# A start tag's own verdict depends only on its text: pages repeat the same tags (navigation,
# header, footer) thousands of times, so each distinct tag is read once. What a script or
# stylesheet URL points at depends on the page's folder and is judged per occurrence.
_Tag = tuple[tuple[str, ...], tuple[str, str, str | None] | None, tuple[str, str] | None]
_TAGS: dict[tuple[str, str], _Tag] = {}


class _Auditor:
    def __init__(
        self,
        path: str,
        url_path: str,
        theme: ThemeCode,
        root: str,
    ) -> None:
        self.audit = CodeAudit()
        self._path = path
        self._base = posixpath.dirname(url_path)
        self._root = "/" + root.strip("/") + "/" if root.strip("/") else "/"
        self._theme = theme
        self._html = ""

    def run(self, html: str, url_path: str) -> CodeAudit:
        self._html = html
        loaded = self.audit.scripts.setdefault(url_path, set())
        starts = [0]  # where to read from: the top, and where raw text ends
        seen: set[int] = set()  # start tags read (two readings that meet read on alike)
        while starts:
            pos = starts.pop()
            while (match := _NEXT_START_TAG.match(html, pos)) is not None:
                at = match.start(1) - 1
                if at in seen:
                    break
                seen.add(at)
                pos = match.end()
                name = match.group(1).lower()
                messages, code, loads = _tag(name, match.group(2))
                if loads is not None:
                    self._load(*loads, at)
                for message in messages:
                    self._problem(message, at)
                if code is not None and code[2] is not None:
                    loaded.add(self._target(code[2]))
                if name in _END:
                    end = _END[name].search(html, pos)
                    stop = len(html) if end is None else end.start()
                    if code is not None and self._code(code, html[pos:stop], at):
                        pos = stop  # the theme's own code: read on after it
                    else:
                        starts.append(stop)
        return self.audit

    def _problem(self, message: str, at: int, fix: str = _FIX_CONTENT) -> None:
        self.audit.problems.append(Problem(self._path, self._line(at), message, fix, _CHECK))

    def _line(self, at: int) -> int:
        return self._html.count("\n", 0, at) + 1

    def _code(self, code: tuple[str, str, str | None], body: str, at: int) -> bool:
        """Judge a script's or style's text; True if it is the theme's own code. Any other
        text is read as markup as well: inside <svg> or <math> a browser parses it so."""
        kind, script_type, src = code
        if src is not None or not body.strip():
            return False  # a browser runs the file; the text is read as markup (see above)
        if kind == "style":
            if self._theme.ships_style(body):
                self.audit.style_hashes.add(csp_hash(body))
                return True
            self._problem("an inline <style> the theme does not ship", at)
        elif script_type in _DATA:
            try:
                json.loads(body)
            except ValueError:
                self._problem("a JSON <script> that is not JSON", at)
        elif script_type not in _EXECUTABLE:
            self._problem(f'a <script type="{script_type}"> block', at)
        elif self._theme.ships_script(body):
            self.audit.script_hashes.add(csp_hash(body))
            return True
        else:
            self._problem("an inline <script> the theme does not ship", at)
        return False

    def _load(self, url: str, what: str, at: int) -> None:
        parts = urlsplit(url.strip())
        local = not (parts.scheme or parts.netloc) and parts.path
        target = self._target(url) if local else None
        self.audit.loads.append((self._path, self._line(at), url, what, target))

    def _target(self, url: str) -> str:
        """The site path a URL in this file points at."""
        path = urlsplit(url.strip()).path
        if path.startswith("/"):  # absolute (404 pages): under the URL path the site is served at
            path = path[len(self._root) :] if path.startswith(self._root) else "\0"
            return posixpath.normpath(path).lstrip("/")
        return posixpath.normpath(posixpath.join(self._base, path)).lstrip("/")


def _tag(name: str, attributes: str) -> _Tag:
    """A start tag's problems, for a script or style (kind, type, src), and the URL of a
    script or stylesheet it loads (url, what), which the page's folder resolves."""
    key = (name, attributes)
    known = _TAGS.get(key)
    if known is not None:
        return known
    values: dict[str, str] = {}
    messages: list[str] = []
    for found in _ATTRIBUTE.finditer(attributes):
        attribute = found.group(1).lower()
        raw = found.group(2) or ""
        value = unescape(raw[1:-1] if raw[:1] in "\"'" else raw)
        values.setdefault(attribute, value)
        messages += _attribute(name, attribute, value)
    code: tuple[str, str, str | None] | None = None
    loads: tuple[str, str] | None = None
    if name in _FRAMES:
        messages.append(f"<{name}> embeds or redirects to other content")
    elif name in _ANIMATIONS:
        messages.append(f"<{name}> (SVG animation can set links and handlers)")
    elif name == "meta" and values.get("http-equiv", "").lower() in ("refresh", "set-cookie"):
        messages.append(f'<meta http-equiv="{values["http-equiv"]}"> (a redirect or cookie)')
    elif name == "link" and _LOADS_CODE & set(values.get("rel", "").lower().split()):
        loads = (values.get("href", ""), "stylesheet or script")
    elif name == "script":
        if "src" in values:
            loads = (values["src"], "script")
        code = ("script", values.get("type", "").strip().lower(), values.get("src"))
    elif name == "style":
        code = ("style", "", None)
    result = (tuple(messages), code, loads)
    if len(_TAGS) > 50_000:  # bounded: a big build sees many one-off tags
        _TAGS.clear()
    _TAGS[key] = result
    return result


def _attribute(tag: str, name: str, value: str) -> list[str]:
    if name.startswith("on"):
        return [f"an event handler attribute {name}= on <{tag}>"]
    if name == "style":
        return [f"a style= attribute on <{tag}>"]
    if name in _URL_ATTRS and value and _script_url(value):
        return [f"{name}= on <{tag}> runs code ({value.strip()[:40]!r})"]
    if name == "srcdoc":
        return [f"srcdoc= on <{tag}> embeds a document"]
    return []


def _script_url(value: str) -> bool:
    """Whether a URL attribute runs code when followed (browsers ignore these characters)."""
    cleaned = "".join(c for c in value if c > " " and c not in "\t\n\r").lower()
    return cleaned.startswith(_SCRIPT_SCHEMES)
