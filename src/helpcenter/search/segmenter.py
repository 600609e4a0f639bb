"""The Chinese word segmenter used at build time (jieba), loaded strictly, once, when needed.

There is no fallback: without a working segmenter Chinese pages would be indexed as one
token per sentence and search would quietly stop finding them, so loading fails the build.
jieba's dictionary is loaded the first time Chinese text is segmented (an English-only build
never loads it) and kept for the life of the process (``mkdocs serve`` rebuilds reuse it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, Protocol

from helpcenter.search.data_files import data_lines
from helpcenter.search.segment_cache import SegmentCache, segmenter_identity

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


def user_words() -> list[str]:
    """The reviewed domain words."""
    return data_lines(USER_WORDS)


class JiebaSegmenter:
    """jieba's search-mode segmentation with our domain words, plus the words of one build
    (synonyms, key phrases, typo corrections): ``use_words`` swaps those per build."""

    def __init__(self) -> None:
        self._tokenizer: Any = None
        self._extra: set[str] = set()
        self._pending: set[str] = set()
        #: Our words of 4 characters or more (reviewed list and this build's).
        self._long: frozenset[str] = frozenset()
        self.identity = segmenter_identity(user_words())
        self._cache = SegmentCache(self.identity, ())

    def use_words(self, words: Iterable[str]) -> None:
        """Make ``words`` whole words from now on (and forget the last build's others)."""
        self._pending = set(words)
        self._cache.save()
        self._cache = SegmentCache(self.identity, self._pending)
        if self._tokenizer is not None:
            self._apply()

    def save(self) -> None:
        """Keep what this build segmented for the next one (``segment_cache``)."""
        self._cache.save()

    def words(self, text: str) -> Iterable[str]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        out = self._segment(text)
        self._cache.put(text, out)
        return out

    def load(self) -> None:
        """Load jieba now (it otherwise loads on the first text the cache does not know)."""
        if self._tokenizer is None:
            self._tokenizer = _load()
            self._apply()

    def _segment(self, text: str) -> list[str]:
        self.load()
        out: list[str] = []
        for word in self._tokenizer.cut_for_search(text):
            out.append(word)
            # Search mode adds a long word's parts of 2 and 3 characters only: our own
            # longer words inside it (工作时间 in 客服工作时间) are words too.
            for size in range(4, len(word)):
                out.extend(
                    part
                    for start in range(len(word) - size + 1)
                    if (part := word[start : start + size]) in self._long
                )
        return out

    def _apply(self) -> None:
        # Only words jieba did not know are added, so only those are ever taken away again
        # (del_word on one of its own words, 忘记, would unlearn it).
        for word in self._extra - self._pending:
            self._tokenizer.del_word(word)
        for word in sorted(self._pending - self._extra):
            if not self._tokenizer.FREQ.get(word):
                self._tokenizer.add_word(word)
                self._extra.add(word)
        self._extra &= self._pending
        self._long = frozenset(w for w in [*user_words(), *self._pending] if len(w) >= 4)


def _load() -> Any:
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
        sentence, expected = _SELF_CHECK
        got = list(tokenizer.cut_for_search(sentence))
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
    return tokenizer


_PROCESS_SEGMENTER: list[JiebaSegmenter] = []


def load_segmenter() -> JiebaSegmenter:
    """This process's segmenter (jieba itself loads on first use; see the module doc)."""
    if not _PROCESS_SEGMENTER:
        _PROCESS_SEGMENTER.append(JiebaSegmenter())
    return _PROCESS_SEGMENTER[0]


def check_segmenter() -> None:
    """Load jieba now (tests and tools that want the error up front)."""
    load_segmenter().load()
