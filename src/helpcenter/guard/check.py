"""Text in, judgements out: de-obfuscate, extract candidates, normalize and judge each one."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.normalize import InvalidContact, UnsafeLink, link_contact, normalize
from helpcenter.contacts.url import split_key, under
from helpcenter.guard.candidate import Candidate
from helpcenter.guard.deobfuscate import deobfuscate
from helpcenter.guard.extract import extract
from helpcenter.guard.finding import Judgement, Verdict
from helpcenter.guard.judge import judge, unreadable
from helpcenter.registry.model import Registry

# Markers another hook renders into official channels; they are not contacts themselves.
_MARKER = re.compile(r"\[\[(?:channel|registry):[^\[\]\n]{0,200}\]\]")
# When a handle could be on several platforms and none is official, report the worst reading.
_SEVERITY = (
    Verdict.IMPOSTOR,
    Verdict.UNSAFE,
    Verdict.LOOKALIKE,
    Verdict.RETIRED,
    Verdict.UNLISTED,
)


@dataclass(frozen=True, slots=True)
class Hit:
    """A judged candidate at ``offset`` of the original text."""

    offset: int
    raw: str
    judgement: Judgement


class Checker:
    """Judges candidates against one registry, remembering each answer (pages repeat them)."""

    def __init__(self, registry: Registry, *, site_url: str | None = None) -> None:
        """``site_url``: the address the site is built for; links under it are the site's own
        (``mkdocs serve`` builds for its own address, http://127.0.0.1:8000/)."""
        self.registry = registry
        self._cache: dict[tuple[object, ...], Judgement | None] = {}
        self._site = _site_key(site_url)

    def check_text(self, text: str, *, region: str | None = None) -> list[Hit]:
        """Every candidate in ``text`` with its judgement, passing ones included."""
        cleaned = deobfuscate(_MARKER.sub(lambda m: " " * len(m.group()), text))
        hits = []
        for candidate in extract(cleaned.text):
            judgement = self.judge(candidate, region)
            if judgement is not None:
                hits.append(Hit(cleaned.origin(candidate.start), candidate.raw, judgement))
        return hits

    def judge(self, candidate: Candidate, region: str | None) -> Judgement | None:
        """The verdict on one candidate; None when it turns out not to be a contact at all."""
        key = (candidate.kind, candidate.kinds, candidate.raw, candidate.explicit, region)
        if key not in self._cache:
            self._cache[key] = self._judge(candidate, region)
        return self._cache[key]

    def _judge(self, candidate: Candidate, region: str | None) -> Judgement | None:
        if candidate.kinds:
            readings = [self._read(candidate, kind, region) for kind in candidate.kinds]
            judged = [j for j in readings if j is not None]
            passing = [j for j in judged if j.verdict.passes]
            if passing or not judged:
                return passing[0] if passing else None
            return min(judged, key=lambda j: _SEVERITY.index(j.verdict))
        return self._read(candidate, candidate.kind, region)

    def _read(
        self, candidate: Candidate, kind: Kind | None, region: str | None
    ) -> Judgement | None:
        try:
            if kind is None:
                contact = link_contact(candidate.raw, region=region)
                if contact is None or self._on_site(contact):
                    return Judgement(Verdict.INTERNAL, None, "a link inside this site")
            else:
                contact = normalize(kind, candidate.raw, region=region)
        except UnsafeLink as error:
            fix = "remove the link; link an official channel with [[channel:ID]]"
            return Judgement(Verdict.UNSAFE, None, f"{error}; {fix}")
        except InvalidContact as error:
            if not candidate.explicit:
                return None  # looked like a contact by shape only, and is none
            return unreadable(candidate.raw, kind, error, self.registry)
        return judge(contact, self.registry)

    def _on_site(self, contact: Contact) -> bool:
        if self._site is None or contact.kind is not Kind.WEBSITE:
            return False
        authority, path = split_key(contact.key)
        return authority == self._site[0] and under(path, self._site[1])


def _site_key(site_url: str | None) -> tuple[str, str] | None:
    """(authority, path) of the site's own address, as web contacts are keyed, when it is on
    this machine (what ``mkdocs serve`` sets). A public address is not taken on trust: it comes
    from mkdocs.yml, which a change could point anywhere, and the registry lists the real one."""
    if not site_url or not _on_this_machine(urlsplit(site_url).hostname or ""):
        return None
    contact = link_contact(site_url)
    if contact is None or contact.kind is not Kind.WEBSITE:
        return None
    authority, path = split_key(contact.key)
    return authority, path.rstrip("/")


def _on_this_machine(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified
