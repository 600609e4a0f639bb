"""Contacts written the way scammers write them, and text that only looks like it.

One mutation-based generator for two tests: the differential test (Python vs the checker's
JavaScript, over Hypothesis-drawn messages) and the adversarial build (a tiny site full of
generated cases, every one of which the build must flag at its own path:line; and a legitimate
corpus that must pass). Seeds are contacts the registry does not list (or lists as impostors or
retired); mutations are the classes of issue 12; contexts are the places a page can show text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

# ---------------------------------------------------------------- seeds

#: Numbers the registry does not list (reserved or fictional ranges, and the Chinese shapes
#: scammers use), impostors and a retired one.
BAD_PHONES = [
    "+1 202 555 0177",
    "+1 202 555 0188",
    "+1 202 555 0199",  # impostor
    "+1 202 555 0100",  # retired
    "+44 20 7946 0999",  # impostor
    "+44 20 7946 0123",
    "+86 138 0013 8000",
    "+86 400 888 1234",
    "+852 5555 0123",
    "+1 800 555 0199",
]
#: National forms (read with the page's region: CN for zh, US for en).
BAD_NATIONAL = {
    "zh": ["138 0013 8000", "400-888-1234", "010-6655-7788", "139 1234 5678", "186-0000-1234"],
    "en": ["(202) 555-0177", "202-555-0188", "800-555-0199", "1-800-555-0199", "202.555.0166"],
}
OFFICIAL_PHONES = ["+1 202-555-0142", "+44 20 7946 0321"]
BAD_EMAILS = [
    "help@evil.test",
    "support@examplewallet-help.test",  # impostor
    "refund@wallet-support.top",
    "kefu@example-wallet.click",
    "service@evil.xn--fiqs8s",
    "admin@evil-wallet.shop",
]
BAD_HOSTS = [
    "evil.test",
    "examplewallet-support.test",  # impostor
    "examp1e.test",  # impostor
    "wallet-support.top",
    "claim-airdrop.click",
    "examplewallet.xyz",
    "example-wallet.online",
    "evil.中文网",
    "钱包客服.香港",
    "recover-seed.site",
    "help-examplewallet.vip",
    "walletsupport.live",
]
BAD_TELEGRAM = ["EvilSupport_1", "ExampleWallet_Support", "ExampleWalletHelp", "Wallet_Help_Desk"]
BAD_X = ["EvilWallet", "ExampleWaIlet", "ExampleWallet__", "Wallet_Support"]
BAD_WECHAT = ["WxEvil_01", "ExampleWallet_KF", "kefu_2026", "Wallet888"]
BAD_QQ = ["22345678", "123456789", "88886666"]
BAD_DISCORD = ["evil_support", "wallet.help", "fake-support", "evil_admin#1234"]
OTHER_PLATFORMS = {
    "LINE": ["LINE: @evil_support", "LINE ID: wallet.help"],
    "Skype": ["Skype: live:evil_support", "Skype: wallet.helpdesk"],
    "Signal": ["Signal: evil.01", "Signal: +1 202 555 0177"],
    "Viber": ["Viber: walletsupport", "Viber: +44 20 7946 0123"],
    "KakaoTalk": ["KakaoTalk: evilwallet", "카카오톡: wallet_help"],
    "Zalo": ["Zalo: wallet.support", "Zalo: +84 912 345 678"],
    "抖音": ["抖音号：wallet_kefu", "抖音：ExampleWalletCS"],
    "小红书": ["小红书：wallet_help88", "小红书号：ExampleKF"],
    "微博": ["微博：@钱包客服 EvilWeibo", "微博：evilwallet_cn"],
    "蝙蝠": ["蝙蝠号：helper2024", "BAT chat: wallet.help"],
    "Potato Chat": ["土豆号：kefu_88", "Potato Chat: evil_support"],
}

# ---------------------------------------------------------------- mutations

_WIDE = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_DIGIT_FORMS: dict[str, Callable[[str], str]] = {
    "full-width": lambda d: chr(0xFF10 + int(d)),
    "keycap": lambda d: d + "\ufe0f\u20e3",
    "circled": lambda d: "⓪" if d == "0" else chr(0x2460 + int(d) - 1),
    "dingbat": lambda d: "⓿" if d == "0" else chr(0x2776 + int(d) - 1),
    "dingbat sans": lambda d: "🄋" if d == "0" else chr(0x2780 + int(d) - 1),
    "math bold": lambda d: chr(0x1D7CE + int(d)),
    "math monospace": lambda d: chr(0x1D7F6 + int(d)),
    "arabic-indic": lambda d: chr(0x0660 + int(d)),
    "devanagari": lambda d: chr(0x0966 + int(d)),
    "thai": lambda d: chr(0x0E50 + int(d)),
    "superscript": lambda d: "⁰¹²³⁴⁵⁶⁷⁸⁹"[int(d)],
}
_CHINESE = {
    "一三八": "零一二三四五六七八九",
    "幺三八": "洞幺两三四五六拐八九",
    "壹叁捌": "零壹贰叁肆伍陆柒捌玖",
}
_SEPARATORS = {
    "space": " ",
    "dash": "-",
    "dot": ".",
    "thin space": "\u2009",
    "narrow no-break space": "\u202f",
    "figure space": "\u2007",
    "no-break space": "\u00a0",
    "middle dot": "·",
    "bullet": "•",
    "underscore": "_",
    "tilde": "~",
    "comma": ",",
    "ideographic space": "\u3000",
    "slash": "/",
}
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def digit_groups(number: str) -> list[str]:
    """ "+1 202 555 0177" -> ["+1", "202", "555", "0177"]."""
    return [
        g
        for g in number.replace("-", " ")
        .replace(".", " ")
        .replace("(", " ")
        .replace(")", " ")
        .split()
        if g
    ]


def _map_digits(number: str, form: Callable[[str], str]) -> str:
    return "".join(form(c) if c.isdigit() else c for c in number)


def phone_mutations(number: str, rng: random.Random) -> list[tuple[str, str]]:
    """(class, written form) of ``number`` the ways issue 12 lists."""
    groups = digit_groups(number)
    digits = "".join(groups)
    out: list[tuple[str, str]] = []
    name, sep = rng.choice(list(_SEPARATORS.items()))
    out.append((f"separator: {name}", sep.join(groups)))
    split = rng.randrange(1, len(groups))
    out.append(("soft line break", " ".join(groups[:split]) + "\n" + " ".join(groups[split:])))
    form_name, form = rng.choice(list(_DIGIT_FORMS.items()))
    out.append((f"digits: {form_name}", _map_digits(number, form)))
    style, numerals = rng.choice(list(_CHINESE.items()))
    chinese = "".join(numerals[int(c)] if c.isdigit() else c for c in digits.lstrip("+"))
    prefix = "+" if digits.startswith("+") else ""
    if prefix and rng.random() < 0.5:  # mixed: "+1 二零二…"
        cc, rest = groups[0], " ".join(groups[1:])
        chinese_rest = "".join(numerals[int(c)] if c.isdigit() else c for c in rest)
        out.append((f"Chinese numerals ({style}), mixed", f"{cc} {chinese_rest}"))
    else:
        out.append((f"Chinese numerals ({style})", prefix + chinese))
    letter = number.replace("0", rng.choice("Oo"))
    if letter != number:
        out.append(("letter O for zero", letter))
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    spoken = " ".join(words[int(c)] for c in number if c.isdigit())
    out.append(("English digit words", rng.choice([spoken, spoken.upper(), spoken.title()])))
    mixed = "".join(
        f" {words[int(c)]} " if c.isdigit() and rng.random() < 0.4 else c for c in number
    )
    out.append(("English digit words, mixed", " ".join(mixed.split())))
    icons = "".join(f":material-numeric-{c}:" if c.isdigit() else c for c in number)
    out.append(("icon shortcodes", icons))
    hidden = "".join(
        c + (rng.choice(_INVISIBLE) if c.isdigit() and rng.random() < 0.3 else "") for c in number
    )
    out.append(("invisible characters", hidden))
    entity = "".join(f"&#{ord(c)};" if c.isdigit() and rng.random() < 0.5 else c for c in number)
    out.append(("entities", entity))
    bold = number[: len(number) // 2] + "**" + number[len(number) // 2 :] + "**"
    out.append(("emphasis inside", bold))
    return out


def email_mutations(address: str, rng: random.Random) -> list[tuple[str, str]]:
    local, _, domain = address.partition("@")
    name, dot = domain.rsplit(".", 1)
    out = [
        ("email as written", address),
        ("email [at] [dot]", f"{local} [at] {name} [dot] {dot}"),
        ("email (at)", f"{local}(at){domain}"),
        ("email 艾特 点", f"{local} 艾特 {name} 点 {dot}"),
        ("email full-width", "".join(_WIDE.get(c, c) for c in address)),
        ("email entity", address.replace("@", rng.choice(["&#64;", "&commat;", "&#x40;"]))),
        ("email quoted local part", f'"{local} desk"@{domain}'),
        ("email IP literal", f"{local}@[192.0.2.{rng.randrange(1, 250)}]"),
        ("mailto link", f"mailto:{address}"),
    ]
    return out


def url_mutations(host: str, rng: random.Random) -> list[tuple[str, str]]:
    path = rng.choice(["", "/login", "/verify?id=7", "/zh/support"])
    out = [
        ("domain on any TLD", host),
        ("URL", f"https://{host}{path}"),
        ("URL with www.", f"www.{host}{path}"),
        ("URL one slash", f"https:/{host}{path}"),
        ("URL backslashes", f"https:\\\\{host}{path}"),
        ("URL userinfo", f"https://www.example.com@{host}/"),
        ("URL upper case", f"HTTPS://{host.upper()}{path}"),
        ("protocol-relative URL", f"//{host}{path}"),
    ]
    name, tld = host.rsplit(".", 1)
    if not name.isascii():  # "钱包客服 点 香港" is prose: spelled dots join Latin labels only
        return out
    out += [
        ("host, dot spelled", f"{name} {rng.choice(['dot', 'DOT', 'Dot'])} {tld}"),
        ("host, 点", f"{name}{rng.choice(['点', ' 点 ', '點'])}{tld}"),
    ]
    return out


def handle_mutations(rng: random.Random, lang: str) -> list[tuple[str, str]]:
    tg, x, wx = rng.choice(BAD_TELEGRAM), rng.choice(BAD_X), rng.choice(BAD_WECHAT)
    qq, dc = rng.choice(BAD_QQ), rng.choice(BAD_DISCORD)
    slang = rng.choice(["绿泡泡", "卫星号", "徽信", "薇信", "V信", "微 信", "vx", "加V", "威信"])
    contact = rng.choice(
        [
            "客服", "联系客服", "人工客服", "添加客服", "Support", "Contact us", "DM",
            "添加专属客服经理", "投资顾问", "带单导师", "Account manager", "your advisor",
        ]
    )  # fmt: skip
    out = [
        ("Telegram handle", f"Telegram: @{tg}"),
        ("Telegram in Chinese", f"纸飞机：{tg}"),
        ("Telegram link", f"https://t.me/{tg}"),
        ("X handle", f"X: @{x}"),
        ("X link, trailing underscores", f"https://x.com/{x.rstrip('_')}__"),
        ("WeChat id", f"微信号：{wx}"),
        ("WeChat slang", f"{slang}：{wx}"),
        ("QQ number", f"QQ：{qq}"),
        ("Discord username", f"Discord: {dc}"),
        ("handle after a contact word", f"{contact}：@{tg}"),
        ("id after a contact word", f"{contact}：{wx}"),
        ("handle alone", f"@{tg}"),
        (
            "id that starts with a platform word",
            f"{rng.choice(['微信', 'WeChat', 'Telegram'])}：{_word_id(rng)}",
        ),
        ("id that starts with a contact word", f"{contact}：{_word_id(rng)}"),
    ]
    platform, values = rng.choice(list(OTHER_PLATFORMS.items()))
    out.append((f"other platform ({platform})", rng.choice(values)))
    return out


def _word_id(rng: random.Random) -> str:
    """An id that begins with a word the reader knows ("support888", "Kefu_2026")."""
    word = rng.choice(["support", "Support", "kefu", "wechat", "telegram", "help", "service"])
    return word + rng.choice(["888", "_2026", "_kf", "2026", "_Help_1"])


def split_cells(number: str, rng: random.Random) -> str:
    """A number split over two cells of one table row."""
    groups = digit_groups(number)
    split = rng.randrange(1, len(groups))
    return " ".join(groups[:split]) + " | " + " ".join(groups[split:])


# ---------------------------------------------------------------- contexts

_PROSE = {
    "zh": [
        "遇到问题请联系 {x} 处理。",
        "客服热线：{x}（工作日）",
        "官方通知：添加 {x} 获取帮助",
        "{x}",
    ],
    "en": [
        "Need help? Contact {x} today.",
        "Our support line: {x} (weekdays)",
        "Official notice: reach {x}",
        "{x}",
    ],
}


@dataclass(frozen=True)
class Case:
    """One generated text: its class, language, context, and the lines it takes on a page."""

    cls: str
    lang: str
    context: str
    text: str
    contact: str


def _place(context: str, contact: str, lang: str, rng: random.Random) -> str:
    if context == "prose":
        return rng.choice(_PROSE[lang]).format(x=contact)
    if context == "table":
        head = "| 渠道 | 联系方式 |" if lang == "zh" else "| Channel | Contact |"
        return f"{head}\n| --- | --- |\n| {rng.choice(['客服', 'Support', '热线'])} | {contact} |"
    if context == "link":
        if _is_link(contact):
            return f"[{rng.choice(['官方客服', 'Official support', '点这里'])}]({contact})"
        return f"[{contact}](index.md)"
    if context == "image":
        if _is_link(contact):
            return f"![二维码]({contact})"
        return f"![{contact}](pixel.png)"
    if context == "code":
        return f"`{contact}`" if rng.random() < 0.5 else f"```text\n{contact}\n```"
    if context == "html":
        if _is_link(contact):
            return f'<p><a href="{contact}">{rng.choice(["官网", "support"])}</a></p>'
        quoted = contact.replace('"', "&quot;")
        return rng.choice([f"<p>{contact}</p>", f'<p><span title="{quoted}">i</span></p>'])
    raise ValueError(context)


def _is_link(contact: str) -> bool:
    """An absolute link (a "www." target would be a relative link to MkDocs, and a warning)."""
    return contact.lower().startswith(("https:", "http:", "//", "mailto:"))


CONTEXTS = ("prose", "table", "link", "image", "code", "html", "front matter")


def adversarial(seed: int, rounds: int) -> list[Case]:
    """Every mutation class of every seed family, in every context, in both languages, for
    ``rounds`` rounds of freshly drawn seeds and mutations."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(rounds):
        for lang in ("zh", "en"):
            drawn: list[tuple[str, str]] = []
            number = rng.choice(BAD_PHONES)
            drawn += phone_mutations(number, rng)
            drawn.append(("bare national number", rng.choice(BAD_NATIONAL[lang])))
            drawn.append(("number split over table cells", split_cells(number, rng)))
            drawn += email_mutations(rng.choice(BAD_EMAILS), rng)
            drawn += url_mutations(rng.choice(BAD_HOSTS), rng)
            drawn += handle_mutations(rng, lang)
            for cls, contact in drawn:
                context = rng.choice(CONTEXTS)
                if cls == "number split over table cells":
                    context = "table"
                if "\n" in contact and context in (
                    "table",
                    "front matter",
                    "link",
                    "image",
                    "html",
                ):
                    context = "prose"  # a soft line break is a paragraph's
                cases.append(Case(cls, lang, context, _text(context, contact, lang, rng), contact))
    return cases


def _text(context: str, contact: str, lang: str, rng: random.Random) -> str:
    if context == "front matter":
        return contact  # placed as a front-matter value by the page writer
    return _place(context, contact, lang, rng)


# ---------------------------------------------------------------- legitimate text

#: Official contacts, written as they may be (they pass in every context).
OFFICIAL = [
    "+1 202-555-0142",
    "+1 (202) 555-0142",
    "+44 20 7946 0321",
    "support@example.com",
    "security@example.com",
    "https://help.example.com/en/contact/",
    "https://www.example.com/download",
    "https://example.com/blog/2026/",
    "https://status.example.com",
    "https://explorer.example/tx/0x52908400098527886e0f7030069857d2e4169ee7",
    "Telegram: @ExampleWalletSupport",
    "X: @ExampleWallet",
    "https://t.me/ExampleWalletSupport",
    "https://discord.gg/examplewallet",
    "微信公众号：ExampleWalletCN",
    "WhatsApp: +1 202 555 0143",
]
#: Numbers and names that are no contact (issue 12's legitimate examples and their kin).
HARMLESS = [
    "热线服务时间调整：2026-12-24 至 2026-12-26 暂停",
    "Phone support is closed 2026-12-24 – 2026-12-26.",
    "电话回访日期 2026/12/24",
    "IMEI 490154203237518 is only an example.",
    "设备 IMEI：490154203237518（示例）",
    "@everyone please update now",
    "Ping @here when the release is out",
    "use `@dataclass` on the model",
    "annotate with `@Override`",
    "`@property` and `@staticmethod` are decorators",
    "npm install @types/node @sec-ant/zxing-wasm",
    "git clone git@github.com:example/wallet.git",
    "Local RPC node: http://127.0.0.1:8545",
    "本地节点 http://localhost:8545 可以测试",
    "Router page http://192.168.1.1/",
    "https://example.com/zh/download/",
    "金额 1,234,567.89 USDT",
    "转账 12345678 sats",
    "区块高度 19283746",
    "block 19000000 was mined",
    "订单号 202610280001",
    "chain ID 11155111",
    "版本 v3.10.12",
    "IP 192.168.100.200",
    "nonce 1234567",
    "验证码 482913（只给你自己看）",
    "余额 1.234.567",
    "时间 09:00–18:00",
    "2019–2026 年的记录",
    "1 2 3 4 5 6 7 8 9 10",
    "手续费上涨 15%",
    "README.md, config.yml and navigation.top",
    "date.today() and user.email",
    "logo@2x.png",
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "[[channel:hotline]]",
    "联系 [[channel:support-email]] 或 [[channel:telegram|Telegram 客服]]",
    "Support is free.",
    "客服免费，不收任何费用。",
    "3,500,000 users",
    "等待 12 个确认",
    "Gas price 0.00012345 ETH",
    "第 1 步、第 2 步、第 3 步",
    "ISBN 978-3-16-148410-0",
    "1111111",
    "2026-10-28 09:30",
    "错误码 0x80070005",
    "页码 10-20",
    '"support" DMs are scams.',
    "Contact support: NFTs are not refunded",
    "客服：MetaMask 用户请先升级",
    "Contact support: iOS 17 or later",
    "客服每天早上9点在线，晚上10点中国区下班",
    "多一点在线时间，重点看这里",
    "App 点击右上角的设置",
    "the red dot on the icon",
    "Wait for one or two confirmations, then three more.",
    "Step one, two, three: open, check, confirm.",
    "It takes five to ten minutes, one block at a time.",
    "两个钱包 one by one 导入",
    "产品经理 Alice 负责这个功能",
    "We have no personal account manager on WeChat.",
    "投资顾问和带单导师都是骗局",
]


def legitimate(seed: int, rounds: int) -> list[Case]:
    """Official contacts and harmless text in every context and language."""
    rng = random.Random(seed)
    cases = []
    for _ in range(rounds):
        for lang in ("zh", "en"):
            for text in OFFICIAL:
                context = rng.choice(CONTEXTS)
                cases.append(
                    Case("official contact", lang, context, _text(context, text, lang, rng), text)
                )
            for text in HARMLESS:
                context = rng.choice(("prose", "table", "code", "html", "front matter"))
                if "[[" in text or "`" in text:
                    context = "prose"
                cases.append(
                    Case("harmless text", lang, context, _text(context, text, lang, rng), text)
                )
    return cases
