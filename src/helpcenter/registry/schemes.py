"""Which links a registry value may be written as, per kind.

A value is a plain contact (``support@example.com``, ``+1 202-555-0142``, ``@name``) or a
plain web, mail or phone link that opens a contact of its kind. Any other scheme is refused
with how to write the value instead: ``javascript:`` and ``data:`` run code or read local data,
and an app link (``tg:``, ``weixin:``) or ``ftp:`` is not what readers should be sent to.
Official channels and references are published as written, so their web addresses are
``https://`` as written; a reported impostor may be the ``http://`` address it was seen at.
"""

from __future__ import annotations

from helpcenter.contacts.kinds import URL_KINDS, Kind
from helpcenter.contacts.text import clean
from helpcenter.contacts.url import split_scheme, unsafe_schemes

_WEB = frozenset({"https", "http"})
#: Schemes a value of each kind may be written with (besides none).
_SCHEMES: dict[Kind, frozenset[str]] = {
    **dict.fromkeys(URL_KINDS, _WEB),
    Kind.EMAIL: frozenset({"mailto"}),
    Kind.PHONE: frozenset({"tel"}),
    **dict.fromkeys(
        (Kind.WHATSAPP, Kind.TELEGRAM, Kind.X, Kind.DISCORD, Kind.WECHAT, Kind.QQ), _WEB
    ),
}
#: How to write a value of each kind (reserved, fictional examples).
HOW: dict[Kind, str] = {
    Kind.WEBSITE: "as https://www.example.com/path",
    Kind.APP_STORE: "as https://www.example.com/download",
    Kind.OTHER_URL: "as https://www.example.com/path",
    Kind.EMAIL: "as name@example.com (or mailto:name@example.com)",
    Kind.PHONE: "as +1 202-555-0142 (or tel:+12025550142)",
    Kind.WHATSAPP: "as its number, like +1 202-555-0143",
    Kind.TELEGRAM: "as @username (or https://t.me/username)",
    Kind.X: "as @handle (or https://x.com/handle)",
    Kind.DISCORD: "as the invite code (or https://discord.gg/code)",
    Kind.WECHAT: "as the WeChat id, like ExampleWalletCN",
    Kind.QQ: "as the QQ number",
}


def link_problem(kind: Kind, value: str, *, published: bool) -> tuple[str, str] | None:
    """Message and fix when ``value`` is not a plain contact or link of ``kind``; ``published``
    values (channels, references) must be ``https://`` web addresses as written."""
    scheme, _ = split_scheme(clean(value).replace("\\", "/"))
    if scheme in unsafe_schemes():
        return (
            f"uses the {scheme}: scheme, which runs code or reads local data instead of "
            "opening a contact",
            f"write the {kind} itself, {HOW[kind]}",
        )
    if scheme is not None and scheme not in _SCHEMES[kind]:
        return (
            f"uses the {scheme}: scheme, which is not a plain web, mail or phone link",
            f"write it {HOW[kind]}",
        )
    if not published:
        return None
    if scheme == "http":
        return (
            "uses http:, which anyone on the network between the reader and the site can change",
            "write https://",
        )
    if kind in URL_KINDS and not value.startswith("https://"):
        return (
            "is not written as a full https:// address (pages link to it as written)",
            f"write it {HOW[kind]}",
        )
    return None
