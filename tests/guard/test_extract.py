"""Which candidates the extractor finds, and which numbers it leaves alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpcenter.guard.read.extract as extract_module
from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.kinds import Kind
from helpcenter.guard.read import numbers
from helpcenter.guard.read.extract import extract


def found(text: str) -> list[tuple[Kind | None, str]]:
    return [(c.kind, c.raw) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("see https://evil.test/path).", [(None, "https://evil.test/path")]),
        ("[x](https://evil.test/a_(b)) end", [(None, "https://evil.test/a_(b)")]),
        ("访问evil.test了解", [(None, "evil.test")]),
        ("go to evil.test/login, now", [(None, "evil.test/login")]),
        ("write bad@evil.test.", [(Kind.EMAIL, "bad@evil.test")]),
        ("//evil.test/x", [(None, "https://evil.test/x")]),
        ("javascript:alert(1)", [(None, "javascript:alert(1)")]),
        ("拨打热线 202-555-0177。", [(Kind.PHONE, "202-555-0177")]),
        ("call +1 (202) 555-0177 now", [(Kind.PHONE, "+1 (202) 555-0177")]),
        ("Tel:+44 20 7946 0777", [(Kind.PHONE, "+44 20 7946 0777")]),
        ("[电话](tel:+12025550177)", [(Kind.PHONE, "+12025550177")]),
        ("号码 13800138000", [(Kind.PHONE, "13800138000")]),
        ("WhatsApp: +1 202 555 0177", [(Kind.WHATSAPP, "+1 202 555 0177")]),
        ("Telegram: @Evil_Support", [(Kind.TELEGRAM, "@Evil_Support")]),
        ("电报 @Evil_Support", [(Kind.TELEGRAM, "@Evil_Support")]),
        ("TG：EvilSupport_1", [(Kind.TELEGRAM, "EvilSupport_1")]),
        ("推特 @EvilWallet", [(Kind.X, "@EvilWallet")]),
        ("X: @EvilWallet", [(Kind.X, "@EvilWallet")]),
        ("微信搜索「Evil_KF」", [(Kind.WECHAT, "Evil_KF")]),
        ("加微信号：evilwallet", [(Kind.WECHAT, "evilwallet")]),
        ("WeChat ID EvilWalletCN", [(Kind.WECHAT, "EvilWalletCN")]),
        ("VX: abc_12345", [(Kind.WECHAT, "abc_12345")]),
        ("QQ群：123456789", [(Kind.QQ, "123456789")]),
        ("扣扣 1234567", [(Kind.QQ, "1234567")]),
    ],
)
def test_candidates(text: str, candidates: list[tuple[Kind | None, str]]) -> None:
    assert found(text) == candidates


def test_a_handle_without_platform_could_be_telegram_or_x() -> None:
    (candidate,) = extract("ask @EvilSupport")
    assert (candidate.kind, candidate.kinds, candidate.explicit) == (
        None,
        (Kind.TELEGRAM, Kind.X),
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "区块高度 19000000",
        "block height 19000000",
        "区块 #19,000,000",
        "金额 1,234.56 ETH",
        "转账 12345678.90 USDT",
        "0.00012345 BTC",
        "1 234 567 ETH",
        "余额 1.234.567",
        "日期 2026-10-28 09:00",
        "2026/10/28",
        "28.10.2026",
        "时间 09:00–18:00",
        "版本 v1.2.3 build 20261028",
        "Chain ID 11155111",
        "链 ID 11155111",
        "验证码 123456",
        "2FA code: 123 456",
        "手续费上涨 15%",
        "nonce 1234567",
        "订单号 202610280001",
        "IP 192.168.100.200",
        "地址 0x52908400098527886E0F7030069857D2E4169EE7",
        "哈希 5a1b2c3d4e5f60718293a4b5c6d7e8f9012345678901234567890123456789ab",
        "交易 1234567890123456789012345678901234567890 已确认",
        "BTC 地址 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "TRX 地址 TJRabPrwbZy45sbavfcjinPJC18kjpRTv8",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "Solana 7EYnhQoR9YM3N7UoaKRoA44Uy8JeaZV3qyouov87awMs",
        "助记词有 12 或 24 个单词",
        "README.md, logo@2x.png, navigation.top, date.today",
        "@media (max-width: 600px)",
        "WeChat Pay and Telegram groups are not support channels",
        "- **Telegram and WeChat**: online every day",
        "[[channel:hotline]]",
    ],
)
def test_harmless_text_has_no_candidates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        # Label words, asides and other platform words between the platform word and the id.
        ("Telegram 客服：ExampleWallet_Support", [(Kind.TELEGRAM, "ExampleWallet_Support")]),
        ("微信客服：ExampleWallet_KF", [(Kind.WECHAT, "ExampleWallet_KF")]),
        ("QQ客服：12345678", [(Kind.QQ, "12345678")]),
        ("Telegram support: EvilSupport_1", [(Kind.TELEGRAM, "EvilSupport_1")]),
        ("官方客服微信号是WxEvil_01", [(Kind.WECHAT, "WxEvil_01")]),
        ("Telegram (24/7): EvilSupport_1", [(Kind.TELEGRAM, "EvilSupport_1")]),
        ("微信（ExampleWalletCN）", [(Kind.WECHAT, "ExampleWalletCN")]),
        ("X (Twitter): @EvilWallet", [(Kind.X, "@EvilWallet")]),
        ("X (24/7): @EvilWallet", [(Kind.X, "@EvilWallet")]),
        ("QQ（12345678）", [(Kind.QQ, "12345678")]),
        ("X：@12345", [(Kind.X, "@12345")]),
        ("微信或QQ：WxEvil_02 / 22345678", [(Kind.WECHAT, "WxEvil_02"), (Kind.QQ, "22345678")]),
        ("QQ、微信：22345678、WxEvil_02", [(Kind.QQ, "22345678"), (Kind.WECHAT, "WxEvil_02")]),
        # Markdown around the label or the id.
        ("| 微信 | WxEvil_03 |", [(Kind.WECHAT, "WxEvil_03")]),
        ("| QQ | 32345678 |", [(Kind.QQ, "32345678")]),
        ("| Telegram | EvilSupport_1 |", [(Kind.TELEGRAM, "EvilSupport_1")]),
        ("- **微信**：WxEvil_04", [(Kind.WECHAT, "WxEvil_04")]),
        ("微信：**WxEvil_05**", [(Kind.WECHAT, "WxEvil_05")]),
        ("微信：__WxEvil_05__", [(Kind.WECHAT, "WxEvil_05")]),
        ("微信：`WxEvil_06`", [(Kind.WECHAT, "WxEvil_06")]),
        # The id on the line after its label (not after a blank line).
        ("微信：\nExampleWallet_KF", [(Kind.WECHAT, "ExampleWallet_KF")]),
        ("QQ群：\n12345678", [(Kind.QQ, "12345678")]),
        # A blank line ends the label; the number is still a run of 8 digits (fail closed).
        ("QQ群：\n\n12345678", [(Kind.PHONE, "12345678")]),
        # Chat words and slang.
        ("Discord: evilsupport", [(Kind.DISCORD, "evilsupport")]),
        ("加V：WxEvil_08", [(Kind.WECHAT, "WxEvil_08")]),
        ("加vx：WxEvil_08", [(Kind.WECHAT, "WxEvil_08")]),
        ("企鹅：12345678", [(Kind.QQ, "12345678")]),
        ("X: ExampleWalletSupport", [(Kind.X, "ExampleWalletSupport")]),  # too long for X
        ("微信：helpdesk_2024", [(Kind.WECHAT, "helpdesk_2024")]),  # "help" is a label word
        # An id that starts with a platform or contact word is an id, not more label.
        ("微信：support888", [(Kind.WECHAT, "support888")]),
        ("WeChat: wechat2024", [(Kind.WECHAT, "wechat2024")]),
        ("Telegram: Support_2024", [(Kind.TELEGRAM, "Support_2024")]),
        ("微信或QQ：kefu_1 / qq12345", [(Kind.WECHAT, "kefu_1"), (Kind.WECHAT, "qq12345")]),
        # ... unless a phone-length number is glued to it: the word labels the number.
        ("客服QQ12345678", [(Kind.QQ, "12345678")]),
    ],
)
def test_ids_after_a_label(text: str, candidates: list[tuple[Kind | None, str]]) -> None:
    assert found(text) == candidates


@pytest.mark.parametrize(
    "text",
    [
        "Telegram support is online every day",
        "WeChat support: Monday to Friday",
        "| Telegram | Online |",
        "| X | Announcements |",
        "| 微信 | 每天 09:00–21:00 |",
        "微信客服：每天 9 点到 21 点",
        "Telegram:\nSupport hours: 9-18",
        "微信：\n请在公众号里留言",
        "a Telegram or X account, WeChat id, QR code text",
        "Telegram, WeChat and QQ are not support channels",
        "Discord server rules",
        "Discord: see the link below",
        "加VIP群",
        "推特：24小时在线",
        "推特：(24/7)",
        "X: 24/7 announcements",
    ],
)
def test_labels_followed_by_prose_give_no_id(text: str) -> None:
    assert found(text) == []


def test_a_handle_takes_the_closest_platform_word_before_or_after() -> None:
    text = "Follow @ExampleWallet on X and chat with @ExampleWalletSupport on Telegram"
    assert found(text) == [(Kind.X, "@ExampleWallet"), (Kind.TELEGRAM, "@ExampleWalletSupport")]
    assert found("Telegram: @ExampleWallet") == [(Kind.TELEGRAM, "@ExampleWallet")]
    assert found("X: @ExampleWalletSupport") == [(Kind.X, "@ExampleWalletSupport")]


def test_two_platforms_for_one_id_give_one_candidate_each() -> None:
    assert found("Telegram/X: @EvilWallet") == [
        (Kind.TELEGRAM, "@EvilWallet"),
        (Kind.X, "@EvilWallet"),
    ]


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("www.evil.shop", [(None, "www.evil.shop")]),
        ("www.evil.anything", [(None, "www.evil.anything")]),
        ("官网：evil.shop", [(None, "evil.shop")]),
        ("evil.online/login", [(None, "evil.online/login")]),
        ("访问evil.top了解", [(None, "evil.top")]),
        ("evil.top了解", [(None, "evil.top")]),
        ("telegram.dog/EvilSupport", [(None, "telegram.dog/EvilSupport")]),
        ("goo.gl/abc", [(None, "goo.gl/abc")]),
        ("Visit goo.gl", [(None, "goo.gl")]),  # .gl is a top-level domain
        ("suppоrt@example.com", [(Kind.EMAIL, "suppоrt@example.com")]),  # Cyrillic о
        ("support@ехаmple.com", [(Kind.EMAIL, "support@ехаmple.com")]),  # Cyrillic е х а
        ("evil@evíl.test", [(Kind.EMAIL, "evil@evíl.test")]),
        ("evil@пример.com", [(Kind.EMAIL, "evil@пример.com")]),
        ("evil.рф", [(None, "evil.рф")]),
        ("访问 пример.рф 了解", [(None, "пример.рф")]),
        ("write to @evil.test", [(None, "evil.test")]),  # no handle: half an address
        ("ask @evil.shop", [(None, "evil.shop")]),
    ],
)
def test_addresses_on_other_tlds_and_scripts(
    text: str, candidates: list[tuple[Kind | None, str]]
) -> None:
    assert found(text) == candidates


@pytest.mark.parametrize(
    "text",
    [
        "README.md, navigation.top, date.today, config.yml",
        "docs/README.md#usage",
        "编辑config.yml文件，查看README.md了解",
        "hello.world and user.email",
        "see @notes.md",
    ],
)
def test_file_and_code_words_are_no_addresses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("Hotline for order issues: 202-555-0177", [(Kind.PHONE, "202-555-0177")]),
        ("Phone (2FA help): 202 555 0177", [(Kind.PHONE, "202 555 0177")]),
        ("客服热线（交易、订单问题）：13800138000", [(Kind.PHONE, "13800138000")]),
        ("电话-13800138000", [(Kind.PHONE, "13800138000")]),
        ("电话/13800138000", [(Kind.PHONE, "13800138000")]),
        ("TEL.13800138000", [(Kind.PHONE, "13800138000")]),
        ("Tel.+1 202-555-0142", [(Kind.PHONE, "+1 202-555-0142")]),
        ("Tel.+44 20 7946 0321", [(Kind.PHONE, "+44 20 7946 0321")]),
        ("WhatsApp-+1 202 555 0177", [(Kind.WHATSAPP, "+1 202 555 0177")]),
    ],
)
def test_phone_words_win(text: str, candidates: list[tuple[Kind | None, str]]) -> None:
    assert found(text) == candidates
    assert all(c.explicit for c in extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "订单号 12345678",
        "区块高度 19283746",
        "验证码 482913",
        "客服电话查询订单号 12345678",
        "1 2 3 4 5 6 7 8 9 10",
        "SHA-256, ERC-20 and TRC-20 USDT",
    ],
)
def test_number_words_and_lists_still_make_no_phone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text", ["+1 234 567 ETH", "交易 +1000000 sats", "余额变化 +12345678", "块高 +100000000"]
)
def test_a_plus_before_an_amount_or_after_a_number_word_makes_no_phone(text: str) -> None:
    assert extract(text) == []


# The anchored scanners (from "@" and ":" back) are a speed-up of two plain patterns; they
# must find exactly what those patterns find.
_EMAIL_PATTERN = re.compile(
    rf"(?<![{extract_module._LOCAL_CHARS}])[{extract_module._LOCAL_CHARS}]{{1,64}}@"
    rf"(?:(?:{extract_module._LABEL}\.){{1,8}}{extract_module._TOP}|\[[0-9A-Fa-f:.]{{2,45}}\])"
)
_SCHEME_PATTERN = re.compile(
    r"(?<![A-Za-z0-9+.\-])([A-Za-z][A-Za-z0-9+.\-]{1,30}):(?=[^ \t\n\r\f])"
)
_PIECES = st.text(alphabet="ab1.@:-+_%/é中 \n", max_size=90)


@settings(max_examples=400, deadline=None)
@given(_PIECES)
def test_email_spans_are_what_the_pattern_finds(text: str) -> None:
    expected = [(m.start(), m.end()) for m in _EMAIL_PATTERN.finditer(text)]
    assert list(extract_module._email_spans(text)) == expected


@settings(max_examples=400, deadline=None)
@given(_PIECES, st.integers(min_value=0, max_value=90))
def test_scheme_search_is_what_the_pattern_finds(text: str, pos: int) -> None:
    m = _SCHEME_PATTERN.search(text, pos)
    expected = None if m is None else (m.start(), m.end(), m.group(1))
    assert extract_module._scheme(text, pos) == expected


# The run and domain patterns open with their first character's class (so ``re`` skips in C)
# and check the character before it after that; they must match what the plain forms match,
# a look-behind first.
_CHINESE = "".join(grammar()["numbers"]["chinese_digits"])
_RUN_PATTERN = re.compile(rf"(?<![A-Za-z0-9_.+/@#$\-{_CHINESE}])" + numbers.RUN_AT.pattern)
_DOMAIN_PATTERN = re.compile(
    rf"(?<![A-Za-z0-9._@/\\\-{extract_module._INTL}{extract_module._SCRIPTS}])"
    rf"(?:{extract_module._LABEL}\.){{1,8}}{extract_module._TOP}(?!{extract_module._NOT_LABEL})"
)
_NUMBERS_AND_NAMES = st.text(alphabet="0123456789+(（） .-/a_@#中é\n\t\u00a0−一三Ol", max_size=60)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_NUMBERS_AND_NAMES, _PIECES))
def test_leading_class_patterns_match_their_plain_forms(text: str) -> None:
    for fast, plain in ((numbers.RUN, _RUN_PATTERN), (extract_module._DOMAIN, _DOMAIN_PATTERN)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
