"""The shared contact vectors (tests/vectors/contacts.json), read once for both sides."""

from __future__ import annotations

import json
from pathlib import Path

VECTORS_PATH = Path(__file__).resolve().parents[1] / "vectors" / "contacts.json"
VECTORS: list[dict[str, str]] = json.loads(VECTORS_PATH.read_text(encoding="utf-8"))


def expected(vector: dict[str, str]) -> tuple[str, str | None]:
    return vector["verdict"], vector.get("channel")


def vector_id(vector: dict[str, str]) -> str:
    return f"{vector['verdict']}:{vector.get('form', '')}:{vector['input'][:40]!r}"
