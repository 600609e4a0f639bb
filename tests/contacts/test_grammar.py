"""The grammar data file and the tables the contact parsers read from it.

The rules in ``contacts/grammar.json`` are hand-written; its "unicode" section is generated
from Python's ``unicodedata`` (``python -m helpcenter.contacts.unicode_tables``), and the
suffix and calling-code data come from the pinned packages at build time.
"""

from __future__ import annotations

import json
import re
import unicodedata

import phonenumbers
import pytest
from publicsuffixlist import PublicSuffixList

from helpcenter.contacts import grammar as grammar_module
from helpcenter.contacts import unicode_tables
from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.grammar import grammar, trie_pattern, units, words_pattern
from helpcenter.contacts.idna import ascii_label, unicode_label
from helpcenter.contacts.phone_data import phone_data
from helpcenter.contacts.suffixes import is_tld, public_suffix, registrable_domain, suffix_data
from helpcenter.contacts.text import casefold, clean, fold


def test_the_generated_section_is_what_this_python_generates() -> None:
    written = unicode_tables.GRAMMAR_PATH.read_text(encoding="utf-8")
    assert written == unicode_tables.current(), (
        "grammar.json is stale or hand-edited: run python -m helpcenter.contacts.unicode_tables"
    )


def test_the_file_is_json_with_the_sections_both_runtimes_read() -> None:
    data = json.loads(grammar_module.GRAMMAR_PATH.read_text(encoding="utf-8"))
    for section in ("text", "markup", "spelled", "urls", "hosts", "handles", "keywords"):
        assert section in data, section
    for section in ("labels", "numbers", "unicode"):
        assert section in data, section
    assert data["unicode"]["version"] == unicodedata.unidata_version


@pytest.mark.parametrize(
    "char",
    [
        "٣",  # Arabic-Indic
        "۳",  # Extended Arabic-Indic
        "३",  # Devanagari
        "৩",  # Bengali
        "๓",  # Thai
        "３",  # full width
        "𝟑",  # mathematical bold
        "𝟛",  # double-struck
        "³",  # superscript
        "₃",  # subscript
        "③",  # circled
        "⑶",  # parenthesized
        "⒊",  # with full stop
        "❸",  # dingbat negative circled
        "𑁩",  # Brahmi (astral)
    ],
)
def test_every_kind_of_three_reads_as_3(char: str) -> None:
    assert fold(char) == "3"


def test_every_decimal_digit_of_this_unicode_folds_to_its_value() -> None:
    for code in range(0x80, 0x110000):
        char = chr(code)
        if unicodedata.category(char) == "Nd":
            assert fold(char) == str(unicodedata.decimal(char)), hex(code)


def test_enclosed_numbers_read_as_their_number_and_letters_as_ascii() -> None:
    assert fold("⑩⑪") == "1011"
    assert fold("ｈｅｌｐ＠ｅｘａｍｐｌｅ．ｃｏｍ") == "help@example.com"
    assert fold("𝐡𝐞𝐥𝐩") == "help"
    assert fold("help。example") == "help.example"


def test_invisible_characters_are_dropped_but_letters_kept() -> None:
    assert fold("he\u200blp\u2060\ufe0f\u20e3\u00ad") == "help"
    assert clean(" \tjava\nscript:x ") == "javascript:x"
    assert fold("é") == "é"  # composed after folding


def test_casefold_goes_beyond_lower_case() -> None:
    assert casefold("STRASSE") == casefold("straße")
    assert casefold("ΣΟΦΟΣ") == casefold("σοφος")


def test_chinese_numerals_and_letter_digits_are_explicit_tables() -> None:
    numbers = grammar()["numbers"]
    digits = numbers["chinese_digits"]
    for written, value in (("零", "0"), ("〇", "0"), ("一", "1"), ("幺", "1"), ("两", "2")):
        assert digits[written] == value
    for written, value in (("壹", "1"), ("贰", "2"), ("玖", "9")):
        assert digits[written] == value
    assert set(numbers["letter_digits"]) >= {"O", "o", "I", "l"}


def test_the_entities_table_decodes_what_html_decodes() -> None:
    import html

    named = grammar()["unicode"]["entities"]["named"]
    for name in ("commat;", "period;", "num;", "colon;", "sol;", "fullstop"):
        if name in named:
            assert html.unescape("&" + name) == named[name]
    assert named["commat;"] == "@"


def test_word_patterns_match_the_same_as_an_alternation() -> None:
    words = ["tel", "telegram", "te", "微信", "微信号", "whatsapp", "wa"]
    trie = re.compile(words_pattern(words))
    plain = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    for text in ("telegram", "tel", "微信号", "微信", "wa", "whatsapp", "tex", "tele"):
        a, b = trie.match(text), plain.match(text)
        assert (a and a.group()) == (b and b.group()), text
    spaced = re.compile(trie_pattern([["t", "[ ]?", "e", "[ ]?", "l"], ["t", "o"]]))
    assert spaced.fullmatch("t e l") and spaced.fullmatch("to")


def test_units_count_astral_characters_as_two_like_javascript() -> None:
    assert len(units("a𝟑b")) == 4
    assert len(units("微信")) == 2


# ------------------------------------------------------------------ public suffixes


@pytest.mark.parametrize(
    ("host", "suffix", "registered"),
    [
        ("help.example.com", "com", "example.com"),
        ("a.b.example.co.uk", "co.uk", "example.co.uk"),
        ("scam.github.io", "github.io", "scam.github.io"),
        ("x.y.kawasaki.jp", "y.kawasaki.jp", "x.y.kawasaki.jp"),  # wildcard rule
        ("city.kawasaki.jp", "kawasaki.jp", "city.kawasaki.jp"),  # exception rule
        ("co.uk", "co.uk", None),
        ("example.xn--fiqs8s", "xn--fiqs8s", "example.xn--fiqs8s"),  # .中国
        ("host.unknowntld", "unknowntld", "host.unknowntld"),
    ],
)
def test_public_suffixes_follow_the_list(host: str, suffix: str, registered: str | None) -> None:
    assert public_suffix(host) == suffix
    assert registrable_domain(host) == registered


def test_suffixes_agree_with_the_package_on_every_rule() -> None:
    psl = PublicSuffixList(only_icann=False)
    rules = suffix_data()["rules"].split("\n")
    assert len(rules) > 5000
    for rule in rules[::7]:
        host = "a.b." + (rule.lstrip("!").replace("*", "w"))
        assert public_suffix(host) == psl.publicsuffix(host, accept_unknown=True), host


def test_top_level_domains_in_ascii_and_unicode() -> None:
    assert is_tld("com") and is_tld("COM") and is_tld("中国") and is_tld("xn--fiqs8s")
    assert is_tld("test") and is_tld("example")  # reserved names the grammar lists
    assert not is_tld("txt") and not is_tld("png") and not is_tld("exe")
    assert "publicsuffixlist" in suffix_data()["name"]


# ------------------------------------------------------------------ IDNA


@pytest.mark.parametrize("label", ["bücher", "例子", "пример", "münchen", "ドメイン"])
def test_punycode_matches_python_idna(label: str) -> None:
    assert ascii_label(label) == label.encode("idna").decode("ascii")
    assert unicode_label(ascii_label(label)) == label


def test_labels_fold_before_punycode_and_bad_labels_are_refused() -> None:
    assert ascii_label("ＨＥＬＰ") == "help"
    assert ascii_label("Bücher") == "xn--bcher-kva"
    with pytest.raises(InvalidContact, match="internationalized host name"):
        ascii_label("he lp☃")
    assert unicode_label("xn--help-example-wallet") == "xn--help-example-wallet"


# ------------------------------------------------------------------ calling codes


def test_phone_data_comes_from_phonenumbers() -> None:
    data = phone_data()
    assert "phonenumbers" in data["name"] and phonenumbers.__version__ in data["name"]
    codes = json.dumps(data)
    for code in ("86", "1", "44", "852", "886"):
        assert f'"{code}"' in codes, code
