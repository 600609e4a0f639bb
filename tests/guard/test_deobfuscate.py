from __future__ import annotations

import pytest

from helpcenter.guard.read.deobfuscate import deobfuscate, direction_overrides


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        ("support&#64;evil.test", "support@evil.test"),
        ("support&#x40;evil.test", "support@evil.test"),
        ("support&commat;evil.test", "support@evil.test"),
        ("support&#8203;@evil.test", "support@evil.test"),
        ("sup\u200bport@e\u200dvil\u202d.test", "support@evil.test"),
        ("\ufeffsupport@evil.test", "support@evil.test"),
        ("ｓｕｐｐｏｒｔ＠ｅｖｉｌ．ｔｅｓｔ", "support@evil.test"),
        ("support﹫evil.test", "support@evil.test"),
        ("evil。test", "evil.test"),
        ("support [at] evil [dot] test", "support@evil.test"),
        ("support(at)evil(dot)test", "support@evil.test"),
        ("support【at】evil【dot】test", "support@evil.test"),
        ("support at evil dot test", "support@evil.test"),
        ("support AT evil DOT test", "support@evil.test"),
        ("support 艾特 evil 点 test", "support@evil.test"),
        ("support @ evil.test", "support@evil.test"),
        ("evil[.]test", "evil.test"),
        ("<span>+1</span> 202 <b>555</b><i>0177</i>", "+1 202 5550177"),
        ("２０２－５５５－０１７７", "202-555-0177"),
    ],
)
def test_obfuscations_are_undone(hidden: str, plain: str) -> None:
    assert deobfuscate(hidden).text == plain


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        ("访问 examplewallet dot top", "访问 examplewallet.top"),
        ("访问examplewallet点top领取", "访问examplewallet.top领取"),
        ("help 點 evil 点 com", "help.evil.com"),
        ("Search the help center . search/en.json", "Search the help center . search/en.json"),
        ("evil DOT 中文网", "evil.中文网"),
        # prose: no top-level domain after it, a number or another script before it
        ("the dot on the map", "the dot on the map"),
        ("客服每天9点在线", "客服每天9点在线"),
        ("多一点在线时间", "多一点在线时间"),
        ("evil dot topping", "evil dot topping"),
    ],
)
def test_hosts_with_spelled_dots_are_joined(hidden: str, plain: str) -> None:
    assert deobfuscate(hidden).text == plain


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        ("call two zero two five five five", "call 2 0 2 5 5 5"),
        ("202-five five five-0199", "202-5 5 5-0199"),
        ("TWO OH TWO, Five Five Five", "2 0 2, 5 5 5"),
        # a word alone, or inside a word, stays a word
        ("one of the two wallets", "one of the two wallets"),
        ("someone phoned twice", "someone phoned twice"),
    ],
)
def test_digit_words_in_a_number_are_digits(hidden: str, plain: str) -> None:
    assert deobfuscate(hidden).text == plain


def test_prose_at_a_website_is_not_an_address() -> None:
    assert deobfuscate("visit us at help.example.com").text == "visit us at help.example.com"


def test_visible_attributes_stay_and_the_rest_of_the_tag_goes() -> None:
    cleaned = deobfuscate('<a class="x" href="https://evil.test" title="t&#64;x">go</a>')
    assert cleaned.text == " https://evil.test t@x\ngo"  # a tooltip is no part of the text


def test_block_tags_separate_words_inline_tags_join_them() -> None:
    assert deobfuscate("<td>202</td><td>555</td>").text == " 202  555 "
    assert deobfuscate("<em>202</em>555").text == "202555"


def test_offsets_map_back_to_the_original_text() -> None:
    original = "line one\n<b>x</b> support&#64;evil.test"
    cleaned = deobfuscate(original)
    at = cleaned.text.index("support")
    assert original[cleaned.origin(at) :].startswith("support&#64;")
    assert original[cleaned.origin(cleaned.text.index("evil")) :].startswith("evil.test")


def test_offsets_through_both_passes() -> None:
    original = "a\nb\nsupport [at] evil [dot] test"
    cleaned = deobfuscate(original)
    assert cleaned.text.endswith("support@evil.test")
    assert cleaned.origin(cleaned.text.index("support")) == original.index("support")


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        # Markdown emphasis inside a contact joins it, as the page shows it.
        ("Call 202-555-**0177**", "Call 202-555-0177"),
        ("热线 **138**0013**8000**", "热线 13800138000"),
        ("**evil**.test", "evil.test"),
        ("ev**il.te**st", "evil.test"),
        ("**https**://evil.test", "https://evil.test"),
        ("t.**me**/EvilSupport", "t.me/EvilSupport"),
        ("@**EvilSupport**", "@EvilSupport"),
        ("**support**@examplewallet-help.test", "support@examplewallet-help.test"),
        ("ev*il*.test ev***il***.test", "evil.test evil.test"),
        ("ev~~il~~.test 202-555-`0177`", "evil.test 202-555-0177"),
        ("__support__@evil.test t.__me__/EvilSupport", "support@evil.test t.me/EvilSupport"),
        ("热线：+1 202 555 **0142**", "热线：+1 202 555 0142"),
        # Not emphasis, or an underscore that may be part of the contact: left as written.
        ("snake_case and 2*3 and a * b * c", "snake_case and 2*3 and a * b * c"),
        ("x.com/_ExampleWallet_ @_ExampleWallet_ X: _ExampleWallet_", None),
        ("@ExampleWallet_Support and __init__", None),
        # Markdown backslash escapes.
        ("evil\\.test", "evil.test"),
        ("www\\.evil\\.test", "www.evil.test"),
        ("t\\.me/EvilSupport", "t.me/EvilSupport"),
        ("https\\://evil.test", "https://evil.test"),
        ("support\\[at\\]evil\\[dot\\]test", "support@evil.test"),
        ("C:\\Users\\me", None),
    ],
)
def test_markdown_markup_inside_a_contact(hidden: str, plain: str | None) -> None:
    assert deobfuscate(hidden).text == (hidden if plain is None else plain)


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        ('<a href="\\\\evil.test">x</a>', " //evil.test\nx"),
        ('<a href="/\\evil.test">x</a>', " //evil.test\nx"),
        ('<a href="https:\\\\evil.test">x</a>', " https://evil.test\nx"),
        ('<a href="https:/evil.test">x</a>', " https://evil.test\nx"),
        ('<a href="http:/evil.shop">x</a>', " http://evil.shop\nx"),
        ('<a href="HTTPS:evil.test">x</a>', " HTTPS://evil.test\nx"),
        ('<a href="java&#10;script:alert(1)">x</a>', " javascript:alert(1)\nx"),
        ('<a href=" java\tscript:alert(1) ">x</a>', " javascript:alert(1)\nx"),
        ("[x](/\\evil.test)", "[x](//evil.test)"),
        ("[x](java&#x09;script:alert(1))", "[x](javascript:alert(1))"),
        ("[x](java&Tab;script:alert(1))", "[x](javascript:alert(1))"),
        ("[x](<java&NewLine;script:alert(1)>)", "[x](javascript:alert(1))"),
        ("[r]: java&#9;script:alert(1)", "[r]: javascript:alert(1)"),
        ("[x](https:/evil.test)", "[x](https://evil.test)"),
        # Extra slashes are skipped: "///evil.test" and "/\\evil.test" (as in HTML) open evil.test.
        ('<a href="///evil.test">x</a>', " //evil.test\nx"),
        ('<a href="/\\\\evil.test">x</a>', " //evil.test\nx"),
        ("[x](////evil.test)", "[x](//evil.test)"),
        # Not a URL attribute: the value is text, as written.
        ('<img alt="a\\b">', " a\\b\n"),
        ("[ok](https://help.example.com/en/contact/)", None),
    ],
)
def test_urls_are_read_as_a_browser_follows_them(hidden: str, plain: str | None) -> None:
    assert deobfuscate(hidden).text == (hidden if plain is None else plain)


@pytest.mark.parametrize(
    ("tag", "plain"),
    [
        (
            "<a onclick=\"location='https://onclick.evil.test'\">",
            " location='https://onclick.evil.test'\n",
        ),
        ("<a onmouseover=\"window.open('//evil2.test')\">", " window.open('//evil2.test')\n"),
        (
            '<div style="background:url(https://style.evil.test/qr.png)">',
            " background:url(https://style.evil.test/qr.png)\n\n",  # a div ends a paragraph
        ),
        ('<object data="https://evil.test/x">', " https://evil.test/x\n"),
        ('<embed src="https://evil.test/e">', " https://evil.test/e\n"),
        ('<iframe srcdoc="&lt;a href=x.evil.test&gt;">', " <a href=x.evil.test>\n"),
        ('<button aria-label="call +1 202 555 0177">', " call +1 202 555 0177\n"),
        ('<set attributeName="href" to="https://evil.test"/>', " https://evil.test\n"),
    ],
)
def test_attributes_that_navigate_or_load_stay(tag: str, plain: str) -> None:
    assert deobfuscate(tag).text == plain


def test_text_after_a_right_to_left_override_is_read_as_stored_and_as_shown() -> None:
    assert deobfuscate("\u202etset.live@live").text == "tset.live@live evil@evil.test"
    assert deobfuscate("\u202etset.live//:sptth").text == "tset.live//:sptth https://evil.test"
    # Up to the pop (U+202C) or the line's end; markup inside is undone first.
    assert deobfuscate("a \u202etset&#46;live\u202c b\nc").text == "a tset.live evil.test b\nc"


def test_direction_overrides_are_named() -> None:
    text = "a\u202eb \u2066c &#x202E; &#8238; &#x202E5; <bdo dir=rtl> unicode-bidi: bidi-override"
    assert [name for _, name in direction_overrides(text)] == [
        "U+202E",
        "U+2066",
        "U+202E",
        "U+202E",
        "<bdo>",
        "bidi-override",
    ]
    assert direction_overrides("\u200e\u200f plain text") == []  # marks, not overrides


def test_offsets_inside_a_tag_over_several_lines() -> None:
    original = 'one\ntwo\n<a class="x"\n   title="t&#64;x"\n\n   href="https://evil.test"\n>go</a>'
    cleaned = deobfuscate(original)
    assert cleaned.text == "one\ntwo\n t@x https://evil.test\ngo"
    at = cleaned.origin(cleaned.text.index("https"))
    assert original[at:].startswith("https://evil.test")
    assert original.count("\n", 0, at) + 1 == 6
    assert original.count("\n", 0, cleaned.origin(cleaned.text.index("t@x"))) + 1 == 4


def test_offsets_after_emphasis_escapes_and_link_targets() -> None:
    original = "a\n**support**@evil.test\nev\\.il [x](java&#9;script:x)"
    cleaned = deobfuscate(original)
    assert cleaned.text == "a\nsupport@evil.test\nev.il [x](javascript:x)"
    assert cleaned.origin(cleaned.text.index("support")) == original.index("support")
    assert cleaned.origin(cleaned.text.index("java")) == original.index("java")
