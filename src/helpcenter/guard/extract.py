"""Find contact candidates in plain (already de-obfuscated) text, in linear time.

Every pattern starts behind a guard (a look-behind that fails inside a word, number or run)
and uses bounded, non-overlapping quantifiers, so no start position costs more than a few
dozen steps; the URL body is consumed once by a separate match instead of inside an
alternation. Passes run from the most to the least specific and claim what they match, so a
number inside a URL or a domain inside an address is not a second candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from helpcenter.contacts.kinds import Kind
from helpcenter.guard.keywords import KIND_OF, Context, Keywords
from helpcenter.guard.numbers import is_phone_shaped
from helpcenter.guard.tlds import is_tld

_LABEL = r"[A-Za-z0-9\u4e00-\u9fff-]{1,63}"
_TOP = r"(?:[A-Za-z]{2,24}|中国|中國|公司|网络|網絡|在线|网址|商城|手机)"
# Chinese prose runs straight into an address ("访问evil.test"): such a label starts at ASCII.
_PROSE_BEFORE = re.compile(r"[\u4e00-\u9fff]+(?=[A-Za-z0-9][A-Za-z0-9-]*\.)")

_SCHEME = re.compile(r"(?<![A-Za-z0-9+.\-])([A-Za-z][A-Za-z0-9+.\-]{1,30}):(?=\S)")
_PROTOCOL_RELATIVE = re.compile(r"(?<![A-Za-z0-9:/])//(?=[A-Za-z0-9])")
# Schemes written without "//" that still open something (opaque URIs). Phone schemes (tel:,
# sms:) are left to the phone pass: "Tel:+44 20 7946 0321" in prose is a number with spaces.
_OPAQUE_WORDS = """
    mailto javascript vbscript livescript data file blob intent view-source jar skype
"""
_OPAQUE = frozenset(_OPAQUE_WORDS.split())
_URL_BODY = re.compile(r"[^\s<>\"'`{}|\\^\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{1,4096}")
_EMAIL = re.compile(rf"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{{1,64}}@(?:{_LABEL}\.){{1,8}}{_TOP}")
_DOMAIN = re.compile(rf"(?<![A-Za-z0-9._@/\\\-])(?:{_LABEL}\.){{1,8}}{_TOP}(?![A-Za-z0-9_\-])")
_PATH_AFTER_DOMAIN = re.compile(r"(?::[0-9]{1,5})?[/?#]")
_HANDLE = re.compile(r"(?<![A-Za-z0-9_.@/+\-])@([A-Za-z][A-Za-z0-9_]{2,31})(?![A-Za-z0-9_@/])")
# Seven digits at least (shorter numbers are never phones), so ordinary numbers cost no Python.
_DIGITS = re.compile(
    r"(?<![A-Za-z0-9_.+/@#$\-])(?:\+[ \t]{0,2}|[(（][ \t]{0,2})?[0-9]"
    r"(?:[ \t\u00a0.\-\u2010-\u2015\u2212/()（）]{0,3}[0-9]){6,40}(?![A-Za-z_])"
)
_TRAILING = ".,;:!?'\"*_~"
# File types: "logo@2x.png" is an image, not an address.
_FILE_TYPES_WORDS = """
    png jpg jpeg gif svg webp ico css js map json html htm md yml
"""
_FILE_TYPES = frozenset(_FILE_TYPES_WORDS.split())
# CSS at-rules and decorators are not handles.
_AT_RULES_WORDS = """
    media import font-face keyframes supports page charset namespace layer container
    property apply tailwind
"""
_AT_RULES = frozenset(_AT_RULES_WORDS.split())
# After a platform word: filler before the id ("微信搜索「x」", "WeChat official account x").
_FILLER = re.compile(
    r"(?:[ \t:：=\-–—(（\[【「『“\"'<]|艾特|号码|号|账号|帐号|群号|群|搜索|搜|添加|加|关注|官方|"
    r"(?i:id|official|account|handle|username|user|is|at|on|via|search|for|add|follow)(?![A-Za-z]))"
)
_PROSE_NEXT = re.compile(r"[ \t]{1,3}[a-z]")
_DELIMITERS = frozenset(":：「『“\"'=") | {"艾特", "号", "id", "账号", "帐号", "号码", "群号"}
_ID_SHAPE = {
    Kind.WECHAT: re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-])"),
    Kind.QQ: re.compile(r"[1-9][0-9]{4,11}(?![0-9])"),
    Kind.TELEGRAM: re.compile(r"@?[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_])"),
    Kind.X: re.compile(r"@?[A-Za-z0-9_]{2,15}(?![A-Za-z0-9_])"),
}
# Words that follow a platform name in prose and are not an id ("WeChat Pay", "TG group").
_PROSE_WORDS = """
    support service services official account accounts group groups channel channels
    chat chats community app apps users user pay mini program programs article articles
    message messages team and or the to for with from in of we our your you are is was
    will can only never always also bot bots link links post posts space spaces web
    desktop mobile id
"""
_PROSE = frozenset(_PROSE_WORDS.split())


@dataclass(frozen=True, slots=True)
class Candidate:
    """Something that may be a contact, at ``start:end`` of the scanned text."""

    start: int
    end: int
    raw: str
    #: Kind to normalize ``raw`` as; None: a link or address, read with link_contact.
    kind: Kind | None
    #: For a handle no platform word names: every kind it could be.
    kinds: tuple[Kind, ...] = ()
    #: The surrounding words make it a contact, so a value that does not parse is reported.
    explicit: bool = True


class _Claims:
    """Which characters a more specific candidate already covers."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


def extract(text: str) -> list[Candidate]:
    """Every candidate in ``text``, in order of position."""
    claims = _Claims(len(text))
    keywords = Keywords(text)
    found = [
        *_links(text, claims),
        *_emails(text, claims),
        *_domains(text, claims),
        *_ids_after_keywords(text, claims, keywords),
        *_handles(text, claims, keywords),
        *_phones(text, claims, keywords),
    ]
    return sorted(found, key=lambda c: c.start)


def _links(text: str, claims: _Claims) -> Iterator[Candidate]:
    pos = 0
    while (m := _SCHEME.search(text, pos)) is not None:
        scheme = m.group(1).lower()
        body = _URL_BODY.match(text, m.end())
        if body is None or not (scheme in _OPAQUE or text.startswith("//", m.end())):
            pos = m.end()
            continue
        end = _trim(text, m.start(), body.end())
        pos = body.end()
        claims.take(m.start(), body.end())
        yield Candidate(m.start(), end, text[m.start() : end], None)
    for m in _PROTOCOL_RELATIVE.finditer(text):
        body = _URL_BODY.match(text, m.start())
        if body is not None and claims.free(m.start(), body.end()):
            end = _trim(text, m.start(), body.end())
            claims.take(m.start(), body.end())
            yield Candidate(m.start(), end, "https:" + text[m.start() : end], None)


def _trim(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation and unbalanced closing brackets after a URL (like GFM)."""
    while end > start:
        last = text[end - 1]
        if last in _TRAILING or (
            last in ")]"
            and text.count(last, start, end) > text.count("(" if last == ")" else "[", start, end)
        ):
            end -= 1
        else:
            break
    return end


def _emails(text: str, claims: _Claims) -> Iterator[Candidate]:
    for m in _EMAIL.finditer(text):
        top = m.group().rsplit(".", 1)[1].lower()
        if top in _FILE_TYPES or not claims.free(m.start(), m.end()):
            continue
        claims.take(m.start(), m.end())
        yield Candidate(m.start(), m.end(), m.group(), None)


def _domains(text: str, claims: _Claims) -> Iterator[Candidate]:
    for m in _DOMAIN.finditer(text):
        if not is_tld(m.group().rsplit(".", 1)[1]) or not claims.free(m.start(), m.end()):
            continue
        prose = _PROSE_BEFORE.match(text, m.start(), m.end())
        start, end = (prose.end() if prose else m.start()), m.end()
        if _PATH_AFTER_DOMAIN.match(text, end):
            body = _URL_BODY.match(text, end)
            end = _trim(text, start, body.end()) if body else end
        claims.take(m.start(), end)
        yield Candidate(start, end, text[start:end], None)


def _ids_after_keywords(text: str, claims: _Claims, keywords: Keywords) -> Iterator[Candidate]:
    for keyword in keywords.platforms():
        kind = KIND_OF.get(keyword.context)
        shape = _ID_SHAPE.get(kind) if kind else None
        if kind is None or shape is None:
            continue
        pos, delimited = keyword.end, False
        for _ in range(8):
            filler = _FILLER.match(text, pos)
            if filler is None:
                break
            delimited = delimited or filler.group().lower() in _DELIMITERS
            pos = filler.end()
        m = shape.match(text, pos)
        if m is None or not claims.free(m.start(), m.end()):
            continue
        value = m.group()
        if text.startswith(("@", "."), m.end()) or value.lower().lstrip("@") in _PROSE:
            continue  # an address, a domain, or just the next word of the sentence
        plain = not (value.startswith("@") or kind is Kind.QQ or _looks_like_id(value))
        if plain and (not delimited or _PROSE_NEXT.match(text, m.end())):
            continue  # "WeChat: online every day" is a sentence, not an id
        claims.take(m.start(), m.end())
        yield Candidate(m.start(), m.end(), value, kind)


def _looks_like_id(value: str) -> bool:
    """Mixed case, digits or underscores: "ExampleWalletCN", "wallet_kf", not "support"."""
    return any(c.isdigit() or c in "_-" for c in value) or any(c.isupper() for c in value[1:])


def _handles(text: str, claims: _Claims, keywords: Keywords) -> Iterator[Candidate]:
    for m in _HANDLE.finditer(text):
        if m.group(1).lower() in _AT_RULES or not claims.free(m.start(), m.end()):
            continue
        if text.startswith(".", m.end()) and _DOMAIN.match(text, m.start() + 1):
            continue  # "@example.com" is the domain part of an address
        keyword = keywords.near(m.start(), m.end(), before=60, after=30)
        kind = KIND_OF.get(keyword.context) if keyword else None
        claims.take(m.start(), m.end())
        if kind in (Kind.TELEGRAM, Kind.X, Kind.DISCORD):
            yield Candidate(m.start(), m.end(), m.group(), kind)
        else:  # no platform named: it passes only if it is an official handle somewhere
            yield Candidate(m.start(), m.end(), m.group(), None, (Kind.TELEGRAM, Kind.X), False)


def _phones(text: str, claims: _Claims, keywords: Keywords) -> Iterator[Candidate]:
    long_run_end = -1
    for m in _DIGITS.finditer(text):
        start, end = m.start(), m.end()
        continues = end < len(text) and text[end].isdigit()
        if continues or (
            long_run_end >= 0
            and start - long_run_end <= 3
            and text[long_run_end:start].strip(" .-/") == ""
        ):
            long_run_end = end  # part of a hash, key or other long number
            continue
        run = m.group().rstrip(" \t\u00a0.-/(")
        end = start + len(run)
        if not claims.free(start, end):
            continue
        keyword = keywords.near(start, end)
        context = keyword.context if keyword else None
        told_phone = context is not None and context not in (Context.NUMBER, Context.QQ)
        if not is_phone_shaped(
            run,
            followed_by=text[end : end + 16],
            told_phone=told_phone,
            told_number=context is Context.NUMBER,
        ):
            continue
        kind = Kind.WHATSAPP if context is Context.WHATSAPP else Kind.PHONE
        claims.take(start, end)
        yield Candidate(start, end, run, kind, explicit=told_phone or run.startswith("+"))
