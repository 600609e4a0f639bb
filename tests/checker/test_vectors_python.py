"""The guard (Python) gives every shared vector its expected verdict and channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.contacts.kinds import Kind
from helpcenter.registry.loader import load_registry
from helpcenter.registry.model import Registry
from helpcenter.registry_pages.verdict import checker_verdict
from tests.checker.checker_vectors import VECTORS, vector_id

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "registry" / "channels.yml")


def test_vectors_cover_every_kind_and_verdict() -> None:
    assert len(VECTORS) >= 150
    kinds = {v.get("kind") for v in VECTORS}
    assert {k.value for k in Kind} <= kinds
    assert {v["verdict"] for v in VECTORS} == {
        "official",
        "reference",
        "retired",
        "impostor",
        "lookalike",
        "unlisted",
        "unsafe",
        "none",
    }
    assert len({v["input"] for v in VECTORS}) == len(VECTORS), "duplicate inputs"


@pytest.mark.parametrize("vector", VECTORS, ids=vector_id)
def test_python_verdict(vector: dict[str, str], registry: Registry) -> None:
    judgement = checker_verdict(vector["input"], registry, region=vector.get("region"))
    got = (judgement.verdict.value, judgement.channel_id) if judgement else ("none", None)
    assert got[0] == vector["verdict"], judgement
    if "channel" in vector:
        assert got[1] == vector["channel"], judgement
