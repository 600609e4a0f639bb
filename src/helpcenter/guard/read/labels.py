"""Ids written after a platform or contact word: "微信客服：ExampleWalletCN", "| Telegram | @x |",
"LINE: evil.support", "客服：EvilSupport_1".

The label between the word and its id is read one bounded token at a time, at most ``tokens``
of them, and a word read inside an earlier label starts no label of its own, so every character
is read a bounded number of times. Tokens, shapes and words: the grammar's "labels" and
"handles" sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from helpcenter.contacts.grammar import by_language, grammar, words_pattern
from helpcenter.contacts.kinds import Kind
from helpcenter.guard.read.candidate import Candidate, Claims
from helpcenter.guard.read.keywords import CONTACT, Keyword, Keywords, kind_of

__all__ = ["ids_after_keywords"]

_L = grammar()["labels"]
_H = grammar()["handles"]
_PLATFORMS = _H["platforms"]
_LABEL_WORDS = by_language(_L["words"])
_LABEL_TOKEN = re.compile(
    rf"[ \t]{{1,8}}|{_L['punctuation']}"
    rf"|(?:{words_pattern(w for w in _LABEL_WORDS if not w.isascii())})"
    rf"|(?:{words_pattern(w for w in _LABEL_WORDS if w.isascii())})(?![a-z0-9_\-])"
)
# Between two platform words ("微信或QQ", "Telegram/X") or two ids ("WxEvil_02 / 22345678");
# only there: "WeChat id, QR code text" is a sentence going on.
_LIST = re.compile(_L["list"])
# A short aside in the label: "Telegram (24/7):", "客服（人工）：".
_ASIDE = re.compile(_L["aside"])
# The label may end its line; the id is then on the next one ("微信：" newline "ExampleWalletCN").
_LINE_BREAK = re.compile(_L["line_break"])
_LIST_START = frozenset(_L["list_start"])
_ASIDE_START = frozenset("(（")
_ACRONYMS = re.compile("[A-Z]{2,6}s")
_DIGITS = frozenset("0123456789")
_ID_RUN_ON = _DIGITS | {"_"}
_GLUED_NUMBER = re.compile(r"[0-9][0-9 ().\-]{0,24}")
_MIN_DIGITS = grammar()["numbers"]["min_digits"]
_PROSE_NEXT = re.compile(_L["prose_next"])
_DELIMITERS = frozenset(_L["delimiters"])
_NEUTRAL = frozenset(_L["neutral"])
_PROSE = frozenset(_H["prose"])
_AT_WORDS = frozenset(_H["at_words"])
_ID_SHAPE = {
    name: re.compile(entry["id"] + entry.get("end", _H["id_end"]))
    for name, entry in _PLATFORMS.items()
    if entry.get("id")
}
_ID_SHAPE[CONTACT] = re.compile(_H["contact_id"] + _H["id_end"])
_CONTACT_KINDS = tuple(Kind(kind) for kind in _H["contact_kinds"])
_FILE_ENDINGS = frozenset(grammar()["urls"]["file_endings"])


def ids_after_keywords(text: str, claims: Claims, keywords: Keywords) -> Iterator[Candidate]:
    lower = keywords.lower
    words = keywords.platforms()
    at = {k.start: k for k in words}
    label_end = -1
    for keyword in words:
        if keyword.start < label_end or keyword.context not in _ID_SHAPE:
            continue  # a word inside an earlier label ("微信或QQ："), or one no id follows
        contexts, pos, delimited = _label(text, lower, keyword, at)
        label_end = pos
        found = _ids_at(text, pos, contexts, delimited=delimited, list_item=False)
        for _ in range(_L["list_items"]):  # "微信或QQ：WxEvil_02 / 22345678"
            if not found or not all(claims.free(c.start, c.end) for c in found):
                break
            for candidate in found:
                claims.take(candidate.start, candidate.end)
            yield from found
            separator = _LIST.match(lower, max(c.end for c in found))
            if separator is None:
                break
            found = _ids_at(text, separator.end(), contexts, delimited=False, list_item=True)


def _label(
    text: str, lower: str, keyword: Keyword, at: dict[int, Keyword]
) -> tuple[list[str], int, bool]:
    """The platforms a label names (or CONTACT), where it ends, and whether it ends in a
    delimiter ("：", "是", "ID"): a plain word after a delimiter is an id, after a label word
    it is prose."""
    contexts = [keyword.context]
    pos, delimited, broke_line = keyword.end, False, False
    for _ in range(_L["tokens"]):
        if text.startswith("](", pos):  # "[微信](wechat.md)": a link target follows, no id
            return contexts, pos, False
        first = text[pos : pos + 1]
        listed = _LIST.match(lower, pos) if first.lower() in _LIST_START else None
        other = at.get(listed.end() if listed else pos)
        if other is not None and not _begins_id(text, other):
            # another platform word: "微信或QQ", "Telegram/X", "客服微信"
            if other.context in _ID_SHAPE and other.context != CONTACT:
                contexts = [c for c in contexts if c != CONTACT]
                contexts += [] if other.context in contexts else [other.context]
            pos, delimited = other.end, False  # a contact word after a platform adds nothing
            continue
        aside = _ASIDE.match(text, pos) if first in _ASIDE_START else None
        inside = _ids_at(text, pos + 1, contexts, delimited=False, list_item=True) if aside else []
        if aside is not None and all(c.end != aside.end() - 1 for c in inside):
            pos, delimited = aside.end(), False  # "(24/7)"; but "（ExampleWalletCN）" is the id
            continue
        token = _LABEL_TOKEN.match(lower, pos)
        if token is None and delimited and not broke_line:
            token = _LINE_BREAK.match(text, pos)
            broke_line = token is not None
            if token is not None:
                pos = token.end()
                continue
        if token is None:
            break
        word = token.group()
        if word in _DELIMITERS:
            delimited = True
        elif not set(word) <= _NEUTRAL:
            delimited = False
        pos = token.end()
    return contexts or [CONTACT], pos, delimited


def _ids_at(
    text: str, pos: int, contexts: list[str], *, delimited: bool, list_item: bool
) -> list[Candidate]:
    """The id at ``pos``, once for each named platform whose ids look like it."""
    found = []
    before = text[max(0, pos - 2) : pos]
    emphasis = len(before) - len(before.rstrip("_"))  # "微信：__WxEvil_05__"
    for context in contexts:
        m = _ID_SHAPE[context].match(text, pos)
        if m is None:
            continue
        value = m.group().rstrip(".")  # "is free.": a sentence ends, the id does not go on
        if emphasis:
            value = value[: len(value) - min(emphasis, len(value) - len(value.rstrip("_")))]
        if context == CONTACT:
            value = value.rstrip("_")  # "support available__": emphasis closing a sentence
        if not value:
            continue
        end = pos + len(value)
        if text.startswith(("@", "."), m.end()) or value.lower().lstrip("@") in _PROSE:
            continue  # an address, a domain, or just the next word of the sentence
        if value.startswith("@") and value[1:].lower() in _AT_WORDS:
            continue  # "@everyone", "@property"
        if context == CONTACT and not any(c.isascii() and c.isalpha() for c in value):
            continue  # a number after a contact word is read by its shape (numbers)
        kind = kind_of(context)
        if kind is Kind.X and _all_digits(value):
            continue  # "推特：24小时在线": a number; an all-digit handle is written "@24"
        named = context != CONTACT  # "evil.support" on LINE; "date.today" after "support:"
        plain = not (value.startswith("@") or kind is Kind.QQ or _looks_like_id(value, named))
        if plain and (context == CONTACT or list_item or not delimited):
            continue  # "WeChat: online every day" is a sentence, not an id
        if context == CONTACT and _file_name(value):
            continue  # "support: see check-contact.md" names a page
        if plain and kind is not None and _PROSE_NEXT.match(text, end):
            continue  # "WeChat: online every day"; on LINE, where nothing is ours, it counts
        found.append(_candidate(pos, end, value, context, kind))
    return found


def _candidate(start: int, end: int, value: str, context: str, kind: Kind | None) -> Candidate:
    if context == CONTACT:  # no platform named: it passes only if it is official somewhere
        return Candidate(start, end, value, None, _CONTACT_KINDS, guessed=True)
    if kind is None:  # LINE, Signal, 抖音 ...: the registry has no channel there
        return Candidate(start, end, value, None, platform=context)
    return Candidate(start, end, value, kind)


def _all_digits(value: str) -> bool:
    return value != "" and all("0" <= c <= "9" for c in value)


def _begins_id(text: str, keyword: Keyword) -> bool:
    """A word that runs on into digits or "_" is the start of an id, not a label word:
    "微信：support888", "Telegram: Support_2024" (a keyword never runs on into letters);
    but one glued to a phone-length number labels it ("客服Tel13800138000", "QQ12345678")."""
    after = text[keyword.end : keyword.end + 1]
    if after == "" or after not in _ID_RUN_ON or not text[keyword.end - 1].isascii():
        return False
    glued = _GLUED_NUMBER.match(text, keyword.end)
    return glued is None or sum(c in _DIGITS for c in glued.group()) < _MIN_DIGITS


def _looks_like_id(value: str, named: bool) -> bool:
    """Mixed case, digits, underscores, and after a platform word (``named``) inner dots or
    hyphens: "ExampleWalletCN", "wallet_kf", "evil.support", "fake-support"; not "support",
    a slug after a contact word ("can-do"), an acronym ("IMEI") or its plural ("DMs", "NFTs")."""
    if any("0" <= c <= "9" or c == "_" or (named and c in ".-") for c in value):
        return True
    if _ACRONYMS.fullmatch(value):
        return False
    return any("A" <= c <= "Z" for c in value[1:]) and any("a" <= c <= "z" for c in value)


def _file_name(value: str) -> bool:
    return "." in value and value.rsplit(".", 1)[1].lower() in _FILE_ENDINGS
