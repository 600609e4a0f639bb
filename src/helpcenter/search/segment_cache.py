"""Segmented Chinese text, kept between builds: a build whose pages did not change never loads
jieba's dictionary (half a second) at all.

An entry is exactly what the segmenter returned for a text, filed under a key of everything
that decides it: the jieba that would run (its files, found without importing it), our domain
words, this build's extra words and this module's format. A different key is another file,
so a cache can never answer for another segmenter or word list. Each save keeps only the texts
the last build segmented, so the file follows the site instead of growing. The file is JSON
data in this user's private cache folder (``helpcenter.cache_dir``); one that cannot be read
is ignored and written afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path

from helpcenter.cache_dir import cache_dir, write

_FORMAT = 1  # change when what a segmenter returns for a text changes in our code
_KEEP = 8  # files per segmenter: one per language, and a few older word lists


def segmenter_identity(user_words: Iterable[str]) -> str | None:
    """A hash of the jieba that would be imported and of our domain words (None: no jieba)."""
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    package = Path(spec.origin).parent
    parts: list[object] = [_FORMAT, spec.origin, sorted(user_words)]
    for name in ("__init__.py", "dict.txt"):
        with contextlib.suppress(OSError):
            info = (package / name).stat()
            parts.append([name, info.st_size, info.st_mtime_ns])
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:24]


class SegmentCache:
    """The texts one segmenter with one word list has segmented."""

    def __init__(self, identity: str | None, extra_words: Iterable[str]) -> None:
        self._folder = cache_dir("segments") if identity else None
        words = hashlib.sha256(json.dumps(sorted(extra_words), ensure_ascii=False).encode())
        self._name = f"{identity}-{words.hexdigest()[:24]}.json"
        self._known: dict[str, list[str]] = self._read()
        self._used: dict[str, list[str]] = {}
        self._changed = False

    def get(self, text: str) -> list[str] | None:
        words = self._known.get(text)
        if words is not None:
            self._used[text] = words
        return words

    def put(self, text: str, words: list[str]) -> None:
        self._known[text] = self._used[text] = words
        self._changed = True

    def save(self) -> None:
        """Write the texts used since the last save (if any was new or any known one unused;
        a second save with nothing used since keeps the file as it is)."""
        stale = self._changed or len(self._used) < len(self._known)
        if self._folder is None or not self._used or not stale:
            self._used = {}
            return
        data = json.dumps(self._used, ensure_ascii=False, separators=(",", ":"))
        write(self._folder / self._name, data.encode(), keep=_KEEP)
        self._known, self._used, self._changed = self._used, {}, False

    @staticmethod
    def exists(identity: str | None) -> bool:
        """Whether any build of this segmenter left a cache (worth not loading jieba early)."""
        folder = cache_dir("segments") if identity else None
        return folder is not None and any(folder.glob(f"{identity}-*.json"))

    def _read(self) -> dict[str, list[str]]:
        if self._folder is None:
            return {}
        try:
            data = json.loads((self._folder / self._name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            text: words
            for text, words in data.items()
            if isinstance(words, list) and all(isinstance(w, str) for w in words)
        }
