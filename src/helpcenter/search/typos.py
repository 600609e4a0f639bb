"""Common wrong characters in Chinese queries (密玛 for 密码), from a reviewed word list.

``data/zh_typos.txt`` holds one correction a line, ``wrong right``: two Han words of the same
length that differ in one or two characters. A query that contains a wrong word, when the wrong
word is not itself a word of the index (an exact word is always preferred), is searched as if
it held the right one. English needs no list: its words of five or more letters tolerate one
edit (``query.py``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from helpcenter.search.terms import is_han, normalize

TYPOS_FILE = "zh_typos.txt"


class TypoListError(ValueError):
    """A typo list line that is not ``wrong right``."""


def typos_path() -> Path:
    return Path(str(resources.files(__package__).joinpath("data", TYPOS_FILE)))


def parse_typos(text: str, path: str) -> list[tuple[str, str]]:
    """(wrong, right) pairs; errors name ``path:line`` and the fix."""
    pairs: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [normalize(p) for p in line.split()]
        where = f"{path}:{number}"
        if len(parts) != 2 or not all(is_han(p) for p in parts):
            raise TypoListError(
                f"{where}: expected two Chinese words, the wrong one and the right one "
                f"(密玛 密码), got {line!r}"
            )
        wrong, right = parts
        differ = sum(a != b for a, b in zip(wrong, right, strict=False))
        if len(wrong) != len(right) or not 1 <= differ <= 2:
            raise TypoListError(
                f"{where}: {wrong} and {right} must have the same length and differ in one or "
                "two characters (a wrong character, not another word)"
            )
        if wrong in seen:
            raise TypoListError(f"{where}: {wrong} is already corrected on line {seen[wrong]}")
        seen[wrong] = number
        pairs.append((wrong, right))
    return pairs


def load_typos() -> list[tuple[str, str]]:
    path = typos_path()
    return parse_typos(path.read_text("utf-8"), str(path))
