"""Fixtures for the contact guard tests: the demo registry and a checker over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.guard.read.check import Checker
from helpcenter.registry.loader import load_registry
from helpcenter.registry.model import Registry

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = ROOT / "registry" / "channels.yml"


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry(REGISTRY)


@pytest.fixture(scope="session")
def checker(registry: Registry) -> Checker:
    return Checker(registry)


@pytest.fixture(scope="session")
def verdicts(checker: Checker):
    """``verdicts(text)`` -> [(verdict, value as found)] for every contact in the text."""

    def run(text: str, region: str | None = "CN") -> list[tuple[str, str]]:
        return [(str(h.judgement.verdict), h.raw) for h in checker.check_text(text, region=region)]

    return run
