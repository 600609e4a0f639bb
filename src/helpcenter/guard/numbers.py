"""Is a run of digits a phone number, or an amount, date, block height, version, code ...?

Decided by shape first, then by the words around it (see ``keywords``).
"""

from __future__ import annotations

import itertools
import re

# After the number: units and currencies make it an amount or a count.
_UNIT_AFTER = re.compile(
    r"[ \t]{0,2}(?:%|‰|元|美元|人民币|枚|个|次|笔|秒|分钟|小时|天|年|月|日|号(?!码)|位|字节|"
    r"(?:eth|btc|usdt|usdc|dai|bnb|trx|sol|matic|gwei|wei|sats?|usd|cny|rmb|eur|gbp|jpy|"
    r"ms|s|kb|mb|gb|x|confirmations?|blocks?|bytes?|words?|days?|hours?|minutes?|seconds?)"
    r"(?![A-Za-z]))",
    re.I,
)
_DATE = re.compile(
    r"(?:[0-9]{4}[-./ ][0-9]{1,2}[-./ ][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{4})"
)
_GROUPS = re.compile(r"[0-9]+")
_SEPARATORS = re.compile(r"[^0-9+]+")
_CN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_CN_SERVICE = re.compile(r"[48]00[0-9]{7}")


def unit_follows(followed_by: str) -> bool:
    """A unit or currency right after the number ("+1 234 567 ETH", "+1000000 sats")."""
    return _UNIT_AFTER.match(followed_by) is not None


def is_phone_shaped(run: str, *, followed_by: str, told_phone: bool, told_number: bool) -> bool:
    """``run`` (digits with separators, maybe a leading + or 00) reads as a phone number.

    ``told_phone``: a phone or messaging word is next to it ("拨打", "call", "WhatsApp");
    ``told_number``: a word says it is something else ("区块高度", "chain id", "验证码").
    """
    digits = "".join(_GROUPS.findall(run))
    if not 7 <= len(digits) <= 15:
        return False
    international = run.startswith("+") or (run.startswith("00") and len(digits) >= 10)
    if international or told_phone:
        return True
    if told_number or _UNIT_AFTER.match(followed_by):
        return False
    groups = _GROUPS.findall(run)
    separators = {s.strip() or " " for s in _SEPARATORS.findall(run)}
    if len(groups) == 1:  # one plain run: only shapes no other number has
        return bool(_CN_MOBILE.fullmatch(digits) or _CN_SERVICE.fullmatch(digits))
    if _DATE.match(run) or (len(groups) == 2 and separators == {"."}):
        return False  # a date, or a decimal number
    if len(groups) >= 4 and all(len(g) <= 2 for g in groups) and _increasing(groups):
        return False  # "1 2 3 4 5 6 7 8 9 10": a list of small numbers
    if separators <= {",", " ", ".", "'"} and all(len(g) == 3 for g in groups[1:]):
        return len(groups[0]) > 3  # 1 234 567 / 1.234.567 are thousands, not phones
    # Anything else grouped like a phone is one, except an IPv4 address.
    return not (separators == {"."} and len(groups) == 4 and all(len(g) <= 3 for g in groups))


def _increasing(groups: list[str]) -> bool:
    return all(int(a) < int(b) for a, b in itertools.pairwise(groups))
