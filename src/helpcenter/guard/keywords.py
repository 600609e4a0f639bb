"""Words that say what the value next to them is: a platform, a phone, or a harmless number."""

from __future__ import annotations

import re
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
    # Slang too: "加V：…" (add on WeChat), 薇信 / 威信, 企鹅 (QQ's penguin).
    Context.WECHAT: _words("微信号|微信|公众号|wechat|weixin|vx|v信|wx|加v|薇信|威信"),
    Context.QQ: _words("qq群|qq|扣扣|q群|企鹅"),
    Context.NUMBER: _words(
        "区块|高度|块高|链id|链 id|金额|余额|数量|手续费|订单|交易|哈希|版本|验证码|动态码|编号|"
        "nonce|gas|block|height|chain id|chainid|amount|balance|fee|order|tx|txid|hash|version|"
        "code|otp|2fa|pin|build|id"
    ),
}


_CONTEXT_OF = {word: context for context, words in _WORDS.items() for word in words}


def _literal(word: str) -> str:
    # A Chinese word ending in a Latin letter ("加v") is no keyword inside "加vip": checked in
    # the pattern, as a rejected match would hide a keyword that starts inside it ("加vx").
    tail = "(?![a-z])" if not word[0].isascii() and word[-1].isascii() else ""
    return re.escape(word) + tail


# A plain alternation of literals over lower-cased text lets ``re`` skip to candidate first
# characters in C; word boundaries are checked per match (``tel`` is not in ``hotel``).
_KEYWORDS = re.compile("|".join(_literal(w) for w in sorted(_CONTEXT_OF, key=len, reverse=True)))
_IDS = frozenset({Context.TELEGRAM, Context.X, Context.DISCORD, Context.WECHAT, Context.QQ})
_PLATFORM_KEYWORDS = re.compile(
    "|".join(
        _literal(w) for w in sorted(_CONTEXT_OF, key=len, reverse=True) if _CONTEXT_OF[w] in _IDS
    )
)
# Between a number word and its number when the word labels that very number ("订单号 1234",
# "区块高度：19283746", "order #12345678"), not a topic of the sentence ("订单问题）：").
_LABELS_NUMBER = re.compile(
    r"(?:[ \t:：#=()（）.\-]|号码|号|为|是|(?i:no|number|is)(?![A-Za-z])){0,6}"
)
# How far back on the line a phone word still names the number ("热线（交易、订单问题）：…").
_PHONE_WORD_REACH = 40
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
    """Context words in a text, looked up near a position on demand: most text has many
    ordinary words ("fee", "call", "id") and few places (long digit runs, handles) that ask."""

    def __init__(self, text: str) -> None:
        self._text = text
        lower = text.lower()
        if len(lower) != len(text):  # a few non-ASCII letters lower-case to two characters
            lower = text.translate(_ASCII_LOWER)
        self._lower = lower

    def platforms(self) -> list[Keyword]:
        """Every platform word that an id may follow (微信, QQ, Telegram, X ...)."""
        found = [k for k in self._find(_PLATFORM_KEYWORDS, 0, len(self._text)) if k.context in _IDS]
        return sorted(found, key=lambda k: k.start)

    def near(self, start: int, end: int, *, before: int = 40, after: int = 16) -> Keyword | None:
        """The closest keyword ending up to ``before`` characters before ``start`` or starting
        up to ``after`` characters after ``end``, not across a line break."""
        lo, hi = self._window(start, end, before, after)
        previous = self._find(_KEYWORDS, lo, start)
        if previous:
            return max(previous, key=lambda k: k.end)
        following = self._find(_KEYWORDS, end, hi)
        return min(following, key=lambda k: k.start) if following else None

    def phone_near(self, start: int, end: int) -> Keyword | None:
        """The word that says what the number at ``start:end`` is: the closest one, except that
        a phone or messaging word earlier on the line beats a number word that does not label
        this number itself ("Hotline for order issues: 202-555-0177", "Phone (2FA help): …").
        Fails closed: a false alarm is better than a phone number let through."""
        keyword = self.near(start, end)
        if keyword is None or keyword.context is not Context.NUMBER or keyword.start >= end:
            return keyword
        if _LABELS_NUMBER.fullmatch(self._text, keyword.end, start):
            return keyword  # "订单号 12345678": the number word labels this number
        lo = self._text.rfind("\n", max(0, start - _PHONE_WORD_REACH), start) + 1
        lo = max(lo, start - _PHONE_WORD_REACH)
        earlier = [
            k for k in self._find(_KEYWORDS, lo, keyword.start) if k.context is not Context.NUMBER
        ]
        return max(earlier, key=lambda k: k.end) if earlier else keyword

    def platform_near(
        self, start: int, end: int, *, before: int = 60, after: int = 30
    ) -> Keyword | None:
        """The closest platform or phone word (number words aside) ending up to ``before``
        characters before ``start`` or starting up to ``after`` after ``end``, on the same line;
        on a tie the one before ("Follow @a on X and chat with @b on Telegram": @b is Telegram)."""
        lo, hi = self._window(start, end, before, after)
        previous = [k for k in self._find(_KEYWORDS, lo, start) if k.context is not Context.NUMBER]
        following = [k for k in self._find(_KEYWORDS, end, hi) if k.context is not Context.NUMBER]
        best = max(previous, key=lambda k: k.end) if previous else None
        if following:
            first = min(following, key=lambda k: k.start)
            if best is None or first.start - end < start - best.end:
                best = first
        return best

    def ending_at(self, pos: int) -> Keyword | None:
        """The keyword that ends right at ``pos`` ("Tel" in "Tel.+1 202…"), if any."""
        found = [k for k in self._find(_KEYWORDS, max(0, pos - 12), pos) if k.end == pos]
        return max(found, key=lambda k: k.end - k.start) if found else None

    def _window(self, start: int, end: int, before: int, after: int) -> tuple[int, int]:
        """Up to ``before`` characters before ``start`` and ``after`` after ``end``, on the line."""
        text = self._text
        lo = max(text.rfind("\n", max(0, start - before), start) + 1, start - before)
        line_end = text.find("\n", end, end + after)
        return lo, end + after if line_end == -1 else line_end

    def _find(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[Keyword]:
        text = self._text
        found = [
            Keyword(m.start(), m.end(), _CONTEXT_OF[m.group()])
            for m in pattern.finditer(self._lower, lo, hi)
            if _stands_alone(text, m.start(), m.end())
        ]
        found += [
            Keyword(m.start(), m.end(), Context.X)
            for m in _X.finditer(text, lo, hi)
            if _stands_alone(text, m.start(), m.end(), after=_WORD_CHARS | {"&"})
        ]
        return found


def _stands_alone(
    text: str, start: int, end: int, after: frozenset[str] = _WORD_CHARS - set("0123456789")
) -> bool:
    """An ASCII keyword is a whole word ("tel" is not in "hotel"; "2FA" may follow a digit)."""
    if not text[start].isascii() or not text[start].isalnum():
        return True  # Chinese words and "#" need no spaces
    return (start == 0 or text[start - 1] not in _WORD_CHARS) and (
        end == len(text) or text[end] not in after
    )
