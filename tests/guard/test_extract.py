"""Which candidates the extractor finds, and which numbers it leaves alone."""

from __future__ import annotations

import pytest

from helpcenter.contacts.kinds import Kind
from helpcenter.guard.extract import extract


def found(text: str) -> list[tuple[Kind | None, str]]:
    return [(c.kind, c.raw) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("see https://evil.test/path).", [(None, "https://evil.test/path")]),
        ("[x](https://evil.test/a_(b)) end", [(None, "https://evil.test/a_(b)")]),
        ("访问evil.test了解", [(None, "evil.test")]),
        ("go to evil.test/login, now", [(None, "evil.test/login")]),
        ("write bad@evil.test.", [(None, "bad@evil.test")]),
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
