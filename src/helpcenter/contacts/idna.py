"""Internationalized host labels to punycode and back (RFC 3492), the same way in the checker.

Deliberately small: a label is folded (``text.fold``), lower-cased and must be letters, marks,
digits and hyphens; then it is punycode. Browsers apply more of UTS 46, but a label this
accepts means the same host to them, and one that it refuses is reported, never passed.
"""

from __future__ import annotations

import unicodedata

from helpcenter.contacts.errors import InvalidContact
from helpcenter.contacts.text import fold

__all__ = ["ascii_label", "unicode_label"]

_PREFIX = "xn--"


def ascii_label(label: str) -> str:
    """``label`` as it goes over DNS: lower-case ASCII, or "xn--" and its punycode."""
    if label.isascii():
        return label.lower()
    text = fold(label).lower()
    if text.isascii():
        return text
    bad = _not_in_host(text)
    if bad is not None:
        raise InvalidContact(
            f"{label!r} is not a valid internationalized host name ({bad!r} cannot be "
            "in a host name); write the host in ASCII or valid Unicode"
        )
    return _PREFIX + text.encode("punycode").decode("ascii")


def unicode_label(label: str) -> str:
    """A punycode label as a reader sees it; the label itself when it does not decode to a
    label ``ascii_label`` would give back ("xn--help-example-wallet" decodes to controls)."""
    if not label.startswith(_PREFIX):
        return label
    try:
        text = label[len(_PREFIX) :].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label
    if text.isascii() or _not_in_host(text) is not None or text.lower() != text:
        return label
    return text


def _not_in_host(text: str) -> str | None:
    """The first character that cannot be in a host label (letters, marks, digits, "-")."""
    return next((c for c in text if c != "-" and unicodedata.category(c)[0] not in "LMN"), None)
