"""Reading the small reviewed word lists in ``data/``."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The entries of ``data/<name>``: one per line, ``#`` comments and blank lines skipped."""
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [entry for entry in entries if entry]
