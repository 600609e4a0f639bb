"""Lookup tables over a registry, built once so the guard can judge thousands of values."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, TypeVar

from helpcenter.contacts.handles import handle_kinds
from helpcenter.contacts.kinds import URL_KINDS, Contact, Kind
from helpcenter.contacts.lookalike import skeleton
from helpcenter.contacts.suffixes import public_suffix, registrable_domain
from helpcenter.contacts.url import key_query, split_key, under, unicode_host
from helpcenter.registry.model import Channel, Impostor, Reference, Registry, Status

__all__ = [
    "RegistryIndex",
    "Site",
    "exactly",
    "host_of",
    "longest_under",
    "match_group",
    "registered_name",
]

T = TypeVar("T")


def match_group(kind: Kind) -> str:
    """Kinds whose keys name the same thing: every URL kind, and a phone and WhatsApp number."""
    if kind in URL_KINDS:
        return "url"
    if kind in (Kind.PHONE, Kind.WHATSAPP):
        return "phone"
    return kind.value


def registered_name(host: str) -> str:
    """The name under the public suffix that someone registered: "example" for
    help.example.co.uk (the host itself when it is a public suffix)."""
    domain = registrable_domain(host) or host
    return domain[: -len(public_suffix(domain)) - 1] if "." in domain else domain


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
    """A URL entry on ``authority``: exactly ``path`` and ``query`` (a channel), or everything
    under ``path`` (a reference)."""

    authority: str
    path: str
    entry: T
    query: str = ""


def exactly(sites: list[Site[T]], path: str, query: str) -> Site[T] | None:
    """The site whose path and query are exactly these (a channel's URL, compared as opened)."""
    return next((site for site in sites if site.path == path and site.query == query), None)


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
        #: Domains the brand owns: any web address on them or below them is official.
        self.owned_domains: tuple[str, ...] = registry.brand.domains or ()
        #: (skeleton of the registered name "example", channel) for label-by-label comparison.
        self.official_names: list[tuple[str, Channel]] = []
        self.official_handles: list[tuple[str, Channel]] = []
        self.impostor_hosts: dict[str, Impostor] = {}
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
        if contact.kind in URL_KINDS and "://" in contact.key:
            authority, path = split_key(contact.key)
            site = Site(authority, path, channel, key_query(contact.key))
            self.channel_sites[authority].append(site)
        if channel.status is not Status.ACTIVE:
            return
        self.active_by_kind[channel.kind].append(channel)
        host = host_of(contact)
        if host is not None:
            self.official_hosts.append((host, skeleton(unicode_host(host)), channel))
            name = unicode_host(registered_name(host))
            self.official_names.append((skeleton(name), channel))
        if channel.kind in handle_kinds():
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

    def owner(self, host: str) -> str | None:
        """The owned domain ``host`` is, or is under (help.example.com: example.com)."""
        return next((d for d in self.owned_domains if host == d or host.endswith("." + d)), None)

    def is_ours(self, host: str) -> bool:
        """Whether ``host`` is a domain the brand owns or below one (help.example.com)."""
        return self.owner(host) is not None

    def impostor_host(self, host: str) -> Impostor | None:
        """The reported impostor whose host is ``host`` or a parent of it."""
        depth = self.impostor_depth
        labels = host.rsplit(".", depth)[-depth:] if depth else []
        for start in range(len(labels)):
            found = self.impostor_hosts.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None
