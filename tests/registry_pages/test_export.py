"""The published export: stable bytes, a content hash that changes with the content."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from helpcenter.registry.export import canonical_json, export_registry
from helpcenter.registry.loader import load_registry
from helpcenter.registry_pages.publish import write_export

ROOT = Path(__file__).resolve().parents[2]


def test_export_is_written_stable_and_hashed(tmp_path: Path) -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    write_export(registry, tmp_path / "a")
    write_export(load_registry(ROOT / "registry" / "channels.yml"), tmp_path / "b")
    first = (tmp_path / "a" / "registry" / "channels.json").read_bytes()
    assert first == (tmp_path / "b" / "registry" / "channels.json").read_bytes()
    doc = json.loads(first)
    body = {k: v for k, v in doc.items() if k != "generated_from"}
    assert (
        doc["generated_from"]["sha256"] == hashlib.sha256(canonical_json(body).encode()).hexdigest()
    )
    assert doc["version"] == 1
    assert [c["id"] for c in doc["channels"]] == [c.id for c in registry.channels]
    hotline = next(c for c in doc["channels"] if c["id"] == "hotline")
    assert (hotline["key"], hotline["display"]) == ("+12025550142", "+1 202-555-0142")
    confusables = ROOT / "src" / "helpcenter" / "contacts" / "confusables.json"
    assert (tmp_path / "a" / "registry" / "confusables.json").read_bytes() == (
        confusables.read_bytes()
    )


def test_hash_changes_with_content() -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    fewer = replace(registry, impostors=registry.impostors[1:])
    assert export_registry(registry)["generated_from"] != export_registry(fewer)["generated_from"]
