"""The registry as stable JSON for publishing (the in-browser checker and other tools).

Deterministic: file or sorted order, no timestamps or paths, so the same registry always
gives the same bytes and ``generated_from.sha256`` identifies its content.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.lookalike import confusables
from helpcenter.registry.model import Channel, Hours, Impostor, Localized, Reference, Registry

EXPORT_VERSION = 1


def export_registry(registry: Registry) -> dict[str, Any]:
    """A JSON-able dict of the registry; ``generated_from.sha256`` hashes everything else."""
    content: dict[str, Any] = {
        "version": EXPORT_VERSION,
        "brand": {
            "name": _localized(registry.brand.name),
            "tokens": list(registry.brand.tokens),
            "domains": list(registry.brand.domains or ()),
        },
        "report_to": registry.report_to,
        # File order, not sorted: the guard breaks ties between channels in that order
        # (www.examp1e.com imitates website before app-store), and the checker must too.
        "channels": [_channel(c) for c in registry.channels],
        "references": [_reference(r) for r in sorted(registry.references, key=lambda r: r.id)],
        "impostors": [_impostor(i) for i in sorted(registry.impostors, key=_newest_first)],
        "confusables": confusables().name,
        "grammar": grammar()["name"],
    }
    digest = hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()
    return {**content, "generated_from": {"sha256": digest}}


def canonical_json(data: Any) -> str:
    """One spelling of ``data``: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _newest_first(impostor: Impostor) -> tuple[int, str, str]:
    return (-impostor.reported_on.toordinal(), impostor.kind.value, impostor.contact.key)


def _localized(text: Localized | None) -> dict[str, str] | None:
    return None if text is None else {"zh": text.zh, "en": text.en}


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
        "display": channel.contact.display,
        "labels": _localized(channel.label),
        "purpose": _localized(channel.purpose),
        "status": channel.status.value,
        "retired_on": channel.retired_on.isoformat() if channel.retired_on else None,
        "hours": _hours(channel.hours),
        "languages": list(channel.languages),
    }


def _reference(reference: Reference) -> dict[str, Any]:
    return {
        "id": reference.id,
        "url": reference.url,
        "key": reference.contact.key,
        "labels": _localized(reference.label),
    }


def _impostor(impostor: Impostor) -> dict[str, Any]:
    return {
        "kind": impostor.kind.value,
        "value": impostor.value,
        "key": impostor.contact.key,
        "reported_on": impostor.reported_on.isoformat(),
        "note": _localized(impostor.note),
    }
