"""Any written contact to its canonical :class:`Contact`: the guard's single entry point."""

from __future__ import annotations

from helpcenter.contacts.email import normalize_email
from helpcenter.contacts.errors import InvalidContact, UnsafeLink
from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.handles import handle_kinds, normalize_handle
from helpcenter.contacts.kinds import URL_KINDS, Contact, Kind
from helpcenter.contacts.phone import normalize_phone
from helpcenter.contacts.platforms import app_link_contact, platform_contact
from helpcenter.contacts.text import clean
from helpcenter.contacts.url import looks_like_host, parse_web_address, split_scheme, unsafe_schemes

__all__ = ["InvalidContact", "UnsafeLink", "link_contact", "normalize"]


def normalize(kind: Kind, raw: str, *, region: str | None = None, strict: bool = True) -> Contact:
    """``raw`` read as a contact of ``kind``; raises InvalidContact saying how to write it.

    Links are accepted for every kind ("https://t.me/x" for Telegram, "mailto:" for email)
    as long as they open a contact of that kind. ``strict`` (the registry's own values) also
    checks phone numbers with ``phonenumbers``; text is read with ``strict=False``.
    """
    if kind is Kind.PHONE:
        return normalize_phone(raw, region=region, strict=strict)
    if kind is Kind.EMAIL:
        return normalize_email(raw)
    if kind in URL_KINDS:
        contact = _link_or_invalid(raw, region)
        if contact.kind is not Kind.WEBSITE:
            raise _wrong_kind(kind, raw, contact)
        return Contact(kind=kind, key=contact.key, display=contact.display)
    if _is_link(raw):
        contact = _link_or_invalid(raw, region)
        if contact.kind is not kind:
            raise _wrong_kind(kind, raw, contact)
        if strict and kind is Kind.WHATSAPP:  # the number a wa.me link opens, checked alike
            return normalize_phone(contact.key, kind=kind, strict=True)
        return contact
    if kind is Kind.WHATSAPP:
        return normalize_phone(raw, region=region, kind=Kind.WHATSAPP, strict=strict)
    if kind in handle_kinds():
        return normalize_handle(kind, raw)
    raise InvalidContact(f"unknown contact kind {kind!r}")  # pragma: no cover - Kind is closed


def link_contact(href: str, *, region: str | None = None) -> Contact | None:
    """The contact an href or bare URL opens; None for links inside the site.

    Raises UnsafeLink for javascript:, data: and similar schemes, InvalidContact for garbage.
    """
    text = clean(href).replace("\\", "/")
    if not text:
        return None
    scheme, rest = split_scheme(text)
    if scheme is None:
        return _schemeless(text, region)
    urls = grammar()["urls"]
    if scheme in unsafe_schemes():
        raise UnsafeLink(f"{href!r} uses the {scheme}: scheme, which runs code or reads local data")
    if scheme in urls["web"]:
        address = parse_web_address(scheme, rest)
        return platform_contact(address) or Contact(Kind.WEBSITE, address.key, address.display)
    if scheme == "mailto":
        return normalize_email(text)
    if scheme in urls["phone"]:
        return normalize_phone(text, region=region)
    app = app_link_contact(scheme, rest)
    if app is not None:
        return app
    # Any other scheme opens an app or a site we do not know: a contact the registry must list.
    return Contact(Kind.OTHER_URL, f"{scheme}:{rest}", text)


def _schemeless(text: str, region: str | None) -> Contact | None:
    if text.startswith("//"):
        address = parse_web_address("https", text)
        return platform_contact(address) or Contact(Kind.WEBSITE, address.key, address.display)
    if text.startswith(("/", "#", "?", ".")):
        return None
    first = text.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if "@" in first and "/" not in text and looks_like_host(first.rpartition("@")[2]):
        return normalize_email(text)
    if looks_like_host(first):
        address = parse_web_address("https", text)
        return platform_contact(address) or Contact(Kind.WEBSITE, address.key, address.display)
    return None


def _is_link(raw: str) -> bool:
    text = clean(raw)
    scheme, _ = split_scheme(text)
    if scheme is not None:
        return True
    first = text.split("/", 1)[0]
    return "/" in text and looks_like_host(first)


def _link_or_invalid(raw: str, region: str | None) -> Contact:
    contact = link_contact(raw, region=region)
    if contact is None:
        raise InvalidContact(
            f"{raw!r} is a relative link; write the full address, like https://example.com"
        )
    return contact


def _wrong_kind(kind: Kind, raw: str, contact: Contact) -> InvalidContact:
    return InvalidContact(f"{raw!r} is a {contact.kind} link, not a {kind} value")
