"""Web addresses: read an href the way a browser does and give its canonical key.

The key is ``https://host[:port]/path[?query]``: lower-case punycode host without a trailing
dot or userinfo, no default port, http and https alike, dot segments resolved (``%2e`` too),
no fragment, path without a trailing slash. The query stays: on a host the brand does not own,
``details?id=com.example.wallet`` and ``details?id=com.evil`` are two different apps. Parsing
is by hand rather than ``urllib.parse`` because browsers are more lenient (``https:\\\\evil.test``,
``https:evil.test``) and the guard must see what they see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.idna import ascii_label, unicode_label
from helpcenter.contacts.suffixes import is_tld

__all__ = [
    "WebAddress",
    "key_query",
    "looks_like_host",
    "normalize_host",
    "parse_web_address",
    "split_key",
    "split_scheme",
    "under",
    "unicode_host",
    "unsafe_schemes",
]

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_ASCII_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?")
_IPV6 = re.compile(r"\[[0-9A-Fa-f:.]+\]")
_PORT = re.compile(r"[0-9]{1,5}")
_DIGITS = re.compile(r"[0-9]+")
_DOT_SEGMENTS = frozenset({".", "%2e"})
_DOUBLE_DOT_SEGMENTS = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})


@cache
def unsafe_schemes() -> frozenset[str]:
    """Schemes that run code or read local data instead of opening a page."""
    return frozenset(grammar()["urls"]["unsafe"])


def split_scheme(href: str) -> tuple[str | None, str]:
    """``("https", "//x")`` for ``https://x``; ``(None, href)`` when there is no scheme.

    ``example.com:8080/path`` has no scheme: a dotted "scheme" followed by digits is a host
    and port.
    """
    match = _SCHEME.match(href)
    if match is None:
        return None, href
    scheme, rest = match.group(1).lower(), href[match.end() :]
    if ("." in scheme or scheme == "localhost") and (rest[:1].isdigit() or not rest):
        return None, href
    return scheme, rest


def normalize_host(host: str) -> str:
    """Lower-case ASCII (punycode) host without trailing dot; raise InvalidContact if bad."""
    text = unquote(host).rstrip(".")
    if text.startswith("[") and text.endswith("]"):  # IPv6 (or IPv4 in an address) literal
        if not _IPV6.fullmatch(text):
            raise InvalidContact(f"{host!r} is not a valid IPv6 host; write it as [2001:db8::1]")
        return text.lower()
    if not text:
        raise InvalidContact("the address has no host; write it as https://example.com/path")
    labels = []
    for label in text.split("."):
        label = ascii_label(label)
        if not _ASCII_LABEL.fullmatch(label):
            raise InvalidContact(
                f"{host!r} is not a valid host name; use letters, digits and hyphens "
                "between dots, like help.example.com"
            )
        labels.append(label)
    return ".".join(labels)


def unicode_host(host: str) -> str:
    """The host as a reader sees it (punycode labels decoded)."""
    return ".".join(unicode_label(label) for label in host.split("."))


def looks_like_host(segment: str) -> bool:
    """Whether a scheme-less first path segment is a host ("www.example.com", "x.test")."""
    authority = segment.rpartition("@")[2].split(":", 1)[0].rstrip(".")
    labels = authority.split(".")
    if len(labels) < 2 or not all(labels):
        return False
    if labels[0].lower() == "www" or all(_DIGITS.fullmatch(label) for label in labels):
        return True
    top = labels[-1].lower()
    return top not in grammar()["urls"]["file_endings"] and is_tld(top)


@dataclass(frozen=True, slots=True)
class WebAddress:
    """An absolute web address, parsed."""

    scheme: str
    """Lower-case scheme; ``http`` is stored as ``https`` (they compare equal)."""
    host: str
    """Lower-case ASCII host (punycode)."""
    port: int | None
    """Port, or None for the scheme's default."""
    path: str
    """Path without trailing slash; "" for the root."""
    query: str
    """Query string without "?" ("" when absent)."""

    @property
    def authority(self) -> str:
        return self.host if self.port is None else f"{self.host}:{self.port}"

    @property
    def key(self) -> str:
        query = f"?{self.query}" if self.query else ""
        return f"{self.scheme}://{self.authority}{self.path}{query}"

    @property
    def display(self) -> str:
        port = "" if self.port is None else f":{self.port}"
        query = f"?{self.query}" if self.query else ""
        return f"{self.scheme}://{unicode_host(self.host)}{port}{self.path}{query}"

    @property
    def segments(self) -> list[str]:
        return [unquote(part) for part in self.path.split("/") if part]


def parse_web_address(scheme: str, rest: str) -> WebAddress:
    """Parse what follows ``scheme:``; slashes and backslashes before the host are optional."""
    rest = rest.replace("\\", "/").lstrip("/")
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, tail = rest[:end], rest[end:]
    host_port = authority.rpartition("@")[2]  # browsers take the host after the last "@"
    host, port = _split_port(host_port)
    tail = tail.split("#", 1)[0]
    path, _, query = tail.partition("?")
    defaults = grammar()["urls"]["default_ports"].get(scheme, ())
    return WebAddress(
        scheme="https" if scheme == "http" else scheme,
        host=normalize_host(host),
        port=None if port in defaults else port,
        path=_normalize_path(path),
        query=query,
    )


def _split_port(host_port: str) -> tuple[str, int | None]:
    if host_port.startswith("["):
        host, _, after = host_port.partition("]")
        host += "]"
        port_text = after[1:] if after.startswith(":") else after
    elif ":" in host_port:
        host, _, port_text = host_port.rpartition(":")
    else:
        return host_port, None
    if not port_text:
        return host, None
    if not _PORT.fullmatch(port_text) or int(port_text) > 65535:
        raise InvalidContact(f"{host_port!r} has an invalid port; write it as host:8443")
    return host, int(port_text)


def _normalize_path(path: str) -> str:
    """Resolve "." and ".." segments (also written %2e, as browsers read them) and drop empty
    ones and the trailing slash."""
    parts: list[str] = []
    for part in path.split("/"):
        lower = part.lower()
        if part == "" or lower in _DOT_SEGMENTS:
            continue
        if lower in _DOUBLE_DOT_SEGMENTS:
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "".join(f"/{part}" for part in parts)


def split_key(key: str) -> tuple[str, str]:
    """``("host[:port]", "/path")`` of a web key made by :class:`WebAddress` (no query)."""
    rest = key.split("://", 1)[1].split("?", 1)[0]
    authority, slash, path = rest.partition("/")
    return authority, slash + path


def key_query(key: str) -> str:
    """The query of a web key ("" when it has none)."""
    return key.partition("?")[2]


def under(path: str, prefix: str) -> bool:
    """Whether ``path`` is ``prefix`` or below it, segment by segment ("/a" covers "/a/b")."""
    return not prefix or path == prefix or path.startswith(prefix + "/")
