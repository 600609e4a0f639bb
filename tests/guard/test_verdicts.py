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
        # A label between the platform word and the id.
        ("Telegram 客服：ExampleWallet_Support", ("impostor", "ExampleWallet_Support")),
        ("微信客服：ExampleWallet_KF", ("impostor", "ExampleWallet_KF")),
        ("QQ客服：12345678", ("unlisted", "12345678")),
        ("Telegram support: EvilSupport_1", ("unlisted", "EvilSupport_1")),
        ("官方客服微信号是WxEvil_01", ("unlisted", "WxEvil_01")),
        ("Telegram (24/7): EvilSupport_1", ("unlisted", "EvilSupport_1")),
        # Markdown tables and emphasis.
        ("| 微信 | WxEvil_03 |", ("unlisted", "WxEvil_03")),
        ("| QQ | 32345678 |", ("unlisted", "32345678")),
        ("| Telegram | EvilSupport_1 |", ("unlisted", "EvilSupport_1")),
        ("- **微信**：WxEvil_04", ("unlisted", "WxEvil_04")),
        ("微信：**WxEvil_05**", ("unlisted", "WxEvil_05")),
        ("微信：`WxEvil_06`", ("unlisted", "WxEvil_06")),
        # The id on the next line.
        ("微信：\nExampleWallet_KF", ("impostor", "ExampleWallet_KF")),
        ("QQ群：\n12345678", ("unlisted", "12345678")),
        # A number word between the phone word and the number.
        ("客服热线（交易、订单问题）：13800138000", ("unlisted", "13800138000")),
        # The X handle named as Telegram.
        ("Telegram: @ExampleWallet", ("lookalike", "@ExampleWallet")),
        ("X: @ExampleWalletSupport", ("unlisted", "@ExampleWalletSupport")),
        # TLDs outside the short list, other scripts.
        ("www.evil.shop", ("unlisted", "www.evil.shop")),
        ("官网：evil.shop", ("unlisted", "evil.shop")),
        ("evil.online/login", ("unlisted", "evil.online/login")),
        ("访问evil.top了解", ("unlisted", "evil.top")),
        ("telegram.dog/EvilSupport", ("unlisted", "telegram.dog/EvilSupport")),
        ("goo.gl/abc", ("unlisted", "goo.gl/abc")),
        ("suppоrt@example.com", ("lookalike", "suppоrt@example.com")),
        ("support@ехаmple.com", ("lookalike", "support@ехаmple.com")),
        ("evil@evíl.test", ("unlisted", "evil@evíl.test")),
        ("evil@пример.com", ("unlisted", "evil@пример.com")),
        ("evil.рф", ("unlisted", "evil.рф")),
        # Chat words.
        ("Discord: evilsupport", ("unlisted", "evilsupport")),
        ("加V：WxEvil_08", ("unlisted", "WxEvil_08")),
        ("企鹅：12345678", ("unlisted", "12345678")),
        # Punctuation between the phone word and the number.
        ("电话-13800138000", ("unlisted", "13800138000")),
        ("电话/13800138000", ("unlisted", "13800138000")),
        ("TEL.13800138000", ("unlisted", "13800138000")),
    ],
)
def test_unofficial_contacts_get_their_verdict(verdicts, text: str, expected) -> None:
    assert verdicts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "微信或QQ：WxEvil_02 / 22345678",
            "CN",
            [("unlisted", "WxEvil_02"), ("unlisted", "22345678")],
        ),
        ("Hotline for order issues: 202-555-0177", "US", [("unlisted", "202-555-0177")]),
        ("Phone (2FA help): 202 555 0177", "US", [("unlisted", "202 555 0177")]),
        ("Tel.+1 202-555-0142", "CN", [("official", "+1 202-555-0142")]),
        ("Tel.+44 20 7946 0321", "US", [("official", "+44 20 7946 0321")]),
        (
            "Follow @ExampleWallet on X and chat with @ExampleWalletSupport on Telegram",
            "US",
            [("official", "@ExampleWallet"), ("official", "@ExampleWalletSupport")],
        ),
    ],
)
def test_contacts_in_a_region(verdicts, text: str, region: str, expected) -> None:
    assert verdicts(text, region=region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("订单号 12345678", "CN"),
        ("区块高度 19283746", "CN"),
        ("验证码 482913", "CN"),
        ("+1 234 567 ETH", "CN"),
        ("交易 +1000000 sats", "CN"),
        ("余额变化 +12345678", "CN"),
        ("块高 +100000000", "CN"),
        ("1 2 3 4 5 6 7 8 9 10", "US"),
        ("README.md, navigation.top, date.today, config.yml", "US"),
    ],
)
def test_amounts_lists_and_file_names_are_no_contacts(verdicts, text: str, region: str) -> None:
    assert verdicts(text, region=region) == []


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
