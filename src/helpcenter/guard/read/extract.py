"""Find contact candidates in plain (already de-obfuscated) text, in linear time.

Every pattern starts behind a guard (a look-behind that fails inside a word, number or run)
and uses bounded, non-overlapping quantifiers, so no start position costs more than a few
dozen steps; the URL body is consumed once by a separate match instead of inside an
alternation. Passes run from the most to the least specific and claim what they match, so a
number inside a URL or a domain inside an address is not a second candidate.

Ids written after a platform or contact word are read by ``labels``; digit runs by ``numbers``.
Which words, schemes, endings and top-level domains count is the grammar's data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.kinds import Kind
from helpcenter.contacts.suffixes import is_tld
from helpcenter.guard.read.candidate import Candidate, Claims
from helpcenter.guard.read.keywords import CONTACT, NUMBER, Keyword, Keywords, kind_of
from helpcenter.guard.read.labels import ids_after_keywords
from helpcenter.guard.read.numbers import (
    RUN,
    RUN_AT,
    harmless_shape,
    list_parts,
    read_run,
    unit_follows,
)

__all__ = ["extract"]

_G = grammar()
_URLS = _G["urls"]
_TEXT = _G["text"]
_H = _G["handles"]
_N = _G["numbers"]
# Letters of other scripts in addresses ("suppоrt@ехаmple.com", "evíl.test", "пример.рф").
_INTL = _TEXT["intl"]
_SCRIPTS = _TEXT["scripts"]
_CJK = _TEXT["cjk"]
_LABEL_CHAR = f"[A-Za-z0-9{_INTL}{_SCRIPTS}-]"
_LABEL = f"{_LABEL_CHAR}{{1,63}}"
_TOP = f"(?:xn--[a-z0-9-]{{1,59}}|[A-Za-z{_INTL}{_SCRIPTS}]{{2,24}})"
_NOT_LABEL = f"[A-Za-z0-9_{_INTL}{_SCRIPTS}-]"
# Chinese prose runs straight into an address ("访问evil.test"): such a label starts at ASCII.
_PROSE_BEFORE = re.compile(f"[{_CJK}]+(?=[A-Za-z0-9][A-Za-z0-9-]*\\.)")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WS = " \t\n\r\f"

# A scheme is found from its colon back (str.find, then a short anchored search before it):
# most text has few colons, and a pattern starting at a letter would try every word.
_SCHEME_BEFORE = re.compile(r"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,30}\Z")
_NOT_SPACE = re.compile(f"[^{_WS}]")
_PROTOCOL_RELATIVE = re.compile(f"//(?<![A-Za-z0-9:/]//)(?=[A-Za-z0-9{_INTL}{_SCRIPTS}])")
_OPAQUE = frozenset(_URLS["opaque"])
_SPECIAL = frozenset(_URLS["special"])
# "https:/x", "https:\\\\x": browsers read any slashes and backslashes after a special scheme.
_SLASHES = re.compile(r"[/\\\\]{1,8}")
# A URL's host may be Chinese ("https://钱包.中国"): the authority may hold it, and the host ends
# where its top-level domain does (prose runs on after it); the rest of the URL may not.
_AUTHORITY = re.compile(f"[^{_WS}<>\"'`{{}}|\\\\^/?#\u3000-\u303f\uff00-\uffef]{{1,255}}")
_URL_BODY = re.compile(f"[^{_WS}<>\"'`{{}}|\\\\^\u3000-\u303f{_CJK}\uff00-\uffef]{{1,4096}}")
# Likewise an address from its "@": the local part is searched back from it, the domain after.
_LOCAL_CHARS = f"A-Za-z0-9._%+\\-{_INTL}"
_LOCAL_BEFORE = re.compile(f"(?<![{_LOCAL_CHARS}])[{_LOCAL_CHARS}]{{1,64}}\\Z")
_QUOTED_BEFORE = re.compile(f'(?<![{_LOCAL_CHARS}"])"[^"\\n]{{1,64}}"\\Z')
_EMAIL_DOMAIN = re.compile(f"(?:{_LABEL}\\.){{1,8}}{_TOP}|\\[[0-9A-Fa-f:.]{{2,45}}\\]")
_SSH_PATH = re.compile(r":[A-Za-z0-9~._/\-]")
_SSH_USERS = frozenset(_URLS["ssh_users"])
# Led by the first label's first character, the look-behind checking the one before it: a
# pattern that opens with a character class lets ``re`` skip in C to where a match can start.
_DOMAIN = re.compile(
    f"{_LABEL_CHAR}(?<![A-Za-z0-9._@/\\\\\\-{_INTL}{_SCRIPTS}].){_LABEL_CHAR}{{0,62}}\\."
    f"(?:{_LABEL}\\.){{0,7}}{_TOP}(?!{_NOT_LABEL})"
)
# The same at a given position, after an "@" ("@evil.test" names a domain, not a handle).
_DOMAIN_AT = re.compile(f"(?:{_LABEL}\\.){{1,8}}{_TOP}(?!{_NOT_LABEL})")
_PATH_AFTER_DOMAIN = re.compile(r"(?::[0-9]{1,5})?[/?#]")
_PATH_AFTER_ANY_DOMAIN = re.compile(r"(?::[0-9]{1,5})?/")
_FILE_ENDINGS = frozenset(_URLS["file_endings"])
_IMAGE_ENDINGS = frozenset(_URLS["image_endings"])
_CODE_OBJECTS = frozenset(_URLS["code_objects"])
# X handles may start with "_" ("@_EvilHelp"); not with a digit, so "@100 USDT" is a price.
_HANDLE = re.compile(
    r"@(?<![A-Za-z0-9_.@/+\-]@)(_{0,3}[A-Za-z][A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@/])"
)
_AT_WORDS = frozenset(_H["at_words"])
_NPM_SCOPE = re.compile(_H["npm_scope"])
_AT_KINDS = tuple(Kind(kind) for kind in _H["at_kinds"])
_TRAILING = _URLS["trailing"]
_AMBIGUOUS = _URLS["ambiguous_trailing"]
# A letter or Chinese character right before a number: "Tel13800138000", "WhatsApp+1 202…",
# "TEL.13800138000", "电话-13800138000"; the word that ends there decides what the number is.
# (A Latin word from its start, which nothing joins to: most letters before digits are inside
# a hash or an id, "0x5290…", and no keyword ends there.)
_BEFORE_NUMBER = r"(?=[.\-/]?[ \t]{0,2}[+(（]?[0-9])"
_GLUED = re.compile(
    rf"[A-Za-z](?<![A-Za-z0-9_\-.@#].)[A-Za-z]{{0,23}}{_BEFORE_NUMBER}|[{_CJK}]{_BEFORE_NUMBER}"
)
_MARK_AFTER = re.compile(r"[.\-/]?[ \t]{0,2}")
_DIGIT = re.compile("[0-9" + "".join(_N["chinese_digits"]) + "]")


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
        lower = scheme.lower()
        slashes = _SLASHES.match(text, after)
        if lower in _OPAQUE:
            body = _URL_BODY.match(text, after)
            end = body.end() if body else None
        elif slashes is not None and (lower in _SPECIAL or slashes.group() == "//"):
            end = _url_end(text, slashes.end())
        else:
            end = None
        if end is None:
            pos = after
            continue
        pos = end
        claims.take(start, end)
        yield _link(text, start, end, "")
    for m in _PROTOCOL_RELATIVE.finditer(text):
        end = _url_end(text, m.start() + 2)
        if end is not None and claims.free(m.start(), end):
            claims.take(m.start(), end)
            yield _link(text, m.start(), end, "https:")


def _url_end(text: str, at: int) -> int | None:
    """Where a URL whose host starts at ``at`` ends (None: no host there)."""
    authority = _AUTHORITY.match(text, at)
    if authority is None:
        return None
    end = authority.end()
    if _CJK_CHAR.search(authority.group()):
        end = _tld_end(text, at, end)
    if end < len(text) and text[end] in "/?#":
        body = _URL_BODY.match(text, end)
        end = body.end() if body else end
    return end


def _link(text: str, start: int, end: int, scheme: str) -> Candidate:
    """A link candidate; when trailing "_", "~" or "*" may or may not belong to it (Markdown
    drops them from an autolink, an href keeps them), it carries both readings."""
    kept = _trim(text, start, end, _TRAILING)
    trimmed = _trim(text, start, end, _TRAILING + _AMBIGUOUS)
    also = scheme + text[start:trimmed] if trimmed != kept else None
    return Candidate(start, kept, scheme + text[start:kept], None, also=also)


def _trim(text: str, start: int, end: int, trailing: str) -> int:
    """Drop sentence punctuation and unbalanced closing brackets after a URL (like GFM)."""
    while end > start:
        last = text[end - 1]
        if last in trailing or (
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
    """Non-overlapping ``local@domain`` spans, leftmost first (as one regex would find them);
    the local part may be quoted ('"evil support"@…'), the domain a literal (…@[192.0.2.1])."""
    pos = 0
    at = text.find("@")
    while at != -1:
        local = _LOCAL_BEFORE.search(text, max(pos, at - 64), at)
        if local is None and text[at - 1 : at] == '"':
            local = _QUOTED_BEFORE.search(text, max(pos, at - 66), at)
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
        local = address.rpartition("@")[0]
        if local.lower() in _SSH_USERS and _SSH_PATH.match(text, end):
            claims.take(start, end)  # "git@github.com:org/repo": a repository, not an address
            continue
        ending = address.rsplit(".", 1)[-1].lower()
        if ending in _IMAGE_ENDINGS or not claims.free(start, end):
            continue  # "logo@2x.png": an image
        claims.take(start, end)
        yield Candidate(start, end, address, Kind.EMAIL)


def _domains(text: str, claims: Claims) -> Iterator[Candidate]:
    for m in _DOMAIN.finditer(text):
        if not claims.free(m.start(), m.end()):
            continue
        prose = _PROSE_BEFORE.match(text, m.start(), m.end())
        start, end = (prose.end() if prose else m.start()), _tld_end(text, m.start(), m.end())
        if not _is_address(text, start, end):
            continue
        if _PATH_AFTER_DOMAIN.match(text, end):
            body = _URL_BODY.match(text, end)
            end = _trim(text, start, body.end(), _TRAILING + _AMBIGUOUS) if body else end
        claims.take(m.start(), end)
        yield Candidate(start, end, text[start:end], None)


def _tld_end(text: str, start: int, end: int) -> int:
    """Where the host ends: a top-level domain in Chinese runs into prose ("示例.中国了解"), so
    the longest start of that run that is a top-level domain ends it."""
    dot = text.rfind(".", start, end)
    top = text[dot + 1 : end]
    if is_tld(top) or not _CJK_CHAR.search(top):
        return end
    for size in range(len(top) - 1, 1, -1):
        if is_tld(top[:size]):
            return dot + 1 + size
    return end


def _is_address(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (``name.tld``) is a web address: its top-level domain is one (the
    Public Suffix List, or a reserved name like .test), and it is no file ("README.md") or
    name in code ("navigation.top", "date.today"), or ``www.`` leads or a path follows."""
    host = text[start:end]
    labels = host.split(".")
    top = labels[-1].lower()
    marked = (labels[0].lower() == "www" and len(labels) >= 3) or _PATH_AFTER_ANY_DOMAIN.match(
        text, end
    ) is not None
    if marked:
        return True
    if top in _FILE_ENDINGS or labels[0].lower() in _CODE_OBJECTS:
        return False
    return is_tld(top)


def _handles(text: str, claims: Claims, keywords: Keywords) -> Iterator[Candidate]:
    for m in _HANDLE.finditer(text):
        if m.group(1).lower() in _AT_WORDS or not claims.free(m.start(), m.end()):
            continue
        if _NPM_SCOPE.match(text, m.start() + 1):
            continue  # "@types/node": a package
        domain = _DOMAIN_AT.match(text, m.start() + 1) if text.startswith(".", m.end()) else None
        if domain is not None:  # "@evil.test": the domain part of an address, not a handle
            domain_end = _tld_end(text, domain.start(), domain.end())
            if _is_address(text, domain.start(), domain_end):
                claims.take(m.start(), domain_end)
                yield Candidate(domain.start(), domain_end, text[domain.start() : domain_end], None)
            continue
        keyword = keywords.platform_near(m.start(), m.end())
        context = keyword.context if keyword else None
        kind = kind_of(context) if context else None
        claims.take(m.start(), m.end())
        if kind in (Kind.TELEGRAM, Kind.X, Kind.DISCORD):
            yield Candidate(m.start(), m.end(), m.group(), kind)
        elif context is not None and kind is None and context not in (CONTACT, NUMBER):
            yield Candidate(m.start(), m.end(), m.group(), None, platform=context)
        else:  # no platform named: it passes only if it is an official handle somewhere
            yield Candidate(m.start(), m.end(), m.group(), None, _AT_KINDS, False)


def _phones(text: str, claims: Claims, keywords: Keywords) -> Iterator[Candidate]:
    for glued in _GLUED.finditer(text):  # first: they claim what follows the word
        mark = _MARK_AFTER.match(text, glued.end())
        m = RUN_AT.match(text, mark.end() if mark else glued.end())
        if m is None or (m.end() < len(text) and _DIGIT.match(text, m.end())):
            continue
        keyword = keywords.ending_at(glued.end())
        if keyword is not None:
            yield from _phone(text, m.start(), m.group(), claims, keywords, keyword)
    long_run_end = -1
    for m in RUN.finditer(text):
        start, end = m.start(), m.end()
        continues = end < len(text) and _DIGIT.match(text, end) is not None
        if continues or (
            long_run_end >= 0
            and start - long_run_end <= 3
            and text[long_run_end:start].strip(" .-/") == ""
        ):
            long_run_end = end  # part of a hash, key or other long number
            continue
        yield from _phone(text, start, m.group(), claims, keywords, None)


def _phone(
    text: str,
    start: int,
    found: str,
    claims: Claims,
    keywords: Keywords,
    glued: Keyword | None,
) -> Iterator[Candidate]:
    """The phone candidates of one run: none when its shape or words make it harmless. The
    checks that need no words come first (most numbers end there); ``glued`` is the word
    right before the run ("Tel13800138000"), else the words around it are looked up."""
    run = read_run(found)
    end = start + len(run.raw)
    if not claims.free(start, end) or run.letters > run.digits:
        return
    if run.digits < _N["short_after_phone_word"] or unit_follows(keywords.lower[end : end + 16]):
        return  # too short to dial, or an amount whatever the words around it
    international = run.folded.startswith("+") or (run.folded.startswith("00") and run.digits >= 10)
    if not international and harmless_shape(run.folded, near_phone=True):
        return  # a date, whatever the words around it
    keyword: Keyword | None
    if glued is not None:
        keyword, labelled = glued, True
    else:
        keyword = keywords.phone_near(start, end)
        labelled = keyword is not None and keyword.end <= start and keywords.labels(keyword, start)
    context = keyword.context if keyword else None
    if context == NUMBER:
        return  # "订单号 12345678", "block 19000000"
    told_phone = context is not None and context not in (CONTACT, "qq")
    if run.digits < _N["min_digits"] and not (told_phone and labelled):
        return
    if not international and not told_phone and harmless_shape(run.folded, near_phone=False):
        return
    guessed = not international and context in (None, CONTACT)  # nothing says "phone"
    if run.digits > _N["max_digits"] and (parts := list_parts(run)) is not None:
        for a, b in parts:
            piece = read_run(run.raw[a:b]).raw
            yield from _phone_candidate(
                start + a, start + a + len(piece), piece, claims, context, guessed
            )
        return
    yield from _phone_candidate(start, end, run.raw, claims, context, guessed)


def _phone_candidate(
    start: int, end: int, raw: str, claims: Claims, context: str | None, guessed: bool
) -> Iterator[Candidate]:
    claims.take(start, end)
    kind = kind_of(context) if context else None
    if context is not None and kind is None and context not in (CONTACT, NUMBER):
        yield Candidate(start, end, raw, None, platform=context)  # "Signal: +1 202 …"
        return
    phone = Kind.WHATSAPP if kind is Kind.WHATSAPP else Kind.PHONE
    yield Candidate(start, end, raw, phone, guessed=guessed)
