"""This user's cache folder for work a build can reuse (segmented words, compiled templates,
tables derived from pinned data packages).

``$HELPCENTER_CACHE_DIR`` or ``$XDG_CACHE_HOME/helpcenter`` (``~/.cache/helpcenter``), made
0700 and used only if this user owns it and nobody else can write it: what is read back from a
cache must be what this user's own builds wrote. None when there is no such folder: a build
without a cache is slower, never wrong.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ENVIRONMENT = "HELPCENTER_CACHE_DIR"


def cache_dir(name: str) -> Path | None:
    """The folder ``name`` of this user's cache, made if need be; None if unusable."""
    base = os.environ.get(ENVIRONMENT) or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "helpcenter"
    )
    folder = Path(base, name)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for path in (Path(base), folder):
            info = path.lstat()
            private = not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
            if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or not private:
                return None
    except OSError:
        return None
    return folder


def cached_json(name: str, key: Iterable[object], compute: Callable[[], T]) -> T:
    """``compute()``, a JSON value derived only from what ``key`` names (package versions,
    files' hashes), kept in this user's cache under ``name``: the next process reads it back
    instead of deriving it again. Any other key is another file; an unreadable one is derived
    again and rewritten."""
    digest = hashlib.sha256(json.dumps(list(key), sort_keys=True, default=str).encode())
    folder = cache_dir("data")
    path = folder / f"{name}-{digest.hexdigest()[:24]}.json" if folder else None
    if path is not None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    value = compute()
    if path is not None:
        write(path, json.dumps(value, ensure_ascii=False).encode(), keep=8)
    return value


def write(path: Path, data: bytes, *, keep: int | None = None) -> None:
    """Put ``data`` at ``path`` whole (written beside it, then renamed: a reader never sees
    half a file); with ``keep``, only the ``keep`` newest files of its kind (its suffix) stay
    in the folder. A cache that cannot be written costs speed, never the build."""
    with contextlib.suppress(OSError):
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
        if keep is not None:
            kind = sorted(path.parent.glob(f"*{path.suffix}"), key=_age)
            for old in kind[keep:]:
                old.unlink(missing_ok=True)


def _age(path: Path) -> float:
    try:
        return -path.stat().st_mtime
    except OSError:  # removed meanwhile
        return 0.0


def file_hash(path: str | os.PathLike[str]) -> str:
    """A short hash of a file's bytes (for ``cached_json`` keys)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:24]
