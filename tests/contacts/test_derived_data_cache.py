"""Tables derived from pinned data packages (public suffixes, phone metadata) are kept in this
user's cache between processes: a kept table is exactly the derived one, and anything it was
derived from (a version, a file, our code) changing derives it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpcenter.cache_dir import cached_json
from helpcenter.contacts import phone_data, suffixes


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HELPCENTER_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_kept_value_is_read_back_and_another_key_derives_again() -> None:
    calls: list[int] = []

    def derive() -> dict[str, list[int]]:
        calls.append(1)
        return {"a": [1, 2]}

    assert cached_json("t", ["v1"], derive) == {"a": [1, 2]}
    assert cached_json("t", ["v1"], derive) == {"a": [1, 2]}
    assert len(calls) == 1
    assert cached_json("t", ["v2"], derive) == {"a": [1, 2]}
    assert len(calls) == 2


def test_an_unreadable_file_is_derived_again(_own_cache: Path) -> None:
    cached_json("t", ["v"], lambda: [1])
    (kept,) = (_own_cache / "data").glob("t-*.json")
    kept.write_text("{broken", encoding="utf-8")
    assert cached_json("t", ["v"], lambda: [2]) == [2]
    assert json.loads(kept.read_text(encoding="utf-8")) == [2]


@pytest.mark.parametrize(
    "table", [(suffixes.suffix_data, suffixes._derive), (phone_data.phone_data, phone_data._derive)]
)
def test_the_kept_tables_are_the_derived_ones(table) -> None:
    cached, derive = table
    cached.cache_clear()
    first = cached()  # derives and keeps
    cached.cache_clear()
    assert cached() == first == derive()  # read back from the file
