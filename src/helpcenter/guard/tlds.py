"""Top-level domains that make a bare ``word.tld`` a web address in prose.

Deliberately not the full IANA list: TLDs that are also file extensions, code identifiers or
English words (``.md``, ``.py``, ``.js``, ``.id``, ``.top``, ``.today``, ``.link``, ``.is``)
would turn ``README.md``, ``navigation.top`` or ``date.today`` into "websites". Addresses on
those TLDs are still caught when written with a scheme (``https://…``, ``//…``) or in a link.
"""

from __future__ import annotations

_NAMES = """
    example test invalid localhost onion
    com net org info biz edu gov mil mobi pro app dev io co me ai gg ly cc tv ws su pw tk
    xyz vip wang ltd icu wallet
    cn hk tw mo jp kr sg th vn ph uk eu de fr ru ua nl ch es pt br ar mx ca au nz za tr ae
    中国 中國 公司 网络 網絡 在线 网址 商城 手机
"""
TLDS = frozenset(_NAMES.split())


def is_tld(label: str) -> bool:
    """``label`` (any case) is a TLD that marks a bare domain."""
    return label.lower() in TLDS
