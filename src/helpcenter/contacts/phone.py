"""Phone numbers to E.164 with ``phonenumbers``."""

from __future__ import annotations

import re
from urllib.parse import unquote

import phonenumbers

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.text import clean

_LINK_SCHEMES = ("tel:", "sms:", "smsto:", "callto:", "facetime:", "facetime-audio:")
# Digits and the separators people put between them; anything else is not a phone number.
_WRITTEN = re.compile(r"\+?[0-9 ().\-/\u00a0]+")
_HOW = "write it as +<country code> <number>, like +1 202-555-0142"


def normalize_phone(raw: str, *, region: str | None = None, kind: Kind = Kind.PHONE) -> Contact:
    """E.164 key (``+12025550142``) and international display (``+1 202-555-0142``).

    Accepts full-width digits, spaces, dashes, dots, parentheses, ``00``/``+`` prefixes and
    tel:/sms: links; ``region`` (ISO code such as "CN", "US", "GB") reads national numbers.
    """
    text = clean(raw)
    lower = text.lower()
    for scheme in _LINK_SCHEMES:
        if lower.startswith(scheme):
            text = unquote(text[len(scheme) :].lstrip("/"))
            text = re.split(r"[;?,]", text, maxsplit=1)[0]  # ;ext=, ?body=, sms:a,b
            break
    text = text.strip()
    if not _WRITTEN.fullmatch(text) or not any(c.isdigit() for c in text):
        raise InvalidContact(f"{raw!r} is not a phone number; {_HOW}")
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+") and region is None:
        raise InvalidContact(f"{raw!r} has no country code; {_HOW}")
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException as error:
        raise InvalidContact(f"{raw!r} is not a phone number ({error}); {_HOW}") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidContact(f"{raw!r} is not a valid phone number; {_HOW}")
    return Contact(
        kind=kind,
        key=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        display=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
    )
