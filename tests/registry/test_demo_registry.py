"""The demo registry holds fictional, reserved values only."""

from __future__ import annotations

import re
from pathlib import Path

from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.registry.index import host_of
from helpcenter.registry.loader import load_registry

ROOT = Path(__file__).resolve().parents[2]
#: example.com and the .example / .test top-level domains (RFC 2606), and the two fictional
#: number ranges: +1 202 555 01xx and +44 20 7946 0xxx (Ofcom drama numbers).
RESERVED_HOST = re.compile(r"(^|\.)(example\.com|[a-z0-9-]+\.example|[a-z0-9-]+\.test)$")
RESERVED_PHONE = re.compile(r"\+1202555 01\d\d|\+44207946 0\d\d\d".replace(" ", ""))


def is_reserved(contact: Contact) -> bool:
    host = host_of(contact)
    if host is not None:
        return RESERVED_HOST.search(host) is not None
    if contact.key.startswith("+"):
        return RESERVED_PHONE.fullmatch(contact.key) is not None
    return True  # handles and ids are not routable on their own


def test_demo_registry_uses_only_reserved_values() -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    entries = [*registry.channels, *registry.references, *registry.impostors]
    assert [entry.contact.key for entry in entries if not is_reserved(entry.contact)] == []
    phones = [e.contact.key for e in entries if e.contact.key.startswith("+")]
    assert len(phones) == 6


def test_reserved_check_tells_reserved_hosts_from_others() -> None:
    assert is_reserved(Contact(Kind.WEBSITE, "https://docs.chain.example/x", ""))
    assert is_reserved(Contact(Kind.EMAIL, "a@examp1e.test", ""))
    assert not is_reserved(Contact(Kind.WEBSITE, "https://example.org", ""))
    assert not is_reserved(Contact(Kind.WEBSITE, "https://example.com.evil.example.org", ""))
    assert not is_reserved(Contact(Kind.EMAIL, "a@test.org", ""))
