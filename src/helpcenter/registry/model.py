"""The registry's data model: what the security team writes in ``registry/channels.yml``.

Each field carries a one-line docstring; the loader validates against these and the JSON
Schema for editors is generated from the same declarations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from helpcenter.contacts.kinds import Contact, Kind

if TYPE_CHECKING:
    from helpcenter.registry.index import RegistryIndex

#: The languages registry texts are written in: the fields of ``Localized``. The build checks
#: that they cover every language the site's i18n configuration builds (mkdocs.yml).
LANGUAGES = ("zh", "en")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Status(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in every site language, as plain text: no HTML or Markdown."""

    zh: str
    """Simplified Chinese."""
    en: str
    """English."""

    def get(self, lang: str) -> str:
        """The text in the language of ``lang`` (a locale: "zh_CN" is "zh")."""
        key = lang.replace("-", "_").split("_", 1)[0].lower()
        if key not in LANGUAGES:
            raise KeyError(f"registry texts have no {lang!r}: they are written in {LANGUAGES}")
        return str(getattr(self, key))


@dataclass(frozen=True, slots=True)
class Hours:
    """When a channel is staffed."""

    timezone: str
    """IANA time zone the hours are written in, e.g. Asia/Shanghai."""
    days: tuple[str, ...]
    """Staffed weekdays: mon tue wed thu fri sat sun."""
    open: dt.time
    """Opening time, HH:MM, in ``timezone``."""
    close: dt.time
    """Closing time, HH:MM, in ``timezone``; earlier than ``open`` means past midnight."""
    holiday_note: Localized | None = None
    """What changes on public holidays."""


@dataclass(frozen=True, slots=True)
class Channel:
    """An official contact channel."""

    id: str
    """Stable id that pages reference, lower-kebab-case."""
    kind: Kind
    """website, email, phone, telegram, x, discord, whatsapp, wechat, qq, app-store, other-url."""
    value: str
    """The value as it is published: a URL, address, number or @handle."""
    label: Localized
    """Name of the channel shown to readers."""
    purpose: Localized | None
    """What the channel is for."""
    status: Status
    """active, or retired (no longer answered)."""
    retired_on: dt.date | None
    """Date the channel stopped being answered; required when retired."""
    hours: Hours | None
    """When the channel is staffed; absent for always-available channels."""
    languages: tuple[str, ...]
    """Languages support answers in on this channel."""
    contact: Contact
    """``value`` in canonical form."""
    line: int = 0
    """Line of the entry in the registry file."""


@dataclass(frozen=True, slots=True)
class Reference:
    """An external site pages may link to that is not a contact channel (explorers, docs)."""

    id: str
    """Stable id, lower-kebab-case."""
    url: str
    """Base URL; links to it and below it pass the guard."""
    label: Localized
    """Name shown to readers."""
    contact: Contact
    """``url`` in canonical form."""
    line: int = 0
    """Line of the entry in the registry file."""


@dataclass(frozen=True, slots=True)
class Impostor:
    """A fake channel reported by users."""

    kind: Kind
    """Kind of the fake channel."""
    value: str
    """The fake value as it was seen."""
    reported_on: dt.date
    """Date it was first reported."""
    note: Localized | None
    """How it was used, in both languages."""
    contact: Contact
    """``value`` in canonical form."""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Brand:
    """The brand impostors imitate."""

    name: Localized
    """Brand name in each language."""
    tokens: tuple[str, ...]
    """Lower-case tokens that mark a value as pretending to be the brand, e.g. examplewallet."""
    domains: tuple[str, ...] | None = None
    """Domains the brand owns, e.g. example.com: every web address on them or their
    subdomains is official; e-mail addresses there only as listed channels."""


@dataclass(frozen=True)
class Registry:
    """The loaded, validated registry."""

    path: Path
    """File the registry was loaded from."""
    brand: Brand
    """The brand impostors imitate."""
    channels: tuple[Channel, ...]
    """Official contact channels, active and retired."""
    references: tuple[Reference, ...]
    """External sites pages may link to that are not contact channels."""
    impostors: tuple[Impostor, ...]
    """Known fake channels reported by users."""
    report_to: str | None = None
    """Id of the active email channel where readers report scams (the checker's "report it")."""
    demo: bool = False
    """A demonstration registry: only reserved values load, and every page says it is a demo."""
    _by_id: dict[str, Channel] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for c in self.channels})

    def channel(self, channel_id: str) -> Channel | None:
        return self._by_id.get(channel_id)

    @property
    def active(self) -> tuple[Channel, ...]:
        return tuple(c for c in self.channels if c.status is Status.ACTIVE)

    @cached_property
    def index(self) -> RegistryIndex:
        """Lookup tables for judging contacts, built on first use."""
        from helpcenter.registry.index import RegistryIndex  # it imports this module

        return RegistryIndex(self)
