"""The registry benchmark's generated registry is a valid demo registry: 5,000 impostors of
every kind, each value reserved (the loader refuses any other in demo mode), none repeated."""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path

import pytest

from helpcenter.registry.loader import load_registry, parse_registry
from tests.support.build import ROOT


def test_the_benchmark_registry_loads_in_demo_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # as `python benchmarks/x.py` runs
    monkeypatch.setenv("HELPCENTER_CACHE_DIR", str(tmp_path / "cache"))
    bench = importlib.import_module("bench_registry")
    path = tmp_path / "channels.yml"
    path.write_text(bench.big_registry(5000), encoding="utf-8")
    parse_registry.cache_clear()
    registry = load_registry(path)
    parse_registry.cache_clear()
    assert registry.demo is True
    assert len(registry.impostors) == 5000 + 7
    kinds = Counter(impostor.kind.value for impostor in registry.impostors)
    assert set(kinds) == {"website", "telegram", "email", "phone", "wechat", "x", "qq", "discord"}
    assert min(kinds.values()) >= 600
