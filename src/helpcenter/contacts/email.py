"""Email addresses: one case, punycode domain, ``mailto:`` links."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.text import clean
from helpcenter.contacts.url import normalize_host, unicode_host

__all__ = ["normalize_email"]

# Characters that cannot appear unquoted in the local part (quoted local parts are refused).
_LOCAL = re.compile(r"[^ \t\n\r\f@\"(),:;<>\[\]\\]+")
_HOW = "write it as name@example.com"
#: mailto: query fields that add recipients; dropping them would hide a contact.
_RECIPIENT_FIELDS = frozenset({"to", "cc", "bcc"})


def normalize_email(raw: str) -> Contact:
    """Key ``support@example.com`` (lower case, punycode domain); display with Unicode domain."""
    text = clean(raw)
    if text.lower().startswith("mailto:"):
        text, _, query = text[len("mailto:") :].partition("?")
        for name, _value in parse_qsl(query, keep_blank_values=True):
            if name.lower() in _RECIPIENT_FIELDS:
                raise InvalidContact(
                    f"{raw!r} adds recipients with {name}=; link one address, without to/cc/bcc"
                )
        text = unquote(text)
    if "," in text or ";" in text:
        raise InvalidContact(f"{raw!r} holds several addresses; link one address per link")
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        raise InvalidContact(f"{raw!r} is not an email address; {_HOW}")
    if local.startswith('"'):
        raise InvalidContact(f"{raw!r} has a quoted name before @; {_HOW}")
    if not _LOCAL.fullmatch(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        raise InvalidContact(f"{raw!r} has an invalid name before @; {_HOW}")
    host = normalize_host(domain)
    if "." not in host and not host.startswith("["):
        raise InvalidContact(f"{raw!r} has no domain after @; {_HOW}")
    local = local.lower()
    return Contact(kind=Kind.EMAIL, key=f"{local}@{host}", display=f"{local}@{unicode_host(host)}")
