"""Words that say what the value next to them is: a platform, a phone, any contact, or a
harmless number. The words are the grammar's (``keywords`` and each platform's ``words``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from helpcenter.contacts.grammar import by_language, escape, grammar, trie_pattern
from helpcenter.contacts.kinds import Kind

__all__ = [
    "CONTACT",
    "NUMBER",
    "PHONE",
    "Keyword",
    "Keywords",
    "ascii_lower",
    "kind_of",
    "platform_names",
]

#: Contexts besides the platforms (whose context is their name: "telegram", "line" ...).
PHONE = "phone"
CONTACT = "contact"
NUMBER = "number"

_KEYWORDS = grammar()["keywords"]
_PLATFORMS = grammar()["handles"]["platforms"]
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_LETTERS = _WORD_CHARS - frozenset("0123456789")
# Characters that join a word to what is before it into one name ("-support", "x.support").
_JOINERS = frozenset("-.@#")


def platform_names() -> list[str]:
    """Every platform of the grammar, registry kind or not."""
    return list(_PLATFORMS)


def kind_of(context: str) -> Kind | None:
    """The registry kind a platform or phone word makes of the value next to it (None for a
    platform the registry has no kind for, and for contact and number words)."""
    if context == PHONE:
        return Kind.PHONE
    entry = _PLATFORMS.get(context)
    return Kind(entry["kind"]) if entry and entry["kind"] else None


@cache
def _words() -> dict[str, str]:
    """Lower-case word -> context."""
    words: dict[str, str] = {}
    for context in (NUMBER, CONTACT, PHONE):
        for word in by_language(_KEYWORDS[context]):
            words[word.lower()] = context
    for name, entry in _PLATFORMS.items():
        for word in by_language(entry["words"]):
            words[word.lower()] = name
    return words


@cache
def _bare() -> dict[str, str]:
    """Word without spacers ("chainid" for "chain id", "微信" for "微 信") -> context."""
    return {_SPACERS.sub("", word): context for word, context in _words().items()}


@cache
def _exact() -> dict[str, str]:
    """Words matched only as written ("X", "LINE", "Signal") -> platform."""
    return {word: name for name, entry in _PLATFORMS.items() for word in entry.get("exact", ())}


def _spaced(word: str) -> bool:
    """Whether a word may be written with a spacer between its characters ("微 信")."""
    return len(word) >= 4 if word.isascii() else len(word) >= 2


def _tokens(word: str) -> list[str]:
    """A word as pattern tokens: its characters, a spacer allowed between them when it may
    be spaced, and the tail a Chinese word ending in a Latin letter needs ("加v" is no keyword
    inside "加vip": checked in the pattern, as a rejected match would hide a keyword that
    starts inside it, "加vx")."""
    spacer = f"[{_KEYWORDS['spacers']}]?"
    tokens: list[str] = []
    for char in word:
        if tokens and _spaced(word):
            tokens.append(spacer)
        tokens.append(escape(char))
    if not word[0].isascii() and word[-1].isascii():
        tokens.append("(?![a-z])")
    return tokens


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(trie_pattern([_tokens(word) for word in words]))


# A trie of the words over lower-cased text: ``re`` skips to candidate first characters in C
# and tries one branch per character; word boundaries are checked per match (``tel`` is not
# in ``hotel``).
_ALL = _alternation(list(_words()))
_PLATFORM = _alternation([w for w, c in _words().items() if c in _PLATFORMS or c == CONTACT])
_EXACT = re.compile("|".join(escape(w) for w in sorted(_exact(), key=lambda w: (-len(w), w))))
_SPACERS = re.compile(f"[{_KEYWORDS['spacers']}]")
_LABELS_NUMBER = re.compile(_KEYWORDS["labels_number"])


@dataclass(frozen=True, slots=True)
class Keyword:
    start: int
    end: int
    context: str


class Keywords:
    """Context words in a text, looked up near a position on demand: most text has many
    ordinary words ("fee", "call", "id") and few places (long digit runs, handles) that ask."""

    def __init__(self, text: str) -> None:
        self._text = text
        #: ``text`` with ASCII letters in lower case (the words' patterns are lower case).
        self.lower = ascii_lower(text)
        self._lines: dict[int, list[Keyword]] = {}  # line start -> its keywords

    def platforms(self) -> list[Keyword]:
        """Every platform or contact word that an id may follow (微信, QQ, 客服, X ...)."""
        found = self._find(_PLATFORM, 0, len(self._text))
        return sorted(
            (k for k in found if k.context in _PLATFORMS or k.context == CONTACT),
            key=lambda k: k.start,
        )

    def near(self, start: int, end: int, *, before: int = 0, after: int = 0) -> Keyword | None:
        """The closest keyword ending up to ``before`` characters before ``start`` or starting
        up to ``after`` characters after ``end``, not across a line break."""
        before = before or _KEYWORDS["before"]
        after = after or _KEYWORDS["after"]
        lo, hi = self._window(start, end, before, after)
        previous = self._within(lo, start)
        if previous:
            return max(previous, key=lambda k: k.end)
        following = self._within(end, hi)
        return min(following, key=lambda k: k.start) if following else None

    def phone_near(self, start: int, end: int) -> Keyword | None:
        """The word that says what the number at ``start:end`` is: the closest one, except that
        a phone or messaging word earlier on the line beats a number word that does not label
        this number itself ("Hotline for order issues: 202-555-0177", "Phone (2FA help): …").
        Fails closed: a false alarm is better than a phone number let through."""
        keyword = self.near(start, end)
        if keyword is None or keyword.context != NUMBER or keyword.start >= end:
            return keyword
        if self.labels(keyword, start):
            return keyword  # "订单号 12345678": the number word labels this number
        reach = _KEYWORDS["phone_reach"]
        lo = self._text.rfind("\n", max(0, start - reach), start) + 1
        lo = max(lo, start - reach)
        earlier = [k for k in self._within(lo, keyword.start) if k.context != NUMBER]
        return max(earlier, key=lambda k: k.end) if earlier else keyword

    def labels(self, keyword: Keyword, start: int) -> bool:
        """Whether only label punctuation and words ("号", "：", "no.") stand between
        ``keyword`` and the value at ``start``."""
        return _LABELS_NUMBER.fullmatch(self.lower, keyword.end, start) is not None

    def platform_near(self, start: int, end: int) -> Keyword | None:
        """The closest platform, phone or contact word (number words aside) ending up to
        ``platform_before`` characters before ``start`` or starting up to ``platform_after``
        after ``end``, on the same line; on a tie the one before ("Follow @a on X and chat
        with @b on Telegram": @b is Telegram)."""
        lo, hi = self._window(start, end, _KEYWORDS["platform_before"], _KEYWORDS["platform_after"])
        previous = [k for k in self._within(lo, start) if k.context != NUMBER]
        following = [k for k in self._within(end, hi) if k.context != NUMBER]
        best = max(previous, key=lambda k: k.end) if previous else None
        if following:
            first = min(following, key=lambda k: k.start)
            if best is None or first.start - end < start - best.end:
                best = first
        return best

    def ending_at(self, pos: int) -> Keyword | None:
        """The keyword that ends right at ``pos`` ("Tel" in "Tel.+1 202…"), if any."""
        found = [k for k in self._within(max(0, pos - 24), pos) if k.end == pos]
        return max(found, key=lambda k: k.end - k.start) if found else None

    def _window(self, start: int, end: int, before: int, after: int) -> tuple[int, int]:
        """Up to ``before`` characters before ``start`` and ``after`` after ``end``, on the line."""
        text = self._text
        lo = max(text.rfind("\n", max(0, start - before), start) + 1, start - before)
        line_end = text.find("\n", end, end + after)
        return lo, end + after if line_end == -1 else line_end

    def _within(self, lo: int, hi: int) -> list[Keyword]:
        """The keywords of one line (``lo`` and ``hi`` on it) that lie in ``lo:hi``; a line's
        keywords are found once, on first demand (a number and its neighbours ask alike)."""
        if lo >= hi:
            return []
        start = self._text.rfind("\n", 0, lo) + 1
        found = self._lines.get(start)
        if found is None:
            end = self._text.find("\n", start)
            found = self._find(_ALL, start, len(self._text) if end == -1 else end)
            self._lines[start] = found
        return [k for k in found if lo <= k.start and k.end <= hi]

    def _find(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[Keyword]:
        text = self._text
        words = _bare()
        found = [
            Keyword(m.start(), m.end(), words[_SPACERS.sub("", m.group())])
            for m in pattern.finditer(self.lower, lo, hi)
            if _stands_alone(text, m.start(), m.end())
        ]
        exact = _exact()
        found += [
            Keyword(m.start(), m.end(), exact[m.group()])
            for m in _EXACT.finditer(text, lo, hi)
            if _stands_alone(text, m.start(), m.end(), after=_WORD_CHARS | {"&"})
        ]
        return found


def ascii_lower(text: str) -> str:
    """``text`` with A-Z as a-z (``str.lower`` in C when it changes nothing else that the
    words' patterns could see: only Kelvin's K lowers to ASCII, and the first pass folds it)."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def _stands_alone(text: str, start: int, end: int, after: frozenset[str] = _LETTERS) -> bool:
    """An ASCII keyword is a whole word: not inside another ("tel" in "hotel"), a slug, host,
    anchor or handle ("support-is-free", "help.support", "#support", "@support"); a digit may
    follow it ("2FA", "Tel13800138000")."""
    if not text[start].isascii() or not text[start].isalnum():
        return True  # Chinese words and "#" need no spaces
    if start > 0 and (text[start - 1] in _WORD_CHARS or text[start - 1] in _JOINERS):
        return False
    if end == len(text):
        return True
    following = text[end]
    if following in after:
        return False
    # "support-can-do", "support.example.com": the word goes on after a joiner.
    return not (following in "-." and end + 1 < len(text) and text[end + 1] in _LETTERS)
