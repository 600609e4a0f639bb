"""Last-updated dates from git history, so two builds of one commit give the same output."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def last_commit_dates(repo: Path, folder: Path) -> dict[Path, dt.date]:
    """Map each file under ``folder`` to the date of the last commit that touched it.

    One ``git log`` pass for the whole folder; files git does not track are absent.
    """
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), "log", "--format=%x00%cs", "--name-only", "--", str(folder)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}  # not a git checkout: pages simply show no date
    dates: dict[Path, dt.date] = {}
    current: dt.date | None = None
    for line in out.splitlines():
        if line.startswith("\0"):
            current = dt.date.fromisoformat(line[1:])
        elif line and current is not None:
            dates.setdefault((repo / line).resolve(), current)  # newest commit comes first
    return dates


def commit_date(repo: Path) -> dt.date:
    """The date of the commit being built, so a rebuild of it next year gives the same pages;
    today outside a git checkout."""
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), "log", "-1", "--format=%cs"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return dt.date.fromisoformat(out) if out else dt.date.today()


def format_date(day: dt.date, locale: str) -> str:
    """A date as a help center writes it in that language."""
    if locale.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
