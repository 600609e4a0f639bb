"""A reader's first minutes, in Chromium: the home page, the language switch, nothing off-site."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("path", "lang", "notice"),
    [("", "zh", "客服绝不会索要助记词"), ("en/", "en", "Support never asks for your seed phrase")],
)
def test_home_page_renders(page, site_url: str, path: str, lang: str, notice: str) -> None:
    page.goto(site_url + path)
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").first.is_visible()
    assert page.get_by_role("note").filter(has_text=notice).is_visible()
    # Top tasks link to the help articles.
    assert page.locator("article a[href*='password-reset']").count() >= 1
    assert page.offsite == []
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("start", "target_lang", "expected"),
    [
        ("failed-transaction/", "en", "en/failed-transaction/"),
        ("en/scam-help/", "zh", "scam-help/"),
    ],
)
def test_language_switcher_keeps_the_reader_on_the_same_page(
    page, site_url: str, start: str, target_lang: str, expected: str
) -> None:
    page.goto(site_url + start)
    page.locator(".md-header .md-select").first.hover()
    page.locator(f".md-select__link[hreflang='{target_lang}']").click()
    page.wait_for_url(site_url + expected)
    assert page.locator("html").get_attribute("lang") == target_lang
    assert page.offsite == []


def test_print_view_keeps_the_safety_notice_and_drops_navigation(page, site_url: str) -> None:
    page.goto(site_url + "wallet-recovery/")
    page.emulate_media(media="print")
    assert page.locator(".hc-safety").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
