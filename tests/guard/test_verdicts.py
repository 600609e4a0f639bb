"""Text in, verdicts out: official channels in every written form pass, everything else fails."""

from __future__ import annotations

import pytest

OFFICIAL_FORMS = [
    "客服热线：+1 202-555-0142",
    "客服热线：+1 (202) 555-0142",
    "热线 +1.202.555.0142",
    "热线 001 202 555 0142",
    "热线 ＋１ ２０２ ５５５ ０１４２",
    "[电话](tel:+12025550142)",
    '<a href="tel:+1-202-555-0142">电话</a>',
    "Call +44 20 7946 0321",
    "support@example.com",
    "SUPPORT@Example.COM",
    "<mailto:support@example.com?subject=help>",
    "[mail](mailto:security@example.com)",
    "support&#64;example.com",
    "https://help.example.com/en/contact/",
    "http://HELP.example.com:443/",
    "www.example.com/download",
    "https://www.example.com/download?ref=x",
    "Telegram: @ExampleWalletSupport",
    "https://t.me/ExampleWalletSupport",
    "t.me/ExampleWalletSupport",
    "tg://resolve?domain=ExampleWalletSupport",
    "X: @ExampleWallet",
    "https://x.com/ExampleWallet",
    "https://twitter.com/ExampleWallet",
    "https://discord.gg/examplewallet",
    "Discord: discord.com/invite/examplewallet",
    "WhatsApp: +1 202 555 0143",
    "https://wa.me/12025550143",
    "https://api.whatsapp.com/send?phone=12025550143",
    "微信公众号：ExampleWalletCN",
    "微信搜索「ExampleWalletCN」",
]


@pytest.mark.parametrize("text", OFFICIAL_FORMS)
def test_official_channels_pass_in_every_written_form(verdicts, text: str) -> None:
    found = verdicts(text)
    assert found, f"no contact found in {text!r}"
    assert {v for v, _ in found} == {"official"}


def test_registered_references_and_internal_links_pass(verdicts) -> None:
    assert verdicts("[tx](https://explorer.example/tx/0xabc)") == [
        ("reference", "https://explorer.example/tx/0xabc")
    ]
    assert verdicts('<a href="../contact/">x</a> [y](/en/fees/) [z](#top)') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("客服热线：+1 202-555-0199", ("impostor", "+1 202-555-0199")),
        ("拨打 +1 202 555 0100", ("retired", "+1 202 555 0100")),
        ("电话 202-555-0177", ("unlisted", "202-555-0177")),
        ("examp1e.test", ("impostor", "examp1e.test")),
        ("https://www.examp1e.com/", ("lookalike", "https://www.examp1e.com/")),
        ("https://example.com@evil.test/", ("unlisted", "https://example.com@evil.test/")),
        ("Telegram: @ExampleWallet_Support", ("impostor", "@ExampleWallet_Support")),
        ("Telegram @ExampleWalletHelp", ("retired", "@ExampleWalletHelp")),
        ("X: @ExampleWaIlet", ("lookalike", "@ExampleWaIlet")),
        ("微信：ExampleWallet_KF", ("impostor", "ExampleWallet_KF")),
        ("QQ群：123456789", ("unlisted", "123456789")),
        ("WhatsApp: +1 202 555 0177", ("unlisted", "+1 202 555 0177")),
        ("https://wa.me/12025550177", ("unlisted", "https://wa.me/12025550177")),
        ("discord.gg/fake-support", ("unlisted", "discord.gg/fake-support")),
        ("javascript:alert(1)", ("unsafe", "javascript:alert(1)")),
        ('<a href="data:text/html;base64,PGI+">x</a>', ("unsafe", "data:text/html;base64,PGI+")),
        ("<img src='https://evil.test/qr.png'>", ("unlisted", "https://evil.test/qr.png")),
        ("![qr](https://evil.test/qr.png)", ("unlisted", "https://evil.test/qr.png")),
        ("ask @ExampleWalletSupportTeam", ("lookalike", "@ExampleWalletSupportTeam")),
    ],
)
def test_unofficial_contacts_get_their_verdict(verdicts, text: str, expected) -> None:
    assert verdicts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "evil&#64;evil.test",
        "evil&commat;evil.test",
        "evil&#x40;evil.test",
        "ev&#8203;il@evil.test",
        "ev\u200bil@ev\u200cil.test",
        "ｅｖｉｌ＠ｅｖｉｌ．ｔｅｓｔ",
        "evil [at] evil [dot] test",
        "evil(at)evil(dot)test",
        "evil at evil dot test",
        "evil 艾特 evil 点 test",
        "evil＠evil.test",
    ],
)
def test_obfuscated_addresses_are_caught(verdicts, text: str) -> None:
    assert verdicts(text) == [("unlisted", "evil@evil.test")]


@pytest.mark.parametrize(
    "text",
    [
        "热线 <span>+1</span> <b>202</b> 555 <i>0177</i>",
        "热线 +1 2 0 2 5 5 5 0 1 7 7",
        "热线 +1-202-555-0177",
        "热线 &#43;1 202 555 0177",
        "热线 +1 202 555 01\u200b77",
    ],
)
def test_split_and_hidden_digits_are_caught(verdicts, text: str) -> None:
    [(verdict, _)] = verdicts(text)
    assert verdict == "unlisted"
