"""Ids written after a platform word: "微信客服：ExampleWalletCN", "| Telegram | @x |".

The label between a platform word and its id is read one bounded token at a time, at most
``_LABEL_TOKENS`` of them, and a platform word read inside an earlier label starts no label of
its own, so every character is read a bounded number of times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from helpcenter.contacts.kinds import Kind
from helpcenter.guard.candidate import Candidate, Claims
from helpcenter.guard.keywords import KIND_OF, Keyword, Keywords

# After a platform word, the label before its id, one bounded token at a time: punctuation,
# Markdown (table pipes, emphasis, code), label words ("微信客服：", "Telegram support:",
# "微信号是"), and other platform words after a list word ("微信或QQ：", "Telegram/X:").
_LABEL_TOKEN = re.compile(
    r"[ \t]{1,8}|[:：=\-–—(（\[【「『“\"'<>)）\]】」』”|*_`~]"
    r"|艾特|号码|账号|帐号|群号|用户名|客服|人工|在线|官方|频道|群组|群|号|搜索|搜|添加|加|关注|联系|"
    r"是|为|"
    r"(?i:id|official|account|handle|username|user|is|at|on|via|search|for|add|follow|support|"
    r"service|services|help|desk|helpdesk|team|customer|contact|channel|group)(?![A-Za-z0-9_\-])"
)
# Between two platform words ("微信或QQ", "Telegram/X") or two ids ("WxEvil_02 / 22345678");
# only there: "WeChat id, QR code text" is a sentence going on.
_LIST = re.compile(r"[ \t]{0,3}(?:[/、,，;；|&]|或者|或|和|及|(?i:or|and)(?![A-Za-z]))[ \t]{0,3}")
# A short aside in the label: "Telegram (24/7):", "客服（人工）：".
_ASIDE = re.compile(r"[(（][^()（）\n]{1,24}[)）]")
# The label may end its line; the id is then on the next one ("微信：" newline "ExampleWalletCN").
_LINE_BREAK = re.compile(r"\r?\n(?![ \t]{0,8}\r?\n)")
# First characters of _LIST and _ASIDE: other positions skip those patterns.
_LIST_START = frozenset(" \t/、,，;；|&或和及oOaA")
_ASIDE_START = frozenset("(（")
_LABEL_TOKENS = 16
_LIST_ITEMS = 4
_PROSE_NEXT = re.compile(r"[ \t]{1,3}[a-z]")
_DELIMITER_WORDS = """
    : ： 「 『 “ " ' = 艾特 号 id 账号 帐号 号码 群号 用户名 username handle 是 为
"""
_DELIMITERS = frozenset(_DELIMITER_WORDS.split())
# Tokens that neither delimit nor undo a delimiter: spaces and Markdown emphasis or code.
_NEUTRAL = frozenset(" \t*_`~")
_ID_SHAPE = {
    Kind.WECHAT: re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-])"),
    Kind.QQ: re.compile(r"[1-9][0-9]{4,11}(?![0-9])"),
    Kind.TELEGRAM: re.compile(r"@?[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_])"),
    # Longer than X allows, so "X: ExampleWalletSupport" is reported as no X handle.
    Kind.X: re.compile(r"@?[A-Za-z0-9_]{2,32}(?![A-Za-z0-9_])"),
    Kind.DISCORD: re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]{2,31}(?![A-Za-z0-9_\-])"),
}
# Words that follow a platform name in prose and are not an id ("WeChat Pay", "TG group").
_PROSE_WORDS = """
    support service services official account accounts group groups channel channels
    chat chats community app apps users user pay mini program programs article articles
    message messages team and or the to for with from in of we our your you are is was
    will can only never always also bot bots link links post posts space spaces web
    desktop mobile id server servers invite invites
"""
_PROSE = frozenset(_PROSE_WORDS.split())


def ids_after_keywords(text: str, claims: Claims, keywords: Keywords) -> Iterator[Candidate]:
    platforms = [k for k in keywords.platforms() if KIND_OF.get(k.context) in _ID_SHAPE]
    at = {k.start: k for k in platforms}
    label_end = -1
    for keyword in platforms:
        if keyword.start < label_end:
            continue  # a platform word inside an earlier label ("微信或QQ："): read with it
        kinds, pos, delimited = _label(text, keyword, at)
        label_end = pos
        found = _ids_at(text, pos, kinds, delimited=delimited, list_item=False)
        for _ in range(_LIST_ITEMS):  # "微信或QQ：WxEvil_02 / 22345678"
            if not found or not all(claims.free(c.start, c.end) for c in found):
                break
            for candidate in found:
                claims.take(candidate.start, candidate.end)
            yield from found
            separator = _LIST.match(text, max(c.end for c in found))
            if separator is None:
                break
            found = _ids_at(text, separator.end(), kinds, delimited=False, list_item=True)


def _label(text: str, keyword: Keyword, at: dict[int, Keyword]) -> tuple[list[Kind], int, bool]:
    """The platforms a label names, where it ends, and whether it ends in a delimiter
    ("：", "是", "ID"): a plain word after a delimiter is an id, after a label word it is prose."""
    kinds = [KIND_OF[keyword.context]]
    pos, delimited, broke_line = keyword.end, False, False
    for _ in range(_LABEL_TOKENS):
        first = text[pos : pos + 1]
        listed = _LIST.match(text, pos) if first in _LIST_START else None
        other = at.get(listed.end() if listed else pos)
        if other is not None:  # another platform word: "微信或QQ", "Telegram/X"
            kind = KIND_OF[other.context]
            kinds += [] if kind in kinds else [kind]
            pos, delimited = other.end, False
            continue
        aside = _ASIDE.match(text, pos) if first in _ASIDE_START else None
        inside = _ids_at(text, pos + 1, kinds, delimited=False, list_item=True) if aside else []
        if aside is not None and all(c.end != aside.end() - 1 for c in inside):
            pos, delimited = aside.end(), False  # "(24/7)"; but "（ExampleWalletCN）" is the id
            continue
        token = _LABEL_TOKEN.match(text, pos)
        if token is None and delimited and not broke_line:
            token = _LINE_BREAK.match(text, pos)
            broke_line = token is not None
            if token is not None:
                pos = token.end()
                continue
        if token is None:
            break
        word = token.group()
        if word.lower() in _DELIMITERS:
            delimited = True
        elif not set(word) <= _NEUTRAL:
            delimited = False
        pos = token.end()
    return kinds, pos, delimited


def _ids_at(
    text: str, pos: int, kinds: list[Kind], *, delimited: bool, list_item: bool
) -> list[Candidate]:
    """The id at ``pos``, once for each named platform whose ids look like it."""
    found = []
    before = text[max(0, pos - 2) : pos]
    emphasis = len(before) - len(before.rstrip("_"))  # "微信：__WxEvil_05__"
    for kind in kinds:
        m = _ID_SHAPE[kind].match(text, pos)
        if m is None:
            continue
        value = m.group()
        if emphasis:
            value = value[: len(value) - min(emphasis, len(value) - len(value.rstrip("_")))]
        end = pos + len(value)
        if text.startswith(("@", "."), m.end()) or value.lower().lstrip("@") in _PROSE:
            continue  # an address, a domain, or just the next word of the sentence
        if kind is Kind.X and value.isdigit():
            continue  # "推特：24小时在线": a number; an all-digit handle is written "@24"
        plain = not (value.startswith("@") or kind is Kind.QQ or _looks_like_id(value))
        if plain and (list_item or not delimited or _PROSE_NEXT.match(text, end)):
            continue  # "WeChat: online every day" is a sentence, not an id
        found.append(Candidate(pos, end, value, kind))
    return found


def _looks_like_id(value: str) -> bool:
    """Mixed case, digits or underscores: "ExampleWalletCN", "wallet_kf", not "support"."""
    return any(c.isdigit() or c in "_-" for c in value) or any(c.isupper() for c in value[1:])
