"""The registry as JSON for the app, support bots, partners and the in-browser checker.

One document for both languages, published at ``/registry/channels.json``. ``content_hash``
is the SHA-256 of the canonical JSON of everything else, so a consumer can tell two exports
apart (and verify a copy) without comparing them field by field; nothing in it depends on
when or where the site was built.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from helpcenter.registry.model import (
    Brand,
    Channel,
    Hours,
    Impostor,
    Localized,
    Reference,
    Registry,
)

#: Bumped when a field changes meaning or disappears; adding fields keeps the version.
EXPORT_VERSION = 1


def export_registry(registry: Registry) -> dict[str, Any]:
    """The export document, ``content_hash`` included."""
    body: dict[str, Any] = {
        "version": EXPORT_VERSION,
        "brand": _brand(registry.brand),
        "channels": [_channel(c) for c in registry.channels],
        "references": [_reference(r) for r in registry.references],
        "impostors": [_impostor(i) for i in registry.impostors],
    }
    return {**body, "content_hash": "sha256:" + hashlib.sha256(canonical(body)).hexdigest()}


def canonical(document: dict[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes ``content_hash`` is computed over."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def dumps(document: dict[str, Any]) -> str:
    """The published text: readable, stable key order, a final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _localized(text: Localized | None) -> dict[str, str] | None:
    return None if text is None else {"zh": text.zh, "en": text.en}


def _brand(brand: Brand) -> dict[str, Any]:
    return {"name": _localized(brand.name), "tokens": list(brand.tokens)}


def _hours(hours: Hours | None) -> dict[str, Any] | None:
    if hours is None:
        return None
    return {
        "timezone": hours.timezone,
        "days": list(hours.days),
        "open": f"{hours.open:%H:%M}",
        "close": f"{hours.close:%H:%M}",
        "holiday_note": _localized(hours.holiday_note),
    }


def _channel(channel: Channel) -> dict[str, Any]:
    return {
        "id": channel.id,
        "kind": channel.kind.value,
        "value": channel.value,
        "key": channel.contact.key,
        "label": _localized(channel.label),
        "purpose": _localized(channel.purpose),
        "status": channel.status.value,
        "retired_on": channel.retired_on.isoformat() if channel.retired_on else None,
        "languages": list(channel.languages),
        "hours": _hours(channel.hours),
    }


def _reference(reference: Reference) -> dict[str, Any]:
    return {
        "id": reference.id,
        "url": reference.url,
        "key": reference.contact.key,
        "label": _localized(reference.label),
    }


def _impostor(impostor: Impostor) -> dict[str, Any]:
    return {
        "kind": impostor.kind.value,
        "value": impostor.value,
        "key": impostor.contact.key,
        "reported_on": impostor.reported_on.isoformat(),
        "note": _localized(impostor.note),
    }
