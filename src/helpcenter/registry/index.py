"""Lookup tables over a registry, built once so the guard can judge thousands of values."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from helpcenter.contacts.handles import HANDLE_KINDS
from helpcenter.contacts.kinds import URL_KINDS, Contact, Kind
from helpcenter.contacts.lookalike import skeleton
from helpcenter.contacts.url import split_key, under, unicode_host
from helpcenter.registry.model import Channel, Impostor, Reference, Registry, Status

if TYPE_CHECKING:
    from helpcenter.guard.finding import Judgement

T = TypeVar("T")
#: Second-level labels under which names are registered ("example.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})


def match_group(kind: Kind) -> str:
    """Kinds whose keys name the same thing: every URL kind, and a phone and WhatsApp number."""
    if kind in URL_KINDS:
        return "url"
    if kind in (Kind.PHONE, Kind.WHATSAPP):
        return "phone"
    return kind.value


def registrable_domain(host: str) -> str:
    """The name someone registered: example.com for help.example.com (no public-suffix list)."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def host_of(contact: Contact) -> str | None:
    """The host a URL or email contact points at."""
    if contact.kind is Kind.EMAIL:
        return contact.key.rpartition("@")[2]
    if "://" in contact.key:
        authority = split_key(contact.key)[0]
        if authority.startswith("["):  # an IPv6 literal keeps its colons
            return authority.partition("]")[0] + "]"
        return authority.partition(":")[0]
    return None


@dataclass(frozen=True, slots=True)
class Site(Generic[T]):
    """A URL entry: everything under ``path`` on ``authority`` belongs to ``entry``."""

    authority: str
    path: str
    entry: T


def longest_under(sites: list[Site[T]], path: str) -> Site[T] | None:
    """The most specific site whose path covers ``path``."""
    matches = [site for site in sites if under(path, site.path)]
    return max(matches, key=lambda site: len(site.path), default=None)


class RegistryIndex:
    """The registry arranged for judging: by canonical key, by host, by skeleton."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.brand_tokens = registry.brand.tokens
        self.by_key: dict[tuple[str, str], list[Channel]] = defaultdict(list)
        self.impostor_by_key: dict[tuple[str, str], Impostor] = {}
        self.channel_sites: dict[str, list[Site[Channel]]] = defaultdict(list)
        self.reference_sites: dict[str, list[Site[Reference]]] = defaultdict(list)
        self.impostor_sites: dict[str, list[Site[Impostor]]] = defaultdict(list)
        self.active_by_kind: dict[Kind, list[Channel]] = defaultdict(list)
        #: (ASCII host, skeleton of its Unicode form, channel) of active URL and email channels.
        self.official_hosts: list[tuple[str, str, Channel]] = []
        #: Registrable domains of official hosts: their other subdomains are ours, not lookalikes.
        self.official_domains: set[str] = set()
        #: (skeleton of the registered name "example", channel) for label-by-label comparison.
        self.official_names: list[tuple[str, Channel]] = []
        self.official_handles: list[tuple[str, Channel]] = []
        self.impostor_hosts: dict[str, Impostor] = {}
        #: Judgements already made (by the guard), keyed by contact: pages repeat contacts.
        self.judged: dict[Contact, Judgement] = {}
        for channel in registry.channels:
            self._add_channel(channel)
        for reference in registry.references:
            authority, path = split_key(reference.contact.key)
            self.reference_sites[authority].append(Site(authority, path, reference))
        for impostor in registry.impostors:
            self._add_impostor(impostor)
        #: Labels in the deepest impostor host: how far up a host's parents need checking.
        self.impostor_depth = max((h.count(".") + 1 for h in self.impostor_hosts), default=0)

    def _add_channel(self, channel: Channel) -> None:
        contact = channel.contact
        self.by_key[match_group(channel.kind), contact.key].append(channel)
        if contact.kind in URL_KINDS:
            authority, path = split_key(contact.key)
            self.channel_sites[authority].append(Site(authority, path, channel))
        if channel.status is not Status.ACTIVE:
            return
        self.active_by_kind[channel.kind].append(channel)
        host = host_of(contact)
        if host is not None:
            self.official_hosts.append((host, skeleton(unicode_host(host)), channel))
            domain = registrable_domain(host)
            self.official_domains.add(domain)
            name = unicode_host(domain).split(".")[0]
            self.official_names.append((skeleton(name), channel))
        if channel.kind in HANDLE_KINDS:
            self.official_handles.append((contact.key, channel))

    def _add_impostor(self, impostor: Impostor) -> None:
        contact = impostor.contact
        self.impostor_by_key[match_group(impostor.kind), contact.key] = impostor
        if contact.kind in URL_KINDS:
            authority, path = split_key(contact.key)
            self.impostor_sites[authority].append(Site(authority, path, impostor))
            self.impostor_hosts[authority.partition(":")[0]] = impostor
        elif contact.kind is Kind.EMAIL:
            self.impostor_hosts.setdefault(contact.key.rpartition("@")[2], impostor)

    def is_ours(self, host: str) -> bool:
        """Whether ``host`` is under a domain the brand owns (help.example.com, x.example.com)."""
        return registrable_domain(host) in self.official_domains

    def impostor_host(self, host: str) -> Impostor | None:
        """The reported impostor whose host is ``host`` or a parent of it."""
        depth = self.impostor_depth
        labels = host.rsplit(".", depth)[-depth:] if depth else []
        for start in range(len(labels)):
            found = self.impostor_hosts.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None
