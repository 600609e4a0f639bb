"""The CDN policy, declared once: security headers, CSP directives and cache classes.

Everything the site serves comes from its own origin, so the CSP names no other origin.
Scripts are allowed by file ('self') or by the SHA-256 of each inline script our theme ships
(matched against the theme's templates, never taken from what a page holds: see
``helpcenter.publish.markup``); there is no 'unsafe-inline' and no 'unsafe-eval'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

#: Directives of the Content-Security-Policy, in the order they are written.
CSP_DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),  # + the inline script hashes of the built site
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),  # Material's icons are data: SVGs in its CSS
    ("font-src", "'self'"),
    ("connect-src", "'self'"),  # search index, registry export
    ("worker-src", "'self'"),  # search worker
    ("manifest-src", "'self'"),
    ("base-uri", "'none'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'none'"),
    ("object-src", "'none'"),
)

#: Headers every response carries (besides the CSP and Cache-Control).
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
    ("X-Content-Type-Options", "nosniff"),
    # Which help page someone read (e.g. "I was scammed") is nobody else's business.
    ("Referrer-Policy", "no-referrer"),
    (
        "Permissions-Policy",
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=()",
    ),
    ("X-Frame-Options", "DENY"),  # frame-ancestors for browsers without CSP level 2
    ("Cross-Origin-Opener-Policy", "same-origin"),
)

#: The registry export is public data: the app, bots and partners' pages may fetch it.
PUBLIC_DATA_PATTERN = "/registry/*"
PUBLIC_DATA_HEADERS: tuple[tuple[str, str], ...] = (("Access-Control-Allow-Origin", "*"),)


class CacheClass(Enum):
    """How long a file may be cached; the value is its Cache-Control header."""

    #: Fingerprinted files: their URL changes whenever their content does.
    IMMUTABLE = "public, max-age=31536000, immutable"
    #: Everything else (HTML, registry export, search index, unfingerprinted assets):
    #: revalidated on every use, so a retired channel disappears with the next deploy.
    REVALIDATE = "public, max-age=0, must-revalidate"


# A content hash of 8+ hex digits as its own dot-separated part: bundle.a5f9d56c.min.js
_FINGERPRINT = re.compile(r"\.[0-9a-f]{8,}\.")


def is_fingerprinted(path: str) -> bool:
    """Whether a site file's name carries a content hash (``main.57a0d79d.min.css``)."""
    return _FINGERPRINT.search(path.rsplit("/", 1)[-1]) is not None


def cache_class(path: str) -> CacheClass:
    """The cache class of a site file, by its path relative to the site root."""
    return CacheClass.IMMUTABLE if is_fingerprinted(path) else CacheClass.REVALIDATE


#: Scripts of our theme that compile WebAssembly (the checker's QR reader, zxing-wasm): only
#: the pages that load them get 'wasm-unsafe-eval', which allows compiling WebAssembly and
#: nothing else (no eval of JavaScript).
WASM_SCRIPTS = frozenset({"assets/javascripts/hc-checker.js"})


def content_security_policy(
    script_hashes: Iterable[str], style_hashes: Iterable[str] = (), *, wasm: bool = False
) -> str:
    """The CSP header value, allowing exactly the given inline script and style hashes (and,
    with ``wasm``, compiling WebAssembly)."""
    extra = {"script-src": sorted(set(script_hashes)), "style-src": sorted(set(style_hashes))}
    parts = []
    for name, value in CSP_DIRECTIVES:
        sources = " 'wasm-unsafe-eval'" if wasm and name == "script-src" else ""
        hashes = "".join(f" '{h}'" for h in extra.get(name, ()))
        parts.append(f"{name} {value}{sources}{hashes}")
    return "; ".join(parts)
