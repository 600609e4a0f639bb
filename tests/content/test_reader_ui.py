"""What readers see around the content, on the built site and in Chromium: the interface in the
page's language, a title that names the site once, a 404 per language that offers a way on,
tables that fit a phone, and the wording of the hours and the checker."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.content.config import DEFAULT_LANGUAGE, LANGUAGES

pytestmark = pytest.mark.slow

SITE_NAMES = {"zh": "示例钱包帮助中心", "en": "Example Wallet Help Center"}
PALETTE = {
    "zh": ["切换到浅色模式", "切换到深色模式", "跟随系统设置"],
    "en": ["Switch to light mode", "Switch to dark mode", "Switch to system preference"],
}
PERMALINK = {"zh": "本节链接", "en": "Link to this section"}
#: Two Latin words in a row: English interface text ("Permanent link"), not a product name.
ENGLISH = re.compile(r"[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}")


def pages(site: Path, lang: str) -> list[Path]:
    """The built HTML pages of ``lang`` (the default language is at the root)."""
    found = sorted(site.rglob("*.html"))
    if lang == DEFAULT_LANGUAGE:
        others = [site / other for other in LANGUAGES if other != lang]
        return [p for p in found if not any(p.is_relative_to(o) for o in others)]
    return [p for p in found if p.is_relative_to(site / lang)]


class _Interface(HTMLParser):
    """Interface text of a page: attributes readers hear or hover, and visible text outside the
    article (header, nav, footer); code and the article's own words are left out."""

    ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.titles: list[str] = []
        self._skip = 0
        self._article = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "code", "pre", "svg"):
            self._skip += 1
        if tag == "article":
            self._article += 1
        self._in_title = tag == "title"
        self.texts += [v for k, v in attrs if k in self.ATTRIBUTES and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "code", "pre", "svg"):
            self._skip -= 1
        if tag == "article":
            self._article -= 1
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.titles.append(data)
        elif not self._skip and not self._article and data.strip():
            self.texts.append(data.strip())


def interface(path: Path) -> _Interface:
    parser = _Interface()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_chinese_pages_have_no_english_interface_text(built_site: Path) -> None:
    found = {
        f"{path.relative_to(built_site)}: {text}"
        for path in pages(built_site, "zh")
        for text in interface(path).texts
        if ENGLISH.search(text)
    }
    assert sorted(found) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_palette_and_permalinks_speak_the_page_language(built_site: Path, lang: str) -> None:
    html = (built_site if lang == DEFAULT_LANGUAGE else built_site / lang) / "fees" / "index.html"
    text = html.read_text(encoding="utf-8")
    assert (
        re.findall(r'<label class="md-header__button md-icon" title="([^"]*)"', text)
        == (PALETTE[lang])
    )
    titles = set(re.findall(r'<a class="headerlink" title="([^"]*)" href="#', text))
    assert titles == {PERMALINK[lang]}
    assert 'alt="logo"' not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_title_names_the_site_once(built_site: Path, lang: str) -> None:
    doubled = [
        str(path.relative_to(built_site))
        for path in pages(built_site, lang)
        if "".join(interface(path).titles).count(SITE_NAMES[lang]) != 1
    ]
    assert doubled == []


NOT_FOUND = {
    "zh": ("页面不存在", "/contact/", "/check-contact/", "搜索帮助中心"),
    "en": ("Page not found", "/en/contact/", "/en/check-contact/", "Search the help center"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_404_with_a_way_on(built_site: Path, lang: str) -> None:
    title, contact, checker, search = NOT_FOUND[lang]
    folder = built_site if lang == DEFAULT_LANGUAGE else built_site / lang
    html = (folder / "404.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{title}</h1>" in html
    assert f"<title>{title} - {SITE_NAMES[lang]}</title>" in html
    assert f'<label for="__search" class="hc-not-found__search">{search}</label>' in html
    assert f'<a href="{contact}">' in html
    assert f'<a href="{checker}">' in html
    assert "Not found" not in html.replace("Page not found", "")


# ---------------------------------------------------------------- in Chromium


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_404_search_offer_opens_search(page, site_url: str, prefix: str) -> None:
    response = page.goto(f"{site_url}{prefix}no-such-page/")
    assert response.status == 404
    page.locator(".hc-not-found__search").click()
    assert page.evaluate("document.getElementById('__search').checked")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("password" if prefix else "密码")
    page.wait_for_selector("#hc-search-results a[href*='password-reset']")
    assert page.offsite == []


PHONE = {"viewport": {"width": 390, "height": 844}, "service_workers": "block"}
MEASURE = """() => {
  const cells = table => [...table.querySelectorAll('td')];
  const width = el => el.getBoundingClientRect().width;
  return {
    page: document.documentElement.scrollWidth,
    tables: [...document.querySelectorAll('article table')].map(table => {
      const wrap = table.closest('.md-typeset__scrollwrap') || table.parentElement;
      const registry = table.querySelector('.hc-hours') ? 'hours'
        : table.closest('.hc-impostors') ? 'impostors' : '';
      return {
        registry, overflow: wrap.scrollWidth - wrap.clientWidth, width: width(table),
        narrowest: Math.min(...cells(table).map(width)),
        sentences: Math.min(...cells(table).filter((td, i, all) =>
          registry === 'hours' || td.cellIndex >= 2).map(width)),
      };
    }),
  };
}"""


def table_pages(site: Path, lang: str) -> list[str]:
    root = site if lang == DEFAULT_LANGUAGE else site / lang
    return (
        [
            str(path.parent.relative_to(site)) + "/"
            for path in pages(site, lang)
            if path.name == "index.html" and "<table" in path.read_text(encoding="utf-8")
        ]
        if root.exists()
        else []
    )


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_tables_fit_a_390px_phone(browser, built_site: Path, site_url: str, lang: str) -> None:
    paths = table_pages(built_site, lang)
    assert any("service-hours" in p for p in paths) and any("known-impostors" in p for p in paths)
    context = browser.new_context(**PHONE)
    try:
        phone = context.new_page()
        problems = []
        for path in paths:
            phone.goto(site_url + path.removeprefix("./"))
            measured = phone.evaluate(MEASURE)
            if measured["page"] > 390:
                problems.append(f"{path}: the page is {measured['page']}px wide")
            for n, table in enumerate(measured["tables"], start=1):
                if table["overflow"] > 1:
                    problems.append(f"{path} table {n}: {table['overflow']}px cut off")
                if table["registry"] and table["sentences"] < 0.8 * table["width"]:
                    problems.append(f"{path} table {n}: a {table['registry']} cell is squeezed")
                if not table["registry"] and table["narrowest"] < 96:
                    problems.append(f"{path} table {n}: a column {table['narrowest']}px wide")
        assert problems == []
    finally:
        context.close()


QUEUED = {
    "zh": ("现在可以照常发送，值班时间内回复", "现在休息"),
    "en": ("Send now; we reply during staffed hours", "Closed now"),
}


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_email_outside_its_hours_says_the_reply_comes_later(
    browser, site_url: str, lang: str
) -> None:
    context = browser.new_context(timezone_id="Asia/Shanghai", service_workers="block")
    try:
        page = context.new_page()
        page.clock.set_fixed_time("2026-01-14T15:30:00Z")  # Wed 23:30 in Shanghai: all closed
        prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
        page.goto(f"{site_url}{prefix}service-hours/")
        row = page.locator("tr", has=page.locator("a[href='mailto:support@example.com']"))
        hotline = page.locator("tr", has=page.locator("a[href='tel:+12025550142']"))
        later, closed = QUEUED[lang]
        assert row.locator(".hc-state").inner_text() == later
        assert row.locator(".hc-state").get_attribute("class") == "hc-state hc-state--queued"
        assert hotline.locator(".hc-state").inner_text() == closed
    finally:
        context.close()


VERDICTS = {
    "zh": {
        "official": "这是我们的客服热线。但来电显示、短信和邮件的发件人都能伪造："
        "如果是对方先联系你，这个结果证明不了对方就是我们。"
        "客服也绝不会索要助记词、私钥或任何费用。",
        "retired": "它以前是我们的渠道，自 2026-06-30 起不再有人接听或回复。"
        "现在用它联系你的都不是我们。",
        "retired_word": "已停用",
    },
    "en": {
        "official": "This is our Support hotline. But caller ID, text senders and email senders "
        "can be faked: if they contacted you first, this result doesn't prove it's us. And "
        "support never asks for your seed phrase, private key or any fee.",
        "retired": "It used to be ours; nobody has answered it since 2026-06-30. Anyone using it "
        "to reach you now is not us.",
        "retired_word": "retired",
    },
}


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_checker_verdicts_warn_about_spoofing_and_say_retired_once(
    page, site_url: str, lang: str
) -> None:
    words = VERDICTS[lang]
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    page.goto(f"{site_url}{prefix}check-contact/")
    page.wait_for_selector("form.hc-checker[data-hc-ready]")
    field, result = page.locator("#hc-checker-input"), page.locator("#hc-checker-result")
    for value, verdict in (("+1 202-555-0142", "official"), ("+1 202-555-0100", "retired")):
        field.fill(value)
        page.wait_for_function(
            "v => document.getElementById('hc-checker-result').dataset.hcVerdict === v",
            arg=verdict,
        )
        assert result.locator(".hc-verdict-detail").inner_text() == words[verdict]
    assert result.inner_text().lower().count(words["retired_word"]) == 1
    assert page.console_errors == []
