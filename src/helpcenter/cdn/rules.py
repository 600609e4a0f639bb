"""The ``_headers`` rules for a built site (pure: file paths and inline code in, rules out).

Cache rules are derived from the files actually built, so whatever another feature adds
(a worker, a search index, the registry export) is covered without a special case:
fingerprinted files are immutable, everything else is revalidated. Each rule is a
``<folder>/*.<ext>`` pattern chosen as wide as possible without catching a file of the
other class, which keeps the rule count independent of the number of pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

from helpcenter.cdn.headers_file import Rule, detach, headers_for
from helpcenter.cdn.policy import (
    PUBLIC_DATA_HEADERS,
    PUBLIC_DATA_PATTERN,
    SECURITY_HEADERS,
    CacheClass,
    cache_class,
    content_security_policy,
)

#: Files the CDN reads as configuration and never serves.
CDN_CONFIG_FILES = frozenset({"_headers", "_redirects"})


class CdnPolicyError(ValueError):
    """The built site cannot be served under the policy; the message names file and fix."""


def urls_of(path: str) -> list[str]:
    """The URL paths that serve a site file (``a/index.html`` is also ``/a/``)."""
    urls = [f"/{path}"]
    if path == "index.html" or path.endswith("/index.html"):
        urls.append(f"/{path[: -len('index.html')]}")
    return urls


def site_rules(
    paths: Iterable[str],
    script_hashes: Iterable[str] = (),
    style_hashes: Iterable[str] = (),
    wasm_pages: Iterable[str] = (),
) -> list[Rule]:
    """All rules for a site: security headers and CSP for every path (allowing exactly the
    given inline code hashes; the pages of ``wasm_pages`` may also compile WebAssembly), then
    caching."""
    files = sorted(p for p in paths if p not in CDN_CONFIG_FILES)
    hashes, styles = sorted(set(script_hashes)), sorted(set(style_hashes))
    csp = content_security_policy(hashes, styles)
    wasm_csp = content_security_policy(hashes, styles, wasm=True)
    rules = [
        Rule("/*", (("Content-Security-Policy", csp), *SECURITY_HEADERS)),
        Rule(PUBLIC_DATA_PATTERN, PUBLIC_DATA_HEADERS),
        # Headers of every matching rule add up, and two CSPs only restrict each other: a
        # page that compiles WebAssembly drops the site's CSP and sets its own.
        *(
            Rule(url, (detach("Content-Security-Policy"), ("Content-Security-Policy", wasm_csp)))
            for page in sorted(set(wasm_pages))
            for url in urls_of(page)
        ),
        *cache_rules(files),
    ]
    check_rules(rules, files)
    return rules


def cache_rules(files: list[str]) -> list[Rule]:
    """One Cache-Control rule per (folder, extension) group of one cache class."""
    groups: dict[tuple[str, CacheClass], list[str]] = {}
    for file in files:
        groups.setdefault((PurePosixPath(file).suffix, cache_class(file)), []).append(file)
    patterns: dict[str, CacheClass] = {}
    for (suffix, klass), members in groups.items():
        others = [f for (s, k), fs in groups.items() if s == suffix and k is not klass for f in fs]
        for file in members:
            patterns.setdefault(_widest_pattern(file, suffix, others), klass)
    index_classes = {cache_class(f) for f in files if len(urls_of(f)) > 1}
    if len(index_classes) > 1:
        raise CdnPolicyError("index.html files differ in cache class: rename the fingerprinted one")
    for klass in index_classes:  # directory URLs: "/" and "/a/b/"
        patterns["/"] = patterns["/*/"] = klass
    return [
        Rule(pattern, (("Cache-Control", klass.value),))
        for pattern, klass in sorted(patterns.items(), key=lambda item: (item[1].name, item[0]))
    ]


def _widest_pattern(file: str, suffix: str, others: list[str]) -> str:
    """``/<folder>/*<suffix>`` for the highest folder holding none of ``others``."""
    if not suffix:
        return f"/{file}"
    for folder in reversed(PurePosixPath(file).parents):  # ".", "a", "a/b", ...
        prefix = "" if str(folder) == "." else f"{folder}/"
        if not any(other.startswith(prefix) for other in others):
            return f"/{prefix}*{suffix}"
    return f"/{file}"


def check_rules(rules: list[Rule], files: list[str]) -> None:
    """Every URL of every file gets exactly one CSP and one Cache-Control, of its class."""
    problems = []
    for file in files:
        for url in urls_of(file):
            got = headers_for(rules, url)
            if got.get("Cache-Control") != cache_class(file).value:
                problems.append(f"{url}: Cache-Control {got.get('Cache-Control')!r}")
            if got.get("Content-Security-Policy", "").count("default-src") != 1:
                problems.append(f"{url}: no single Content-Security-Policy")
    if problems:
        raise CdnPolicyError(
            "_headers rules do not give these URLs exactly one policy and the Cache-Control of "
            "their class "
            "(fix helpcenter.cdn.rules):\n  " + "\n  ".join(problems)
        )
