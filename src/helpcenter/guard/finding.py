"""Verdicts and findings: the values every part of the guard passes around."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from helpcenter.contacts.kinds import Contact


class Verdict(StrEnum):
    OFFICIAL = "official"  # an active registry channel
    REFERENCE = "reference"  # a registered non-contact site (explorer, docs)
    INTERNAL = "internal"  # a link inside this site
    RETIRED = "retired"  # was official, no longer answered
    IMPOSTOR = "impostor"  # reported fake
    LOOKALIKE = "lookalike"  # imitates an official channel or carries the brand
    UNLISTED = "unlisted"  # a contact the registry does not know
    UNSAFE = "unsafe"  # javascript:, data:, vbscript: and the like

    @property
    def passes(self) -> bool:
        return self in _PASSING


_PASSING = frozenset({Verdict.OFFICIAL, Verdict.REFERENCE, Verdict.INTERNAL})


@dataclass(frozen=True, slots=True)
class Judgement:
    """What the registry says about one contact."""

    verdict: Verdict
    contact: Contact | None
    #: Why, in one short English clause: "not in the registry", "reported 2026-05-02".
    why: str
    #: Id of the official channel this is, imitates or replaced it, if any.
    channel_id: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One place a reader could see a contact that does not pass."""

    path: str
    line: int
    judgement: Judgement
    #: The text as found on the page (before normalization).
    raw: str
    #: Where on the page: "markdown", "html", "front-matter", "mkdocs.yml", "template", "qr-image".
    source: str
