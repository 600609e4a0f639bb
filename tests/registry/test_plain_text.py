"""Registry text is data, never code: bytes that are not UTF-8, a byte-order mark, invisible or
reordering characters, links that are not plain web/mail/phone links, and markup in any text
fail loading at file:line with how to write it instead, never with a traceback."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from helpcenter.registry.characters import in_value
from helpcenter.registry.markup import prose_markup
from tests.registry.minimal import MINIMAL, changed, load, problems, problems_of

ROOT = Path(__file__).resolve().parents[2]
LABEL = "{zh: 客服邮箱, en: Support email}"  # line 8
EMAIL = "value: support@example.com"  # line 7
CONTROL_FIX = (
    "Fix: delete it (an editor that shows invisible characters helps) and write the text as "
    "it should read"
)

# --- bytes and characters --------------------------------------------------------------------


def test_a_byte_order_mark_is_named_with_the_fix(tmp_path: Path) -> None:
    assert problems_of(tmp_path, b"\xef\xbb\xbf" + MINIMAL.encode()) == [
        "channels.yml:1: the file starts with a byte-order mark (U+FEFF). Fix: save it as "
        "UTF-8 without BOM (in most editors the encoding 'UTF-8', not 'UTF-8 with BOM')"
    ]


def test_every_line_that_is_not_utf8_is_named_with_its_column(tmp_path: Path) -> None:
    data = MINIMAL.encode().replace(b"Support email", b"Support caf\xe9")
    data = data.replace(b"Block explorer", b"Block \x80xplorer")
    fix = (
        "Fix: save the file as UTF-8 (in most editors: 'Save with encoding' / UTF-8) and check "
        "the text at that column"
    )
    # Columns count characters, not bytes: 客服邮箱 and 区块浏览器 are one column each.
    assert problems_of(tmp_path, data) == [
        f"channels.yml:8: is not valid UTF-8 (byte 0xe9 at column 38). {fix}",
        f"channels.yml:25: is not valid UTF-8 (byte 0x80 at column 34). {fix}",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            LABEL,
            "{zh: 客服邮箱, en: Support\u202e email}",
            "channels.yml:8: column 34 holds U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional "
            "control: it changes the order text is shown in)",
        ),
        (
            LABEL,
            "{zh: 客服邮箱, en: Support\x01 email}",
            "channels.yml:8: column 34 holds U+0001 (a control character)",
        ),
        (
            "channels:\n",
            "channels:  # \u200b in a comment too\n",
            "channels.yml:4: column 14 holds U+200B ZERO WIDTH SPACE (an invisible formatting "
            "character)",
        ),
        (
            "support@example.com",
            "support@exam\ufeffple.com",
            "channels.yml:7: column 24 holds U+FEFF ZERO WIDTH NO-BREAK SPACE (an invisible "
            "formatting character)",
        ),
        (
            LABEL,
            "{zh: 客服邮箱, en: Support\x85email}",
            "channels.yml:8: column 34 holds U+0085 (a control character)",
        ),
        (
            LABEL,
            "{zh: 客服邮箱, en: Support\u2028email}",
            "channels.yml:8: column 34 holds U+2028 LINE SEPARATOR (a line separator YAML reads "
            "as a line break)",
        ),
    ],
    ids=["bidi", "control", "comment", "bom-inside", "next-line", "line-separator"],
)
def test_a_refused_character_in_the_file_is_named_at_its_line_and_column(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert problems(tmp_path, old, new) == [f"{expected}. {CONTROL_FIX}"]


REFUSED = st.characters(
    categories=["Cc", "Cf", "Zl", "Zp", "Co", "Cn"], exclude_characters="\t\n\r"
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(char=REFUSED)
def test_every_refused_character_fails_raw_or_escaped(tmp_path: Path, char: str) -> None:
    code = ord(char)
    raw = problems(tmp_path, LABEL, f"{{zh: 客服邮箱, en: Support{char}email}}")
    assert len(raw) == 1 and raw[0].startswith(f"channels.yml:8: column 34 holds U+{code:04X}")
    escape = f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    escaped = problems(tmp_path, LABEL, f'{{zh: 客服邮箱, en: "Support{escape}email"}}')
    assert len(escaped) == 1 and escaped[0].startswith(
        f"channels.yml:8: channel 'support-email' label en holds U+{code:04X}"
    )
    assert escaped[0].endswith(
        f"Fix: remove it (written as the escape {escape} or pasted invisibly) and write plain text"
    )


def test_an_escaped_bidi_override_in_a_value_is_named(tmp_path: Path) -> None:
    assert problems(tmp_path, EMAIL, 'value: "support@example.com\\u202e"') == [
        "channels.yml:7: channel 'support-email' value holds U+202E RIGHT-TO-LEFT OVERRIDE (a "
        "bidirectional control: it changes the order text is shown in). Fix: remove it "
        "(written as the escape \\u202e or pasted invisibly) and write plain text"
    ]


def test_text_on_several_lines_is_refused(tmp_path: Path) -> None:
    text = "    label:\n      zh: 客服邮箱\n      en: |\n        Support\n        email\n"
    assert problems(tmp_path, f"    label: {LABEL}\n", text) == [
        "channels.yml:10: channel 'support-email' label en spans several lines. Fix: write it "
        "on one line: a quoted string, or >- to fold a block without a line break"
    ]


# --- links ----------------------------------------------------------------------------------

WEBSITE = "kind: email\n    value: support@example.com"
HOW_WEB = "Fix: write it as https://www.example.com/path"
RUNS_CODE = "which runs code or reads local data instead of opening a contact"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            EMAIL,
            "value: javascript:alert(1)",
            "channels.yml:7: channel 'support-email' value 'javascript:alert(1)' uses the "
            f"javascript: scheme, {RUNS_CODE}. Fix: write the email itself, as "
            "name@example.com (or mailto:name@example.com)",
        ),
        (
            EMAIL,
            "value: JavaScript://%0aalert(1)",
            "channels.yml:7: channel 'support-email' value 'JavaScript://%0aalert(1)' uses the "
            f"javascript: scheme, {RUNS_CODE}. Fix: write the email itself, as "
            "name@example.com (or mailto:name@example.com)",
        ),
        (
            'value: "+1 202-555-0142"',
            'value: "callto:+12025550142"',
            "channels.yml:13: channel 'hotline' value 'callto:+12025550142' uses the callto: "
            "scheme, which is not a plain web, mail or phone link. Fix: write it as "
            "+1 202-555-0142 (or tel:+12025550142)",
        ),
        (
            WEBSITE,
            "kind: website\n    value: ftp://www.example.com/",
            "channels.yml:7: channel 'support-email' value 'ftp://www.example.com/' uses the "
            f"ftp: scheme, which is not a plain web, mail or phone link. {HOW_WEB}",
        ),
        (
            WEBSITE,
            "kind: telegram\n    value: tg://resolve?domain=ExampleWallet",
            "channels.yml:7: channel 'support-email' value 'tg://resolve?domain=ExampleWallet' "
            "uses the tg: scheme, which is not a plain web, mail or phone link. Fix: write it "
            "as @username (or https://t.me/username)",
        ),
        (
            WEBSITE,
            "kind: website\n    value: http://www.example.com",
            "channels.yml:7: channel 'support-email' value 'http://www.example.com' uses http:, "
            "which anyone on the network between the reader and the site can change. "
            "Fix: write https://",
        ),
        (
            WEBSITE,
            "kind: website\n    value: www.example.com",
            "channels.yml:7: channel 'support-email' value 'www.example.com' is not written as a "
            f"full https:// address (pages link to it as written). {HOW_WEB}",
        ),
        (
            WEBSITE,
            "kind: app-store\n    value: //www.example.com/download",
            "channels.yml:7: channel 'support-email' value '//www.example.com/download' is not "
            "written as a full https:// address (pages link to it as written). Fix: write it "
            "as https://www.example.com/download",
        ),
        (
            "url: https://explorer.example",
            "url: vbscript:msgbox",
            "channels.yml:24: reference 'explorer' url 'vbscript:msgbox' uses the vbscript: "
            f"scheme, {RUNS_CODE}. Fix: write the website itself, as "
            "https://www.example.com/path",
        ),
        (
            'value: "+1 202-555-0199"',
            'value: "data:text/plain,call me"',
            "channels.yml:28: impostor 'data:text/plain,call me' value uses the data: scheme, "
            f"{RUNS_CODE}. Fix: write the phone itself, as +1 202-555-0142 "
            "(or tel:+12025550142)",
        ),
    ],
    ids=[
        "javascript",
        "javascript-mixed-case",
        "callto",
        "ftp",
        "app-link",
        "http-official",
        "no-scheme",
        "scheme-relative",
        "reference",
        "impostor-data",
    ],
)
def test_a_value_that_is_not_a_plain_link_of_its_kind_is_refused(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert problems(tmp_path, old, new) == [expected]


@pytest.mark.parametrize(
    "value",
    ["https://examp1e.test/login", "http://examp1e.test/login", "examp1e.test/login"],
)
def test_an_impostor_may_be_the_address_it_was_seen_at(tmp_path: Path, value: str) -> None:
    text = changed(
        'kind: phone\n    value: "+1 202-555-0199"', f"kind: website\n    value: {value}"
    )
    assert load(tmp_path, text).impostors[0].contact.key == "https://examp1e.test/login"


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("email", "mailto:support@example.com"),
        ("phone", "tel:+12025550150"),
        ("telegram", "https://t.me/ExampleWalletNews"),
        ("discord", "https://discord.gg/examplewallet"),
        ("website", "https://www.example.com/help"),
    ],
)
def test_plain_links_of_each_kind_load(tmp_path: Path, kind: str, value: str) -> None:
    text = changed(WEBSITE, f"kind: {kind}\n    value: {value}")
    assert load(tmp_path, text).channels[0].value == value


# --- markup ---------------------------------------------------------------------------------

TAG_FIX = (
    "Fix: remove the tag and keep the words (a '<' followed by a space, like 'a < b', is fine)"
)
LINK_FIX = (
    "Fix: write the words only, with （…） or “…” instead of [ ]: registry text cannot link or "
    "show images (pages link a channel with [[channel:ID]])"
)
SHOWN = "registry text is shown exactly as written"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>Website", f"an HTML tag ('<script>'); {SHOWN}. {TAG_FIX}"),
        (
            "'<form action=https://evil.test><input name=seed></form>'",
            f"an HTML tag ('<form action=https://evil.test>'); {SHOWN}. {TAG_FIX}",
        ),
        ("Support<!-- hidden -->", f"an HTML comment ('<!--'); {SHOWN}. Fix: remove the comment"),
        (
            "'&lt;script&gt;'",
            f"an HTML character reference ('&lt;'); {SHOWN}. Fix: write the character itself "
            "('<' instead of '&lt;')",
        ),
        (
            "Support &notice",
            f"an HTML character reference ('&not'); {SHOWN}. Fix: write the character itself "
            "('¬' instead of '&not')",
        ),
        (
            "'&#x202e;Support'",
            f"an HTML character reference ('&#x202e;'); {SHOWN}. Fix: remove it and write plain "
            "text",
        ),
        ("'[点这里](javascript:alert(1))'", f"a Markdown link ('[点这里]('); {SHOWN}. {LINK_FIX}"),
        ("'![x](https://evil.test/x.png)'", f"a Markdown image ('![x]('); {SHOWN}. {LINK_FIX}"),
        ("'[官网]'", f"square brackets (Markdown link syntax) ('[官网]'); {SHOWN}. {LINK_FIX}"),
        (
            "'<https://evil.test>'",
            f"an autolink ('<https://evil.test>'); {SHOWN}. Fix: write the address without "
            "angle brackets, or leave it out: registry text cannot link (pages link a channel "
            "with [[channel:ID]])",
        ),
        (
            "'[[channel:hotline]]'",
            f"a page marker ('[[channel:hotline]]'); {SHOWN}. Fix: remove it: markers work in "
            "pages, not in registry text; write the words only",
        ),
        (
            "'Support `code`'",
            f"Markdown code ('`code`'); {SHOWN}. Fix: use quotation marks (“…” or 「…」), not "
            "backticks",
        ),
        (
            "'Support { onclick=\"alert(1)\" }'",
            f"a Markdown attribute list ('{{ onclick=\"alert(1)\" }}'); {SHOWN}. Fix: remove "
            "the {…}: registry text takes no attributes, ids or classes (write an aside in （…）)",
        ),
        (
            "'**Support**'",
            f"Markdown emphasis ('**'); {SHOWN}. Fix: remove the * _ ~ marks: registry text is "
            "shown without formatting",
        ),
        (
            "Support javascript:alert(1)",
            f"a script link ('javascript:'); {SHOWN}. Fix: remove it: registry text is data, "
            "never code",
        ),
        (
            "'Support \\*'",
            f"a Markdown backslash escape ('\\\\*'); {SHOWN}. Fix: remove the backslash: registry "
            "text needs no escapes",
        ),
        (
            "'Support :warning:'",
            f"an emoji or key shortcode (':warning:'); {SHOWN}. Fix: write the words (or the "
            "emoji itself) without the :…: or ++…++ marks",
        ),
        (
            "'# Support'",
            f"Markdown block syntax at its start ('#'); {SHOWN}. Fix: start with a word: not "
            "with a space, # > - + * 1. !!! ??? === or a line of - * _",
        ),
    ],
    ids=[
        "tag",
        "form",
        "comment",
        "reference",
        "legacy-reference",
        "reference-to-bidi",
        "link",
        "image",
        "brackets",
        "autolink",
        "marker",
        "code",
        "attribute-list",
        "emphasis",
        "script-link",
        "escape",
        "shortcode",
        "block-start",
    ],
)
def test_markup_in_registry_text_says_how_to_write_it_plainly(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert problems(tmp_path, LABEL, f"{{zh: 客服邮箱, en: {text}}}") == [
        f"channels.yml:8: channel 'support-email' label en holds {expected}"
    ]


HOSTILE = "<b>x</b>"
TAG = f"holds an HTML tag ('<b>'); {SHOWN}. {TAG_FIX}"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "name: {zh: 示例钱包, en: Example Wallet}",
            f"name: {{zh: 示例钱包, en: '{HOSTILE}'}}",
            f"channels.yml:2: the registry brand name en {TAG}",
        ),
        (
            "tokens: [examplewallet]",
            "tokens: ['<b>x']",
            f"channels.yml:3: the registry brand tokens[0] {TAG}",
        ),
        (
            f"    label: {LABEL}\n",
            f"    label: {LABEL}\n    purpose: {{zh: '{HOSTILE}', en: x}}\n",
            f"channels.yml:9: channel 'support-email' purpose zh {TAG}",
        ),
        (
            '      close: "18:00"\n',
            f'      close: "18:00"\n      holiday_note: {{zh: 休息, en: "{HOSTILE}"}}\n',
            f"channels.yml:22: channel 'hotline' hours holiday_note en {TAG}",
        ),
        (
            "{zh: 区块浏览器, en: Block explorer}",
            f"{{zh: '{HOSTILE}', en: Block explorer}}",
            f"channels.yml:25: reference 'explorer' label zh {TAG}",
        ),
        (
            "    reported_on: 2026-10-28\n",
            f"    reported_on: 2026-10-28\n    note: {{zh: 骗子, en: '{HOSTILE}'}}\n",
            f"channels.yml:30: impostor '+1 202-555-0199' note en {TAG}",
        ),
        (
            EMAIL,
            'value: "support@example.com\\"onmouseover=x"',
            "channels.yml:7: channel 'support-email' value holds a character no contact value "
            f"has ('\"'); {SHOWN}. Fix: remove it: write the value as the contact itself, "
            "without quotes, angle brackets, backticks or backslashes",
        ),
    ],
    ids=["brand-name", "token", "purpose", "holiday-note", "reference-label", "note", "value"],
)
def test_every_text_of_the_registry_is_checked(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert problems(tmp_path, old, new) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Calls < 5 minutes",
        "R&D and A & B",
        '"Support" (24/7) — 50% faster',
        "【重要】客服绝不会索要助记词！",
        "09:00-18:00, C++ SDK, 1.5x",
        "support_team_lead",
        "Who? What! Why…",
    ],
)
def test_plain_text_with_syntax_characters_loads(tmp_path: Path, text: str) -> None:
    quoted = text.replace("'", "''")
    registry = load(tmp_path, changed(LABEL, f"{{zh: 客服邮箱, en: '{quoted}'}}"))
    assert registry.channels[0].label.en == text


# --- the class, not the examples: whatever loads is plain text to the site's Markdown -------

_CONFIG = load_config(str(ROOT / "mkdocs.yml"))
_MARKDOWN = markdown.Markdown(
    extensions=_CONFIG.markdown_extensions, extension_configs=_CONFIG.mdx_configs
)
#: Pieces of syntax of HTML, Markdown and every extension the site enables, and plain text.
PIECES = [
    *"<>&#*_[](){}!:`~+=-|\\'\"/.;?@^$%,1 a中",
    "amp;", "#60;", "&lt", "<a", "</", "<!--", "javascript:", "](", "![", "{:", "**", "__",
    "++", "  ", "\u3000", "\u00a0", "ab_c", "x*y", "&copy", "1.", "1)", "```", "~~~", "***",
    "---", "=== ", "!!! ", "??? ", "warning", "100", "http", "x.test", "[^1]", "*[", "$$",
    "^^", "==",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join))
def test_registry_text_that_loads_renders_as_exactly_its_characters(text: str) -> None:
    assume(text.strip() and in_value(text) is None and prose_markup(text) is None)
    _MARKDOWN.reset()
    rendered = _MARKDOWN.convert(text)
    paragraph = re.fullmatch(r"<p>(.*)</p>", rendered, re.S)
    assert paragraph is not None, rendered
    assert "<" not in paragraph.group(1), rendered
    assert html.unescape(paragraph.group(1)).strip() == text.strip()


def test_the_refused_categories_cover_bidi_zero_width_and_tags() -> None:
    for char in "\u202e\u2066\u200b\u200d\u2060\ufeff\U000e0041\u00ad":
        assert unicodedata.category(char) == "Cf"
        assert in_value(f"a{char}b") is not None
