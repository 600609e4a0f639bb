"""The search rules on small inputs: sections, terms, segmentation, synonyms, ranking."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import lunr
import pytest

from helpcenter.search.index_file import PageSource, SearchIndex, build_index_file, page_slug
from helpcenter.search.layout import index_path
from helpcenter.search.query import (
    BOOST_PREFIX,
    BOOST_WORD,
    Clause,
    SectionHit,
    group_by_page,
    query_clauses,
    segment_han,
)
from helpcenter.search.sections import Section, split_sections
from helpcenter.search.segmenter import load_segmenter
from helpcenter.search.synonyms import SynonymError, load_synonyms, parse_synonyms
from helpcenter.search.terms import index_terms

LUNR_JS_SHA256 = "0c50d9002b85780a842afffb567bb54ede402dae7c6dc5997a018614d8044fc8"


@pytest.fixture(scope="module")
def segmenter():
    return load_segmenter()


def test_sections_split_at_h2_and_skip_permalinks() -> None:
    html = (
        '<h1 id="t">T<a class="headerlink" href="#t">¶</a></h1><p>Intro <b>bold</b></p>'
        "<script>var x</script>"
        '<h2 id="a">Sec A<a class="headerlink" href="#a">¶</a></h2><p>a</p><ul><li>one</li>'
        '<li>two</li></ul><h3 id="b">B</h3><p>b</p><h4 id="c">deep</h4><p>d</p>'
    )
    assert split_sections(html, "Page") == [
        Section(None, "Page", "Intro bold"),
        Section("a", "Sec A", "a one two B b deep d"),
    ]


def test_index_terms_normalize_stem_and_segment(segmenter) -> None:
    text = "忘记了钱包密码怎么办？Transactions pending, can’t reach support 公共ＷｉＦｉ 助记词"
    assert index_terms(text, segmenter) == [
        "忘记", "钱包", "密码", "transact", "pend", "can't", "reach", "support",
        "公共", "wifi", "助记", "助记词",
    ]  # fmt: skip


def test_segment_han_keeps_every_character_including_the_last() -> None:
    vocabulary = {"忘记", "密码", "转账", "失败", "客服", "官方", "渠道"}
    assert segment_han("忘记密码", vocabulary) == ["忘记", "密码"]
    assert segment_han("转账失败", vocabulary) == ["转账", "失败"]
    assert segment_han("假客服", vocabulary) == ["假", "客服"]
    assert segment_han("官方渠道", vocabulary) == ["官方", "渠道"]
    assert segment_han("完全未知", vocabulary) == ["完", "全", "未", "知"]


def test_query_clauses_weigh_words_prefixes_and_synonyms() -> None:
    vocabulary = {"矿工费", "矿工", "手续费", "gas"}
    clauses = query_clauses("矿工费", vocabulary, [["矿工费", "手续费", "gas"]])
    assert clauses == [
        Clause("矿工费", BOOST_WORD),
        Clause("矿工费", BOOST_PREFIX, prefix=True),
        Clause("矿工", 3.0),
        Clause("手续费", 4.0),
        Clause("ga", 4.0),  # Porter's stem of "gas", in the index and the query alike
    ]


def test_english_query_stems_whole_words_and_keeps_prefixes() -> None:
    clauses = query_clauses("Transactions pendin", set(), [])
    assert {(c.term, c.prefix) for c in clauses} == {
        ("transact", False),
        ("transact", True),
        ("transactions", True),
        ("pendin", False),
        ("pendin", True),
    }


def test_stop_words_only_query_still_searches() -> None:
    assert [c.term for c in query_clauses("the", set(), []) if not c.prefix] == ["the"]


def test_pages_rank_by_best_section_plus_a_share_of_the_others() -> None:
    hits = [SectionHit("a/#x", 5.0), SectionHit("b/#y", 4.5), SectionHit("b/", 4.0)]
    assert [(p.page, p.score) for p in group_by_page(hits)] == [("b/", 5.5), ("a/", 5.0)]


def test_tiny_index_finds_pages_in_its_language(segmenter) -> None:
    pages = [
        PageSource("en/fees/", "Network fees", "What gas costs.", "<p>Gas goes to validators.</p>"),
        PageSource(
            "en/reset/",
            "Forgot password",
            "Reset it locally.",
            '<p>Intro</p><h2 id="steps">Steps</h2><p>Import your seed phrase.</p>',
        ),
    ]
    index = SearchIndex(build_index_file("en", pages, segmenter, load_synonyms("en")))
    assert [h.page for h in index.search("gas")][:1] == ["en/fees/"]
    assert [h.page for h in index.search("forgotten passwords")][:1] == ["en/reset/"]
    assert index.search("recovery phrase")[0].sections[0].url == "en/reset/#steps"
    assert index.search("zzz") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 1", "x.yml:1: expected a list of groups"),
        ("- [a, b]\n- a\n", "x.yml:2: a group is a list of words: [word, word, ...]"),
        ("- [a, a]\n", "x.yml:1: a group needs two or more different words"),
        (
            "- [a, b]\n- [c, A]\n",
            "x.yml:2: 'A' is already in the group on line 1; merge the two groups",
        ),
    ],
)
def test_synonym_file_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(SynonymError) as error:
        parse_synonyms(text, "x.yml")
    assert str(error.value) == message


def test_shipped_synonym_files_are_valid() -> None:
    assert len(load_synonyms("zh")) >= 10
    assert len(load_synonyms("en")) >= 10


def test_index_files_live_beside_their_language() -> None:
    assert index_path("zh", "zh") == "search/zh.json"
    assert index_path("en", "zh") == "en/search/en.json"
    assert page_slug("en/contact/#hours", ["en"]) == "contact"
    assert page_slug("", ["en"]) == page_slug("en/", ["en"]) == "index"


SEARCH_JS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "javascripts" / "search"


def test_vendored_lunr_js_is_the_recorded_npm_file() -> None:
    """lunr.min.js of npm lunr@2.3.9, unmodified (README: "Search"), as lunr.py writes for."""
    data = (SEARCH_JS / "lunr-2.3.9.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == LUNR_JS_SHA256
    assert lunr.__TARGET_JS_VERSION__ == "2.3.9"


def test_search_scripts_need_no_eval() -> None:
    """The CSP allows no 'unsafe-eval': no eval, new Function or string timers."""
    forbidden = re.compile(r"\beval\(|new Function\b|set(Timeout|Interval)\(\s*['\"]")
    for script in SEARCH_JS.glob("*.js"):
        assert not forbidden.search(script.read_text("utf-8")), script
