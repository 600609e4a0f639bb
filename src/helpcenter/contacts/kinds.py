"""The kinds of contact channel the registry knows and the guard looks for."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["URL_KINDS", "Contact", "Kind"]


class Kind(StrEnum):
    WEBSITE = "website"
    EMAIL = "email"
    PHONE = "phone"
    TELEGRAM = "telegram"
    X = "x"
    DISCORD = "discord"
    WHATSAPP = "whatsapp"
    WECHAT = "wechat"
    QQ = "qq"
    APP_STORE = "app-store"
    OTHER_URL = "other-url"


#: Kinds whose value is a web address; they are matched by host and path prefix.
URL_KINDS = frozenset({Kind.WEBSITE, Kind.APP_STORE, Kind.OTHER_URL})


@dataclass(frozen=True, slots=True)
class Contact:
    """A contact value in canonical form: two spellings of one channel compare equal.

    ``key`` is the canonical form per family: ``+12025550142`` for phones (and WhatsApp
    numbers), ``support@example.com`` for emails, ``https://help.example.com/path`` for URLs
    (lower-case IDNA host, no default port, no trailing dot, no userinfo, no query/fragment),
    and the lower-cased handle or invite code for messaging kinds (``examplewalletsupport``).
    """

    kind: Kind
    key: str
    #: The value as a reader would write it (for messages): "+1 202-555-0142", "@ExampleWallet".
    display: str
