"""judge(): official channels in every written form pass; everything else is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.contacts.normalize import link_contact, normalize
from helpcenter.guard.finding import Verdict
from helpcenter.guard.read.check import Checker
from helpcenter.guard.read.judge import judge
from helpcenter.registry.loader import load_registry
from helpcenter.registry.model import Registry

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "registry" / "channels.yml")


def read(raw: str, kind: Kind | None, region: str | None = None) -> Contact:
    """As the scanner does: links through link_contact, values found after a keyword by kind."""
    if kind is None:
        contact = link_contact(raw, region=region)
        assert contact is not None, raw
        return contact
    return normalize(kind, raw, region=region)


#: (channel id, written form, kind hint or None for a link, region)
OFFICIAL_FORMS = [
    ("website", "https://www.example.com", None, None),
    ("website", "http://WWW.EXAMPLE.COM/", None, None),
    ("website", "www.example.com", None, None),
    ("website", "https://www.example.com/news/2026/", None, None),
    ("website", "www.example.com", Kind.WEBSITE, None),
    ("help-center", "https://help.example.com/en/contact/", None, None),
    ("help-center", "https://help.example.com./?q=1#top", None, None),
    ("help-center", "//help.example.com/zh/", None, None),
    ("help-center", "https://user@help.example.com/", None, None),
    ("app-store", "https://www.example.com/download", None, None),
    ("app-store", "https://www.example.com/download/ios/", None, None),
    ("support-email", "support@example.com", None, None),
    ("support-email", "mailto:Support@Example.com?subject=Help", None, None),
    ("support-email", "SUPPORT@EXAMPLE.COM", Kind.EMAIL, None),
    ("security-email", "mailto:security@example.com", None, None),
    ("privacy-email", "privacy＠example．com", Kind.EMAIL, None),
    ("hotline", "+1 202-555-0142", Kind.PHONE, None),
    ("hotline", "+1 (202) 555-0142", Kind.PHONE, None),
    ("hotline", "+1.202.555.0142", Kind.PHONE, None),
    ("hotline", "001 202 555 0142", Kind.PHONE, "CN"),
    ("hotline", "(202) 555-0142", Kind.PHONE, "US"),
    ("hotline", "＋１ ２０２－５５５－０１４２", Kind.PHONE, None),
    ("hotline", "tel:+1-202-555-0142", None, None),
    ("hotline", "sms:+12025550142", None, None),
    ("hotline-uk", "+44 20 7946 0321", Kind.PHONE, None),
    ("hotline-uk", "020 7946 0321", Kind.PHONE, "GB"),
    ("hotline-uk", "tel:00442079460321", None, None),
    ("telegram", "@ExampleWalletSupport", Kind.TELEGRAM, None),
    ("telegram", "examplewalletsupport", Kind.TELEGRAM, None),
    ("telegram", "https://t.me/ExampleWalletSupport", None, None),
    ("telegram", "t.me/ExampleWalletSupport", None, None),
    ("telegram", "https://telegram.me/examplewalletsupport", None, None),
    ("telegram", "tg://resolve?domain=ExampleWalletSupport", None, None),
    ("x", "@ExampleWallet", Kind.X, None),
    ("x", "https://x.com/ExampleWallet", None, None),
    ("x", "https://twitter.com/examplewallet/", None, None),
    ("discord", "https://discord.gg/examplewallet", None, None),
    ("discord", "discord.gg/examplewallet", None, None),
    ("discord", "https://discord.com/invite/examplewallet", None, None),
    ("discord", "examplewallet", Kind.DISCORD, None),
    ("wechat", "ExampleWalletCN", Kind.WECHAT, None),
    ("whatsapp", "+1 202-555-0143", Kind.WHATSAPP, None),
    ("whatsapp", "+1 202-555-0143", Kind.PHONE, None),
    ("whatsapp", "https://wa.me/12025550143", None, None),
    ("whatsapp", "https://api.whatsapp.com/send?phone=12025550143", None, None),
]


@pytest.mark.parametrize(("channel_id", "raw", "kind", "region"), OFFICIAL_FORMS)
def test_every_written_form_of_an_official_channel_passes(
    registry: Registry, channel_id: str, raw: str, kind: Kind | None, region: str | None
) -> None:
    judgement = judge(read(raw, kind, region), registry)
    assert (judgement.verdict, judgement.channel_id) == (Verdict.OFFICIAL, channel_id)
    assert judgement.why == f"official channel {channel_id}"


def test_every_active_channel_has_forms_under_test(registry: Registry) -> None:
    assert {c.id for c in registry.active} <= {form[0] for form in OFFICIAL_FORMS}


@pytest.mark.parametrize(
    ("raw", "kind", "verdict", "channel_id", "why"),
    [
        (
            "https://explorer.example/tx/0xabc",
            None,
            Verdict.REFERENCE,
            None,
            "registered reference explorer",
        ),
        (
            "tel:+12025550100",
            None,
            Verdict.RETIRED,
            "hotline-legacy",
            "hotline-legacy was retired on 2026-06-30; official phone: hotline (+1 202-555-0142)",
        ),
        (
            "https://t.me/ExampleWalletHelp",
            None,
            Verdict.RETIRED,
            "telegram-legacy",
            "telegram-legacy was retired on 2025-12-31; "
            "official telegram: telegram (@ExampleWalletSupport)",
        ),
        (
            "+1 202 555 0199",
            Kind.PHONE,
            Verdict.IMPOSTOR,
            "hotline",
            "reported impostor (2026-10-28); official phone: hotline (+1 202-555-0142)",
        ),
        (
            "https://wa.me/12025550199",
            None,
            Verdict.IMPOSTOR,
            "whatsapp",
            "reported impostor (2026-10-28); official whatsapp: whatsapp (+1 202-555-0143)",
        ),
        (
            "https://t.me/ExampleWallet_Support",
            None,
            Verdict.IMPOSTOR,
            "telegram",
            "reported impostor (2026-10-15); official telegram: telegram (@ExampleWalletSupport)",
        ),
        (
            "https://www.examp1e.test/login",
            None,
            Verdict.IMPOSTOR,
            "website",
            "reported impostor (2026-08-12); official website: website (www.example.com)",
        ),
        (
            "help@examplewallet-help.test",
            Kind.EMAIL,
            Verdict.IMPOSTOR,
            "support-email",
            "reported impostor (2026-07-03); official email: support-email (support@example.com)",
        ),
        (
            "https://examp1e.com",
            None,
            Verdict.LOOKALIKE,
            "website",
            "lookalike of website (www.example.com)",
        ),
        (
            "https://help.exarnple.com/en/",
            None,
            Verdict.LOOKALIKE,
            "help-center",
            "lookalike of help-center (help.example.com)",
        ),
        (
            "https://help.\u0435xample.com",  # Cyrillic е
            None,
            Verdict.LOOKALIKE,
            "help-center",
            "lookalike of help-center (help.example.com)",
        ),
        (
            "https://xn--help-example-wallet.test",
            None,
            Verdict.LOOKALIKE,
            "website",
            "carries the brand name 'examplewallet' but is not in the registry; "
            "official website: website (www.example.com)",
        ),
        (
            "https://help.example.com.evil.test/",
            None,
            Verdict.LOOKALIKE,
            "help-center",
            "hides help.example.com in another domain; official: help-center (help.example.com)",
        ),
        (
            "https://my-examplewallet.test",
            None,
            Verdict.LOOKALIKE,
            "website",
            "carries the brand name 'examplewallet' but is not in the registry; "
            "official website: website (www.example.com)",
        ),
        (
            "mailto:supp0rt@example.com",
            None,
            Verdict.LOOKALIKE,
            "support-email",
            "lookalike of support-email (support@example.com)",
        ),
        (
            "support@exarnple.com",
            Kind.EMAIL,
            Verdict.LOOKALIKE,
            "support-email",
            "lookalike of support-email (support@example.com)",
        ),
        (
            "@ExampleWalletSupp0rt",
            Kind.TELEGRAM,
            Verdict.LOOKALIKE,
            "telegram",
            "lookalike of telegram (@ExampleWalletSupport)",
        ),
        (
            "@ExampleWaIlet",
            Kind.X,
            Verdict.LOOKALIKE,
            "x",
            "lookalike of x (@ExampleWallet)",
        ),
        (
            "ExampleWallet_VIP",
            Kind.WECHAT,
            Verdict.LOOKALIKE,
            "wechat",
            "carries the brand name 'examplewallet' but is not in the registry; "
            "official wechat: wechat (ExampleWalletCN)",
        ),
        (
            "https://evil.test/examplewallet",  # the brand in a path makes nothing official
            None,
            Verdict.UNLISTED,
            None,
            "not in the registry; official website: website (www.example.com)",
        ),
        (
            "https://help.example.com@evil.test/en/",
            None,
            Verdict.UNLISTED,
            None,
            "not in the registry; official website: website (www.example.com)",
        ),
        (  # on a domain the registry says the brand owns (brand.domains)
            "https://billing.example.com",
            None,
            Verdict.OFFICIAL,
            "website",
            "on example.com, a domain we own",
        ),
        (
            "+44 20 7946 0123",
            Kind.PHONE,
            Verdict.UNLISTED,
            None,
            "not in the registry; official phone: hotline-uk (+44 20 7946 0321)",
        ),
        (
            "https://wa.me/12025550142",
            None,
            Verdict.UNLISTED,
            "hotline",
            "hotline (+1 202-555-0142) is a phone channel, not whatsapp; "
            "official whatsapp: whatsapp (+1 202-555-0143)",
        ),
        (
            "skype:examplewallet",
            None,
            Verdict.UNLISTED,
            None,
            "not in the registry; official website: website (www.example.com)",
        ),
        (
            "12345678",
            Kind.QQ,
            Verdict.UNLISTED,
            None,
            "not in the registry",
        ),
    ],
)
def test_verdicts_and_reasons(
    registry: Registry,
    raw: str,
    kind: Kind | None,
    verdict: Verdict,
    channel_id: str | None,
    why: str,
) -> None:
    judgement = judge(read(raw, kind), registry)
    assert (judgement.verdict, judgement.channel_id, judgement.why) == (verdict, channel_id, why)
    assert judgement.verdict.passes is (verdict in (Verdict.REFERENCE, Verdict.OFFICIAL))


def test_index_is_built_once_per_registry(registry: Registry) -> None:
    assert registry.index is registry.index


def test_a_checker_judges_each_candidate_once(registry: Registry) -> None:
    checker = Checker(registry)
    [first] = checker.check_text("Call +1 202-555-0142")
    [again] = checker.check_text("Call +1 202-555-0142")
    assert first.judgement is again.judgement


def test_other_schemes_never_match_an_official_host(registry: Registry) -> None:
    judgement = judge(read("ftp://www.example.com/download", None), registry)
    assert (judgement.verdict, judgement.why) == (
        Verdict.UNLISTED,
        "not in the registry; official app-store: app-store (www.example.com/download)",
    )


def judge_text(text: str, registry: Registry) -> list[tuple[str, object]]:
    return [(hit.raw, hit.judgement) for hit in Checker(registry).check_text(text)]


def test_judge_text_reports_each_contact(registry: Registry) -> None:
    judged = judge_text("Call +1 202-555-0142, never +1 202-555-0199.", registry)
    assert [(raw, j.verdict) for raw, j in judged] == [
        ("+1 202-555-0142", Verdict.OFFICIAL),
        ("+1 202-555-0199", Verdict.IMPOSTOR),
    ]


# --- Properties: tricks around an official value never make another host official --------

_LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_FOREIGN_HOST = st.lists(_LABEL, min_size=1, max_size=3).map(lambda ls: ".".join(ls) + ".test")


@settings(max_examples=200, deadline=None)
@given(host=_FOREIGN_HOST, official=st.sampled_from(["help.example.com", "www.example.com"]))
def test_official_host_as_userinfo_or_subdomain_never_passes(
    registry: Registry, host: str, official: str
) -> None:
    for href in (
        f"https://{official}@{host}/",
        f"https://{official}.{host}/",
        f"https://{host}/{official}/",
        f"//{host}#{official}",
    ):
        judgement = judge(read(href, None), registry)
        assert not judgement.verdict.passes, (href, judgement)


@settings(max_examples=200, deadline=None)
@given(digits=st.integers(min_value=0, max_value=99))
def test_only_registered_numbers_in_the_fictional_range_pass(
    registry: Registry, digits: int
) -> None:
    contact = normalize(Kind.PHONE, f"+1 202-555-01{digits:02d}")
    official = {c.contact.key for c in registry.active if c.kind in (Kind.PHONE, Kind.WHATSAPP)}
    assert judge(contact, registry).verdict.passes is (contact.key in official)


def test_our_handle_on_another_platform_is_named_as_such(registry: Registry) -> None:
    judgement = judge(read("@ExampleWallet", Kind.TELEGRAM), registry)
    assert (judgement.verdict, judgement.channel_id, judgement.why) == (
        Verdict.LOOKALIKE,
        "telegram",
        "named like x (@ExampleWallet), our x channel, but on telegram, where it is not ours; "
        "official telegram: telegram (@ExampleWalletSupport)",
    )


def test_an_unreadable_handle_that_is_ours_elsewhere_says_where(registry: Registry) -> None:
    [(raw, judgement)] = judge_text("X: @ExampleWalletSupport", registry)
    assert (raw, judgement.verdict, judgement.channel_id, judgement.why) == (
        "@ExampleWalletSupport",
        Verdict.UNLISTED,
        "x",
        "unreadable contact: '@ExampleWalletSupport' is not a valid x value; an X handle is "
        "1-15 letters, digits or _, like @ExampleWallet; @ExampleWalletSupport is telegram "
        "(@ExampleWalletSupport), our telegram channel, not an account on x; "
        "official x: x (@ExampleWallet)",
    )


def test_handle_on_another_platform_is_named_after_its_own_platform(registry: Registry) -> None:
    judgement = judge(read("https://discord.gg/examplewallet-support", None), registry)
    assert (judgement.verdict, judgement.channel_id, judgement.why) == (
        Verdict.LOOKALIKE,
        "discord",
        "carries the brand name 'examplewallet' but is not in the registry; "
        "official discord: discord (examplewallet)",
    )


@pytest.mark.parametrize(
    ("link", "verdict"),
    [
        ("http://127.0.0.1:8000/en/fees/", Verdict.INTERNAL),
        ("http://127.0.0.1:8000/", Verdict.INTERNAL),
        ("http://127.0.0.1:8000/help/../x/", Verdict.INTERNAL),
        # Another port: not the site, but still the reader's own machine (a local RPC node).
        ("http://127.0.0.1:8001/en/fees/", Verdict.INTERNAL),
        ("http://127.0.0.1:8000.evil.test/", Verdict.UNLISTED),
        ("http://evil.test/127.0.0.1:8000/", Verdict.UNLISTED),
    ],
)
def test_links_under_the_address_the_site_is_built_for_are_its_own(
    registry, link: str, verdict: Verdict
) -> None:
    # `mkdocs serve` builds the site for its own address: its canonical links point there.
    checker = Checker(registry, site_url="http://127.0.0.1:8000/")
    (hit,) = checker.check_text(f'<link rel="canonical" href="{link}">')
    assert hit.judgement.verdict is verdict


def test_a_site_under_a_path_owns_only_that_path(registry) -> None:
    checker = Checker(registry, site_url="http://localhost:8000/help/")
    verdicts = [
        h.judgement.verdict
        for h in checker.check_text("http://localhost:8000/help/fees/ http://localhost:8000/x/")
    ]
    assert verdicts == [Verdict.INTERNAL, Verdict.INTERNAL]
    whys = [
        h.judgement.why
        for h in checker.check_text("http://localhost:8000/help/fees/ http://localhost:8000/x/")
    ]
    assert whys == [
        "a link inside this site",
        "an address on the reader's own machine or network, not a contact",
    ]


@pytest.mark.parametrize("site_url", ["https://evil.test/", "https://evil.test/help/"])
def test_a_public_site_url_makes_no_link_internal(registry, site_url: str) -> None:
    # mkdocs.yml's site_url is the writers' to change; pointing it elsewhere must not pass
    # links to the new address (the registry lists the real one).
    checker = Checker(registry, site_url=site_url)
    (hit,) = checker.check_text(f"{site_url}fees/")
    assert hit.judgement.verdict is Verdict.UNLISTED


@pytest.mark.parametrize("site_url", ["http://[::1]:8000/", "http://0.0.0.0:8000/"])
def test_serve_addresses_on_this_machine_are_the_sites_own(registry, site_url: str) -> None:
    checker = Checker(registry, site_url=site_url)
    (hit,) = checker.check_text(f"{site_url}en/fees/")
    assert hit.judgement.verdict is Verdict.INTERNAL


# ------------------------------------------------------------------ fail closed, with a way out

NUMBER_HOW = "if it is not a phone number, write it in a harmless shape"
HANDLE_HOW = "if it is not an account, do not write a name-like word"


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("请保存 13800138000", NUMBER_HOW),  # nothing says what it is
        ("12345678", NUMBER_HOW),
        ("客服 12345678", NUMBER_HOW),  # a contact word, not a phone word
        ("Reference 490154203237518", NUMBER_HOW),  # unreadable as a phone
        ("联系客服 kefu_2024", HANDLE_HOW),  # an id-like word after a contact word
        ("contact support: HelpDesk2024", HANDLE_HOW),  # a keyword that runs on into digits
        ("微信：support888", None),  # after a platform word: stated, no advice
    ],
)
def test_a_guess_that_fails_says_how_to_write_harmless_text(
    registry: Registry, text: str, how: str | None
) -> None:
    hits = Checker(registry).check_text(text, region="CN")
    assert len(hits) == 1 and not hits[0].judgement.verdict.passes, hits
    if how is None:
        assert HANDLE_HOW not in hits[0].judgement.why
    else:
        assert how in hits[0].judgement.why


@pytest.mark.parametrize(
    "text",
    [
        "电话 13800138000",  # said to be a phone: no advice to disguise it
        "Telegram: @EvilSupport",  # said to be an account
        "+86 138 0013 8000",  # international: a phone whatever the words
    ],
)
def test_a_stated_contact_gets_no_advice_on_harmless_shapes(registry: Registry, text: str) -> None:
    hits = Checker(registry).check_text(text, region="CN")
    assert len(hits) == 1 and hits[0].judgement.verdict is Verdict.UNLISTED, hits
    assert NUMBER_HOW not in hits[0].judgement.why and HANDLE_HOW not in hits[0].judgement.why


@pytest.mark.parametrize(
    "text",
    ["订单号 12345678", "block 19000000", "金额 1,234,567 USDT", "2026-12-24", "共 123456 人"],
)
def test_the_harmless_shapes_the_advice_names_pass(registry: Registry, text: str) -> None:
    assert Checker(registry).check_text(text, region="CN") == []
