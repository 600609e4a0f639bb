"""The checker page in a real browser (Debian Chromium): the UI only (what is read and judged is
the same JavaScript the Node twin test runs over every vector and generated messages): answers
in the page's language, a verdict for every contact pasted, the spoofing warning, "report it",
QR code screenshots picked or pasted and read in the browser, and live service hours."""

from __future__ import annotations

import base64
import io
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import segno

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("checker-browser")]

RESULT = "#hc-checker-result"
VERDICT = "document.getElementById('hc-checker-result').dataset.hcVerdict"


def open_checker(page, site_url: str, prefix: str = "") -> None:
    page.goto(f"{site_url}{prefix}check-contact/")
    page.wait_for_selector("form.hc-checker[data-hc-ready]")


def wait_for(page, verdict: str) -> None:
    page.wait_for_function(f"v => {VERDICT} === v", arg=verdict)


def assert_nothing_else_requested(page) -> None:
    """Only same-origin requests, none failing, no console error."""
    assert page.failed_requests == []
    assert page.offsite == []
    assert page.console_errors == []


SAMPLE = [
    ("+1 202-555-0142", "official", "官方渠道", "Official channel"),
    ("+1 (202) 555-0100", "retired", "已停用的旧渠道", "Retired channel"),
    ("https://examp1e.test/verify", "impostor", "已知的假冒渠道", "Known impostor"),
    ("https://www.exarnple.com", "lookalike", "冒充官方的渠道", "Imitates an official channel"),
    ("+1 202-555-0177", "unlisted", "不是官方渠道", "Not an official channel"),
    ("javascript:alert(1)", "unsafe", "危险链接", "Unsafe link"),
]


@pytest.mark.parametrize(("prefix", "column"), [("", 2), ("en/", 3)])
def test_form_answers_in_the_page_language(page, site_url: str, prefix: str, column: int) -> None:
    open_checker(page, site_url, prefix)
    field = page.get_by_label("电话" if not prefix else "phone number", exact=False)
    result = page.locator(RESULT)
    assert result.get_attribute("aria-live") == "polite"
    for sample in SAMPLE:
        text, verdict, heading = sample[0], sample[1], sample[column]
        field.fill("")
        field.focus()
        page.keyboard.type(text)
        page.keyboard.press("Tab")  # the button: the form is usable from the keyboard
        page.keyboard.press("Enter")
        wait_for(page, verdict)
        assert result.locator(".hc-verdict").inner_text() == heading
    # The last answer (unsafe) gives the way out: the scam-help page in the same language.
    field.fill("+1 202-555-0199")
    wait_for(page, "impostor")
    link = result.locator(".hc-next-steps a").first
    assert link.get_attribute("href") == "../scam-help/"
    assert "2026-10-28" in result.inner_text()
    assert_nothing_else_requested(page)


def test_every_pasted_number_gets_a_verdict(page, site_url: str) -> None:
    open_checker(page, site_url)
    page.fill(
        "#hc-checker-input", "客服电话 400-888-1234，备用 +1 202-555-0142，还有 (202) 555-0177"
    )
    wait_for(page, "unlisted")
    hits = page.locator(f"{RESULT} .hc-hits li")
    assert hits.count() == 3
    assert [hits.nth(n).get_attribute("data-hc-verdict") for n in range(3)] == [
        "unlisted",
        "official",
        "unlisted",
    ]
    # A number without a country code: not ours, and which ours are.
    first = hits.nth(0).inner_text()
    assert "400-888-1234" in first
    assert "没有国家区号，不是我们的官方号码" in first
    assert "+1 202-555-0142" in first and "+44 20 7946 0321" in first
    assert_nothing_else_requested(page)


def test_an_official_answer_warns_that_caller_id_can_be_faked(page, site_url: str) -> None:
    open_checker(page, site_url, "en/")
    page.fill("#hc-checker-input", "support@example.com")
    wait_for(page, "official")
    detail = page.locator(f"{RESULT} .hc-verdict-detail").inner_text()
    warning = page.locator(f"{RESULT} .hc-spoofing").inner_text()
    assert "caller ID" in detail and "never call, text or message anyone first" in warning
    assert page.locator(f"{RESULT} .hc-report").count() == 0  # nothing to report


@pytest.mark.parametrize(("prefix", "button"), [("", "举报给我们的安全团队"), ("en/", "Report it")])
def test_a_bad_answer_offers_to_report_it(page, site_url: str, prefix: str, button: str) -> None:
    open_checker(page, site_url, prefix)
    page.fill("#hc-checker-input", "微信客服：WxEvil_01")
    wait_for(page, "unlisted")
    report = page.locator(f"{RESULT} a.hc-report")
    assert report.inner_text().startswith(button)
    href = report.get_attribute("href")
    parts = urlsplit(href)
    assert (parts.scheme, parts.path) == ("mailto", "security@example.com")
    fields = {k: unquote(v[0]) for k, v in parse_qs(parts.query).items()}
    assert "WxEvil_01" in fields["subject"] and "WxEvil_01" in fields["body"]


def qr_png(text: str) -> bytes:
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=6, border=4)
    return out.getvalue()


def test_a_qr_code_screenshot_is_read_in_the_browser_under_the_production_headers(
    page, cdn_url: str
) -> None:
    site_url = cdn_url  # the CDN's CSP: WebAssembly may compile on the checker page only
    requested: list[str] = []
    violations: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    open_checker(page, site_url)
    assert not [u for u in requested if "zxing" in u]  # loaded only when an image is chosen
    page.locator("input.hc-qr-file").set_input_files(
        {"name": "scan.png", "mimeType": "image/png", "buffer": qr_png("https://evil.test/verify")}
    )
    wait_for(page, "unlisted")
    assert "https://evil.test/verify" in page.locator(f"{RESULT} .hc-qr-text").inner_text()
    assert [u for u in requested if "zxing" in u]
    assert all(u.startswith(site_url) for u in requested)  # our own site, nothing else
    # A pasted screenshot works the same, offline: the reader is loaded once and kept.
    page.context.set_offline(True)
    png = base64.b64encode(qr_png("+1 202-555-0142")).decode("ascii")
    page.evaluate(
        """png => {
          const bytes = Uint8Array.from(atob(png), c => c.charCodeAt(0));
          const data = new DataTransfer();
          data.items.add(new File([bytes], "paste.png", {type: "image/png"}));
          document.querySelector("#hc-checker-input").dispatchEvent(
            new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        png,
    )
    wait_for(page, "official")
    assert "+1 202-555-0142" in page.locator(f"{RESULT} .hc-qr-text").inner_text()
    assert len([u for u in requested if u.endswith("zxing_reader.wasm")]) == 1
    assert violations == []
    assert_nothing_else_requested(page)


def test_an_image_without_a_qr_code_says_so(page, site_url: str) -> None:
    open_checker(page, site_url, "en/")
    blank = _white_png()
    page.locator("input.hc-qr-file").set_input_files(
        {"name": "blank.png", "mimeType": "image/png", "buffer": blank}
    )
    wait_for(page, "none")
    assert page.locator(RESULT).inner_text() == "No QR code found in this image."


def _white_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 60), "white").save(out, format="PNG")
    return out.getvalue()


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
