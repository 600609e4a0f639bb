"""The contacts a built site shows, page by page: its contacts manifest.

Read from the published HTML pages as the contact guard reads them (the same extraction and
judging, ``helpcenter.guard.read.check``), against the registry of the project the site was built
from, so a contact counts wherever a reader sees it: rendered from a registry marker or a
generated block, typed into a page, or listed as a reported impostor.

The manifest is deterministic JSON (``contacts.json``)::

    {"version": 1,
     "contacts": [{"kind": "phone", "key": "+12025550142", "shown": "+1 202-555-0142",
                   "verdict": "official", "pages": ["/contact/", "/en/contact/"]}, ...]}

sorted by kind and key; ``pages`` are site paths, sorted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpcenter.guard.finding import Verdict
from helpcenter.guard.read.check import Checker
from helpcenter.guard.scan import region_for_language
from helpcenter.registry.loader import load_registry

MANIFEST_VERSION = 1
REGISTRY = Path("registry") / "channels.yml"
_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"")
#: <link> elements (canonical, prev/next, icons, stylesheets) point browsers at the site's own
#: files; no reader sees or follows them, and every page's canonical address would be listed.
_HEAD_LINKS = re.compile(r"<link\b[^<>]*>", re.IGNORECASE)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


@dataclass(frozen=True, slots=True)
class SiteContact:
    """One contact a site shows, and where."""

    kind: str
    """The contact's kind: phone, email, website, telegram..."""
    key: str
    """Its canonical form (what tells two contacts apart)."""
    shown: str
    """How readers would write it: +1 202-555-0142, @ExampleWallet."""
    verdict: str
    """What the registry of that site says: official, reference, impostor..."""
    pages: tuple[str, ...]
    """Site paths of the pages that show it."""


def site_contacts(project: Path, site: Path) -> list[SiteContact]:
    """Every contact the HTML pages of ``site`` (built from ``project``) show."""
    checker = Checker(load_registry(project / REGISTRY))
    found: dict[tuple[str, str], tuple[str, str]] = {}
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for page in sorted(site.rglob("*.html")):
        html = _HEAD_LINKS.sub(_blank, page.read_text(encoding="utf-8"))
        language = _LANG.search(html)
        region = region_for_language(language.group(1) if language else None)
        for hit in checker.check_text(html, region=region):
            contact = hit.judgement.contact
            if contact is None or hit.judgement.verdict is Verdict.INTERNAL:
                continue
            key = (contact.kind.value, contact.key)
            found.setdefault(key, (contact.display, hit.judgement.verdict.value))
            pages[key].add(_site_path(page.relative_to(site).as_posix()))
    return [
        SiteContact(kind, key, *found[kind, key], tuple(sorted(pages[kind, key])))
        for kind, key in sorted(found)
    ]


def _site_path(relative: str) -> str:
    """``/contact/`` for contact/index.html, ``/404.html`` for 404.html."""
    if relative == "index.html" or relative.endswith("/index.html"):
        return "/" + relative.removesuffix("index.html")
    return "/" + relative


def to_json(contacts: list[SiteContact]) -> dict[str, Any]:
    return {
        "version": MANIFEST_VERSION,
        "contacts": [
            {
                "kind": c.kind,
                "key": c.key,
                "shown": c.shown,
                "verdict": c.verdict,
                "pages": list(c.pages),
            }
            for c in contacts
        ],
    }


def from_json(data: Any, name: str) -> list[SiteContact]:
    """The contacts of a manifest file; ValueError naming ``name`` if it is not one."""
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        raise ValueError(f"{name}: not a contacts manifest of version {MANIFEST_VERSION}")
    try:
        return [
            SiteContact(c["kind"], c["key"], c["shown"], c["verdict"], tuple(c["pages"]))
            for c in data["contacts"]
        ]
    except (KeyError, TypeError) as error:
        raise ValueError(f"{name}: a contact entry lacks {error}") from None
