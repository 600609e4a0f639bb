"""Every page type, in both languages, under the real CDN headers: nothing blocked, nothing
broken, nothing fetched from elsewhere, and no accessibility violation (axe-core)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# CSP violations as the page sees them (the console also logs them, as errors).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(
  `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
"""
SEARCH = {"zh": "客服", "en": "support"}
PAGE_TYPES = ["home", "article", "contact", "check-contact", "404", "search"]


def _path(kind: str) -> str:
    return {
        "home": "",
        "article": "scam-help/",
        "contact": "contact/",
        "check-contact": "check-contact/",
        "404": "no-such-page/",
        "search": "",
    }[kind]


def _open(page, cdn_url: str, lang: str, kind: str):
    page.context.add_init_script(RECORD_VIOLATIONS)
    prefix = "" if lang == "zh" else f"{lang}/"
    response = page.goto(cdn_url + prefix + _path(kind))
    assert response.status == (404 if kind == "404" else 200)
    assert "default-src 'none'" in response.headers["content-security-policy"]
    if kind == "search":
        page.locator(".md-search__input").click()
        page.keyboard.type(SEARCH[lang])
        page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.wait_for_load_state("networkidle")
    return page


@pytest.mark.parametrize("kind", PAGE_TYPES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_runs_clean_under_the_cdn_policy(page, cdn_url: str, lang: str, kind: str) -> None:
    _open(page, cdn_url, lang, kind)
    assert page.evaluate("window.__cspViolations") == []
    assert page.offsite == []
    if kind == "404":  # the one failure allowed: the missing page itself
        assert page.failed_requests == [page.url]
        assert page.console_errors == [
            "Failed to load resource: the server responded with a status of 404 (Not Found)"
        ]
    else:
        assert page.failed_requests == []
        assert page.console_errors == []


@pytest.mark.parametrize("kind", PAGE_TYPES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_has_no_accessibility_violations(page, cdn_url: str, lang: str, kind: str) -> None:
    _open(page, cdn_url, lang, kind)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("kind", ["home", "article", "check-contact", "search"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_dark_scheme_has_no_accessibility_violations(
    browser, cdn_url: str, lang: str, kind: str
) -> None:
    """Readers whose system is dark get Material's slate scheme (palette follows the system)."""
    context = browser.new_context(color_scheme="dark", service_workers="block")
    try:
        page = context.new_page()
        _open(page, cdn_url, lang, kind)
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()
