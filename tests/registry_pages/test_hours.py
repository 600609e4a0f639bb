"""Hours: days and zones as readers read them, and whether a channel is staffed at a moment."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from helpcenter.registry.model import Hours
from helpcenter.registry_pages.hours import describe_days, describe_hours, format_offset, is_open

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
HOTLINE = Hours("Asia/Shanghai", WEEKDAYS, dt.time(9), dt.time(18))
NIGHT = Hours("Europe/London", ("fri", "sat"), dt.time(22), dt.time(6))
UTC = dt.UTC


@pytest.mark.parametrize(
    ("days", "zh", "en"),
    [
        (("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "每天", "Every day"),
        (WEEKDAYS, "周一至周五", "Mon–Fri"),
        (("sat", "sun"), "周六、周日", "Sat, Sun"),
        (("mon", "wed", "fri"), "周一、周三、周五", "Mon, Wed, Fri"),
    ],
)
def test_days(days: tuple[str, ...], zh: str, en: str) -> None:
    assert (describe_days(days, "zh"), describe_days(days, "en")) == (zh, en)


def test_statement_names_zone_and_offsets() -> None:
    assert describe_hours(HOTLINE, "zh", 2026) == "周一至周五 09:00–18:00（北京时间，UTC+8）"
    assert describe_hours(NIGHT, "en", 2026) == (
        "Fri, Sat 22:00–06:00 (next day) (London time, UTC+0, UTC+1 in summer)"
    )
    assert format_offset(dt.timedelta(hours=5, minutes=30)) == "UTC+5:30"
    assert format_offset(dt.timedelta(hours=-3)) == "UTC-3"


@pytest.mark.parametrize(
    ("when", "staffed"),
    [
        (dt.datetime(2026, 1, 14, 1, 0, tzinfo=UTC), True),  # Wed 09:00 Shanghai
        (dt.datetime(2026, 1, 14, 0, 59, tzinfo=UTC), False),  # Wed 08:59
        (dt.datetime(2026, 1, 14, 10, 0, tzinfo=UTC), False),  # Wed 18:00: closing time
        (dt.datetime(2026, 1, 17, 3, 0, tzinfo=UTC), False),  # Sat 11:00
        (dt.datetime(2026, 1, 13, 20, 0, tzinfo=ZoneInfo("America/New_York")), True),  # Wed 09:00
    ],
)
def test_is_open_in_the_official_zone(when: dt.datetime, staffed: bool) -> None:
    assert is_open(HOTLINE, when) is staffed


@pytest.mark.parametrize(
    ("when", "staffed"),
    [
        (dt.datetime(2026, 7, 3, 21, 0, tzinfo=UTC), True),  # Fri 22:00 BST
        (dt.datetime(2026, 7, 4, 4, 59, tzinfo=UTC), True),  # Sat 05:59 BST, Friday's night
        (dt.datetime(2026, 7, 5, 4, 0, tzinfo=UTC), True),  # Sun 05:00, Saturday's night
        (dt.datetime(2026, 7, 5, 5, 0, tzinfo=UTC), False),  # Sun 06:00
        (dt.datetime(2026, 7, 2, 23, 0, tzinfo=UTC), False),  # Fri 00:00: Thursday is closed
    ],
)
def test_is_open_past_midnight(when: dt.datetime, staffed: bool) -> None:
    assert is_open(NIGHT, when) is staffed
