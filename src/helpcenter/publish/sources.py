"""What may be published from the project's folders, checked before MkDocs copies anything.

Pages are Markdown; the only other files ``docs/`` may publish are images, each verified to
be the image type its name says (an SVG also free of scripts, styles and outside references).
Scripts and styles ship only with our theme (``overrides/``). A file reached through a
symbolic link, a hidden file and a cache folder are never published: a link could publish
``/etc/passwd`` or the build's environment (``/proc/self/environ``), a dotfile a secret.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from helpcenter.problems import Problem
from helpcenter.publish.svg import svg_problems

#: Image types ``docs/`` may publish, by file ending: the format the content must have.
IMAGE_TYPES = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".gif": "GIF",
    ".webp": "WEBP",
    ".ico": "ICO",
    ".svg": "SVG",
}
PAGE_TYPES = frozenset({".md"})
_CHECK = "publish"
_IMAGES = ", ".join(sorted(IMAGE_TYPES))
_CODE = frozenset({".js", ".mjs", ".cjs", ".css", ".html", ".htm", ".xhtml", ".wasm", ".map"})
# Magic bytes of the raster formats (enough to tell one from another and from text).
_MAGIC = {
    "PNG": (b"\x89PNG\r\n\x1a\n",),
    "JPEG": (b"\xff\xd8\xff",),
    "GIF": (b"GIF87a", b"GIF89a"),
    "WEBP": (b"RIFF",),
    "ICO": (b"\x00\x00\x01\x00",),
}


def link_problem(path: Path, root: Path, name: Callable[[Path], str]) -> Problem | None:
    """A problem when ``path`` (below ``root``) is, or is reached through, a symbolic link (named
    once, at the link), or resolves outside ``root``; ``name`` names a path in messages."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = None
    if relative is not None:
        here = root
        for part in relative.parts:
            here = here / part
            if here.is_symlink():
                return Problem(
                    name(here),
                    1,
                    f"published through a symbolic link (to {os.readlink(here)})",
                    "commit the file itself; a link can publish files from outside the "
                    "project (system files, the build's environment, .git)",
                    _CHECK,
                )
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    if os.path.commonpath([real_root, real]) != real_root:
        return Problem(
            name(path),
            1,
            f"resolves outside {_relative(root, root.parent)}/ (to {real})",
            "keep published files inside the project",
            _CHECK,
        )
    return None


def hidden_problem(relative: str, name: str) -> Problem | None:
    """Dotfiles and ``__pycache__`` are never published (MkDocs would copy the latter)."""
    for part in relative.split("/"):
        if part.startswith(".") or part == "__pycache__":
            return Problem(
                name,
                1,
                f"{part!r} is a hidden file or cache folder and would be published",
                "remove it from the docs folder (or move it out of it); hidden files and "
                "caches are never published",
                _CHECK,
            )
    return None


def docs_file_problems(path: Path, relative: str, name: str) -> list[Problem]:
    """Problems with one non-page file under ``docs/`` (``relative`` to docs, ``name`` for
    messages): its type must be an allowed image type, and its content that type."""
    suffix = Path(relative).suffix.lower()
    expected = IMAGE_TYPES.get(suffix)
    if expected is None:
        if suffix in _CODE:
            why = f"{suffix} files are code; only the theme (overrides/) ships scripts and styles"
            fix = "move it into overrides/assets/ through a theme change, or remove it"
        elif suffix == ".pdf":
            why = "PDFs are not published: their text, links and scripts cannot be checked"
            fix = "write the content as a page (Markdown) instead"
        else:
            why = f"{suffix or 'a file without an ending'} is not a type pages may publish"
            fix = f"publish pages as Markdown and images as one of {_IMAGES}"
        return [Problem(name, 1, why, fix, _CHECK)]
    data = path.read_bytes()
    if expected == "SVG":
        return svg_problems(data, name)
    magic = _MAGIC[expected]
    if not data.startswith(magic) or (expected == "WEBP" and data[8:12] != b"WEBP"):
        return [
            Problem(
                name,
                1,
                f"is not a {expected} image, whatever its name says",
                f"export it as a real {expected} file (or name it for what it is)",
                _CHECK,
            )
        ]
    return []


def page_problems(data: bytes, name: str) -> list[Problem]:
    """A page must be UTF-8 text: a binary or wrongly encoded ``.md`` is named with its line."""
    nul = data.find(b"\x00")
    if nul != -1:
        return [
            Problem(
                name,
                _line_at(data, nul),
                "is binary data (it holds NUL bytes), not a Markdown page",
                "save the page as UTF-8 text, or remove it if it is not a page",
                _CHECK,
            )
        ]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        column = error.start - data.rfind(b"\n", 0, error.start)
        return [
            Problem(
                name,
                _line_at(data, error.start),
                f"is not valid UTF-8 (byte 0x{data[error.start]:02x} at column {column})",
                "save the page as UTF-8 text (most editors: 'Save with encoding' / UTF-8)",
                _CHECK,
            )
        ]
    return []


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
