"""Normalization: every written form of a contact gives one key; tricks do not."""

from __future__ import annotations

import pytest

from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.normalize import InvalidContact, UnsafeLink, link_contact, normalize


def key(href: str) -> str:
    contact = link_contact(href)
    assert contact is not None
    return contact.key


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+1 202-555-0142", None, "+12025550142"),
        ("+1 (202) 555-0142", None, "+12025550142"),
        ("+1.202.555.0142", None, "+12025550142"),
        ("001 202 555 0142", None, "+12025550142"),
        ("＋１ ２０２ ５５５ ０１４２", None, "+12025550142"),
        ("(202) 555-0142", "US", "+12025550142"),
        ("020 7946 0321", "GB", "+442079460321"),
        ("0044 20 7946 0321", "CN", "+442079460321"),
        ("tel:+44-20-7946-0321", None, "+442079460321"),
        ("sms:+12025550142?body=hi", None, "+12025550142"),
        ("tel:+1%20202%20555%200142;ext=12", None, "+12025550142"),
    ],
)
def test_phone_forms(raw: str, region: str | None, expected: str) -> None:
    assert normalize(Kind.PHONE, raw, region=region).key == expected


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("202 555 0142", "'202 555 0142' has no country code; write it as +<country code> "),
        ("+1 202-555-01", "'+1 202-555-01' is not a valid phone number; "),
        ("+1 202 CALL NOW", "'+1 202 CALL NOW' is not a phone number; "),
    ],
)
def test_invalid_phones_say_how_to_write_them(raw: str, why: str) -> None:
    with pytest.raises(InvalidContact) as caught:
        normalize(Kind.PHONE, raw)
    assert str(caught.value).startswith(why)


@pytest.mark.parametrize(
    "raw",
    [
        "support@example.com",
        "Support@Example.COM",
        "mailto:support@example.com?subject=Help&body=Hi",
        "MAILTO:SUPPORT@EXAMPLE.COM",
        "support＠ｅｘａｍｐｌｅ．ｃｏｍ",
        "mailto:support%40example.com",
        "support@example.com.",
    ],
)
def test_email_forms(raw: str) -> None:
    assert normalize(Kind.EMAIL, raw).key == "support@example.com"


def test_email_domain_is_punycode() -> None:
    contact = normalize(Kind.EMAIL, "help@bücher.test")
    assert (contact.key, contact.display) == ("help@xn--bcher-kva.test", "help@bücher.test")


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("mailto:support@example.com?cc=x@evil.test", "adds recipients with cc="),
        ("a@x.test,b@y.test", "holds several addresses"),
        ("support.example.com", "is not an email address"),
        ("sup port@example.com", "has an invalid name before @"),
    ],
)
def test_invalid_emails(raw: str, why: str) -> None:
    with pytest.raises(InvalidContact, match=why):
        normalize(Kind.EMAIL, raw)


@pytest.mark.parametrize(
    "href",
    [
        "https://help.example.com/en/contact/",
        "http://help.example.com/en/contact",
        "HTTPS://HELP.EXAMPLE.COM:443/en/contact/#hours",
        "https://help.example.com./en/contact/",
        "//help.example.com/en/contact/",
        "help.example.com/en/contact/",
        "https:\\\\help.example.com\\en\\contact",
        "https://help.example.com/en/./faq/../contact/",
        "ｈｔｔｐｓ：／／ｈｅｌｐ．ｅｘａｍｐｌｅ．ｃｏｍ／en／contact",
        "https://help\u200b.example.com/en/contact",
        " https://help.example.com/en/contact\n",
    ],
)
def test_url_forms(href: str) -> None:
    assert key(href) == "https://help.example.com/en/contact"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        # The query is part of the key (details?id=com.evil is another app); the fragment not.
        (
            "https://help.example.com/en/?utm_source=x#top",
            "https://help.example.com/en?utm_source=x",
        ),
        ("https://x.test?a=1", "https://x.test?a=1"),
        # "%2e" segments are dot segments to a browser.
        ("https://x.test/app/id1/%2e%2e/%2E%2e/evil", "https://x.test/evil"),
        ("https://x.test/a/%2e/b", "https://x.test/a/b"),
    ],
)
def test_url_keys_keep_the_query_and_resolve_encoded_dots(href: str, expected: str) -> None:
    assert key(href) == expected


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://help.example.com@evil.test/en/", "https://evil.test/en"),
        ("https://help.example.com:secret@evil.test", "https://evil.test"),
        ("https://a@help.example.com@evil.test", "https://evil.test"),
        ("/\\evil.test/path", "https://evil.test/path"),
        ("https://evil.test#@help.example.com", "https://evil.test"),
        ("https://evil.test:8443/x", "https://evil.test:8443/x"),
        ("https://bücher.test/", "https://xn--bcher-kva.test"),
        ("https://xn--bcher-kva.test", "https://xn--bcher-kva.test"),
        ("https://exаmple.com", "https://xn--exmple-4nf.com"),  # Cyrillic а
        ("https://evil.test/examplewallet", "https://evil.test/examplewallet"),
        ("example.com:8080/x", "https://example.com:8080/x"),
    ],
)
def test_url_tricks_resolve_to_the_real_host(href: str, expected: str) -> None:
    assert key(href) == expected


def test_punycode_host_is_displayed_in_unicode() -> None:
    assert link_contact("https://xn--exmple-4nf.com/a/") == Contact(
        Kind.WEBSITE, "https://xn--exmple-4nf.com/a", "https://exаmple.com/a"
    )


@pytest.mark.parametrize(
    "href", ["contact.md", "../faq/", "#hours", "/en/contact/", "?q=1", "./x", "logo.png", "faq"]
)
def test_internal_links_are_not_contacts(href: str) -> None:
    assert link_contact(href) is None


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "blob:https://evil.test/1",
    ],
)
def test_unsafe_schemes(href: str) -> None:
    with pytest.raises(UnsafeLink, match="scheme, which runs code or reads local data"):
        link_contact(href)


def test_unknown_app_scheme_is_a_contact_to_judge() -> None:
    assert link_contact("skype:evil?call") == Contact(
        Kind.OTHER_URL, "skype:evil?call", "skype:evil?call"
    )


@pytest.mark.parametrize(
    ("href", "kind", "expected"),
    [
        ("https://t.me/ExampleWalletSupport", Kind.TELEGRAM, "examplewalletsupport"),
        ("https://telegram.me/ExampleWalletSupport/", Kind.TELEGRAM, "examplewalletsupport"),
        ("https://t.me/s/ExampleWalletSupport", Kind.TELEGRAM, "examplewalletsupport"),
        ("tg://resolve?domain=ExampleWalletSupport", Kind.TELEGRAM, "examplewalletsupport"),
        ("https://examplewalletsupport.t.me", Kind.TELEGRAM, "examplewalletsupport"),
        ("https://t.me/+AbCdEf", Kind.TELEGRAM, "+AbCdEf"),
        ("https://x.com/ExampleWallet/status/1", Kind.X, "examplewallet"),
        ("https://mobile.twitter.com/examplewallet", Kind.X, "examplewallet"),
        ("https://x.com/intent/follow?screen_name=ExampleWallet", Kind.X, "examplewallet"),
        ("https://discord.gg/examplewallet", Kind.DISCORD, "examplewallet"),
        ("https://discord.com/invite/ExampleWallet", Kind.DISCORD, "examplewallet"),
        ("https://wa.me/12025550143", Kind.WHATSAPP, "+12025550143"),
        ("https://api.whatsapp.com/send?phone=12025550143", Kind.WHATSAPP, "+12025550143"),
        ("whatsapp://send?phone=%2B12025550143", Kind.WHATSAPP, "+12025550143"),
        ("mailto:support@example.com", Kind.EMAIL, "support@example.com"),
        ("tel:+12025550142", Kind.PHONE, "+12025550142"),
        ("support@example.com", Kind.EMAIL, "support@example.com"),
    ],
)
def test_links_dispatch_by_scheme_and_host(href: str, kind: Kind, expected: str) -> None:
    contact = link_contact(href)
    assert contact is not None
    assert (contact.kind, contact.key) == (kind, expected)


def test_platform_pages_are_plain_websites() -> None:
    assert link_contact("https://x.com/home") == Contact(
        Kind.WEBSITE, "https://x.com/home", "https://x.com/home"
    )


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        (Kind.TELEGRAM, "@ExampleWalletSupport", "examplewalletsupport"),
        (Kind.TELEGRAM, "ＥｘａｍｐｌｅＷａｌｌｅｔＳｕｐｐｏｒｔ", "examplewalletsupport"),
        (Kind.X, "@ExampleWallet", "examplewallet"),
        (Kind.DISCORD, "examplewallet", "examplewallet"),
        (Kind.WECHAT, "ExampleWalletCN", "examplewalletcn"),
        (Kind.QQ, "12345678", "12345678"),
        (Kind.WHATSAPP, "+1 202-555-0143", "+12025550143"),
        (Kind.WEBSITE, "www.example.com", "https://www.example.com"),
    ],
)
def test_handles(kind: Kind, raw: str, expected: str) -> None:
    assert normalize(kind, raw).key == expected


@pytest.mark.parametrize(
    ("kind", "raw", "why"),
    [
        (Kind.TELEGRAM, "@ab", "'@ab' is not a valid telegram value; a Telegram username is 4-32"),
        (Kind.QQ, "0123", "'0123' is not a valid qq value; a QQ number is 5-12 digits"),
        (Kind.TELEGRAM, "https://x.com/ExampleWallet", "is a x link, not a telegram value"),
        (Kind.WEBSITE, "contact.md", "is a relative link; write the full address"),
        (Kind.WEBSITE, "https://exa mple.com", "is not a valid host name"),
    ],
)
def test_invalid_handles(kind: Kind, raw: str, why: str) -> None:
    with pytest.raises(InvalidContact) as caught:
        normalize(kind, raw)
    assert why in str(caught.value)
