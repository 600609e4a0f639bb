"""lunr.js 2.3.9's Porter stemmer, step for step, so the index and the browser stem alike.

The lunr Python package stems with Martin Porter's reference code, which differs from
lunr.js's port on some words (``key``: ``kei`` against ``key``); the browser stems with
lunr.js, so the build must too. tests/search/test_twins.py holds the two equal over every
word of the real indexes.
"""

from __future__ import annotations

import re

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize",
    "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful",
    "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}  # fmt: skip
_STEP3 = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
    "ness": "",
}  # fmt: skip

_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")
_S_V = re.compile(f"^({_C})?{_v}")
_1A = re.compile(r"^(.+?)(ss|i)es$")
_1A_2 = re.compile(r"^(.+?)([^s])s$")
_1B = re.compile(r"^(.+?)eed$")
_1B_2 = re.compile(r"^(.+?)(ed|ing)$")
_LAST = re.compile(r".$")
_1B_AT = re.compile(r"(at|bl|iz)$")
_1B_DOUBLE = re.compile(r"([^aeiouylsz])\1$")
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$")
_1C = re.compile(r"^(.+?[^aeiou])y$")
_2 = re.compile(f"^(.+?)({'|'.join(_STEP2)})$")
_3 = re.compile(f"^(.+?)({'|'.join(_STEP3)})$")
_4 = re.compile(
    r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$"
)
_4_2 = re.compile(r"^(.+?)(s|t)(ion)$")
_5 = re.compile(r"^(.+?)e$")
_5_LL = re.compile(r"ll$")


def stem(w: str) -> str:
    """The stem of one lower-case word, as lunr.stemmer gives it."""
    if len(w) < 3:
        return w
    first_y = w[0] == "y"
    if first_y:
        w = "Y" + w[1:]
    if _1A.search(w):
        w = _1A.sub(r"\1\2", w, count=1)
    elif _1A_2.search(w):
        w = _1A_2.sub(r"\1\2", w, count=1)
    if m := _1B.search(w):
        if _MGR0.search(m.group(1)):
            w = _LAST.sub("", w, count=1)
    elif m := _1B_2.search(w):
        stem_ = m.group(1)
        if _S_V.search(stem_):
            w = stem_
            if _1B_AT.search(w):
                w += "e"
            elif _1B_DOUBLE.search(w):
                w = _LAST.sub("", w, count=1)
            elif _CVC.search(w):
                w += "e"
    if m := _1C.search(w):
        w = m.group(1) + "i"
    if (m := _2.search(w)) and _MGR0.search(m.group(1)):
        w = m.group(1) + _STEP2[m.group(2)]
    if (m := _3.search(w)) and _MGR0.search(m.group(1)):
        w = m.group(1) + _STEP3[m.group(2)]
    if m := _4.search(w):
        if _MGR1.search(m.group(1)):
            w = m.group(1)
    elif m := _4_2.search(w):
        stem_ = m.group(1) + m.group(2)
        if _MGR1.search(stem_):
            w = stem_
    if m := _5.search(w):
        stem_ = m.group(1)
        if _MGR1.search(stem_) or (_MEQ1.search(stem_) and not _CVC.search(stem_)):
            w = stem_
    if _5_LL.search(w) and _MGR1.search(w):
        w = _LAST.sub("", w, count=1)
    if first_y:
        w = "y" + w[1:]
    return w
