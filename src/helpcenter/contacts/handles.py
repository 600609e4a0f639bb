"""Messaging handles and ids: Telegram, X, Discord invites, WeChat and QQ."""

from __future__ import annotations

import re

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.text import clean

#: What each platform allows, and how to write it when a value does not fit.
_RULES: dict[Kind, tuple[re.Pattern[str], str, str]] = {
    Kind.TELEGRAM: (
        re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}"),
        "@",
        "a Telegram username is 4-32 letters, digits or _ starting with a letter, like "
        "@ExampleWalletSupport",
    ),
    Kind.X: (
        re.compile(r"[A-Za-z0-9_]{1,15}"),
        "@",
        "an X handle is 1-15 letters, digits or _, like @ExampleWallet",
    ),
    Kind.DISCORD: (
        re.compile(r"[A-Za-z0-9\-]{2,32}"),
        "",
        "a Discord invite is a code like examplewallet or a link like https://discord.gg/examplewallet",
    ),
    Kind.WECHAT: (
        re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}"),
        "",
        "a WeChat id is 6-20 letters, digits, _ or - starting with a letter, like ExampleWalletCN",
    ),
    Kind.QQ: (
        re.compile(r"[1-9][0-9]{4,11}"),
        "",
        "a QQ number is 5-12 digits not starting with 0",
    ),
}

HANDLE_KINDS = frozenset(_RULES)


def normalize_handle(kind: Kind, raw: str) -> Contact:
    """Lower-case key of a handle or id written with or without "@"."""
    pattern, prefix, how = _RULES[kind]
    handle = clean(raw)
    if prefix and handle.startswith(prefix):
        handle = handle[len(prefix) :]
    if not pattern.fullmatch(handle):
        raise InvalidContact(f"{raw!r} is not a valid {kind} value; {how}")
    return Contact(kind=kind, key=handle.lower(), display=prefix + handle)
