"""Messaging handles and ids (Telegram, X, Discord, WeChat, QQ; LINE, Signal, 抖音 ... which the
registry has no kind for), by the platforms table of the grammar."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.text import clean

__all__ = ["handle_kinds", "normalize_handle", "other_platform_contact", "platforms"]


@cache
def platforms() -> dict[str, Any]:
    """Platform name -> its entry in the grammar (kind, id shape, words ...)."""
    found: dict[str, Any] = grammar()["handles"]["platforms"]
    return found


@cache
def handle_kinds() -> frozenset[Kind]:
    """Registry kinds whose value is a handle or id (not a number or a link)."""
    return frozenset(
        Kind(entry["kind"])
        for entry in platforms().values()
        if entry["kind"] is not None and entry.get("value")
    )


@cache
def _value_pattern(platform: str) -> re.Pattern[str]:
    entry = platforms()[platform]
    return re.compile(entry.get("value") or entry["id"])


def normalize_handle(kind: Kind, raw: str) -> Contact:
    """Lower-case key of a handle or id written with or without "@"."""
    entry = platforms()[kind.value]
    handle = clean(raw)
    prefix = entry["prefix"]
    if prefix and handle.startswith(prefix):
        handle = handle[len(prefix) :]
    if not _value_pattern(kind.value).fullmatch(handle):
        raise InvalidContact(f"{raw!r} is not a valid {kind} value; {entry['how']}")
    return Contact(kind=kind, key=handle.lower(), display=prefix + handle)


def other_platform_contact(platform: str, raw: str) -> Contact:
    """An id on a platform the registry has no kind for ("LINE: @evil"): keyed
    ``line:evil``, so every such id is a contact no registry entry matches."""
    entry = platforms()[platform]
    handle = clean(raw)
    if not _value_pattern(platform).fullmatch(handle):
        raise InvalidContact(f"{raw!r} is not a valid {entry['name']} id")
    key = handle.lower().removeprefix("@")
    return Contact(
        kind=Kind.OTHER_URL, key=f"{platform}:{key}", display=f"{entry['name']} {handle}"
    )
