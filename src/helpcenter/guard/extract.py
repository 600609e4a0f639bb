"""Find contact candidates in plain (already de-obfuscated) text, in linear time.

Every pattern starts behind a guard (a look-behind that fails inside a word, number or run)
and uses bounded, non-overlapping quantifiers, so no start position costs more than a few
dozen steps; the URL body is consumed once by a separate match instead of inside an
alternation. Passes run from the most to the least specific and claim what they match, so a
number inside a URL or a domain inside an address is not a second candidate.

Ids written after a platform word ("微信客服：ExampleWalletCN") are read by ``labels``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from helpcenter.contacts.kinds import Kind
from helpcenter.guard.candidate import Candidate, Claims
from helpcenter.guard.keywords import KIND_OF, Context, Keyword, Keywords
from helpcenter.guard.labels import ids_after_keywords
from helpcenter.guard.numbers import is_phone_shaped, unit_follows
from helpcenter.guard.tlds import is_tld

# Letters of other scripts in addresses ("suppоrt@ехаmple.com", "evíl.test", "пример.рф"):
# Latin with diacritics, combining marks, Greek, Cyrillic. A lookalike must be read whole.
_INTL = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0391-\u03c9\u0400-\u052f\u1e00-\u1eff"
)
_LABEL_CHAR = rf"[A-Za-z0-9{_INTL}\u4e00-\u9fff-]"
_LABEL = rf"{_LABEL_CHAR}{{1,63}}"
_TOP = rf"(?:[A-Za-z{_INTL}]{{2,24}}|中国|中國|公司|网络|網絡|在线|网址|商城|手机)"
# Chinese prose runs straight into an address ("访问evil.test"): such a label starts at ASCII.
_PROSE_BEFORE = re.compile(r"[\u4e00-\u9fff]+(?=[A-Za-z0-9][A-Za-z0-9-]*\.)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASCII_HOST = re.compile(r"[A-Za-z0-9.\-]+")

# A scheme is found from its colon back (str.find, then a short anchored search before it):
# most text has few colons, and a pattern starting at a letter would try every word.
_SCHEME_BEFORE = re.compile(r"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,30}\Z")
_NOT_SPACE = re.compile(r"\S")
_PROTOCOL_RELATIVE = re.compile(r"//(?<![A-Za-z0-9:/]//)(?=[A-Za-z0-9])")
# Schemes written without "//" that still open something (opaque URIs). Phone schemes (tel:,
# sms:) are left to the phone pass: "Tel:+44 20 7946 0321" in prose is a number with spaces.
_OPAQUE_WORDS = """
    mailto javascript vbscript livescript data file blob intent view-source jar skype
"""
_OPAQUE = frozenset(_OPAQUE_WORDS.split())
_URL_BODY = re.compile(r"[^\s<>\"'`{}|\\^\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]{1,4096}")
# Likewise an address from its "@": the local part is searched back from it, the domain after.
_LOCAL_BEFORE = re.compile(rf"(?<![A-Za-z0-9._%+\-{_INTL}])[A-Za-z0-9._%+\-{_INTL}]{{1,64}}\Z")
_EMAIL_DOMAIN = re.compile(rf"(?:{_LABEL}\.){{1,8}}{_TOP}")
# Led by the first label's first character, the look-behind checking the one before it: a
# pattern that opens with a character class lets ``re`` skip in C to where a match can start.
_DOMAIN = re.compile(
    rf"{_LABEL_CHAR}(?<![A-Za-z0-9._@/\\\-{_INTL}].){_LABEL_CHAR}{{0,62}}\."
    rf"(?:{_LABEL}\.){{0,7}}{_TOP}(?![A-Za-z0-9_\-{_INTL}])"
)
# The same at a given position, after an "@" ("@evil.test" names a domain, not a handle).
_DOMAIN_AT = re.compile(rf"(?:{_LABEL}\.){{1,8}}{_TOP}(?![A-Za-z0-9_\-{_INTL}])")
_PATH_AFTER_DOMAIN = re.compile(r"(?::[0-9]{1,5})?[/?#]")
# A TLD outside tlds.py is an address when a path follows ("goo.gl/abc", "telegram.dog/x").
_PATH_AFTER_ANY_DOMAIN = re.compile(r"(?::[0-9]{1,5})?/")
# Files, not sites, whatever comes around them ("docs/README.md", "配置config.yml文件").
_FILE_ENDINGS_WORDS = """
    md markdown html htm xhtml php asp aspx jsp txt pdf png jpg jpeg gif svg webp avif ico bmp
    css scss js mjs cjs ts tsx jsx vue json xml yml yaml toml ini cfg conf csv tsv log lock
    zip gz tgz tar rar 7z mp3 mp4 webm ogg wav woff woff2 ttf otf exe apk ipa dmg msi deb rpm
    py pyc rb java kt swift c h cpp hpp go sh bat ps1 sql db map bak tmp
"""
_FILE_ENDINGS = frozenset(_FILE_ENDINGS_WORDS.split())
# X handles may start with "_" ("@_EvilHelp"); not with a digit, so "@100 USDT" is a price.
_HANDLE = re.compile(
    r"@(?<![A-Za-z0-9_.@/+\-]@)(_{0,3}[A-Za-z][A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@/])"
)
# Seven digits at least (shorter numbers are never phones), so ordinary numbers cost no Python.
# Patterns here open with a literal or a character class (a look-behind on the character before
# comes after it): ``re`` then skips in C to where they can start; a look-around first makes it
# try every position.
_DIGITS_REST = r"(?:[ \t\u00a0.\-\u2010-\u2015\u2212/()（）]{0,3}[0-9]){6,40}(?![A-Za-z_])"
_DIGITS_AT = re.compile(r"(?:\+[ \t]{0,2}|[(（][ \t]{0,2})?[0-9]" + _DIGITS_REST)
# The same where no word, number or sign runs into it: its first character, the look-behind on
# the one before, then the rest of _DIGITS_AT (after "+" or "(" a digit must still come).
_DIGITS = re.compile(
    r"[+(（0-9](?<![A-Za-z0-9_.+/@#$\-].)(?:(?<=[+(（])[ \t]{0,2}[0-9]|(?<=[0-9]))" + _DIGITS_REST
)
# A phone word, one mark, the number: "电话-13800138000", "TEL.13800138000", "Tel.+1 202…".
_MARK_AFTER_WORD = re.compile(r"[.\-/](?<=[A-Za-z\u4e00-\u9fff][.\-/])[ \t]{0,2}(?=[+0-9])")
_PHONE_WORDS = frozenset({Context.PHONE, Context.WHATSAPP})
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


def extract(text: str) -> list[Candidate]:
    """Every candidate in ``text``, in order of position."""
    claims = Claims(len(text))
    keywords = Keywords(text)
    found = [
        *_links(text, claims),
        *_emails(text, claims),
        *_domains(text, claims),
        *ids_after_keywords(text, claims, keywords),
        *_handles(text, claims, keywords),
        *_phones(text, claims, keywords),
    ]
    return sorted(found, key=lambda c: c.start)


def _links(text: str, claims: Claims) -> Iterator[Candidate]:
    pos = 0
    while (found := _scheme(text, pos)) is not None:
        start, after, scheme = found
        body = _URL_BODY.match(text, after)
        if body is None or not (scheme.lower() in _OPAQUE or text.startswith("//", after)):
            pos = after
            continue
        end = _trim(text, start, body.end())
        pos = body.end()
        claims.take(start, body.end())
        yield Candidate(start, end, text[start:end], None)
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


def _scheme(text: str, pos: int) -> tuple[int, int, str] | None:
    """The first ``scheme:`` (followed by a non-space) at or after ``pos``: its start, the
    offset after its colon, and the scheme."""
    colon = text.find(":", pos)
    while colon != -1:
        m = _SCHEME_BEFORE.search(text, max(pos, colon - 31), colon)
        if m is not None and _NOT_SPACE.match(text, colon + 1):
            return m.start(), colon + 1, m.group()
        colon = text.find(":", colon + 1)
    return None


def _email_spans(text: str) -> Iterator[tuple[int, int]]:
    """Non-overlapping ``local@domain`` spans, leftmost first (as one regex would find them)."""
    pos = 0
    at = text.find("@")
    while at != -1:
        local = _LOCAL_BEFORE.search(text, max(pos, at - 64), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1) if local is not None else None
        if local is not None and domain is not None:
            yield local.start(), domain.end()
            pos = domain.end()
            at = text.find("@", pos)
        else:
            at = text.find("@", at + 1)


def _emails(text: str, claims: Claims) -> Iterator[Candidate]:
    for start, end in _email_spans(text):
        address = text[start:end]
        if address.rsplit(".", 1)[1].lower() in _FILE_TYPES or not claims.free(start, end):
            continue
        claims.take(start, end)
        yield Candidate(start, end, address, None)


def _domains(text: str, claims: Claims) -> Iterator[Candidate]:
    for m in _DOMAIN.finditer(text):
        if not claims.free(m.start(), m.end()):
            continue
        prose = _PROSE_BEFORE.match(text, m.start(), m.end())
        start, end = (prose.end() if prose else m.start()), m.end()
        if not _is_address(text, start, end, glued=prose is not None):
            continue
        if _PATH_AFTER_DOMAIN.match(text, end):
            body = _URL_BODY.match(text, end)
            end = _trim(text, start, body.end()) if body else end
        claims.take(m.start(), end)
        yield Candidate(start, end, text[start:end], None)


def _is_address(text: str, start: int, end: int, *, glued: bool) -> bool:
    """``text[start:end]`` (``name.tld``) is a web address: a TLD from tlds.py, or any other
    one (letters, as _TOP matches) that is no file type when ``www.`` leads, a path follows or
    Chinese prose runs straight into it ("访问evil.top了解")."""
    host = text[start:end]
    top = host.rsplit(".", 1)[1]
    if is_tld(top):
        return True
    if top.lower() in _FILE_ENDINGS:
        return False
    if host[:4].lower() == "www." and host.count(".") >= 2:
        return True
    if _PATH_AFTER_ANY_DOMAIN.match(text, end):
        return True
    cjk_around = glued or (end < len(text) and _CJK.match(text, end) is not None)
    return cjk_around and _ASCII_HOST.fullmatch(host) is not None


def _handles(text: str, claims: Claims, keywords: Keywords) -> Iterator[Candidate]:
    for m in _HANDLE.finditer(text):
        if m.group(1).lower() in _AT_RULES or not claims.free(m.start(), m.end()):
            continue
        domain = _DOMAIN_AT.match(text, m.start() + 1) if text.startswith(".", m.end()) else None
        if domain is not None:  # "@evil.test": the domain part of an address, not a handle
            if _is_address(text, domain.start(), domain.end(), glued=False):
                claims.take(m.start(), domain.end())
                yield Candidate(domain.start(), domain.end(), domain.group(), None)
            continue
        keyword = keywords.platform_near(m.start(), m.end(), before=60, after=30)
        kind = KIND_OF.get(keyword.context) if keyword else None
        claims.take(m.start(), m.end())
        if kind in (Kind.TELEGRAM, Kind.X, Kind.DISCORD):
            yield Candidate(m.start(), m.end(), m.group(), kind)
        else:  # no platform named: it passes only if it is an official handle somewhere
            yield Candidate(m.start(), m.end(), m.group(), None, (Kind.TELEGRAM, Kind.X), False)


def _phones(text: str, claims: Claims, keywords: Keywords) -> Iterator[Candidate]:
    for mark in _MARK_AFTER_WORD.finditer(text):  # first: they claim what follows the mark
        m = _DIGITS_AT.match(text, mark.end())
        if m is None or (m.end() < len(text) and text[m.end()].isdigit()):
            continue
        word = keywords.ending_at(mark.start())
        if word is not None and word.context in _PHONE_WORDS:
            yield from _phone(text, m.start(), m.group(), claims, word)
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
        yield from _phone(text, start, m.group(), claims, None, keywords)


def _phone(
    text: str,
    start: int,
    found: str,
    claims: Claims,
    keyword: Keyword | None,
    keywords: Keywords | None = None,
) -> Iterator[Candidate]:
    run = found.rstrip(" \t\u00a0.-/(")
    end = start + len(run)
    if not claims.free(start, end):
        return
    if keywords is not None:
        keyword = keywords.phone_near(start, end)
    context = keyword.context if keyword else None
    told_phone = context is not None and context not in (Context.NUMBER, Context.QQ)
    told_number = context is Context.NUMBER
    followed_by = text[end : end + 16]
    if not is_phone_shaped(
        run, followed_by=followed_by, told_phone=told_phone, told_number=told_number
    ):
        return
    kind = Kind.WHATSAPP if context is Context.WHATSAPP else Kind.PHONE
    # "+" alone makes no amount a phone ("余额变化 +12345678", "+1 234 567 ETH"): such a run is
    # judged only if it is a valid number, like any number found by its shape alone.
    amount = told_number or unit_follows(followed_by)
    claims.take(start, end)
    yield Candidate(start, end, run, kind, explicit=told_phone or (run[0] == "+" and not amount))
