"""A missing or broken Chinese segmenter fails the build, naming the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

MISSING = "raise ImportError(\"No module named 'jieba' (simulated)\")\n"
#: Imports fine, but cuts text into single characters: a dictionary that did not load.
BROKEN = """
import logging

def setLogLevel(level):
    pass

class Tokenizer:
    def add_word(self, word):
        pass

    def cut_for_search(self, text):
        return list(text)
"""


def fake_jieba(tmp_path: Path, source: str) -> Path:
    package = tmp_path / "fake" / "jieba"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(source, encoding="utf-8")
    return package.parent


def test_missing_segmenter_fails_the_build(site_builder, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(fake_jieba(tmp_path, MISSING)))
    build = site_builder()
    assert not build.ok
    assert (
        "search: Chinese search needs the jieba segmenter, which failed to import "
        "(ImportError(\"No module named 'jieba' (simulated)\")). "
        "Fix: run scripts/setup (jieba is pinned in pyproject.toml)." in build.output
    )
    assert not (build.site / "search" / "zh.json").exists()


def test_broken_segmenter_fails_the_build(site_builder, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(fake_jieba(tmp_path, BROKEN)))
    build = site_builder()
    assert not build.ok
    assert (
        "search: the jieba segmenter is broken: 钱包密码忘了怎么办 gave "
        "钱/包/密/码/忘/了/怎/么/办, expected the words 钱包/密码. "
        "Fix: reinstall it with scripts/setup." in build.output
    )


def test_bad_key_phrases_fail_the_build_with_their_line(site_builder) -> None:
    page = (Path(__file__).parents[2] / "docs" / "en" / "fees.md").read_text("utf-8")
    head, rest = page.split("\n", 1)
    build = site_builder({"docs/en/fees.md": f"{head}\nkey_phrases: [gas, <b>gas</b>]\n{rest}"})
    assert not build.ok
    assert (
        "docs/en/fees.md:2: key_phrases: '<b>gas</b>' contains markup. "
        "Fix: write plain words: no <tags>, &entities;, links or code" in build.output
    )
    assert not (build.site / "en" / "search" / "en.json").exists()
