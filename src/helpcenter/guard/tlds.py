"""Top-level domains that make a bare ``word.tld`` a web address in prose.

Deliberately not the full IANA list: TLDs that are also file extensions, code identifiers or
English words (``.md``, ``.py``, ``.js``, ``.id``, ``.top``, ``.today``, ``.link``, ``.is``,
``.group``, ``.run``, ``.click``; ``.email`` as in ``user.email``, ``.world`` as in
``hello.world``) would turn ``README.md``, ``navigation.top`` or ``date.today`` into
"websites". The list does hold the generic TLDs scam sites favour (``.shop``, ``.online``,
``.site`` ...) that are no such word, and Cyrillic ones (``.рф``). Addresses on any other TLD
are still caught when written with a scheme (``https://…``, ``//…``), in a link, with
``www.``, with a path (``goo.gl/abc``) or run into Chinese prose (``访问evil.top了解``): see
``extract``.
"""

from __future__ import annotations

_NAMES = """
    example test invalid localhost onion
    com net org info biz edu gov mil mobi pro app dev io co me ai gg ly cc tv ws su pw tk
    xyz vip wang ltd icu wallet
    shop online site store club live fun cloud tech space website life support help services
    finance financial exchange money cash chat news zone asia trade market bet win loan credit
    gold digital cyou cfd sbs bond
    cn hk tw mo jp kr sg th vn ph uk eu de fr ru ua nl ch es pt br ar mx ca au nz za tr ae
    中国 中國 公司 网络 網絡 在线 网址 商城 手机
    рф рус онлайн сайт орг ком бел укр срб мкд қаз мон москва
"""
TLDS = frozenset(_NAMES.split())


def is_tld(label: str) -> bool:
    """``label`` (any case) is a TLD that marks a bare domain."""
    return label.lower() in TLDS
