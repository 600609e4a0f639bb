"""The Chinese word segmenter used at build time (jieba), loaded strictly.

There is no fallback: without a working segmenter Chinese pages would be indexed as one
token per sentence and search would quietly stop finding them, so loading fails the build.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Protocol

from helpcenter.search.data_files import data_lines

#: Domain words the general dictionary splits wrongly (助记/词), one per line.
USER_WORDS = "zh_words.txt"
#: A sentence whose segmentation proves the dictionary loaded (not one token per character).
_SELF_CHECK = ("钱包密码忘了怎么办", ("钱包", "密码"))


class SegmenterError(RuntimeError):
    """The Chinese segmenter is missing or does not work."""


class Segmenter(Protocol):
    def words(self, text: str) -> Iterable[str]:
        """The words of ``text`` (fine-grained, with compounds and their parts)."""
        ...


class JiebaSegmenter:
    """jieba's search-mode segmentation with our domain words added."""

    def __init__(self, tokenizer: object) -> None:
        self._tokenizer = tokenizer

    def words(self, text: str) -> Iterable[str]:
        return self._tokenizer.cut_for_search(text)  # type: ignore[attr-defined]


def user_words() -> list[str]:
    """The reviewed domain words."""
    return data_lines(USER_WORDS)


def load_segmenter() -> Segmenter:
    """jieba with our domain words, checked on a known sentence; raises SegmenterError."""
    try:
        import jieba
    except Exception as error:  # ImportError or a broken install raising anything
        raise SegmenterError(
            f"Chinese search needs the jieba segmenter, which failed to import ({error!r}). "
            "Fix: run scripts/setup (jieba is pinned in pyproject.toml)."
        ) from error
    try:
        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        for word in user_words():
            tokenizer.add_word(word)
        segmenter = JiebaSegmenter(tokenizer)
        sentence, expected = _SELF_CHECK
        got = list(segmenter.words(sentence))
    except Exception as error:
        raise SegmenterError(
            f"the jieba segmenter failed while loading ({error!r}). "
            "Fix: reinstall it with scripts/setup."
        ) from error
    if not set(expected) <= set(got):
        raise SegmenterError(
            f"the jieba segmenter is broken: {sentence} gave {'/'.join(got)}, "
            f"expected the words {'/'.join(expected)}. Fix: reinstall it with scripts/setup."
        )
    return segmenter
