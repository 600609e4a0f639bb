"""Debian's Chromium as every browser test and benchmark starts it (never a downloaded one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
#: Headless, and quiet: no background requests that this machine's closed network refuses.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)


class ChromiumMissing(RuntimeError):
    """/usr/bin/chromium is not installed."""


def launch_chromium(playwright: Any) -> Any:
    """A Playwright browser on Debian's Chromium; ``playwright`` is a started sync_playwright()."""
    if not CHROMIUM.exists():
        raise ChromiumMissing(
            f"{CHROMIUM} is missing: run scripts/setup (installs Debian's chromium)"
        )
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
