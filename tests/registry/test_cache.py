"""A big registry checked once is read back from the user's cache on later loads: keyed by
the file's content, only when it loaded cleanly, and read with an unpickler that builds the
registry's own types and nothing else."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from helpcenter.registry import cache
from helpcenter.registry.loader import RegistryError, load_registry, parse_registry
from tests.registry.minimal import MINIMAL


def big(extra: str = "") -> str:
    """MINIMAL with enough reported impostors to be cached."""
    entries = "".join(
        f"  - kind: telegram\n    value: '@FakeHelpDesk{n:05d}'\n    reported_on: 2026-01-01\n"
        f"    note: {{zh: 冒充客服, en: 'Poses as support, asks for a fee.'}}\n"
        for n in range(900)
    )
    text = MINIMAL + entries + extra
    assert len(text) >= cache.MIN_BYTES
    return text


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HELPCENTER_CACHE_DIR", str(tmp_path / "cache"))
    parse_registry.cache_clear()  # the in-process cache would answer before the user's
    yield tmp_path / "cache" / "registry"
    parse_registry.cache_clear()


def write(tmp_path: Path, text: str, name: str = "channels.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle")) if folder.exists() else []


def test_a_big_registry_is_read_back_from_the_cache(tmp_path: Path, cache_home: Path) -> None:
    first = load_registry(write(tmp_path, big()))
    [entry] = entries(cache_home)
    # Prove the next load reads the entry: put a (valid) different registry in its place.
    marked = dataclasses.replace(first, demo=True)
    entry.write_bytes(pickle.dumps(marked))
    parse_registry.cache_clear()
    moved = write(tmp_path, big(), "elsewhere.yml")
    again = load_registry(moved)
    assert again.demo is True and first.demo is False
    assert again.path == moved  # named for where it was read this time
    assert again.impostors == first.impostors and again.channels == first.channels


def test_another_file_content_is_checked_again(tmp_path: Path, cache_home: Path) -> None:
    load_registry(write(tmp_path, big()))
    parse_registry.cache_clear()
    changed = load_registry(write(tmp_path, big("demo: true\n")))
    assert changed.demo is True
    assert len(entries(cache_home)) == 2


def test_small_registries_and_broken_ones_are_never_kept(tmp_path: Path, cache_home: Path) -> None:
    load_registry(write(tmp_path, MINIMAL))
    broken = big().replace("label: {zh: 客服邮箱, en: Support email}", "label: {zh: 客服邮箱}")
    for _ in range(2):
        parse_registry.cache_clear()
        with pytest.raises(RegistryError, match="is missing the en translation"):
            load_registry(write(tmp_path, broken))
    assert entries(cache_home) == []


class _Touch:
    """Pickles as a call of Path.touch: what a planted cache entry could try."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return Path.touch, (self.target,)


def test_a_cache_entry_that_would_run_code_is_ignored(tmp_path: Path, cache_home: Path) -> None:
    path = write(tmp_path, big())
    expected = load_registry(path)
    [entry] = entries(cache_home)
    target = tmp_path / "ran"
    entry.write_bytes(pickle.dumps(_Touch(target)))
    parse_registry.cache_clear()
    assert load_registry(path).impostors == expected.impostors  # checked again instead
    assert not target.exists()


def test_a_cache_that_cannot_be_written_only_slows_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("HELPCENTER_CACHE_DIR", str(blocked))
    parse_registry.cache_clear()
    assert len(load_registry(write(tmp_path, big())).impostors) == 901
    parse_registry.cache_clear()


def test_old_entries_are_removed(tmp_path: Path, cache_home: Path) -> None:
    for n in range(cache.KEEP + 2):
        parse_registry.cache_clear()
        load_registry(write(tmp_path, big(f"# version {n}\n")))
    assert len(entries(cache_home)) == cache.KEEP
