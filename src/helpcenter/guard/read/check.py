"""Text in, judgements out: de-obfuscate, extract candidates, normalize and judge each one."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, replace
from functools import cache
from urllib.parse import urlsplit

from helpcenter.contacts.grammar import from_units, grammar
from helpcenter.contacts.handles import other_platform_contact
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.normalize import InvalidContact, UnsafeLink, link_contact, normalize
from helpcenter.contacts.phone import normalize_phone
from helpcenter.contacts.url import split_key, under
from helpcenter.guard.finding import Judgement, Verdict
from helpcenter.guard.read.candidate import Candidate
from helpcenter.guard.read.deobfuscate import deobfuscate
from helpcenter.guard.read.extract import extract
from helpcenter.guard.read.judge import judge, unreadable
from helpcenter.registry.model import Registry

__all__ = ["Checker", "Hit", "is_local_host"]

# Markers another hook renders into official channels; they are not contacts themselves.
_MARKER = re.compile(r"\[\[(?:channel|registry):[^\[\]\n]{0,200}\]\]")
# When a candidate has several readings and none passes, report the worst.
_SEVERITY = (
    Verdict.IMPOSTOR,
    Verdict.UNSAFE,
    Verdict.LOOKALIKE,
    Verdict.RETIRED,
    Verdict.UNLISTED,
)
_LOCAL_WHY = "an address on the reader's own machine or network, not a contact"
_IPV4 = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")


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
                raw = from_units(candidate.raw)
                hits.append(Hit(cleaned.origin(candidate.start), raw, judgement))
        return hits

    def judge(self, candidate: Candidate, region: str | None) -> Judgement | None:
        """The verdict on one candidate; None when it turns out not to be a contact at all."""
        key = (
            candidate.kind,
            candidate.kinds,
            candidate.raw,
            candidate.explicit,
            candidate.platform,
            candidate.also,
            candidate.guessed,
            region,
        )
        if key not in self._cache:
            self._cache[key] = self._judge(candidate, region)
        return self._cache[key]

    def _judge(self, candidate: Candidate, region: str | None) -> Judgement | None:
        if candidate.also is not None:  # two readings: the worse one counts
            readings = [
                self._readings(candidate, raw, region) for raw in (candidate.raw, candidate.also)
            ]
            return _worst([j for j in readings if j is not None])
        return self._readings(candidate, candidate.raw, region)

    def _readings(self, candidate: Candidate, raw: str, region: str | None) -> Judgement | None:
        if candidate.kinds:  # passes if official on one platform; else its worst reading
            readings = [self._read(candidate, raw, kind, region) for kind in candidate.kinds]
            judged = [j for j in readings if j is not None]
            passing = [j for j in judged if j.verdict.passes]
            return passing[0] if passing else _worst(judged)
        return self._read(candidate, raw, candidate.kind, region)

    def _read(
        self, candidate: Candidate, raw: str, kind: Kind | None, region: str | None
    ) -> Judgement | None:
        text = from_units(raw)
        try:
            if candidate.platform is not None:
                contact = _platform_contact(candidate.platform, text, region)
            elif kind is None:
                found = link_contact(text, region=region)
                if found is None or self._on_site(found):
                    return Judgement(Verdict.INTERNAL, None, "a link inside this site")
                if found.kind is Kind.WEBSITE and is_local_host(_host(found)):
                    return Judgement(Verdict.INTERNAL, found, _LOCAL_WHY)
                contact = found
            else:
                contact = normalize(kind, text, region=region, strict=False)
        except UnsafeLink as error:
            fix = "remove the link; link an official channel with [[channel:ID]]"
            return Judgement(Verdict.UNSAFE, None, f"{error}; {fix}")
        except InvalidContact as error:
            if not candidate.explicit:
                return None  # looked like a contact by shape only, and is none
            return unreadable(text, kind, error, self.registry, how=_how(candidate, kind))
        judgement = judge(contact, self.registry)
        if candidate.guessed and judgement.verdict is Verdict.UNLISTED:
            how = _how(candidate, kind)
            return replace(judgement, why=f"{judgement.why}; {how}") if how else judgement
        return judgement

    def _on_site(self, contact: Contact) -> bool:
        if self._site is None or contact.kind is not Kind.WEBSITE:
            return False
        authority, path = split_key(contact.key)
        return authority == self._site[0] and under(path, self._site[1])


def _worst(judged: list[Judgement]) -> Judgement | None:
    failing = [j for j in judged if not j.verdict.passes]
    if failing:
        return min(failing, key=lambda j: _SEVERITY.index(j.verdict))
    return judged[0] if judged else None


def _platform_contact(platform: str, text: str, region: str | None) -> Contact:
    """An id or number on a platform the registry has no kind for ("Signal: +1 202 …")."""
    try:
        return other_platform_contact(platform, text)
    except InvalidContact:
        phone = normalize_phone(text, region=region)
        name = grammar()["handles"]["platforms"][platform]["name"]
        return Contact(Kind.OTHER_URL, f"{platform}:{phone.key}", f"{name} {phone.display}")


def _how(candidate: Candidate, kind: Kind | None) -> str | None:
    """What to write instead when a number that may be harmless cannot be read as a phone,
    or when nothing but its shape and place made it a contact (``guessed``)."""
    if kind in (Kind.PHONE, Kind.WHATSAPP) or candidate.platform is not None:
        how: str = grammar()["numbers"]["how"]
        return how
    if candidate.guessed:
        said: str = grammar()["handles"]["how"]
        return said
    return None


def _host(contact: Contact) -> str:
    authority = split_key(contact.key)[0]
    if authority.startswith("["):
        return authority[: authority.find("]") + 1]
    return authority.partition(":")[0]


@cache
def _local_networks() -> tuple[tuple[int, int], ...]:
    """(first, last) IPv4 addresses of the networks on the reader's side, from the grammar."""
    networks = []
    for cidr in grammar()["urls"]["local_networks"]:
        address, _, bits = cidr.partition("/")
        first = _ipv4(address)
        size = 1 << (32 - int(bits))
        networks.append((first, first + size - 1))
    return tuple(networks)


def _ipv4(text: str) -> int:
    value = 0
    for part in text.split("."):
        value = value * 256 + int(part)
    return value


def is_local_host(host: str) -> bool:
    """``localhost``, a loopback, private or link-local address: the reader's own machine or
    network (a local RPC node at 127.0.0.1:8545), which is no contact."""
    if host in grammar()["urls"]["local_hosts"] or host.endswith(".localhost"):
        return True
    if not _IPV4.fullmatch(host) or any(int(p) > 255 for p in host.split(".")):
        return False
    address = _ipv4(host)
    return any(first <= address <= last for first, last in _local_networks())


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
