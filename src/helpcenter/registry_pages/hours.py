"""Service hours as readers read them, and whether a channel is staffed at a given moment.

The static text names the official time zone and its UTC offset, so it is right without
JavaScript; ``hc-hours.js`` adds the reader's own time and the live open/closed state from
the ``data-*`` attributes written by :func:`hours_attributes`.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from zoneinfo import ZoneInfo

from helpcenter.contacts.kinds import Kind
from helpcenter.registry.model import WEEKDAYS, Hours
from helpcenter.registry_pages.words import DAY_NAMES, TEXT, ZONE_NAMES


def describe_days(days: tuple[str, ...], lang: str) -> str:
    """ "每天", "周一至周五", "Mon–Fri", or a list for days that are not one run."""
    text, names = TEXT[lang], DAY_NAMES[lang]
    ordered = [d for d in WEEKDAYS if d in days]
    if len(ordered) == len(WEEKDAYS):
        return text["every_day"]
    indexes = [WEEKDAYS.index(d) for d in ordered]
    if len(ordered) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return text["day_range"].format(first=names[ordered[0]], last=names[ordered[-1]])
    return text["list_sep"].join(names[d] for d in ordered)


def utc_offsets(timezone: str, year: int) -> tuple[dt.timedelta, dt.timedelta]:
    """The zone's UTC offset in mid-winter and mid-summer of ``year`` (equal without DST)."""
    zone = ZoneInfo(timezone)
    winter, summer = (
        dt.datetime(year, month, 15, 12, tzinfo=zone).utcoffset() or dt.timedelta()
        for month in (1, 7)
    )
    return (winter, summer) if winter <= summer else (summer, winter)


def format_offset(offset: dt.timedelta) -> str:
    """``UTC+8``, ``UTC+0``, ``UTC+5:30``, ``UTC-3``."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def describe_zone(timezone: str, lang: str, year: int) -> str:
    """ "北京时间，UTC+8" / "London time, UTC+0, UTC+1 in summer"."""
    name = ZONE_NAMES[lang].get(timezone, timezone)
    winter, summer = utc_offsets(timezone, year)
    offsets = format_offset(winter)
    if winter != summer:
        offsets = TEXT[lang]["dst"].format(winter=offsets, summer=format_offset(summer))
    return f"{name}{'，' if lang == 'zh' else ', '}{offsets}"


def describe_times(hours: Hours, lang: str) -> str:
    """ "09:00–18:00", or "22:00–06:00（次日）" past midnight."""
    span = f"{hours.open:%H:%M}–{hours.close:%H:%M}"
    return span + TEXT[lang]["next_day"] if hours.close <= hours.open else span


def describe_hours(hours: Hours, lang: str, year: int) -> str:
    """The whole static statement: days, times and official zone."""
    zone = describe_zone(hours.timezone, lang, year)
    when = f"{describe_days(hours.days, lang)} {describe_times(hours, lang)}"
    return f"{when}（{zone}）" if lang == "zh" else f"{when} ({zone})"


def is_open(hours: Hours, when: dt.datetime) -> bool:
    """Whether the channel is staffed at the aware moment ``when``; mirrored in hc-hours.js."""
    local = when.astimezone(ZoneInfo(hours.timezone))
    day, now = WEEKDAYS[local.weekday()], local.time().replace(second=0, microsecond=0)
    if hours.close > hours.open:
        return day in hours.days and hours.open <= now < hours.close
    yesterday = WEEKDAYS[(local.weekday() - 1) % 7]
    return (day in hours.days and now >= hours.open) or (
        yesterday in hours.days and now < hours.close
    )


#: Channels that take messages while nobody is on duty: outside their hours they are not
#: "closed", the reply just comes later (hc-hours.js says so instead of "closed now").
QUEUED_KINDS = frozenset({Kind.EMAIL})


def hours_attributes(hours: Hours, *, queued: bool = False) -> str:
    """The ``data-*`` attributes hc-hours.js reads (HTML-escaped, no inline script or style);
    ``queued`` for a channel that takes messages outside its hours (see QUEUED_KINDS)."""
    fields = {
        "tz": hours.timezone,
        "days": " ".join(d for d in WEEKDAYS if d in hours.days),
        "open": f"{hours.open:%H:%M}",
        "close": f"{hours.close:%H:%M}",
    }
    if queued:
        fields["closed"] = "queued"
    return " ".join(f'data-hc-{name}="{escape(value)}"' for name, value in fields.items())
