"""The search rules on small inputs: sections, terms, segmentation, synonyms, typos, key
phrases, weights, shards, ranking."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import lunr
import pytest

from helpcenter.search.index_build import (
    FIELDS,
    PageSource,
    build_index,
    encode_postings,
    file_path,
)
from helpcenter.search.index_read import SearchIndex, page_slug
from helpcenter.search.key_phrases import read_key_phrases
from helpcenter.search.layout import index_path
from helpcenter.search.query import (
    Concept,
    Plan,
    segment_han,
    within_one_edit,
)
from helpcenter.search.query import rank as rank_plan
from helpcenter.search.sections import Section, split_sections
from helpcenter.search.segmenter import load_segmenter
from helpcenter.search.stemmer import stem
from helpcenter.search.synonyms import SynonymError, load_synonyms, parse_synonyms
from helpcenter.search.terms import index_terms, phrase_term
from helpcenter.search.typos import TypoListError, load_typos, parse_typos

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
        Section("a", "Sec A", "a one two B b deep d", "B deep"),
    ]


def test_index_terms_normalize_stem_and_segment(segmenter) -> None:
    text = "忘记了钱包密码怎么办？Transactions pending, can’t reach support 公共ＷｉＦｉ 助记词"
    assert index_terms(text, segmenter) == [
        "忘记", "钱包", "密码", "transact", "pend", "can't", "reach", "support",
        "公共", "wifi", "助记", "助记词",
    ]  # fmt: skip


def test_a_build_s_words_come_and_go_without_unlearning_jieba_s(segmenter) -> None:
    segmenter.use_words({"忘记", "工作时间", "客服工作时间"})
    assert {"客服工作时间", "工作时间", "客服"} <= set(segmenter.words("客服工作时间"))
    segmenter.use_words(set())
    assert "客服工作时间" not in set(segmenter.words("客服工作时间"))
    assert "忘记" in set(segmenter.words("忘记密码"))


def test_known_phrases_are_terms_of_their_own(segmenter) -> None:
    phrases = frozenset({"custom servic", "no answer"})
    assert index_terms("Customer service: no answer. Customer, service", segmenter, phrases) == [
        "custom", "servic", "custom servic", "answer", "no answer", "custom", "servic",
    ]  # fmt: skip
    assert phrase_term("Won't open") == "won't open"
    assert phrase_term("gas") is None and phrase_term("客服") is None


def test_stemmer_is_lunr_js_s() -> None:
    """Where lunr.js and the lunr Python package disagree, the browser's lunr.js wins."""
    assert [stem(w) for w in ["key", "transactions", "recovery", "yelling", "controlling"]] == [
        "key", "transact", "recoveri", "yell", "control",
    ]  # fmt: skip


def test_segment_han_keeps_every_character_including_the_last() -> None:
    vocabulary = frozenset({"忘记", "密码", "转账", "失败", "客服", "官方", "渠道"})
    assert segment_han("忘记密码", vocabulary) == ["忘记", "密码"]
    assert segment_han("假客服", vocabulary) == ["假", "客服"]
    assert segment_han("完全未知", vocabulary) == ["完", "全", "未", "知"]


def test_one_edit_is_a_letter_added_dropped_changed_or_two_swapped() -> None:
    assert within_one_edit("pasword", "password")
    assert within_one_edit("frogot", "forgot")
    assert within_one_edit("recovry", "recovery")
    assert within_one_edit("walled", "wallet")
    assert not within_one_edit("wallet", "wallet")
    assert not within_one_edit("pswrd", "password")
    assert not within_one_edit("tarnsacton", "transaction")


def _index(segmenter, pages, synonyms=(), typos=(), shard_numbers=2000) -> SearchIndex:
    groups = [list(g) for g in synonyms]
    built = build_index("en", pages, segmenter, groups, list(typos), shard_numbers)
    files = {file_path(built.head, name): data for name, data in built.files.items()}
    return SearchIndex(built.head, files.__getitem__)


def page(url: str, title: str, body: str, phrases: tuple[str, ...] = ()) -> PageSource:
    return PageSource(url, title, f"{title}.", body, phrases)


def test_tiny_index_finds_pages_and_their_best_section(segmenter) -> None:
    index = _index(
        segmenter,
        [
            page("en/fees/", "Network fees", "<p>Gas goes to validators.</p>"),
            page(
                "en/reset/",
                "Forgot password",
                '<p>Intro</p><h2 id="steps">Steps</h2><p>Import your seed phrase.</p>',
            ),
        ],
        synonyms=[["seed phrase", "recovery phrase"], ["forgot", "forgotten"]],
    )
    assert [h.url for h in index.search("gas")] == ["en/fees/"]
    assert [h.url for h in index.search("forgotten passwords")] == ["en/reset/"]
    assert index.search("recovery phrase")[0].sections[0][0] == "en/reset/#steps"
    assert index.search("zzz") == []


def test_titles_headings_and_key_phrases_outrank_body_mentions(segmenter) -> None:
    mention = "<p>" + "Some text about wallets and apps. " * 5 + "Call our hotline.</p>"
    pages = [page(f"en/other-{n}/", f"Other {n}", mention) for n in range(8)]
    pages += [
        page("en/heading/", "Heading", '<p>x</p><h2 id="h">The hotline</h2><p>Open daily.</p>'),
        page("en/title/", "Hotline", "<p>Open daily.</p>"),
        page("en/keys/", "Contact", "<p>Reach us.</p>", ("hotline",)),
    ]
    found = [h.url for h in _index(segmenter, pages).search("hotline")]
    assert set(found[:3]) == {"en/heading/", "en/title/", "en/keys/"}
    assert all(url.startswith("en/other-") for url in found[3:])


def test_every_concept_must_match_and_weak_pages_are_cut(segmenter) -> None:
    pages = [
        page("en/a/", "Gas fees", "<p>Why gas is high.</p>"),
        page("en/b/", "Gas", "<p>Gas explained.</p>"),
        page("en/c/", "Fees", "<p>Fees explained.</p>"),
    ]
    index = _index(segmenter, pages)
    assert [h.url for h in index.search("gas fees")] == ["en/a/"]


def test_a_sentence_may_miss_one_word(segmenter) -> None:
    pages = [
        page("en/hours/", "Support hours", "<p>A person answers during the day.</p>"),
        page("en/other/", "Other", "<p>Anyone may ask.</p>"),
    ]
    index = _index(segmenter, pages, synonyms=[["hours", "at night"]])
    assert [h.url for h in index.search("does anyone answer at night")][:1] == ["en/hours/"]


def test_weights_are_lunr_bm25_per_field_times_its_boost(segmenter) -> None:
    built = build_index("en", [page("en/a/", "Gas", "<p>Gas gas fee.</p>")], segmenter, [], [])
    assert dict(FIELDS) == {"title": 10.0, "key_phrases": 10.0, "heading": 4.0, "text": 1.0}
    assert built.head["terms"] == ["ga", "fee"][::-1]
    # one section: idf = ln(1 + 0.5/1.5); title "gas" (tf 1, length = average) and text
    # "gas. gas gas fee" (tf 3, length = average): 10 * idf * 2.2/2.2 + idf * 6.6/4.2
    idf = 0.28768207245178085
    ga = built.files["t0"][built.head["terms"].index("ga")]
    assert ga == [0, round((10 * idf + idf * 6.6 / 4.2) * 100)]


def test_postings_are_section_deltas_and_weights() -> None:
    assert encode_postings({7: 120, 2: 35, 30: 9}) == [2, 35, 5, 120, 23, 9]


def test_shards_are_loaded_only_for_the_query_words(segmenter) -> None:
    words = [f"word{n:03d}" for n in range(400)]
    pages = [page(f"en/p{n}/", f"Page {n}", f"<p>{' '.join(words[n::40])}</p>") for n in range(40)]
    index = _index(segmenter, pages, shard_numbers=50)
    assert len(index.head["shards"]) > 3
    assert [h.url for h in index.search("word123")] == ["en/p3/"]
    assert index.loaded == [f"t{index.shard_of('word123')}", "p3"]


def test_ranking_prefers_whole_words_and_falls_back_to_characters() -> None:
    postings = {"客服": {0: 100}, "假": {1: 100}}
    plan = Plan((Concept((("假", 10.0),), weak=True), Concept((("客服", 10.0),))), ())
    ranking = rank_plan(plan, lambda t: postings.get(t, {}), [0, 1])
    assert [p.page for p in ranking.pages] == [0] and ranking.matched == ("客服",)
    alone = Plan((Concept((("假", 10.0),), weak=True),), ())
    assert [p.page for p in rank_plan(alone, lambda t: postings.get(t, {}), [0, 1]).pages] == [1]


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
        (
            "- [gas, 费用]\n- [gas费, 手续费]\n",
            "x.yml:2: 'gas费' must be one Chinese word or English words; list a mixed form as "
            "its parts (gas费: gas and 费用)",
        ),
    ],
)
def test_synonym_file_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(SynonymError) as error:
        parse_synonyms(text, "x.yml")
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# c\n密玛\n", "t.txt:2: expected two Chinese words, the wrong one and the right one "
         "(密玛 密码), got '密玛'"),
        ("密玛 password\n", "t.txt:1: expected two Chinese words, the wrong one and the right "
         "one (密玛 密码), got '密玛 password'"),
        ("客户服 客服\n", "t.txt:1: 客户服 and 客服 must have the same length and differ in one "
         "or two characters (a wrong character, not another word)"),
        ("密玛 密码\n\n密玛 密吗\n", "t.txt:3: 密玛 is already corrected on line 1"),
    ],
)  # fmt: skip
def test_typo_list_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(TypoListError) as error:
        parse_typos(text, "t.txt")
    assert str(error.value) == message


def test_shipped_lists_are_valid() -> None:
    assert len(load_synonyms("zh")) >= 30
    assert len(load_synonyms("en")) >= 30
    assert ("密玛", "密码") in load_typos()


KEY_PHRASE_PAGE = "---\ntitle: T\ndescription: D.\nkey_phrases:\n{}\n---\n\n# T\n"


@pytest.mark.parametrize(
    ("value", "problems"),
    [
        ("  - 忘记密码\n  - forgot password", []),
        ("  - 1", ["p.md:5: key_phrases: each phrase is plain text"]),
        ("  - <b>x</b>", ["p.md:5: key_phrases: '<b>x</b>' contains markup"]),
        ("  - 忘记 密码", ["p.md:5: key_phrases: '忘记 密码' mixes Chinese with other words or "
                          "punctuation"]),
        ("  - gas费", ["p.md:5: key_phrases: 'gas费' mixes Chinese with other words or "
                      "punctuation"]),
        ("  - the", ["p.md:5: key_phrases: 'the' has no searchable word"]),
        ("  - Hotline\n  - hotline", ["p.md:6: key_phrases: 'hotline' is listed twice"]),
        ("  - " + "x" * 41, [f"p.md:5: key_phrases: '{'x' * 41}' must be 1 to 40 characters"]),
    ],
)  # fmt: skip
def test_key_phrases_are_checked_with_their_line(value: str, problems: list[str]) -> None:
    phrases, found = read_key_phrases(KEY_PHRASE_PAGE.format(value), "p.md")
    assert [f"{p.path}:{p.line}: {p.message}" for p in found] == problems
    if not problems:
        assert phrases == ["忘记密码", "forgot password"]


def test_key_phrases_must_be_a_short_list() -> None:
    text = "---\ntitle: T\nkey_phrases: hotline\n---\n"
    _, problems = read_key_phrases(text, "p.md")
    assert [str(p) for p in problems] == [
        "p.md:3: key_phrases: expected a list of phrases. Fix: write key_phrases: [phrase, "
        "phrase, ...] with 1 to 12 short phrases"
    ]
    many = "---\nkey_phrases: [" + ", ".join(f"w{n}" for n in range(13)) + "]\n---\n"
    assert [p.message for p in read_key_phrases(many, "p.md")[1]] == [
        "key_phrases: 13 phrases, at most 12"
    ]
    assert read_key_phrases("# no front matter\n", "p.md") == ([], [])


def test_index_files_live_beside_their_language() -> None:
    assert index_path("zh", "zh") == "search/zh.json"
    assert index_path("en", "zh") == "en/search/en.json"
    assert file_path({"files": "en/", "hash": "0123456789ab"}, "t3") == "en/t3.0123456789ab.json"
    assert page_slug("en/contact/#hours", ["en"]) == "contact"
    assert page_slug("", ["en"]) == page_slug("en/", ["en"]) == "index"


SEARCH_JS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "javascripts" / "search"


def test_vendored_lunr_js_is_the_recorded_npm_file() -> None:
    """lunr.min.js of npm lunr@2.3.9, unmodified (README: "Search"): its stemmer and stop
    words are what the index is built with."""
    data = (SEARCH_JS / "lunr-2.3.9.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == LUNR_JS_SHA256
    assert lunr.__TARGET_JS_VERSION__ == "2.3.9"


def test_search_scripts_need_no_eval() -> None:
    """The CSP allows no 'unsafe-eval': no eval, new Function or string timers."""
    forbidden = re.compile(r"\beval\(|new Function\b|set(Timeout|Interval)\(\s*['\"]")
    for script in SEARCH_JS.glob("*.js"):
        assert not forbidden.search(script.read_text("utf-8")), script
