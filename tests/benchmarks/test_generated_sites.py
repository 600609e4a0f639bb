"""The sites the benchmarks generate still build: a benchmark that cannot run measures nothing.

Each generator makes a few pages, and the project must pass ``mkdocs build --strict`` with every
hook on (content rules, guard, search), as the benchmark's own builds do.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_build


@pytest.fixture(autouse=True)
def _benchmarks_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # as `python benchmarks/x.py` runs


def _build(project: Path) -> None:
    build = run_build(project)
    assert build.ok, build.output[-3000:]


def test_guard_benchmark_site_builds_with_and_without_the_guard(tmp_path: Path) -> None:
    project = importlib.import_module("bench_guard").make_project(tmp_path / "p", 2)
    assert (project / "docs/zh/generated/article-00001.md").is_file()
    _build(project)
    without = run_build(project, config="mkdocs.noguard.yml")
    assert without.ok, without.output[-3000:]
    assert "hooks/guard.py" not in (project / "mkdocs.noguard.yml").read_text(encoding="utf-8")


def test_guard_benchmark_names_the_worker_setting_the_guard_reads() -> None:
    from helpcenter.guard.worker import ENVIRONMENT

    assert importlib.import_module("bench_guard").WORKER_SETTING == ENVIRONMENT


def test_scale_benchmark_site_builds_with_its_pages_in_the_nav(tmp_path: Path) -> None:
    project = importlib.import_module("bench_scale").make_project(tmp_path / "p", 2)
    _build(project)
    assert (project / "site/en/generated/article-00001/index.html").is_file()


def test_search_benchmark_site_builds_and_both_searches_index_its_pages(tmp_path: Path) -> None:
    bench_search = importlib.import_module("bench_search")
    project = bench_search.make_project(tmp_path / "p", 2)
    _build(project)
    head = json.loads((project / "site/en/search/en.json").read_text(encoding="utf-8"))
    assert "en/gen-0001/" in head["pages"]
    bench_search.add_pagefind(project / "site")
    entry = json.loads((project / "site/pagefind/pagefind-entry.json").read_text("utf-8"))
    assert set(entry["languages"]) == {"zh", "en"}  # the extended binary, per language
    assert (project / "site/en/pagefind-bench/index.html").is_file()
