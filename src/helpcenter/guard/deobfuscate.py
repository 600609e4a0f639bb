"""Undo the tricks that hide a contact from a naive scanner, keeping a map to original offsets.

Each pass is one ``re`` scan whose alternatives start on a distinctive character and use
bounded, non-overlapping quantifiers, so the work is linear in the input: no pattern here can
backtrack over more than a few dozen characters from any start position.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from helpcenter.guard.tlds import is_tld

# Zero-width, joiners, bidi embeddings/overrides/isolates, soft hyphen, BOM, variation selectors.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff"
)
# Forms whose NFKC is ASCII: full-width ASCII, small forms (﹫ ﹒), math alphanumerics,
# circled/parenthesized digits and letters, superscripts; plus other scripts' digits. Not the
# full-width punctuation of ordinary Chinese prose (！（），：；？): folding it changes nothing
# a contact needs (the phone pass reads （）, "https：//" is handled on its own) and costs time.
_COMPAT = (
    "\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\u3000\ufe50-\ufe6b\u2460-\u24ff\u2070-\u209f\u00b2\u00b3\u00b9"
    "\U0001d400-\U0001d7ff\u0660-\u0669\u06f0-\u06f9\u0966-\u096f"
)
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
_ALNUM = "A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# Inline elements: removing them must not split a word or a number ("<b>202</b>555").
_INLINE_TAGS_WORDS = """
    a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small
    span strong sub sup time tt u var wbr
"""
_INLINE_TAGS = frozenset(_INLINE_TAGS_WORDS.split())
# Attributes a reader can see or follow; their values stay in the text, the rest is dropped.
_VISIBLE_ATTR = re.compile(
    r"""(?<![\w-])(href|src|srcset|action|formaction|poster|cite|title|alt|content|value|label"""
    r"""|placeholder|data-[\w-]{1,40})[ \t\r\n]{0,5}=[ \t\r\n]{0,5}("[^"]*"|'[^']*'|[^\s"'>]+)""",
    re.IGNORECASE,
)

_SPELLED_SIGN = r"[ \t]{0,2}(?:at|AT|At|艾特|@|dot|DOT|Dot|点|\.)[ \t]{0,2}[\])）}】>]"
_TAG = r"/?[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])[^<>]{0,4000}>"
_PASS_ONE = re.compile(
    "|".join(
        (
            r"(?P<entity>&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?)",
            rf"(?P<invisible>[{_INVISIBLE}]+)",
            rf"(?P<stop>(?<=[{_ALNUM}])[。｡](?=[{_ALNUM}]))",
            rf"(?P<compat>[{_COMPAT}]+)",
            r"(?P<colon>：(?=//|／／))",
            # [at] (at) {at} 【at】 <at> (艾特) [dot] (点) ... with the spaces around them.
            rf"(?P<bracket>[ \t]{{0,3}}[\[(（{{【<]{_SPELLED_SIGN}[ \t]{{0,3}})",
            r"(?P<comment><!--)",
            r"(?P<tag><(?P<name>/?[A-Za-z][A-Za-z0-9-]{0,30})(?=[\s/>])[^<>]{0,4000}>)",
        )
    )
)
# Where an alternative of _PASS_ONE starts. One character class first, so ``re`` skips to
# candidates in C; the look-arounds after it reject "<<<", "&&&", "((((" in C as well, so
# Python runs only where _PASS_ONE will match.
_TRIGGER = re.compile(
    f"[&<\\[(（{{【。｡：{_INVISIBLE}{_COMPAT}]"
    r"(?:(?<=&)(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9])"
    rf"|(?<=<)(?=!--|{_TAG}|{_SPELLED_SIGN})"
    rf"|(?<=[\[(（{{【])(?={_SPELLED_SIGN})"
    rf"|(?<=[{_ALNUM}][。｡])(?=[{_ALNUM}])"
    r"|(?<=：)(?=//|／／)"
    rf"|(?<=[{_INVISIBLE}{_COMPAT}]))"
)
_OPENERS = frozenset("[(（{【<")
# Markup is most of a built page: tags get a direct path and their replacement is remembered
# (pages repeat the same tags over and over).
_TAG_ONLY = re.compile(r"<(/?[A-Za-z][A-Za-z0-9-]{0,30})(?=[\s/>])[^<>]{0,4000}>")
_SIGN_AFTER_OPENER = re.compile(_SPELLED_SIGN)
_TAGS: dict[str, str] = {}

# "support at example dot com", "support 艾特 example 点 com", "support @ example.com".
# (Every alternative starts with a character class or literal: ``re`` then skips ahead in C.)
_SPELLED_AT = re.compile(r"[ \t][ \t]{0,2}(?:at|AT|艾特|@)[ \t]{0,3}|(?:艾特|@)[ \t]{0,3}")
_LOCAL_END = re.compile(r"[A-Za-z0-9._%+-]{1,64}\Z")
_SPELLED_DOMAIN = re.compile(
    r"[A-Za-z0-9-]{1,63}(?:(?:\.|[ \t]{1,3}(?:dot|DOT)[ \t]{1,3}|[ \t]{0,3}点[ \t]{0,3})"
    r"[A-Za-z0-9-]{1,63}){1,8}"
)
_SPELLED_DOT = re.compile(r"[ \t]{1,3}(?:dot|DOT)[ \t]{1,3}|[ \t]{0,3}点[ \t]{0,3}")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Text with obfuscations undone, and the way back to offsets in the original."""

    text: str
    #: Piece starts in ``text`` and the matching offsets in the input of this pass.
    _starts: tuple[int, ...]
    _origins: tuple[int, ...]
    _inner: Cleaned | None = None

    def origin(self, offset: int) -> int:
        """Offset in the original text of the character at ``offset`` in ``text``."""
        k = bisect_right(self._starts, offset) - 1
        here = self._origins[k] + (offset - self._starts[k])
        if k + 1 < len(self._origins):  # inside a replacement: clamp to the replaced span
            here = min(here, max(self._origins[k], self._origins[k + 1] - 1))
        return self._inner.origin(here) if self._inner else here


def deobfuscate(text: str) -> Cleaned:
    """Decode entities, drop invisible characters, fold compatibility forms, strip markup
    (keeping visible attribute values) and join spelled-out e-mail addresses."""
    first = _apply(text, _first_pass(text), None)
    spelled = ("艾特", " at ", " AT ", " @", "@ ")
    return _rewrite_spelled(first) if any(s in first.text for s in spelled) else first


def _first_pass(text: str) -> list[tuple[int, int, str]]:
    spans = []
    pos = 0
    while (trigger := _TRIGGER.search(text, pos)) is not None:
        at = trigger.start()
        tag = _TAG_ONLY.match(text, at) if text[at] == "<" else None
        if tag is not None and not _SIGN_AFTER_OPENER.match(text, at + 1):  # "<at>" is "@"
            spans.append((at, tag.end(), _tag_replacement(tag.group(), tag.group(1))))
            pos = tag.end()
            continue
        starts = [at]
        if text[at] in _OPENERS:  # "[at]" may take up to three spaces before it along
            before = at
            while before > max(pos, at - 3) and text[before - 1] in " \t":
                before -= 1
            starts.insert(0, before)
        match = None
        for start in starts:
            if (match := _PASS_ONE.match(text, start)) is not None:
                break
        if match is None:
            pos = at + 1
            continue
        new = _replace_one(match)
        if new != match.group():
            spans.append((match.start(), match.end(), new))
        pos = max(match.end(), at + 1)
    return spans


def _apply(text: str, spans: list[tuple[int, int, str]], inner: Cleaned | None) -> Cleaned:
    """Replace each (start, end, new) span, in order and not overlapping; record the pieces."""
    if not spans:
        return Cleaned(text, (0,), (0,), inner)
    parts: list[str] = []
    starts, origins = [0], [0]
    out = last = 0
    for start, end, new in spans:
        parts.append(text[last:start])
        out += start - last
        starts.append(out)
        origins.append(start)
        parts.append(new)
        out += len(new)
        starts.append(out)
        origins.append(end)
        last = end
    parts.append(text[last:])
    return Cleaned("".join(parts), tuple(starts), tuple(origins), inner)


def _replace_one(match: re.Match[str]) -> str:
    kind = match.lastgroup
    value = match.group()
    if kind == "entity":  # an entity may spell an invisible character too (&#8203;)
        return _INVISIBLE_CHAR.sub("", html.unescape(value))
    if kind == "invisible":
        return ""
    if kind == "stop":
        return "."
    if kind == "colon":
        return ":"
    if kind == "compat":
        return "".join(_fold(char) for char in value)
    if kind == "bracket":
        inner = value.strip(" \t[]()（）{}【】<>").lower()
        return "@" if inner in ("at", "艾特", "@") else "."
    if kind == "comment":
        return " " * len(value)
    return _replace_tag(match)


def _fold(char: str) -> str:
    if char == "\u3000":
        return " "
    digit = unicodedata.digit(char, None)
    if digit is not None and not char.isascii() and unicodedata.category(char) == "Nd":
        return str(digit)
    folded = unicodedata.normalize("NFKC", char)
    return folded if folded.isascii() else char


def _replace_tag(match: re.Match[str]) -> str:
    return _tag_replacement(match.group(), match.group("name"))


def _tag_replacement(tag: str, name: str) -> str:
    """Inline tags vanish, block tags become a space; visible attribute values stay."""
    if (known := _TAGS.get(tag)) is not None:
        return known
    values = [
        html.unescape(v[1:-1] if v[:1] in "\"'" else v) for _, v in _VISIBLE_ATTR.findall(tag)
    ]
    visible = " ".join(v for v in values if v.strip())
    inline = name.lstrip("/").lower() in _INLINE_TAGS
    new = f" {visible} " if visible else ("" if inline else " ")
    if len(_TAGS) > 50_000:  # bounded: a long build sees many one-off tags
        _TAGS.clear()
    _TAGS[tag] = new
    return new


def _rewrite_spelled(first: Cleaned) -> Cleaned:
    text = first.text
    spans: list[tuple[int, int, str]] = []
    for at in _SPELLED_AT.finditer(text):
        if at.group() == "@" or (spans and at.start() < spans[-1][1]):
            continue
        domain = _SPELLED_DOMAIN.match(text, at.end())  # first: most "@"s are handles
        if domain is None:
            continue
        local = _LOCAL_END.search(text, max(0, at.start() - 64), at.start())
        if local is None:
            continue
        labels = _SPELLED_DOT.sub(".", domain.group()).split(".")
        spelled_dot = _SPELLED_DOT.search(domain.group()) is not None
        if not is_tld(labels[-1]) or (at.group().strip() in ("at", "AT") and not spelled_dot):
            continue  # "visit us at help.example.com" is a website, not an address
        email = f"{local.group()}@{'.'.join(labels)}"
        spans.append((local.start(), domain.end(), email))
    return _apply(text, spans, first) if spans else first
