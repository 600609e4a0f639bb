"""Links to messaging platforms: which handle or number a t.me, x.com, wa.me... link opens
(the hosts are in the grammar's "hosts" table)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.handles import normalize_handle
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.phone import SPACE, normalize_phone
from helpcenter.contacts.url import WebAddress

__all__ = ["app_link_contact", "platform_contact"]


def _hosts() -> dict[str, Any]:
    found: dict[str, Any] = grammar()["hosts"]
    return found


def platform_contact(address: WebAddress) -> Contact | None:
    """The messaging contact a web link opens, or None if it is an ordinary page."""
    hosts = _hosts()
    host = address.host
    for prefix in hosts["dropped_prefixes"]:
        host = host.removeprefix(prefix)
    parts = address.segments
    if host in hosts["telegram"]:
        return _telegram(parts[1:] if parts[:1] == ["s"] else parts)
    if host.endswith(".t.me"):  # handle.t.me
        return normalize_handle(Kind.TELEGRAM, host.removesuffix(".t.me"))
    if host in hosts["x"]:
        return _x(parts, address.query)
    # An invite is the whole path: discord.gg/<code>/more is another page, judged as a URL.
    if host in hosts["discord_invite"] and len(parts) == 1:
        return normalize_handle(Kind.DISCORD, parts[0])
    if host in hosts["discord"] and len(parts) == 2 and parts[0] == "invite":
        return normalize_handle(Kind.DISCORD, parts[1])
    if host in hosts["whatsapp_short"] and parts:
        return _whatsapp_number(parts[0], address)
    if host in hosts["whatsapp"] and parts[:1] == ["send"]:
        return _whatsapp_query(address.query, address.display)
    return None


def app_link_contact(scheme: str, rest: str) -> Contact | None:
    """tg://resolve?domain=x and whatsapp://send?phone=..., or None for other app links."""
    target, _, query = rest.lstrip("/").partition("?")
    fields = parse_qs(query)
    if scheme == "tg":
        if target == "resolve" and "domain" in fields:
            return normalize_handle(Kind.TELEGRAM, fields["domain"][0])
        if target == "join" and "invite" in fields:
            return _telegram_invite(fields["invite"][0])
        raise InvalidContact(f"tg:{rest} does not name an account; link https://t.me/<username>")
    if scheme == "whatsapp":
        return _whatsapp_query(query, f"{scheme}:{rest}")
    return None


def _telegram(parts: list[str]) -> Contact | None:
    if not parts:
        return None
    first = parts[0]
    if first == "joinchat" and len(parts) > 1:
        return _telegram_invite(parts[1])
    if first.startswith("+"):
        return _telegram_invite(first[1:])
    return normalize_handle(Kind.TELEGRAM, first)


def _telegram_invite(code: str) -> Contact:
    # Invite codes are case-sensitive, unlike usernames, so the key keeps the case.
    return Contact(kind=Kind.TELEGRAM, key=f"+{code}", display=f"https://t.me/+{code}")


def _x(parts: list[str], query: str) -> Contact | None:
    if not parts:
        return None
    if parts[0] == "intent" and "screen_name" in (fields := parse_qs(query)):
        return normalize_handle(Kind.X, fields["screen_name"][0])
    if parts[0].lower() in _hosts()["x_pages"]:
        return None
    return normalize_handle(Kind.X, parts[0])


def _whatsapp_number(digits: str, address: WebAddress) -> Contact:
    if digits == "message":
        raise InvalidContact(
            f"{address.display} is a WhatsApp short link that hides its number; "
            "link https://wa.me/<number> instead"
        )
    return normalize_phone("+" + digits.lstrip("+"), kind=Kind.WHATSAPP)


def _whatsapp_query(query: str, shown: str) -> Contact:
    phones = parse_qs(query).get("phone")
    if not phones:
        raise InvalidContact(f"{shown} names no phone; link https://wa.me/<number>")
    return normalize_phone("+" + phones[0].strip(SPACE).lstrip("+"), kind=Kind.WHATSAPP)
