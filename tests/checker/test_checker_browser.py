"""The checker page in a real browser (Debian Chromium): every shared vector through the page's
own checker, a sample through the form in both languages, live hours in a chosen time zone."""

from __future__ import annotations

import pytest

from helpcenter.guard.tlds import TLDS
from tests.checker.checker_vectors import VECTORS, expected

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("checker-browser")]

RUN_ALL = """vectors => vectors.map(v => {
  try { return window.hcChecker.check(v.input, v.region || null); }
  catch (e) { return {verdict: "error: " + e.message, channel: null}; }
})"""


def open_checker(page, site_url: str, prefix: str = "") -> None:
    page.goto(f"{site_url}{prefix}check-contact/")
    page.wait_for_selector("form.hc-checker[data-hc-ready]")


def assert_nothing_else_requested(page) -> None:
    """Only same-origin requests, none failing, no console error."""
    assert page.failed_requests == []
    assert page.offsite == []
    assert page.console_errors == []


def test_javascript_agrees_with_every_vector(page, site_url: str) -> None:
    open_checker(page, site_url)
    results = page.evaluate(RUN_ALL, VECTORS)
    wrong = [
        f"{v['input']!r}: expected {expected(v)}, got {(r['verdict'], r['channel'])}"
        for v, r in zip(VECTORS, results, strict=True)
        if r["verdict"] != v["verdict"] or ("channel" in v and r["channel"] != v["channel"])
    ]
    assert not wrong, "\n".join(wrong)
    assert page.evaluate("window.hcScan.TLDS.slice().sort()") == sorted(TLDS)
    assert_nothing_else_requested(page)


SAMPLE = [
    ("+1 202-555-0142", "official", "官方渠道", "Official channel"),
    ("+1 (202) 555-0100", "retired", "已停用的旧渠道", "Retired channel"),
    ("https://examp1e.test/verify", "impostor", "已知假冒渠道", "Known impostor"),
    ("https://www.exarnple.com", "lookalike", "仿冒官方渠道", "Lookalike of an official channel"),
    ("+1 202-555-0177", "unlisted", "不是官方渠道", "Not an official channel"),
    ("javascript:alert(1)", "unsafe", "危险链接", "Unsafe link"),
]


@pytest.mark.parametrize(("prefix", "column"), [("", 2), ("en/", 3)])
def test_form_answers_in_the_page_language(page, site_url: str, prefix: str, column: int) -> None:
    open_checker(page, site_url, prefix)
    field = page.get_by_label("电话" if not prefix else "phone number", exact=False)
    result = page.locator("#hc-checker-result")
    assert result.get_attribute("aria-live") == "polite"
    for sample in SAMPLE:
        text, verdict, heading = sample[0], sample[1], sample[column]
        field.fill("")
        field.focus()
        page.keyboard.type(text)
        page.keyboard.press("Tab")  # the button: the form is usable from the keyboard
        page.keyboard.press("Enter")
        page.wait_for_function(
            "v => document.getElementById('hc-checker-result').dataset.hcVerdict === v", arg=verdict
        )
        assert result.locator(".hc-verdict").inner_text() == heading
    # The last answer (unsafe) gives the way out: the scam-help page in the same language.
    field.fill("+1 202-555-0199")
    page.wait_for_function(
        "() => document.getElementById('hc-checker-result').dataset.hcVerdict === 'impostor'"
    )
    link = result.locator(".hc-next-steps a").first
    assert link.get_attribute("href") == "../scam-help/"
    assert "2026-10-28" in result.inner_text()
    assert_nothing_else_requested(page)


def test_live_hours_in_the_readers_time_zone(browser, site_url: str) -> None:
    context = browser.new_context(timezone_id="America/New_York", service_workers="block")
    try:
        page = context.new_page()
        page.clock.set_fixed_time("2026-01-14T03:00:00Z")  # Wed 11:00 in Shanghai
        page.goto(f"{site_url}en/service-hours/")
        row = page.locator("tr", has=page.locator("a[href='tel:+12025550142']"))
        live = row.locator(".hc-hours")
        assert live.locator(".hc-state").inner_text() == "Open now"
        assert live.locator(".hc-hours__local").inner_text() == (
            "Your time (America/New_York): Sun–Thu 20:00–05:00 (next day)"
        )
        uk = page.locator("tr", has=page.locator("a[href='tel:+442079460321']"))
        assert uk.locator(".hc-state").inner_text() == "Closed now"  # 03:00 in London
    finally:
        context.close()


def test_hours_without_javascript_state_the_official_hours(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, service_workers="block")
    try:
        page = context.new_page()
        page.goto(f"{site_url}service-hours/")
        row = page.locator("tr", has=page.locator("a[href='tel:+12025550142']"))
        assert "周一至周五 09:00–18:00（北京时间，UTC+8）" in row.inner_text()
        assert row.locator(".hc-hours").inner_text() == "开启 JavaScript 后在此显示"
    finally:
        context.close()
