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


def _words(alternatives: str) -> tuple[str, ...]:
    return tuple(alternatives.split("|"))


_WORDS: dict[Context, tuple[str, ...]] = {
    Context.PHONE: _words(
        "电话|热线|致电|拨打|来电|手机|座机|打给|客服号码|call|phone|hotline|tel|telephone|mobile|"
        "dial|fax|sms|smsto|callto|facetime"
    ),
    Context.TELEGRAM: _words("telegram|tg|电报|纸飞机|飞机"),
    Context.X: _words("twitter|推特"),
    Context.DISCORD: _words("discord"),
    Context.WHATSAPP: _words("whatsapp|wa|瓦次普"),
    Context.WECHAT: _words("微信号|微信|公众号|wechat|weixin|vx|v信|wx"),
    Context.QQ: _words("qq群|qq|扣扣|q群"),
    Context.NUMBER: _words(
        "区块|高度|块高|链id|链 id|金额|余额|数量|手续费|订单|交易|哈希|版本|验证码|动态码|编号|"
        "nonce|gas|block|height|chain id|chainid|amount|balance|fee|order|tx|txid|hash|version|"
        "code|otp|2fa|pin|build|id"
    ),
}


_CONTEXT_OF = {word: context for context, words in _WORDS.items() for word in words}
# A plain alternation of literals over lower-cased text lets ``re`` skip to candidate first
# characters in C; word boundaries are checked per match (``tel`` is not in ``hotel``).
_KEYWORDS = re.compile("|".join(re.escape(w) for w in sorted(_CONTEXT_OF, key=len, reverse=True)))
# "X" is a platform only as a capital letter on its own: "X: @ExampleWallet", "在 X 上".
_X = re.compile("X")
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True, slots=True)
class Keyword:
    start: int
    end: int
    context: Context


class Keywords:
    """Every context word in a text, and the one closest to a position on the same line."""

    def __init__(self, text: str) -> None:
        self._text = text
        lower = text.lower()
        if len(lower) != len(text):  # a few non-ASCII letters lower-case to two characters
            lower = text.translate(_ASCII_LOWER)
        found = [
            Keyword(m.start(), m.end(), _CONTEXT_OF[m.group()])
            for m in _KEYWORDS.finditer(lower)
            if _stands_alone(text, m.start(), m.end())
        ]
        found += [
            Keyword(m.start(), m.end(), Context.X)
            for m in _X.finditer(text)
            if _stands_alone(text, m.start(), m.end(), after=_WORD_CHARS | {"&"})
        ]
        self.found = sorted(found, key=lambda k: k.start)
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


def _stands_alone(
    text: str, start: int, end: int, after: frozenset[str] = _WORD_CHARS - set("0123456789")
) -> bool:
    """An ASCII keyword is a whole word ("tel" is not in "hotel"; "2FA" may follow a digit)."""
    if not text[start].isascii() or not text[start].isalnum():
        return True  # Chinese words and "#" need no spaces
    return (start == 0 or text[start - 1] not in _WORD_CHARS) and (
        end == len(text) or text[end] not in after
    )
