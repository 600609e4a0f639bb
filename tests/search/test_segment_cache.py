"""Segmented text is kept between builds (helpcenter.search.segment_cache): a cached answer is
exactly the segmenter's, another word list or another jieba is another cache, and a build whose
texts are all known never loads jieba."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from helpcenter.cache_dir import cache_dir
from helpcenter.search.segment_cache import SegmentCache
from helpcenter.search.segmenter import JiebaSegmenter

TEXTS = ["钱包密码忘了怎么办", "客服工作时间", "助记词被盗了", "转账一直没到账"]


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HELPCENTER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _segment(words: set[str]) -> tuple[JiebaSegmenter, list[list[str]]]:
    """A new process's segmenter (nothing in memory) over TEXTS, then saved."""
    segmenter = JiebaSegmenter()
    segmenter.use_words(words)
    got = [list(segmenter.words(text)) for text in TEXTS]
    segmenter.save()
    return segmenter, got


def test_a_cached_answer_is_the_segmenter_s_and_jieba_is_not_loaded_for_it() -> None:
    first, fresh = _segment({"忘了怎么办"})
    assert first._tokenizer is not None
    second, cached = _segment({"忘了怎么办"})
    assert cached == fresh
    assert second._tokenizer is None  # every text was known: jieba never loaded


def test_another_word_list_is_another_cache() -> None:
    _segment(set())
    other, got = _segment({"密码忘了"})
    assert other._tokenizer is not None
    assert "密码忘了" in got[0]


def test_the_cache_keeps_only_the_texts_the_last_build_segmented(_own_cache: Path) -> None:
    _segment(set())
    segmenter = JiebaSegmenter()
    segmenter.use_words(set())
    segmenter.words(TEXTS[0])
    segmenter.save()
    (saved,) = _own_cache.joinpath("segments").glob("*.json")
    assert list(json.loads(saved.read_text("utf-8"))) == [TEXTS[0]]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"钱包密码忘了怎么办": 3}'])
def test_an_unreadable_cache_is_ignored(_own_cache: Path, content: str) -> None:
    _, fresh = _segment(set())
    for saved in _own_cache.joinpath("segments").glob("*.json"):
        saved.write_text(content, encoding="utf-8")
    _, again = _segment(set())
    assert again == fresh


def test_a_cache_without_jieba_is_no_cache() -> None:
    cache = SegmentCache(None, ())
    cache.put("钱包", ["钱包"])
    cache.save()
    assert not SegmentCache.exists(None)


def test_a_folder_others_can_write_is_not_used(_own_cache: Path) -> None:
    folder = cache_dir("segments")
    assert folder is not None and stat.S_IMODE(folder.stat().st_mode) == 0o700
    os.chmod(folder, 0o777)
    assert cache_dir("segments") is None
    os.chmod(folder, 0o700)
    os.chmod(_own_cache, 0o775)
    assert cache_dir("segments") is None


def test_saving_twice_keeps_what_the_first_save_wrote() -> None:
    segmenter, fresh = _segment(set())
    segmenter.save()  # the next language's use_words saves again, with nothing used since
    again, cached = _segment(set())
    assert cached == fresh and again._tokenizer is None
