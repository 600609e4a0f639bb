"""Demo mode (``demo: true``): every value must be reserved, so the demo can never send a
reader to a real company, person or phone.

Reserved: example.com and its subdomains and any name under ``.example`` or ``.test``
(RFC 2606); the fictional numbers +1 202 555 01xx (NANPA) and +44 20 7946 0xxx (Ofcom's
drama range), compared as E.164 so no spelling slips through. Handles on messaging platforms
(Telegram, X, Discord, WeChat, QQ) cannot be reserved: anyone may register any name, so they
are allowed, and the demo notice on every page says the contacts are fictional.
"""

from __future__ import annotations

import re

from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.registry.index import host_of

RESERVED_DOMAINS = "example.com (or a subdomain of it), or a name under .example or .test"
RESERVED_PHONES = "+1 202 555 01xx or +44 20 7946 0xxx"
_PHONE = re.compile(r"\+120255501[0-9]{2}|\+442079460[0-9]{3}")
_HOST = re.compile(r"(?:[a-z0-9_\-]+\.)*(?:example\.com|[a-z0-9_\-]+\.(?:example|test))")
_REAL_BRAND = "a real brand's registry sets demo: false"


def is_reserved_host(host: str) -> bool:
    """``help.example.com``, ``docs.chain.example``, ``examp1e.test``; not ``example.org``."""
    return _HOST.fullmatch(host) is not None


def is_reserved_phone(e164: str) -> bool:
    return _PHONE.fullmatch(e164) is not None


def demo_problem(contact: Contact) -> tuple[str, str] | None:
    """Message and fix when ``contact`` is outside the reserved ranges; None when reserved or
    a handle (which nothing can reserve)."""
    if contact.kind in (Kind.PHONE, Kind.WHATSAPP):
        if is_reserved_phone(contact.key):
            return None
        return (
            f"{contact.display} is not a fictional number ({contact.key} is outside "
            f"{RESERVED_PHONES})",
            f"use a number in {RESERVED_PHONES}; {_REAL_BRAND}",
        )
    host = host_of(contact)
    if host is None or is_reserved_host(host):
        return None
    return (
        f"{host} is not a reserved domain",
        f"use {RESERVED_DOMAINS}; {_REAL_BRAND}",
    )
