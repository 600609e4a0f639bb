"""Phone numbers to their canonical value (E.164, ``+12025550142``) by the calling-code table
(``phone_data``), the same way in the checker; the registry's own values are also checked with
``phonenumbers`` itself (``strict``)."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote

import phonenumbers

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.phone_data import phone_data
from helpcenter.contacts.text import clean

__all__ = ["normalize_phone", "number_digits", "without_trunk_prefix"]

_HOW = "write it as +<country code> <number>, like +1 202-555-0142"
_NOT_DIGIT = re.compile(r"[^0-9]")
_SPLIT_LINK = re.compile(r"[;?,]")
#: White space stripped around a number (ASCII's: the checker strips the same).
SPACE = " \t\n\r\x0b\x0c"


@cache
def _written() -> re.Pattern[str]:
    """Digits (after folding) with the separators people put between them, maybe a + first."""
    separators = grammar()["numbers"]["separators"]
    return re.compile(rf"\+?[ \t]*[0-9{separators}]+")


@cache
def _number_letters() -> dict[int, str]:
    numbers = grammar()["numbers"]
    table = {**numbers["chinese_digits"], **numbers["letter_digits"]}
    return {ord(char): digit for char, digit in table.items()}


def number_digits(text: str) -> str:
    """``text`` with Chinese numerals and the letters written for digits (O, l) as digits."""
    return text.translate(_number_letters())


def normalize_phone(
    raw: str, *, region: str | None = None, kind: Kind = Kind.PHONE, strict: bool = False
) -> Contact:
    """E.164 key and a display: ``+<calling code><national number>``. Accepts every kind of
    digit, separators, ``00``/``+`` prefixes, a trunk prefix ("(0)") and tel:/sms: links;
    ``region`` (ISO code such as "CN", "US") reads numbers written without a country code.
    ``strict`` (registry values) also requires ``phonenumbers`` to find the number valid."""
    text = clean(raw)
    lower = text.lower()
    for scheme in grammar()["urls"]["phone"]:
        if lower.startswith(scheme + ":"):
            text = unquote(text[len(scheme) + 1 :].lstrip("/"))
            text = _SPLIT_LINK.split(text, maxsplit=1)[0]  # ;ext=, ?body=, sms:a,b
            break
    text = number_digits(text).strip(SPACE)
    if not _written().fullmatch(text) or not any("0" <= c <= "9" for c in text):
        raise InvalidContact(f"{raw!r} is not a phone number; {_HOW}")
    digits = _NOT_DIGIT.sub("", text)
    international = text.startswith("+")
    if not international and text.startswith("00"):
        international, digits = True, digits[2:]
    data = phone_data()
    if international:
        code = next((digits[:n] for n in (1, 2, 3) if digits[:n] in data["codes"]), None)
        if code is None:
            raise InvalidContact(f"{raw!r} has no known country code; {_HOW}")
        national = digits[len(code) :]
    else:
        code = data["regions"].get(region or "")
        if code is None:
            raise InvalidContact(f"{raw!r} has no country code; {_HOW}")
        national = digits
    rules = data["codes"][code]
    national = without_trunk_prefix(national, rules["prefix"], rules["lengths"])
    if len(national) not in rules["lengths"]:
        raise InvalidContact(f"{raw!r} is not a valid phone number; {_HOW}")
    key = f"+{code}{national}"
    contact = Contact(kind=kind, key=key, display=f"+{code} {national}")
    return _checked(contact, raw) if strict else contact


def without_trunk_prefix(national: str, prefix: str, lengths: list[int]) -> str:
    """The national number without the trunk prefix dialled before it at home ("0" in
    "+44 (0)20 …", "1" in "1 202 …"), when what is left has a possible length."""
    if prefix and national.startswith(prefix) and len(national) - len(prefix) in lengths:
        return national[len(prefix) :]
    return national


def _checked(contact: Contact, raw: str) -> Contact:
    """The registry's values: valid for ``phonenumbers``, and read the same by it."""
    try:
        number = phonenumbers.parse(contact.key, None)
    except phonenumbers.NumberParseException as error:
        raise InvalidContact(f"{raw!r} is not a phone number ({error}); {_HOW}") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidContact(f"{raw!r} is not a valid phone number; {_HOW}")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if e164 != contact.key:  # pragma: no cover - the table comes from phonenumbers itself
        raise InvalidContact(f"{raw!r} reads as {contact.key}, not {e164}; {_HOW}")
    display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return Contact(kind=contact.kind, key=contact.key, display=display)
