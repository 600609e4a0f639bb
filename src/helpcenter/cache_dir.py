"""This user's cache folder for work a build can reuse (segmented words, compiled templates).

``$HELPCENTER_CACHE_DIR`` or ``$XDG_CACHE_HOME/helpcenter`` (``~/.cache/helpcenter``), made
0700 and used only if this user owns it and nobody else can write it: what is read back from a
cache must be what this user's own builds wrote. None when there is no such folder: a build
without a cache is slower, never wrong.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

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
