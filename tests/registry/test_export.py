"""The published registry JSON is stable and identifies its content."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from helpcenter.registry.export import canonical_json, export_registry
from helpcenter.registry.loader import load_registry

ROOT = Path(__file__).resolve().parents[2]


def test_export_is_deterministic_and_hashes_its_content(tmp_path: Path) -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    copy = tmp_path / "channels.yml"
    copy.write_text((ROOT / "registry" / "channels.yml").read_text(encoding="utf-8"), "utf-8")
    exported = export_registry(registry)
    assert canonical_json(exported) == canonical_json(export_registry(load_registry(copy)))
    content = {k: v for k, v in exported.items() if k != "generated_from"}
    digest = hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()
    assert exported["generated_from"] == {"sha256": digest}
    assert json.loads(json.dumps(exported)) == exported


def test_export_layout() -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    exported = export_registry(registry)
    # File order: the guard breaks ties between channels in that order, and so must readers.
    assert [c["id"] for c in exported["channels"]] == [c.id for c in registry.channels]
    hotline = next(c for c in exported["channels"] if c["id"] == "hotline-legacy")
    assert hotline == {
        "id": "hotline-legacy",
        "kind": "phone",
        "value": "+1 202-555-0100",
        "key": "+12025550100",
        "display": "+1 202-555-0100",
        "labels": {"zh": "旧客服热线（已停用）", "en": "Old support hotline (retired)"},
        "purpose": {"zh": "已停用，不再有人接听。", "en": "Retired; no longer answered."},
        "status": "retired",
        "retired_on": "2026-06-30",
        "hours": None,
        "languages": ["zh", "en"],
    }
    uk = next(c for c in exported["channels"] if c["id"] == "hotline-uk")
    assert uk["hours"]["open"] == "09:00" and uk["hours"]["close"] == "17:30"
    reported = [i["reported_on"] for i in exported["impostors"]]
    assert reported == sorted(reported, reverse=True)
    assert exported["confusables"] == "helpcenter-confusables-1"
    assert exported["version"] == 1


def test_hash_changes_with_content() -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    changed = dataclasses.replace(registry, impostors=registry.impostors[1:])
    assert export_registry(changed)["generated_from"] != export_registry(registry)["generated_from"]
