"""Undo the tricks that hide a contact from a naive scanner, keeping a map to original offsets.

Each pass is one ``re`` scan whose alternatives start on a distinctive character and use
bounded, non-overlapping quantifiers, so the work is linear in the input: no pattern here can
backtrack over more than a few dozen characters from any start position. (The emphasis pairs
look ahead up to the next marker of the same kind on the line: the next search starts there,
so each character is looked at a bounded number of times.)

Passes: (1) entities, invisible characters, compatibility forms, spelled "[at]", Markdown
backslash escapes, markup (visible attribute values stay; URL-bearing ones and Markdown link
targets are read as a browser opens them: tab/newline dropped, backslash as slash,
``https:/host`` as ``https://host``), and text after U+202E read both as stored and as shown
(reversed); (2) Markdown emphasis that sits inside a contact (``ev**il**.test``); (3) addresses
spelled out with "at" / "dot".
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
# U+202E (right-to-left override) shows what follows, to U+202C or the line's end, reversed.
_INVISIBLE_RUN = _INVISIBLE.replace("\u202a-\u202e", "\u202a-\u202d")
_INVISIBLE_RUNS = re.compile(f"[{_INVISIBLE}]+")
# Bidi embeddings, overrides and isolates (as characters or numeric entities), <bdo> and CSS
# overrides: each can show a contact in another order than the one stored. Searched for one
# kind at a time: a pattern led by one literal, or ``in`` for the characters, runs fastest.
_DIRECTION_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DIRECTION_CHAR = re.compile(f"[{_DIRECTION_CHARS}]")
_DIRECTION_MARKUP = (
    re.compile(
        r"&#(?:[xX]0{0,4}(?:202[a-eA-E]|206[6-9])(?![0-9a-fA-F])"
        r"|0{0,3}(?:823[4-8]|829[4-7])(?![0-9]))"
    ),
    re.compile(r"<[bB][dD][oO](?=[\s/>])"),
    re.compile(
        r"-[oO][vV][eE][rR][rR][iI][dD][eE](?<=[bB][iI][dD][iI]-[oO][vV][eE][rR][rR][iI][dD][eE])"
    ),
)
_ALNUM = "A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# Inline elements: removing them must not split a word or a number ("<b>202</b>555").
_INLINE_TAGS_WORDS = """
    a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small
    span strong sub sup time tt u var wbr
"""
_INLINE_TAGS = frozenset(_INLINE_TAGS_WORDS.split())
# Attributes a reader can see or follow, or that navigate or load something (event handlers,
# inline styles); their values stay in the text, the rest is dropped.
_URL_ATTRS_WORDS = """
    href src srcset action formaction poster cite data background ping longdesc manifest
    codebase icon lowsrc dynsrc archive classid usemap
"""
_URL_ATTRS = frozenset(_URL_ATTRS_WORDS.split())
# (Led by a look-ahead for a letter, so ``re`` skips to letters in C; a look-behind first
# would make it try every position.)
_VISIBLE_ATTR = re.compile(
    rf"""(?=[A-Za-z])(?<![\w-])({"|".join(sorted(_URL_ATTRS))}|srcdoc|title|alt|content|value|label"""
    r"""|placeholder|style|to|from|values|on[a-z]{2,30}|data-[\w-]{1,40}|aria-[\w-]{1,40})"""
    r"""[ \t\r\n]{0,5}=[ \t\r\n]{0,5}("[^"]*"|'[^']*'|[^\s"'>]+)""",
    re.IGNORECASE,
)
# How a browser reads a URL: tab, newline and carriage return vanish, a backslash is a slash,
# and an http(s) URL with one slash (or none, or three) still names a host.
_URL_DROPPED = str.maketrans({"\t": None, "\n": None, "\r": None, "\\": "/"})
_URL_EDGES = "".join(map(chr, range(0x21)))
_SPECIAL_SCHEME = re.compile(r"(?<![A-Za-z0-9+.\-])((?:https?|wss?|ftp):)/*(?=[^/\s])", re.I)

# A Markdown backslash may escape the brackets or the sign: "\\[at\\]", "[\\.]".
_SPELLED_SIGN = r"[ \t]{0,2}\\?(?:at|AT|At|艾特|@|dot|DOT|Dot|点|\.)[ \t]{0,2}\\?[\])）}】>]"
_ESCAPABLE = r"[!-/:-@\[-`{-~]"  # ASCII punctuation: what a Markdown backslash can escape
_TAG = r"/?[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])[^<>]{0,4000}>"
_PASS_ONE = re.compile(
    "|".join(
        (
            r"(?P<entity>&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?)",
            # Shown reversed: read as stored and as shown.
            r"(?P<rlo>\u202e[^\u202c\n\r\u2029]{0,4000}\u202c?)",
            rf"(?P<invisible>[{_INVISIBLE_RUN}]+)",
            rf"(?P<stop>(?<=[{_ALNUM}])[。｡](?=[{_ALNUM}]))",
            rf"(?P<compat>[{_COMPAT}]+)",
            r"(?P<colon>：(?=//|／／))",
            # [at] (at) {at} 【at】 <at> (艾特) [dot] (点) ... with the spaces around them.
            rf"(?P<bracket>[ \t]{{0,3}}\\?[\[(（{{【<]{_SPELLED_SIGN}[ \t]{{0,3}})",
            rf"(?P<escape>(?:\\{_ESCAPABLE}){{1,500}})",
            # A Markdown link target: inline "](x)", or of a reference definition "[r]: x".
            r"(?P<link>(?<=\])\([ \t]{0,10}(?P<target><[^<>\n]{1,2000}>"
            r"|(?:[^\s()<>]{1,2000}|\([^\s()<>]{0,200}\)){1,5}))",
            r"(?P<refdef>(?<![^\n])\[[^\[\]\n]{1,200}\]:[ \t]{1,10}"
            r"(?P<reftarget><[^<>\n]{1,2000}>|[^\s<>]{1,2000}))",
            r"(?P<comment><!--)",
            r"(?P<tag><(?P<name>/?[A-Za-z][A-Za-z0-9-]{0,30})(?=[\s/>])[^<>]{0,4000}>)",
        )
    )
)
# Where an alternative of _PASS_ONE starts. One character class first, so ``re`` skips to
# candidates in C; the look-arounds after it reject "<<<", "&&&", "((((" in C as well, so
# Python runs only where _PASS_ONE will match.
_TRIGGER = re.compile(
    f"[&<\\[\\\\(（{{【。｡：{_INVISIBLE}{_COMPAT}]"
    rf"(?:(?<=<)(?=!--|{_TAG}|{_SPELLED_SIGN})"
    r"|(?<=&)(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9])"
    rf"|(?<=[\[(（{{【])(?={_SPELLED_SIGN})"
    rf"|(?<=[{_ALNUM}][。｡])(?=[{_ALNUM}])"
    r"|(?<=：)(?=//|／／)"
    rf"|(?<=[{_INVISIBLE}{_COMPAT}])"
    rf"|(?<=\\)(?={_ESCAPABLE})"
    # Only a link target a browser reads differently: an entity, a backslash, "https:/x", "///x".
    r"|(?<=\]\()(?=[ \t]{0,10}<?(?:[^\s()<>&\\]{0,2000}[&\\]|(?i:https?|wss?|ftp):(?!//)|///))"
    r"|(?<![^\n]\[)(?<=\[)(?=[^\[\]\n]{1,200}\]:[ \t]))"
)
_OPENERS = frozenset("[(（{【<")
# Markup is most of a built page: tags get a direct path and their replacement is remembered
# (pages repeat the same tags over and over).
_TAG_ONLY = re.compile(r"<(/?[A-Za-z][A-Za-z0-9-]{0,30})(?=[\s/>])[^<>]{0,4000}>")
_SIGN_AFTER_OPENER = re.compile(_SPELLED_SIGN)
# A tag's replacement, or for a tag over several lines its pieces (start, end, new) relative to
# the tag, so a value keeps the line it is on.
_TAGS: dict[str, str | tuple[tuple[int, int, str], ...]] = {}

# Markdown emphasis, strikethrough and code-span delimiters, each with its partner later on the
# line (found by the look-ahead; its start is where the named content group ends). "*", "**",
# "~~" and "`" pair as Markdown pairs them, the opener before a non-space and the closer after
# one ("2*3" and "a * b *" are left). "_" only where it cannot be part of the contact itself
# (in a handle, a path or an id after a keyword it can be): after a dot ("t.__me__"), or closed
# right before "@", "." or "://" ("__support__@", "__evil__.test"). Each alternative starts
# with its literal marker, so ``re`` skips to candidates in C.
_EMPHASIS = re.compile(
    r"\*(?<![*\\]\*)(?P<star>\*{0,2})(?![*\s])(?=(?P<s>[^*\n]{1,4000})(?<!\s)\*(?P=star)(?!\*))"
    r"|~(?<![~\\]~)~(?![~\s])(?=(?P<t>[^~\n]{1,4000})(?<!\s)~~(?!~))"
    r"|`(?<![`\\]`)(?P<tick>`{0,2})(?!`)(?=(?P<c>[^`\n]{1,4000})`(?P=tick)(?!`))"
    r"|_(?<=\._)(?P<u1>_{0,2})(?![_\s])(?=(?P<a>[^_\s]{1,254})_(?P=u1)(?![A-Za-z0-9_]))"
    r"|_(?<![A-Za-z0-9_\\/@]_)(?P<u2>_{0,2})(?![_\s])"
    r"(?=(?P<b>[^_\s]{1,254})_(?P=u2)(?=@|\.|://))"
)

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
    """Decode entities, drop invisible characters, fold compatibility forms, undo Markdown
    escapes and the emphasis inside a contact, strip markup (keeping visible attribute values;
    URLs as a browser follows them), read text after U+202E as stored and as shown, and join
    spelled-out e-mail addresses."""
    first = _apply(text, _first_pass(text), None)
    plain = _without_emphasis(first)
    spelled = ("艾特", " at ", " AT ", " @", "@ ")
    return _rewrite_spelled(plain) if any(s in plain.text for s in spelled) else plain


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
    found += [(m.start(), "<bdo>") for m in bdo.finditer(text)]
    found += [(m.start() - 4, "bidi-override") for m in css.finditer(text)]
    return sorted(found)


def _clean(fragment: str) -> str:
    """A link target or a reversed run, with the first pass done inside it (not nested further)."""
    return _apply(fragment, _first_pass(fragment, nested=True), None).text


def _url_value(value: str) -> str:
    """A URL as a browser follows it (WHATWG): "java\\tscript:", "/\\\\evil.test", "https:/x",
    "///evil.test"."""
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        value = value.translate(_URL_DROPPED)
    value = value.strip(_URL_EDGES)
    if value.startswith("///"):  # "///evil.test" opens evil.test: extra slashes are skipped
        value = "//" + value.lstrip("/")
    return _SPECIAL_SCHEME.sub(r"\1//", value) if ":" in value else value


def _first_pass(text: str, *, nested: bool = False) -> list[tuple[int, int, str]]:
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
        if text[at] in _OPENERS or text[at] == "\\":  # "[at]" may take spaces before it along
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
    if kind == "entity":  # an entity may spell an invisible character too (&#8203;)
        return _INVISIBLE_CHAR.sub("", html.unescape(value))
    if kind == "rlo":
        run = value[1:-1] if value.endswith("\u202c") else value[1:]
        shown = _clean(run)
        return f"{shown} {shown[::-1]}"
    if kind == "invisible":
        return ""
    if kind == "stop":
        return "."
    if kind == "colon":
        return ":"
    if kind == "compat":
        return "".join(_fold(char) for char in value)
    if kind == "bracket":
        inner = value.strip(" \t[]()（）{}【】<>\\").lower()
        return "@" if inner in ("at", "艾特", "@") else "."
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


def _fold(char: str) -> str:
    if char == "\u3000":
        return " "
    digit = unicodedata.digit(char, None)
    if digit is not None and not char.isascii() and unicodedata.category(char) == "Nd":
        return str(digit)
    folded = unicodedata.normalize("NFKC", char)
    return folded if folded.isascii() else char


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


def _tag_replacement(tag: str, name: str) -> str | tuple[tuple[int, int, str], ...]:
    """Inline tags vanish, block tags become a space; visible attribute values stay (URLs as a
    browser reads them). A tag over several lines is replaced piece by piece."""
    if (known := _TAGS.get(tag)) is not None:
        return known
    values = []  # (start, end) of the value in the tag, and the value as read
    for attr in _VISIBLE_ATTR.finditer(tag):
        start, end = attr.span(2)
        if tag[start] in "\"'":
            start, end = start + 1, end - 1
        value = tag[start:end]
        value = html.unescape(value) if "&" in value else value
        if attr.group(1).lower() in _URL_ATTRS:
            value = _url_value(value)
        if value.strip():
            values.append((start, end, value))
    inline = name.lstrip("/").lower() in _INLINE_TAGS
    new: str | tuple[tuple[int, int, str], ...]
    if not values:
        new = "" if inline else " "
    elif "\n" not in tag:
        new = f" {' '.join(v for _, _, v in values)} "
    else:
        new = _tag_pieces(tag, values)
    if len(_TAGS) > 50_000:  # bounded: a long build sees many one-off tags
        _TAGS.clear()
    _TAGS[tag] = new
    return new


def _tag_pieces(tag: str, values: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """ " value value " with each value kept where it is in the tag (a changed value maps onto
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
    pieces.append((last, len(tag), " "))
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
