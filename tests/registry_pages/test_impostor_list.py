"""The impostor list shows the newest reports, and says how many more the checker knows: a
page of thousands helps no reader and would make every step of the build pay for it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from html import unescape
from pathlib import Path

import pytest

from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.registry.loader import load_registry
from helpcenter.registry.model import Impostor, Registry
from helpcenter.registry_pages.blocks import IMPOSTORS_SHOWN, impostors_block

ROOT = Path(__file__).resolve().parents[2]


def with_impostors(count: int) -> Registry:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    first = dt.date(2020, 1, 1)
    extra = tuple(
        Impostor(
            kind=Kind.TELEGRAM,
            value=f"@FakeHelpDesk{n:04d}",
            reported_on=first + dt.timedelta(days=n),
            note=None,
            contact=Contact(Kind.TELEGRAM, f"fakehelpdesk{n:04d}", f"@FakeHelpDesk{n:04d}"),
            line=1000 + n,
        )
        for n in range(count)
    )
    return dataclasses.replace(registry, impostors=registry.impostors + extra)


def rows(block: str) -> list[str]:
    return [line for line in unescape(block).split("\n") if line.startswith("| 20")]


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("zh", "这里只列出最近的 50 条，共 107 条举报；核查工具会比对全部记录。"),
        (
            "en",
            "Only the 50 most recent of 107 reports are listed here; the contact checker "
            "compares a contact with all of them.",
        ),
    ],
)
def test_the_newest_reports_are_listed_and_the_rest_counted(lang: str, note: str) -> None:
    registry = with_impostors(100)
    block = impostors_block(registry, lang, year=2026, root="")
    listed = rows(block)
    assert len(listed) == IMPOSTORS_SHOWN == 50
    newest = sorted(registry.impostors, key=lambda i: i.reported_on, reverse=True)
    assert [row.split(" | ")[0].lstrip("| ") for row in listed] == [
        i.reported_on.isoformat() for i in newest[:50]
    ]
    assert block.count(note) == 1
    assert block.index(note) > block.index(listed[-1].split(" | ")[2])  # below the table


def test_a_short_list_is_shown_whole_without_a_count() -> None:
    registry = with_impostors(IMPOSTORS_SHOWN - 7)
    block = impostors_block(registry, "en", year=2026, root="")
    assert len(rows(block)) == IMPOSTORS_SHOWN
    assert "most recent" not in block
