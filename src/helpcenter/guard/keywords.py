"""Words that say what the value next to them is: a platform, a phone, or a harmless number."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import StrEnum

from helpcenter.contacts.kinds import Kind


class Context(StrEnum):
    PHONE = "phone"
    TELEGRAM = "telegram"
    X = "x"
    DISCORD = "discord"
    WHATSAPP = "whatsapp"
    WECHAT = "wechat"
    QQ = "qq"
    #: Block heights, amounts, chain ids, codes, versions: the number next to it is no phone.
    NUMBER = "number"


#: The contact kind a platform word makes of a handle, id or number next to it.
KIND_OF = {
    Context.PHONE: Kind.PHONE,
    Context.TELEGRAM: Kind.TELEGRAM,
    Context.X: Kind.X,
    Context.DISCORD: Kind.DISCORD,
    Context.WHATSAPP: Kind.WHATSAPP,
    Context.WECHAT: Kind.WECHAT,
    Context.QQ: Kind.QQ,
}

_WORDS: dict[Context, tuple[str, ...]] = {
    Context.PHONE: (
        "电话",
        "热线",
        "致电",
        "拨打",
        "来电",
        "手机",
        "座机",
        "打给",
        "客服号码",
        "call",
        "phone",
        "hotline",
        "tel",
        "telephone",
        "mobile",
        "dial",
        "fax",
        "sms",
    ),
    Context.TELEGRAM: ("telegram", "tg", "电报", "纸飞机", "飞机"),
    Context.X: ("twitter", "推特"),
    Context.DISCORD: ("discord",),
    Context.WHATSAPP: ("whatsapp", "wa", "瓦次普"),
    Context.WECHAT: ("微信号", "微信", "公众号", "wechat", "weixin", "vx", "v信", "wx"),
    Context.QQ: ("qq群", "qq", "扣扣", "q群"),
    Context.NUMBER: (
        "区块",
        "高度",
        "块高",
        "链id",
        "链 id",
        "金额",
        "余额",
        "数量",
        "手续费",
        "订单",
        "交易",
        "哈希",
        "版本",
        "验证码",
        "动态码",
        "编号",
        "nonce",
        "gas",
        "block",
        "height",
        "chain id",
        "chainid",
        "amount",
        "balance",
        "fee",
        "order",
        "tx",
        "txid",
        "hash",
        "version",
        "code",
        "otp",
        "2fa",
        "pin",
        "build",
        "id",
        "no.",
        "#",
    ),
}


def _alternative(word: str) -> str:
    escaped = re.escape(word)
    # ASCII words must stand alone ("tel" is not in "hotel"); Chinese words need no spaces.
    return rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z])" if word[:1].isascii() else escaped


_GROUPS = "|".join(
    f"(?P<{context}>{'|'.join(_alternative(w) for w in sorted(words, key=len, reverse=True))})"
    for context, words in _WORDS.items()
)
# "X" is a platform only as a capital letter on its own: "X: @ExampleWallet", "在 X 上".
_KEYWORDS = re.compile(rf"{_GROUPS}|(?P<x_letter>(?<![A-Za-z0-9])X(?![A-Za-z0-9&]))", re.I)


@dataclass(frozen=True, slots=True)
class Keyword:
    start: int
    end: int
    context: Context


class Keywords:
    """Every context word in a text, and the one closest to a position on the same line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self.found = [Keyword(m.start(), m.end(), _context(m)) for m in _KEYWORDS.finditer(text)]
        self._ends = [k.end for k in self.found]
        self._starts = [k.start for k in self.found]

    def near(self, start: int, end: int, *, before: int = 40, after: int = 16) -> Keyword | None:
        """The closest keyword ending up to ``before`` characters before ``start`` or starting
        up to ``after`` characters after ``end``, not across a line break."""
        i = bisect_right(self._ends, start) - 1
        if i >= 0:
            k = self.found[i]
            if start - k.end <= before and "\n" not in self._text[k.end : start]:
                return k
        j = bisect_left(self._starts, end)
        if j < len(self.found):
            k = self.found[j]
            if k.start - end <= after and "\n" not in self._text[end : k.start]:
                return k
        return None


def _context(match: re.Match[str]) -> Context:
    group = match.lastgroup
    return Context.X if group == "x_letter" else Context(str(group))
