"""What the registry says about one contact: official, reference, retired, impostor, lookalike
or unlisted, with a short reason that names the official alternative."""

from __future__ import annotations

from helpcenter.contacts.handles import handle_kinds
from helpcenter.contacts.kinds import URL_KINDS, Contact, Kind
from helpcenter.contacts.lookalike import brand_token_in, looks_like, skeleton
from helpcenter.contacts.url import key_query, split_key, unicode_host
from helpcenter.guard.finding import Judgement, Verdict
from helpcenter.registry.index import RegistryIndex, exactly, longest_under, match_group
from helpcenter.registry.model import Channel, Registry, Status

__all__ = ["judge", "shown", "unreadable"]

#: Characters of a value compared when choosing the closest official alternative (bounds the cost).
_COMPARED = 128


def judge(contact: Contact, registry: Registry) -> Judgement:
    """Judge one normalized contact against the registry (indexes are built once per registry)."""
    index = registry.index
    # Only web keys match by host and path: ftp://www.example.com is no official page.
    if contact.kind in URL_KINDS and contact.key.startswith("https://"):
        return _judge_site(contact, index)
    return _judge_value(contact, index)


def unreadable(
    raw: str, kind: Kind | None, error: Exception, registry: Registry, *, how: str | None = None
) -> Judgement:
    """A value the text names as a ``kind`` contact that is no valid one. When it is an
    official handle on another platform ("X: @ExampleWalletSupport"), the reason says so;
    ``how`` says how to write it if it is no contact at all (a harmless number)."""
    why = f"unreadable contact: {error}" + (f"; {how}" if how else "")
    index = registry.index
    if kind is not None and kind in handle_kinds():
        key = raw.strip().lstrip("@").lower()
        for official, channel in index.official_handles:
            if official == key and channel.kind is not kind:
                reason = f"{why}; {raw} is {shown(channel)}, our {channel.kind} channel, "
                reason += f"not an account on {kind}"
                wanted = Contact(kind, key, raw)
                return _on_other_platform(Verdict.UNLISTED, None, wanted, channel, reason, index)
    return Judgement(Verdict.UNLISTED, None, why)


def shown(channel: Channel) -> str:
    """How a channel is named in a reason: "help-center (help.example.com)"."""
    value = channel.contact.display
    if channel.kind in URL_KINDS:
        value = value.split("://", 1)[-1]
    return f"{channel.id} ({value})"


def _judge_site(contact: Contact, index: RegistryIndex) -> Judgement:
    authority, path = split_key(contact.key)
    site = exactly(index.channel_sites.get(authority, []), path, key_query(contact.key))
    if site is not None:
        return _known_channel(contact, site.entry, index)
    host = authority.partition(":")[0]
    domain = index.owner(host)
    if domain is not None:
        active = [
            s for s in index.channel_sites.get(authority, []) if s.entry.status is Status.ACTIVE
        ]
        covering = longest_under(active, path)
        if covering is not None:  # a page of one of our channels
            return _known_channel(contact, covering.entry, index)
        channel = _owner_channel(host, index)
        return Judgement(
            Verdict.OFFICIAL,
            contact,
            f"on {unicode_host(domain)}, a domain we own",
            channel.id if channel else None,
        )
    reference = longest_under(index.reference_sites.get(authority, []), path)
    if reference is not None:
        return Judgement(Verdict.REFERENCE, contact, f"registered reference {reference.entry.id}")
    impostor = index.impostor_host(host)
    if impostor is not None:
        return _impostor(contact, impostor.reported_on.isoformat(), index)
    return _lookalike_host(contact, host, index) or _unlisted(contact, index)


def _judge_value(contact: Contact, index: RegistryIndex) -> Judgement:
    group = match_group(contact.kind)
    channels = index.by_key.get((group, contact.key), [])
    for channel in channels:
        if channel.status is Status.ACTIVE and _serves(channel.kind, contact.kind):
            return _known_channel(contact, channel, index)
    impostor = index.impostor_by_key.get((group, contact.key))
    if impostor is not None:
        return _impostor(contact, impostor.reported_on.isoformat(), index)
    for channel in channels:
        if channel.status is Status.RETIRED:
            return _known_channel(contact, channel, index)
    if channels:  # an official number, but not on this kind of channel (wa.me/<hotline>)
        channel = channels[0]
        return Judgement(
            Verdict.UNLISTED,
            contact,
            f"{shown(channel)} is a {channel.kind} channel, not {contact.kind}"
            + _instead(_alternative(contact, index)),
            channel.id,
        )
    if contact.kind is Kind.EMAIL:
        return _judge_email(contact, index)
    if contact.kind in handle_kinds():
        return _lookalike_handle(contact, index) or _unlisted(contact, index)
    return _unlisted(contact, index)


def _owner_channel(host: str, index: RegistryIndex) -> Channel | None:
    """The active web channel a page on one of our domains that no channel covers belongs
    to: one on the same host, else one on the same owned domain (file order)."""
    sites = [c for c in index.registry.channels if c in index.active_by_kind.get(c.kind, [])]
    sites = [c for c in sites if c.kind in URL_KINDS and "://" in c.contact.key]
    hosts = [(split_key(c.contact.key)[0].partition(":")[0], c) for c in sites]
    same = [c for h, c in hosts if h == host]
    if same:
        return same[0]
    domain = index.owner(host)
    return next((c for h, c in hosts if index.owner(h) == domain), None)


def _serves(channel_kind: Kind, contact_kind: Kind) -> bool:
    # A number written in prose is a phone even when the registry lists it for WhatsApp.
    return channel_kind is contact_kind or (
        channel_kind is Kind.WHATSAPP and contact_kind is Kind.PHONE
    )


def _known_channel(contact: Contact, channel: Channel, index: RegistryIndex) -> Judgement:
    if contact.key == channel.contact.key:  # shown as the registry writes it
        contact = Contact(contact.kind, contact.key, channel.contact.display)
    if channel.status is Status.ACTIVE:
        return Judgement(Verdict.OFFICIAL, contact, f"official channel {channel.id}", channel.id)
    retired_on = channel.retired_on.isoformat() if channel.retired_on else "?"
    return Judgement(
        Verdict.RETIRED,
        contact,
        f"{channel.id} was retired on {retired_on}"
        + _instead(_alternative(contact, index, channel.kind)),
        channel.id,
    )


def _impostor(contact: Contact, reported_on: str, index: RegistryIndex) -> Judgement:
    alternative = _alternative(contact, index)
    return Judgement(
        Verdict.IMPOSTOR,
        contact,
        f"reported impostor ({reported_on})" + _instead(alternative),
        alternative.id if alternative else None,
    )


def _judge_email(contact: Contact, index: RegistryIndex) -> Judgement:
    local, _, host = contact.key.rpartition("@")
    impostor = index.impostor_host(host)
    if impostor is not None:
        return _impostor(contact, impostor.reported_on.isoformat(), index)
    if index.is_ours(host):
        for channel in index.active_by_kind.get(Kind.EMAIL, []):
            official_local, _, official_host = channel.contact.key.rpartition("@")
            if official_host == host and looks_like(local, official_local):
                return _lookalike(contact, channel, "lookalike of")
        return _unlisted(contact, index)
    return _lookalike_host(contact, host, index) or _unlisted(contact, index)


def _lookalike_host(contact: Contact, host: str, index: RegistryIndex) -> Judgement | None:
    """A host that looks like an official one or carries the brand, and is not ours."""
    if index.is_ours(host):
        return None
    readable = unicode_host(host)
    host_skeleton = skeleton(readable)
    official_skeletons = [official for _, official, _ in index.official_hosts]
    if host_skeleton in official_skeletons:
        return _lookalike(contact, _closest(contact, index), "lookalike of")
    for official, official_skeleton, channel in index.official_hosts:
        # An official host inside another one ("help.example.com.evil.test"); a host that
        # merely ends like one is a lookalike subdomain, judged below.
        padded = f".{host_skeleton}."
        if f".{official_skeleton}." in padded and not padded.endswith(f".{official_skeleton}."):
            return _lookalike(contact, channel, f"hides {unicode_host(official)} in", suffix=True)
    imitated = any(
        looks_like(label, name)
        for label in readable.split(".")[:-1]  # the top-level label names no one
        for name, _ in index.official_names
    )
    if imitated:
        return _lookalike(contact, _closest(contact, index), "lookalike of")
    token = brand_token_in(readable, index.brand_tokens)
    if token is not None:
        return _brand(contact, token, index)
    return None


def _lookalike_handle(contact: Contact, index: RegistryIndex) -> Judgement | None:
    # Same platform first, then the brand, then an official handle on another platform
    # (a Discord invite named like the Telegram account).
    same = [(key, c) for key, c in index.official_handles if c.kind is contact.kind]
    other = [(key, c) for key, c in index.official_handles if c.kind is not contact.kind]
    for key, channel in same:
        if looks_like(contact.key, key):
            return _lookalike(contact, channel, "lookalike of")
    for key, channel in other:
        if key == contact.key:  # "Telegram: @ExampleWallet": our X name, on Telegram
            reason = f"named like {shown(channel)}, our {channel.kind} channel, but on "
            reason += f"{contact.kind}, where it is not ours"
            return _on_other_platform(Verdict.LOOKALIKE, contact, contact, channel, reason, index)
    token = brand_token_in(contact.key, index.brand_tokens)
    if token is not None:
        return _brand(contact, token, index)
    for key, channel in other:
        if looks_like(contact.key, key):
            return _lookalike(contact, channel, "lookalike of")
    return None


def _lookalike(
    contact: Contact, channel: Channel, relation: str, *, suffix: bool = False
) -> Judgement:
    why = f"{relation} another domain" if suffix else f"{relation} {shown(channel)}"
    if suffix:
        why += f"; official: {shown(channel)}"
    return Judgement(Verdict.LOOKALIKE, contact, why, channel.id)


def _brand(contact: Contact, token: str, index: RegistryIndex) -> Judgement:
    alternative = _alternative(contact, index)
    return Judgement(
        Verdict.LOOKALIKE,
        contact,
        f"carries the brand name {token!r} but is not in the registry" + _instead(alternative),
        alternative.id if alternative else None,
    )


def _unlisted(contact: Contact, index: RegistryIndex) -> Judgement:
    why = "not in the registry" + _instead(_alternative(contact, index))
    return Judgement(Verdict.UNLISTED, contact, why)


def _on_other_platform(
    verdict: Verdict,
    judged: Contact | None,
    wanted: Contact,
    channel: Channel,
    reason: str,
    index: RegistryIndex,
) -> Judgement:
    """Our ``channel``'s name used on another platform: point to that platform's official
    channel most like ``wanted`` if there is one, else to ``channel`` itself."""
    alternative = _alternative(wanted, index)
    fix = alternative.id if alternative else channel.id
    return Judgement(verdict, judged, reason + _instead(alternative), fix)


def _instead(alternative: Channel | None) -> str:
    """The reason's pointer to the official channel to use instead, if there is one."""
    return "" if alternative is None else f"; official {alternative.kind}: {shown(alternative)}"


def _alternative(
    contact: Contact, index: RegistryIndex, kind: Kind | None = None
) -> Channel | None:
    """The active channel of the same kind that looks most like ``contact`` (first on ties)."""
    wanted = kind or contact.kind
    kinds = URL_KINDS if wanted in URL_KINDS else {wanted}
    candidates = [c for c in index.registry.channels if c in index.active_by_kind.get(c.kind, [])]
    candidates = [c for c in candidates if c.kind in kinds]
    if not candidates:
        return None
    target = _plain(contact)
    return max(candidates, key=lambda c: _resemblance(target, _plain(c.contact)))


def _plain(contact: Contact) -> str:
    return skeleton(contact.display.split("://", 1)[-1][:_COMPARED])


def _resemblance(a: str, b: str) -> int:
    """Characters shared at the start plus at the end: cheap, and enough to pick an alternative."""
    return min(_shared_start(a, b) + _shared_start(a[::-1], b[::-1]), max(len(a), len(b)))


def _shared_start(a: str, b: str) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _closest(contact: Contact, index: RegistryIndex) -> Channel:
    """The official channel a lookalike imitates: same kind first, then any with a host."""
    alternative = _alternative(contact, index)
    if alternative is not None:
        return alternative
    target = _plain(contact)
    channels = [channel for _, _, channel in index.official_hosts]
    return max(channels, key=lambda c: _resemblance(target, _plain(c.contact)))
