from __future__ import annotations

import pytest

from helpcenter.guard.deobfuscate import deobfuscate


@pytest.mark.parametrize(
    ("hidden", "plain"),
    [
        ("support&#64;evil.test", "support@evil.test"),
        ("support&#x40;evil.test", "support@evil.test"),
        ("support&commat;evil.test", "support@evil.test"),
        ("support&#8203;@evil.test", "support@evil.test"),
        ("sup\u200bport@e\u200dvil\u202e.test", "support@evil.test"),
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


def test_prose_at_a_website_is_not_an_address() -> None:
    assert deobfuscate("visit us at help.example.com").text == "visit us at help.example.com"


def test_visible_attributes_stay_and_the_rest_of_the_tag_goes() -> None:
    cleaned = deobfuscate('<a class="x" href="https://evil.test" title="t&#64;x">go</a>')
    assert cleaned.text == " https://evil.test t@x go"


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
