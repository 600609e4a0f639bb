"""Undo the tricks that hide a contact from a naive scanner, keeping a map to original offsets.

Each pass is one ``re`` scan whose alternatives start on a distinctive character and use
bounded, non-overlapping quantifiers, so the work is linear in the input: no pattern here can
backtrack over more than a few dozen characters from any start position. (The emphasis pairs
look ahead up to the next marker of the same kind on the line: the next search starts there,
so each character is looked at a bounded number of times.)

Passes, each from the grammar's data: (0) characters beyond U+FFFF as their two UTF-16 units
(the checker reads text so); (1) entities, invisible characters, compatibility forms (every kind
of digit, full-width and math letters), icon shortcodes that draw a digit, spelled "[at]",
Markdown backslash escapes, markup (visible attribute values stay; URL-bearing ones and
Markdown link targets are read as a browser opens them: tab/newline dropped, backslash as
slash, ``https:/host`` as ``https://host``), and text after U+202E read both as stored and as
shown (reversed); (2) Markdown emphasis that sits inside a contact (``ev**il**.test``);
(3) addresses spelled out with "at" / "dot".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from helpcenter.contacts.grammar import (
    bmp_class,
    code_class,
    escape,
    fold_ranges,
    fold_table,
    from_units,
    grammar,
    ignorable_ranges,
    units,
    words_pattern,
)
from helpcenter.contacts.suffixes import is_tld
from helpcenter.contacts.text import fold

__all__ = ["Cleaned", "deobfuscate", "direction_overrides"]

_G = grammar()
_TEXT = _G["text"]
_MARKUP = _G["markup"]
_SPELLED = _G["spelled"]
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_WS = " \t\n\r\f"  # HTML's whitespace (not Python's or JavaScript's \s, which differ)
_RLO = _TEXT["rlo"]
_RLO_END = _TEXT["rlo_end"]


def _without(ranges: tuple[tuple[int, int], ...], codes: set[int]) -> list[tuple[int, int]]:
    """``ranges`` minus single code points ``codes``."""
    out: list[tuple[int, int]] = []
    for first, last in ranges:
        start = first
        for code in sorted(c for c in codes if first <= c <= last):
            if start < code:
                out.append((start, code - 1))
            start = code + 1
        if start <= last:
            out.append((start, last))
    return out


def _cases(word: str) -> list[str]:
    """A Latin word as written in lower, upper and title case ("at", "AT", "At")."""
    if not word.isascii():
        return [word]
    return list(dict.fromkeys([word, word.upper(), word.title()]))


def _any_case(word: str) -> str:
    """A pattern for an ASCII word in any case, without a case-insensitive flag."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else escape(c) for c in word)


_INVISIBLE = code_class(_without(ignorable_ranges(), {ord(_RLO)}))
_INVISIBLE_ALL = code_class(ignorable_ranges())
_COMPAT_RANGES = _without(fold_ranges(), {ord(c) for c in _TEXT["prose_punctuation"]})
_COMPAT = code_class(_COMPAT_RANGES)
# Characters that always start a first-pass alternative (the pass checks surrogate pairs).
_ALWAYS = bmp_class(ignorable_ranges()) + bmp_class(_COMPAT_RANGES) + r"\ud800-\udbff"
_ALNUM = _TEXT["alnum"]
_STOPS = "".join(c for c in _TEXT["stops"] if c not in fold_table())
_SIGN_WORDS = "|".join(
    w if w.startswith("\\") else "|".join(escape(c) for c in _cases(w))
    for w in _SPELLED["at"] + _SPELLED["dot"]
)
# A Markdown backslash may escape the brackets or the sign: "\\[at\\]", "[\\.]".
_SIGN = rf"[ \t]{{0,2}}\\?(?:{_SIGN_WORDS})[ \t]{{0,2}}\\?[{_SPELLED['closers']}]"
_ESCAPABLE = f"[{_MARKUP['escapable']}]"
_TAG = rf"/?[A-Za-z][A-Za-z0-9-]{{0,30}}(?=[{_WS}/>])[^<>]{{0,4000}}>"
_ENTITY = r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?"
_PASS_ONE = re.compile(
    "|".join(
        (
            rf"(?P<entity>{_ENTITY})",
            # Shown reversed: read as stored and as shown.
            rf"(?P<rlo>{_RLO}[^{_RLO_END}\n\r\u2029]{{0,4000}}{_RLO_END}?)",
            rf"(?P<invisible>{_INVISIBLE}+)",
            rf"(?P<stop>(?<=[{_ALNUM}])[{_STOPS}](?=[{_ALNUM}]))",
            rf"(?P<compat>{_COMPAT}+)",
            rf"(?P<shortcode>{_TEXT['shortcodes']})",
            r"(?P<colon>(?<=[A-Za-z])：(?=//|／／))",
            # [at] (at) {at} 【at】 <at> (艾特) [dot] (点) ... with the spaces around them.
            rf"(?P<bracket>[ \t]{{0,3}}\\?[{_SPELLED['openers']}]{_SIGN}[ \t]{{0,3}})",
            rf"(?P<escape>(?:\\{_ESCAPABLE}){{1,500}})",
            # A Markdown link target: inline "](x)", or of a reference definition "[r]: x".
            rf"(?P<link>(?<=\])\([ \t]{{0,10}}(?P<target><[^<>\n]{{1,2000}}>"
            rf"|(?:[^{_WS}()<>]{{1,2000}}|\([^{_WS}()<>]{{0,200}}\)){{1,5}}))",
            r"(?P<refdef>(?<![^\n])\[[^\[\]\n]{1,200}\]:[ \t]{1,10}"
            rf"(?P<reftarget><[^<>\n]{{1,2000}}>|[^{_WS}<>]{{1,2000}}))",
            r"(?P<comment><!--)",
            rf"(?P<tag><(?P<name>/?[A-Za-z][A-Za-z0-9-]{{0,30}})(?=[{_WS}/>])[^<>]{{0,4000}}>)",
        )
    )
)
_SPECIAL_SCHEMES = "|".join(_any_case(s) for s in _G["urls"]["special"])
# Where an alternative of _PASS_ONE starts. One character class first, so ``re`` skips to
# candidates in C; the look-arounds after it reject "<<<", "&&&", "((((" in C as well, so
# Python runs only where _PASS_ONE will match. (Characters beyond U+FFFF are two units: their
# first unit triggers, the alternatives check the pair.)
_TRIGGER = re.compile(
    rf"[&<\[\\{_SPELLED['openers']}{_STOPS}：:{_ALWAYS}]"
    rf"(?:(?<=<)(?=!--|{_TAG}|{_SIGN})"
    r"|(?<=&)(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9])"
    rf"|(?<=[{_SPELLED['openers']}])(?={_SIGN})"
    rf"|(?<=[{_ALNUM}][{_STOPS}])(?=[{_ALNUM}])"
    r"|(?<=[A-Za-z]：)(?=//|／／)"
    r"|(?<=:)(?=[a-z]{3,12}-[a-z0-9-]{1,40}:|[a-z_0-9]{3,10}:)"
    rf"|(?<=[{_ALWAYS}])"
    rf"|(?<=\\)(?={_ESCAPABLE})"
    # Only a link target a browser reads differently: an entity, a backslash, "https:/x", "///x".
    rf"|(?<=\]\()(?=[ \t]{{0,10}}<?(?:[^{_WS}()<>&\\]{{0,2000}}[&\\]"
    rf"|(?:{_SPECIAL_SCHEMES}):(?!//)|///))"
    r"|(?<![^\n]\[)(?<=\[)(?=[^\[\]\n]{1,200}\]:[ \t]))"
)
_OPENERS = frozenset(_SPELLED["openers"].replace("\\", "")) | {"\\"}
# Markup is most of a built page: tags get a direct path and their replacement is remembered
# (pages repeat the same tags over and over).
_TAG_ONLY = re.compile(rf"<(/?[A-Za-z][A-Za-z0-9-]{{0,30}})(?=[{_WS}/>])[^<>]{{0,4000}}>")
_SIGN_AFTER_OPENER = re.compile(_SIGN)
_INVISIBLE_RUNS = re.compile(f"{_INVISIBLE_ALL}+")
_TAGS: dict[str, str | tuple[tuple[int, int, str], ...]] = {}
# An attribute and its value; the name decides whether the value stays (see _attribute_kind).
_ATTRIBUTE = re.compile(
    rf"(?<![A-Za-z0-9_:\-])([A-Za-z][A-Za-z0-9_:\-]{{0,60}})[ \t\r\n]{{0,5}}=[ \t\r\n]{{0,5}}"
    rf"(\"[^\"]*\"|'[^']*'|[^{_WS}\"'>]+)"
)
_VISIBLE_ATTRIBUTE = re.compile("(?:" + "|".join(_MARKUP["visible_attributes"]) + ")")
_URL_ATTRIBUTES = frozenset(_MARKUP["url_attributes"])
_INLINE_TAGS = frozenset(_MARKUP["inline_tags"])
_PARAGRAPH_TAGS = frozenset(_MARKUP["paragraph_tags"])
# How a browser reads a URL: tab, newline and carriage return vanish, a backslash is a slash,
# and an http(s) URL with one slash (or none, or three) still names a host.
_URL_DROPPED: dict[int, str | None] = {ord(c): None for c in _TEXT["url_dropped"]}
_URL_DROPPED[ord("\\")] = "/"
_URL_EDGES = "".join(map(chr, range(0x21)))
_SPECIAL_SCHEME = re.compile(rf"(?<![A-Za-z0-9+.\-])((?:{_SPECIAL_SCHEMES}):)/*(?=[^/{_WS}])")
_SHORTCODE = re.compile(_TEXT["shortcodes"])

# Markdown emphasis, strikethrough and code-span delimiters, each with its partner later on the
# line (found by the look-ahead; its start is where the named content group ends). "*", "**",
# "~~" and "`" pair as Markdown pairs them, the opener before a non-space and the closer after
# one ("2*3" and "a * b *" are left). "_" only where it cannot be part of the contact itself
# (in a handle, a path or an id after a keyword it can be): after a dot ("t.__me__"), or closed
# right before "@", "." or "://" ("__support__@", "__evil__.test"). Each alternative starts
# with its literal marker, so ``re`` skips to candidates in C.
_EMPHASIS = re.compile(
    rf"\*(?<![*\\]\*)(?P<star>\*{{0,2}})(?![*{_WS}])"
    rf"(?=(?P<s>[^*\n]{{1,4000}})(?<![{_WS}])\*(?P=star)(?!\*))"
    rf"|~(?<![~\\]~)~(?![~{_WS}])(?=(?P<t>[^~\n]{{1,4000}})(?<![{_WS}])~~(?!~))"
    r"|`(?<![`\\]`)(?P<tick>`{0,2})(?!`)(?=(?P<c>[^`\n]{1,4000})`(?P=tick)(?!`))"
    rf"|_(?<=\._)(?P<u1>_{{0,2}})(?![_{_WS}])(?=(?P<a>[^_{_WS}]{{1,254}})_(?P=u1)(?![A-Za-z0-9_]))"
    rf"|_(?<![A-Za-z0-9_\\/@]_)(?P<u2>_{{0,2}})(?![_{_WS}])"
    rf"(?=(?P<b>[^_{_WS}]{{1,254}})_(?P=u2)(?=@|\.|://))"
)

# "support at example dot com", "support 艾特 example 点 com", "support @ example.com".
# (Every alternative starts with a character class or literal: ``re`` then skips ahead in C.)
_LATIN_AT = [c for w in _SPELLED["spaced_at"] if w.isascii() for c in _cases(w)]
_OTHER_AT = [w for w in _SPELLED["spaced_at"] if not w.isascii()] + ["@"]
_LATIN_DOT = [c for w in _SPELLED["spaced_dot"] if w.isascii() for c in _cases(w)]
_OTHER_DOT = [w for w in _SPELLED["spaced_dot"] if not w.isascii()]
# (Each alternative starts with a character, not an optional one: ``re`` skips ahead in C.)
_SPELLED_AT = re.compile(
    rf"[ \t]{{1,3}}(?:{words_pattern(_LATIN_AT)})[ \t]{{1,3}}"
    rf"|[ \t]{{1,3}}(?:{words_pattern(_OTHER_AT)})[ \t]{{0,3}}"
    rf"|(?:{words_pattern(_OTHER_AT)})[ \t]{{0,3}}"
)
_SPELLED_DOT_PATTERN = (
    rf"[ \t]{{1,3}}(?:{words_pattern(_LATIN_DOT)})[ \t]{{1,3}}"
    rf"|[ \t]{{0,3}}(?:{words_pattern(_OTHER_DOT)})[ \t]{{0,3}}"
)
_SPELLED_DOT = re.compile(_SPELLED_DOT_PATTERN)
_SPELLED_HINTS = tuple(
    [f" {w} " for w in _LATIN_AT] + [w for w in _OTHER_AT if w != "@"] + [" @", "@ "]
)
_LOCAL_END = re.compile(r"[A-Za-z0-9._%+-]{1,64}\Z")
# "example dot top", "example点com": a host whose dots are spelled out. Its
# labels are Latin words with a letter (a word of another script or a number before "点" is
# prose: "一点在线", "9点在线"); its top-level domain may be any ("evil点中文网").
_INTL, _SCRIPTS = _TEXT["intl"], _TEXT["scripts"]
_HOST_LABEL = f"(?=[A-Za-z0-9{_INTL}-]*[A-Za-z{_INTL}])[A-Za-z0-9{_INTL}-]{{1,63}}"
_SPELLED_HOST = re.compile(
    rf"(?<![A-Za-z0-9.@{_INTL}-]){_HOST_LABEL}(?:(?:\.|{_SPELLED_DOT_PATTERN}){_HOST_LABEL}){{0,7}}"
    rf"(?:\.|{_SPELLED_DOT_PATTERN})"
    rf"(?:[A-Za-z{_INTL}]{{2,24}}(?![A-Za-z0-9_{_INTL}-])"  # Latin: Chinese may run on after it
    rf"|[{_SCRIPTS}]{{2,24}}(?![A-Za-z0-9_{_INTL}{_SCRIPTS}-]))"
)
_HOST_HINTS = tuple([f" {w} " for w in _LATIN_DOT] + _OTHER_DOT)
_SPELLED_DOMAIN = re.compile(
    rf"[A-Za-z0-9-]{{1,63}}(?:(?:\.|{_SPELLED_DOT_PATTERN})[A-Za-z0-9-]{{1,63}}){{1,8}}"
)

# "two zero two five five five ...", "202-five five five-0199": digit words in a sequence of
# two numbers or more are digits (the digit runs then judge the number).
_NUMBER_WORDS = {
    case: digit for word, digit in _G["numbers"]["number_words"].items() for case in _cases(word)
}
_NUMBER_WORD = f"(?<![A-Za-z])(?:{words_pattern(_NUMBER_WORDS)})(?![A-Za-z])"
_NUMBER_TOKEN = f"(?:{_NUMBER_WORD}|[0-9]+)"
_NUMBER_SEQUENCE = re.compile(f"{_NUMBER_TOKEN}(?:[ \t,.-]{{1,3}}{_NUMBER_TOKEN})+")
_NUMBER_WORD_RE = re.compile(_NUMBER_WORD)

# Bidi embeddings, overrides and isolates (as characters or numeric entities), <bdo> and CSS
# overrides: each can show a contact in another order than the one stored. Searched for one
# kind at a time: a pattern led by one literal, or ``in`` for the characters, runs fastest.
_DIRECTION_CHARS = _TEXT["direction"]
_DIRECTION_CHAR = re.compile(f"[{_DIRECTION_CHARS}]")
_DIRECTION_MARKUP = (
    re.compile(
        r"&#(?:[xX]0{0,4}(?:202[a-eA-E]|206[6-9])(?![0-9a-fA-F])"
        r"|0{0,3}(?:823[4-8]|829[4-7])(?![0-9]))"
    ),
    re.compile(rf"<[bB][dD][oO](?=[{_WS}/>])"),
    re.compile(
        r"-[oO][vV][eE][rR][rR][iI][dD][eE](?<=[bB][iI][dD][iI]-[oO][vV][eE][rR][rR][iI][dD][eE])"
    ),
)


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
    """Decode entities, drop invisible characters, fold compatibility forms, undo Markdown
    escapes and the emphasis inside a contact, strip markup (keeping visible attribute values;
    URLs as a browser follows them), read text after U+202E as stored and as shown, and join
    spelled-out e-mail addresses and hosts, and read digit words in a number as digits."""
    outer = _in_units(text)
    first = _apply(outer.text, _first_pass(outer.text), outer if outer.text is not text else None)
    plain = _without_emphasis(first)
    if any(s in plain.text for s in _SPELLED_HINTS):
        plain = _rewrite_spelled(plain)
    if any(s in plain.text for s in _HOST_HINTS):
        plain = _rewrite_spelled_hosts(plain)
    if _NUMBER_WORD_RE.search(plain.text):
        plain = _rewrite_number_words(plain)
    return plain


def direction_overrides(text: str) -> list[tuple[int, str]]:
    """Offset and name ("U+202E", "<bdo>") of every text-direction override in ``text``."""
    found = []
    if any(char in text for char in _DIRECTION_CHARS):
        found += [(m.start(), f"U+{ord(m.group()):04X}") for m in _DIRECTION_CHAR.finditer(text)]
    entity, bdo, css = _DIRECTION_MARKUP
    for match in entity.finditer(text):
        value = match.group()
        hexadecimal = value[2] in "xX"
        code = int(value[3:] if hexadecimal else value[2:], 16 if hexadecimal else 10)
        found.append((match.start(), f"U+{code:04X}"))
    element, css_value = _TEXT["direction_markup"]
    found += [(m.start(), element) for m in bdo.finditer(text)]
    found += [(m.start() - 4, css_value) for m in css.finditer(text)]
    return sorted(found)


def _in_units(text: str) -> Cleaned:
    """Pass 0: each character beyond U+FFFF as its surrogate pair (no change for most text)."""
    if not _ASTRAL.search(text):
        return Cleaned(text, (0,), (0,), None)
    spans = [(m.start(), m.end(), units(m.group())) for m in _ASTRAL.finditer(text)]
    return _apply(text, spans, None)


def decode_entity(value: str) -> str:
    """One character reference as HTML reads it (the grammar's table), folded; unknown names
    stay as written."""
    tables = _G["unicode"]["entities"]
    if value[1] != "#":
        decoded = tables["named"].get(value[1:])
        return value if decoded is None else units(fold(decoded))
    hexadecimal = value[2] in "xX"
    digits = value[3 if hexadecimal else 2 :].rstrip(";")
    code = int(digits, 16 if hexadecimal else 10)
    replaced = tables["numeric"].get(f"{code:x}")
    if replaced is not None:
        decoded = replaced
    elif 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        decoded = "\ufffd"
    elif any(first <= code <= last for first, last in tables["dropped"]):
        decoded = ""
    else:
        decoded = chr(code)
    return units(fold(decoded))


def _clean(fragment: str, *, markdown: bool = True) -> str:
    """A link target, a reversed run or (not ``markdown``: no backslash escapes) an attribute
    value, with the first pass done inside it (not nested further)."""
    return _apply(fragment, _first_pass(fragment, nested=True, markdown=markdown), None).text


def _url_value(value: str) -> str:
    """A URL as a browser follows it (WHATWG): "java\\tscript:", "/\\\\evil.test", "https:/x",
    "///evil.test"."""
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        value = value.translate(_URL_DROPPED)
    value = value.strip(_URL_EDGES)
    if value.startswith("///"):  # "///evil.test" opens evil.test: extra slashes are skipped
        value = "//" + value.lstrip("/")
    return _SPECIAL_SCHEME.sub(r"\1//", value) if ":" in value else value


def _first_pass(
    text: str, *, nested: bool = False, markdown: bool = True
) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    pos = 0
    while (trigger := _TRIGGER.search(text, pos)) is not None:
        at = trigger.start()
        tag = _TAG_ONLY.match(text, at) if text[at] == "<" else None
        if tag is not None and not _SIGN_AFTER_OPENER.match(text, at + 1):  # "<at>" is "@"
            new = _tag_replacement(tag.group(), tag.group(1))
            if isinstance(new, str):
                spans.append((at, tag.end(), new))
            else:
                spans.extend((at + start, at + end, piece) for start, end, piece in new)
            pos = tag.end()
            continue
        starts = [at]
        if text[at] in _OPENERS:  # "[at]" may take spaces before it along
            before = at
            while before > max(pos, at - 3) and text[before - 1] in " \t":
                before -= 1
            if before < at:
                starts.insert(0, before)
        match = None
        for start in starts:
            if (match := _PASS_ONE.match(text, start)) is not None:
                break
        if match is None:
            pos = at + 1
            continue
        if not markdown and match.lastgroup == "escape":  # HTML shows a backslash as written
            pos = at + 1
            continue
        if nested and match.lastgroup in ("rlo", "link", "refdef"):  # inside one: plain text
            if match.lastgroup == "rlo" and (run := _INVISIBLE_RUNS.match(text, at)):
                spans.append((at, run.end(), ""))
                pos = run.end()
            else:
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
    if kind == "entity":
        return decode_entity(value)
    if kind == "rlo":
        run = value[1:-1] if value.endswith(_RLO_END) else value[1:]
        shown = _clean(run)
        return f"{shown} {_reversed(shown)}"
    if kind == "invisible":
        return ""
    if kind == "stop":
        return "."
    if kind == "colon":
        return ":"
    if kind == "compat":
        return units(fold(from_units(value)))
    if kind == "shortcode":
        return _shortcode_digit(value)
    if kind == "bracket":
        inner = value.strip(" \t\\" + _SPELLED["openers"] + _SPELLED["closers"]).lower()
        return "@" if inner in _SPELLED["at"] else "."
    if kind == "escape":
        return value[1::2]
    if kind in ("link", "refdef"):
        group = "target" if kind == "link" else "reftarget"
        target = match.group(group)
        head = value[: match.start(group) - match.start()]
        inner = target[1:-1] if target.startswith("<") else target
        return head + _url_value(_clean(inner))
    if kind == "comment":
        return " " * len(value)
    return _replace_tag(match)


def _characters(text: str) -> list[str]:
    """The characters of a units string (a surrogate pair is one)."""
    out: list[str] = []
    for unit in text:
        if out and "\udc00" <= unit <= "\udfff" and "\ud800" <= out[-1][-1] <= "\udbff":
            out[-1] += unit
        else:
            out.append(unit)
    return out


def _reversed(text: str) -> str:
    """``text`` shown right to left: characters (not units) in reverse order."""
    return "".join(reversed(_characters(text)))


@cache
def _shortcode_words() -> dict[str, str]:
    words: dict[str, str] = _TEXT["shortcode_words"]
    return words


def _shortcode_digit(value: str) -> str:
    match = _SHORTCODE.fullmatch(value)
    assert match is not None  # the same pattern found it
    group = next(g for g in match.groups() if g is not None)
    return _shortcode_words().get(group, group)


def _replace_tag(match: re.Match[str]) -> str:
    tag = match.group()
    new = _tag_replacement(tag, match.group("name"))
    if isinstance(new, str):
        return new
    parts, last = [], 0  # one replacement after all (a tag reached by the general path)
    for start, end, piece in new:
        parts += [tag[last:start], piece]
        last = end
    return "".join(parts)


def _attribute_kind(name: str) -> str | None:
    """ "url" for an attribute a browser follows, "text" for one a reader sees or that runs
    something, None for one the guard ignores (class, id, width ...)."""
    lower = name.lower()
    if lower in _URL_ATTRIBUTES:
        return "url"
    return "text" if _VISIBLE_ATTRIBUTE.fullmatch(lower) else None


def _tag_replacement(tag: str, name: str) -> str | tuple[tuple[int, int, str], ...]:
    """Inline tags vanish, block tags become a space; visible attribute values stay (URLs as a
    browser reads them), a line of their own: a tooltip or an href is not the text after it.
    A tag over several lines is replaced piece by piece."""
    if (known := _TAGS.get(tag)) is not None:
        return known
    values = []  # (start, end) of the value in the tag, and the value as read
    for attr in _ATTRIBUTE.finditer(tag, len(name) + 1):
        kind = _attribute_kind(attr.group(1))
        if kind is None:
            continue
        start, end = attr.span(2)
        if tag[start] in "\"'":
            start, end = start + 1, end - 1
        value = _clean(tag[start:end], markdown=False)  # entities, invisible, compat forms
        if kind == "url":
            value = _url_value(value)
        if value.strip(_WS):
            values.append((start, end, value))
    element = name.lstrip("/").lower()
    closing = "\n\n" if element in _PARAGRAPH_TAGS else "\n"
    new: str | tuple[tuple[int, int, str], ...]
    if not values:
        new = "" if element in _INLINE_TAGS else "\n\n" if closing == "\n\n" else " "
    elif "\n" not in tag:
        new = f" {' '.join(v for _, _, v in values)}{closing}"
    else:
        new = _tag_pieces(tag, values, closing)
    if len(_TAGS) > 50_000:  # bounded: a long build sees many one-off tags
        _TAGS.clear()
    _TAGS[tag] = new
    return new


def _tag_pieces(
    tag: str, values: list[tuple[int, int, str]], closing: str
) -> tuple[tuple[int, int, str], ...]:
    """ " value value\\n" with each value kept where it is in the tag (a changed value maps onto
    its own span, line by line when it keeps its line breaks)."""
    pieces = []
    last = 0
    for start, end, value in values:
        pieces.append((last, start, " "))
        raw = tag[start:end]
        if value != raw:
            if "\n" in raw and value.count("\n") == raw.count("\n"):
                at = start
                for raw_line, line in zip(raw.split("\n"), value.split("\n"), strict=True):
                    if line != raw_line:
                        pieces.append((at, at + len(raw_line), line))
                    at += len(raw_line) + 1
            else:
                pieces.append((start, end, value))
        last = end
    pieces.append((last, len(tag), closing))
    return tuple(pieces)


def _without_emphasis(first: Cleaned) -> Cleaned:
    """Drop emphasis delimiters that pair on a line ("202-555-**0177**", "**evil**.test")."""
    text = first.text
    spans: list[tuple[int, int, str]] = []
    closing: dict[int, int] = {}  # partner delimiters ahead: start -> width
    pos = 0
    while (match := _EMPHASIS.search(text, pos)) is not None:
        at = match.start()
        if at in closing:  # a partner found earlier: already removed
            pos = at + closing.pop(at)
            continue
        width = match.end() - at
        partner = match.end(match.lastgroup or 0)
        spans += [(at, match.end(), ""), (partner, partner + width, "")]
        closing[partner] = width
        pos = match.end()
    return _apply(text, sorted(spans), first) if spans else first


def _rewrite_spelled(first: Cleaned) -> Cleaned:
    text = first.text
    spans: list[tuple[int, int, str]] = []
    for at in _SPELLED_AT.finditer(text):
        if at.group() == "@" or (spans and at.start() < spans[-1][1]):
            continue
        domain = _SPELLED_DOMAIN.match(text, at.end())  # first: most "@"s are handles
        if domain is None:
            continue
        local = _LOCAL_END.search(text[max(0, at.start() - 64) : at.start()])
        if local is None:
            continue
        labels = _SPELLED_DOT.sub(".", domain.group()).split(".")
        spelled_dot = _SPELLED_DOT.search(domain.group()) is not None
        if not is_tld(labels[-1]) or (at.group().strip(" \t") in _LATIN_AT and not spelled_dot):
            continue  # "visit us at help.example.com" is a website, not an address
        start = at.start() - len(local.group())
        email = f"{local.group()}@{'.'.join(labels)}"
        spans.append((start, domain.end(), email))
    return _apply(text, spans, first) if spans else first


def _rewrite_spelled_hosts(first: Cleaned) -> Cleaned:
    """Hosts with spelled-out dots, when the last label is a top-level domain."""
    text = first.text
    spans: list[tuple[int, int, str]] = []
    for host in _SPELLED_HOST.finditer(text):
        if _SPELLED_DOT.search(host.group()) is None:
            continue  # a plain host: read as written
        labels = _SPELLED_DOT.sub(".", host.group()).split(".")
        if all(labels) and is_tld(labels[-1]):
            spans.append((host.start(), host.end(), ".".join(labels)))
    return _apply(text, spans, first) if spans else first


def _rewrite_number_words(first: Cleaned) -> Cleaned:
    """Digit words in a sequence of numbers, as digits."""
    text = first.text
    spans: list[tuple[int, int, str]] = []
    for sequence in _NUMBER_SEQUENCE.finditer(text):
        for word in _NUMBER_WORD_RE.finditer(text, sequence.start(), sequence.end()):
            spans.append((word.start(), word.end(), _NUMBER_WORDS[word.group()]))
    return _apply(text, spans, first) if spans else first
