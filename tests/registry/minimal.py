"""The minimal registry (``minimal.yml``) and loading a changed copy of it in a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.registry.loader import RegistryError, load_registry
from helpcenter.registry.model import Registry

HERE = Path(__file__).parent
MINIMAL = (HERE / "minimal.yml").read_text(encoding="utf-8")


def changed(old: str, new: str, text: str = MINIMAL) -> str:
    """``text`` with the first ``old`` replaced by ``new`` (which must be there)."""
    assert old in text, old
    return text.replace(old, new, 1)


def load(tmp_path: Path, data: str | bytes) -> Registry:
    path = tmp_path / "channels.yml"
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return load_registry(path)


def problems_of(tmp_path: Path, data: str | bytes) -> list[str]:
    """Load ``data`` as channels.yml; the problems as printed, the path shortened."""
    with pytest.raises(RegistryError) as caught:
        load(tmp_path, data)
    lines = str(caught.value).splitlines()
    assert lines == [str(problem) for problem in caught.value.problems]
    assert {problem.check for problem in caught.value.problems} == {"registry"}
    path = tmp_path / "channels.yml"
    return [line.replace(f"{path}:", "channels.yml:", 1) for line in lines]


def problems(tmp_path: Path, old: str, new: str) -> list[str]:
    """Load MINIMAL with ``old`` replaced by ``new``; the problems as printed."""
    return problems_of(tmp_path, changed(old, new))
