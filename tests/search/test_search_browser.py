"""The search box in Chromium, on the built site: typing, pasting, IME, keys, no results."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.search.search_cases import SHARED_QUERIES, all_queries, load_queries

pytestmark = pytest.mark.browser

#: Shared queries the browser types (the pytest over the indexes runs all of them): the
#: ones whose last word the stock search lost, and a spread of English ones.
SAMPLE = {
    ("zh", "忘记密码"), ("zh", "转账失败"), ("zh", "假客服"), ("zh", "官方渠道"),
    ("zh", "交易一直在打包"), ("zh", "公共WiFi"), ("en", "customer service phone"),
    ("en", "gas fee"), ("en", "transaction pending"), ("en", "can't reach support"),
}  # fmt: skip
CASES = [(lang, q) for lang, q in load_queries(SHARED_QUERIES) if (lang, q["q"]) in SAMPLE]
HOME = {"zh": "", "en": "en/"}
RESULTS_FOR = "q => performance.getEntriesByName('hc-search:results').some(m => m.detail.q === q)"


def open_home(page, site_url: str, lang: str):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url + HOME[lang])
    return requests


def wait_results(page, q: str) -> None:
    page.wait_for_function(RESULTS_FOR, arg=q)


def result_paths(page) -> list[str]:
    hrefs = page.locator(".md-search-result__item > a:first-child").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    return [urlsplit(h).path for h in hrefs]


def slug(path: str) -> str:
    parts = [p for p in path.split("/") if p and p != "en"]
    return parts[-1] if parts else "index"


@pytest.mark.parametrize(("lang", "query"), CASES, ids=[f"{lang}:{q['q']}" for lang, q in CASES])
def test_typed_query_finds_its_page(page, site_url: str, lang: str, query: dict) -> None:
    requests = open_home(page, site_url, lang)
    page.locator("input[name=q]").click()
    page.keyboard.type(query["q"])
    wait_results(page, query["q"])
    paths = result_paths(page)
    assert {slug(p) for p in paths[: query["rank"]]} & set(query["expect"]), paths[:5]
    assert all(p.startswith("/en/") == (lang == "en") for p in paths), paths
    titles = page.locator(".md-search-result__item h1").all_inner_texts()
    assert titles and not any("\u200b" in t for t in titles)
    marks = page.locator(".md-search-result__list mark").all_inner_texts()
    assert marks
    if lang == "zh":  # whole words, never stray characters
        assert all(len(m) > 1 or m.isascii() for m in marks), marks
    # The head first, then only this language's shards and fragments
    folder = "/en/search/en" if lang == "en" else "/search/zh"
    paths = [urlsplit(u).path for u in requests if u.endswith(".json")]
    assert paths[0] == folder + ".json", paths
    assert all(p.startswith(folder + "/") for p in paths[1:]), paths
    names = [p.rsplit("/", 1)[-1] for p in paths[1:]]
    assert any(n.startswith("t") for n in names) and any(n.startswith("p") for n in names)
    assert len(paths) == len(set(paths)), paths  # each shard and fragment once
    # Everything search loads comes from the site itself. (Material's own sitemap fetch,
    # which follows the sitemap's absolute site_url links, is the site's concern.)
    ours = [u for u in requests if "search" in u]
    assert ours and all(urlsplit(u).hostname == "127.0.0.1" for u in ours), ours
    assert [u for u in page.offsite if "search" in u] == []


def test_pasted_query_is_searched_without_a_key_press(page, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url[:-1])
    open_home(page, site_url, "zh")
    page.evaluate("navigator.clipboard.writeText('被骗了怎么办')")
    page.locator("input[name=q]").focus()
    page.keyboard.press("Control+V")
    wait_results(page, "被骗了怎么办")
    assert slug(result_paths(page)[0]) == "scam-help"


def test_ime_composition_searches_the_committed_text_only(page, site_url: str) -> None:
    open_home(page, site_url, "zh")
    page.locator("input[name=q]").click()
    page.wait_for_function("performance.getEntriesByName('hc-search:ready').length > 0")
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.imeSetComposition", {"text": "wangji", "selectionStart": 6, "selectionEnd": 6})
    page.wait_for_timeout(200)
    assert page.input_value("input[name=q]") == "wangji"
    assert page.evaluate("performance.getEntriesByName('hc-search:input').length") == 0
    cdp.send("Input.insertText", {"text": "忘记密码"})
    wait_results(page, "忘记密码")
    assert page.evaluate(
        "performance.getEntriesByName('hc-search:input').map(m => m.detail.q)"
    ) == ["忘记密码"]
    assert slug(result_paths(page)[0]) == "password-reset"


def test_keyboard_only_search_and_open(page, site_url: str) -> None:
    open_home(page, site_url, "en")
    page.keyboard.press("/")
    page.keyboard.type("privacy")
    wait_results(page, "privacy")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith("/en/privacy/")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.name") == "q"
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/en/privacy/"


@pytest.mark.parametrize(
    ("lang", "title", "links"),
    [
        ("zh", "没有找到相关内容", ["/contact/", "/check-contact/"]),
        ("en", "No matching pages", ["/en/contact/", "/en/check-contact/"]),
    ],
)
def test_no_results_offer_contact_and_the_checker(page, site_url, lang, title, links) -> None:
    open_home(page, site_url, lang)
    page.locator("input[name=q]").click()
    page.keyboard.type("qzxv")
    wait_results(page, "qzxv")
    none = page.locator(".hc-search-none")
    assert none.is_visible()
    assert title in none.inner_text()
    hrefs = none.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert [urlsplit(h).path for h in hrefs] == links


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_query_ranks_its_page_in_chromium(page, site_url: str, lang: str) -> None:
    """All shared and own queries, through the real box, worker, shards and fragments."""
    open_home(page, site_url, lang)
    box = page.locator("input[name=q]")
    box.click()
    failures = []
    for query_lang, query in all_queries():
        if query_lang != lang:
            continue
        box.fill(query["q"])
        wait_results(page, query["q"])
        slugs = [slug(p) for p in result_paths(page)]
        if not set(slugs[: query["rank"]]) & set(query["expect"]):
            failures.append((query["q"], query["expect"], slugs[:5]))
    assert failures == []
    assert page.console_errors == [] and page.failed_requests == []


def test_typo_and_everyday_phrasing_in_the_box(page, site_url: str) -> None:
    open_home(page, site_url, "en")
    page.locator("input[name=q]").click()
    page.keyboard.type("does anyone answer at night")
    wait_results(page, "does anyone answer at night")
    assert slug(result_paths(page)[0]) == "service-hours"
    page.locator("input[name=q]").fill("forgot pasword")
    wait_results(page, "forgot pasword")
    assert slug(result_paths(page)[0]) == "password-reset"
    marks = page.locator(".md-search-result__list mark").all_inner_texts()
    assert {m.lower() for m in marks} <= {"forgot", "forgotten", "forget", "password", "passwords"}
