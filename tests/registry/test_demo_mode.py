"""Demo mode: with ``demo: true`` every value outside the reserved ranges fails loading at its
line (example.com and its subdomains, *.example, *.test; +1 202 555 01xx, +44 20 7946 0xxx,
compared as E.164); handles, which nothing can reserve, load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpcenter.registry.demo import is_reserved_host, is_reserved_phone
from helpcenter.registry.loader import load_registry
from helpcenter.registry.schema import json_schema
from tests.registry.minimal import MINIMAL, changed, load, problems_of

ROOT = Path(__file__).resolve().parents[2]
DEMO = MINIMAL + "demo: true\n"  # line 30: the other lines keep their numbers
DOMAIN_FIX = (
    "Fix: use example.com (or a subdomain of it), or a name under .example or .test; a real "
    "brand's registry sets demo: false"
)
PHONE_FIX = "Fix: use a number in +1 202 555 01xx or +44 20 7946 0xxx; a real brand's registry sets demo: false"  # noqa: E501


@pytest.mark.parametrize(
    ("host", "reserved"),
    [
        ("example.com", True),
        ("www.example.com", True),
        ("a.b.help.example.com", True),
        ("explorer.example", True),
        ("docs.chain.example", True),
        ("examp1e.test", True),
        ("example.com.evil.test", True),
        ("xn--fsq.example", True),
        ("example.org", False),
        ("example.net", False),
        ("notexample.com", False),
        ("example.com.evil.org", False),
        ("example.co", False),
        ("x.example.org", False),
        ("x.testing", False),
        ("x.test.com", False),
        ("test", False),
        ("example", False),
        ("192.0.2.1", False),
        ("[2001:db8::1]", False),
    ],
)
def test_reserved_domains_are_example_com_and_the_example_and_test_names(
    host: str, reserved: bool
) -> None:
    assert is_reserved_host(host) is reserved


@pytest.mark.parametrize(
    ("e164", "reserved"),
    [
        ("+12025550100", True),
        ("+12025550199", True),
        ("+12025550099", False),
        ("+12025550200", False),
        ("+12025551234", False),
        ("+13035550150", False),
        ("+120255501000", False),
        ("+442079460000", True),
        ("+442079460999", True),
        ("+442079461000", False),
        ("+442079470000", False),
        ("+44207946000", False),
        ("+8613800138000", False),
    ],
)
def test_reserved_numbers_are_the_two_fictional_ranges(e164: str, reserved: bool) -> None:
    assert is_reserved_phone(e164) is reserved


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "value: support@example.com",
            "value: support@example.org",
            "channels.yml:7: demo registry: channel 'support-email' value example.org is not a "
            f"reserved domain. {DOMAIN_FIX}",
        ),
        (
            "kind: email\n    value: support@example.com",
            "kind: website\n    value: https://help.example.com.evil.org/x",
            "channels.yml:7: demo registry: channel 'support-email' value "
            f"help.example.com.evil.org is not a reserved domain. {DOMAIN_FIX}",
        ),
        (
            "kind: email\n    value: support@example.com",
            "kind: app-store\n    value: https://[2001:db8::1]/download",
            "channels.yml:7: demo registry: channel 'support-email' value [2001:db8::1] is not a "
            f"reserved domain. {DOMAIN_FIX}",
        ),
        (
            'value: "+1 202-555-0142"',
            'value: "+1 202-555-0200"',
            "channels.yml:13: demo registry: channel 'hotline' value +1 202-555-0200 is not a "
            f"fictional number (+12025550200 is outside +1 202 555 01xx or +44 20 7946 0xxx). "
            f"{PHONE_FIX}",
        ),
        (
            # Another spelling of a number outside the range: compared as E.164, not as text.
            'value: "+1 202-555-0142"',
            'value: "tel:0044-20-7946-1000"',
            "channels.yml:13: demo registry: channel 'hotline' value +44 20 7946 1000 is not a "
            "fictional number (+442079461000 is outside +1 202 555 01xx or +44 20 7946 0xxx). "
            f"{PHONE_FIX}",
        ),
        (
            'kind: phone\n    value: "+1 202-555-0142"',
            "kind: whatsapp\n    value: https://wa.me/8613800138000",
            "channels.yml:13: demo registry: channel 'hotline' value +86 138 0013 8000 is not a "
            "fictional number (+8613800138000 is outside +1 202 555 01xx or +44 20 7946 0xxx). "
            f"{PHONE_FIX}",
        ),
        (
            "url: https://explorer.example",
            "url: https://etherscan.io",
            "channels.yml:24: demo registry: reference 'explorer' url etherscan.io is not a "
            f"reserved domain. {DOMAIN_FIX}",
        ),
        (
            'value: "+1 202-555-0199"',
            'value: "+44 20 7946 1999"',
            "channels.yml:28: demo registry: impostor '+44 20 7946 1999' value +44 20 7946 1999 "
            "is not a fictional number (+442079461999 is outside +1 202 555 01xx or +44 20 7946 "
            f"0xxx). {PHONE_FIX}",
        ),
        (
            'kind: phone\n    value: "+1 202-555-0199"',
            "kind: email\n    value: help@examplewallet.com",
            "channels.yml:28: demo registry: impostor 'help@examplewallet.com' value "
            f"examplewallet.com is not a reserved domain. {DOMAIN_FIX}",
        ),
    ],
    ids=[
        "email",
        "website-suffix",
        "ip-literal",
        "phone",
        "phone-other-spelling",
        "whatsapp-link",
        "reference",
        "impostor-phone",
        "impostor-email",
    ],
)
def test_a_value_outside_the_reserved_ranges_fails_a_demo_registry(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert problems_of(tmp_path, changed(old, new, DEMO)) == [expected]
    # The same registry without the flag is a real brand's: it loads.
    assert load(tmp_path, changed(old, new)).demo is False


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("telegram", "@RealBankSupport"),
        ("x", "@RealBank"),
        ("discord", "https://discord.gg/realbank"),
        ("wechat", "RealBankCN"),
        ("qq", "10001"),
    ],
)
def test_handles_load_in_demo_mode_because_nothing_can_reserve_them(
    tmp_path: Path, kind: str, value: str
) -> None:
    text = changed(
        "kind: email\n    value: support@example.com", f"kind: {kind}\n    value: '{value}'", DEMO
    )
    registry = load(tmp_path, text)
    assert registry.demo is True
    assert registry.channels[0].value == value


def test_reserved_values_in_every_spelling_load_in_demo_mode(tmp_path: Path) -> None:
    text = changed('value: "+1 202-555-0142"', 'value: "tel:+44-20-7946-0000"', DEMO)
    text = changed("value: support@example.com", "value: MAILTO:Support@Help.Example.COM", text)
    registry = load(tmp_path, text)
    assert [c.contact.key for c in registry.channels] == [
        "support@help.example.com",
        "+442079460000",
    ]


def test_every_value_outside_the_ranges_is_reported_in_one_run(tmp_path: Path) -> None:
    text = changed("value: support@example.com", "value: support@example.org", DEMO)
    text = changed('value: "+1 202-555-0142"', 'value: "+1 202-555-0300"', text)
    text = changed("url: https://explorer.example", "url: https://explorer.example.net", text)
    assert [line.split(":")[1] for line in problems_of(tmp_path, text)] == ["7", "13", "24"]


@pytest.mark.parametrize(("written", "shown"), [('"yes please"', "'yes please'"), ("1", "1")])
def test_the_demo_flag_is_true_or_false(tmp_path: Path, written: str, shown: str) -> None:
    assert problems_of(tmp_path, MINIMAL + f"demo: {written}\n") == [
        f"channels.yml:30: the registry demo {shown} is not true or false. Fix: write demo: true"
    ]


def test_the_site_registry_is_a_demo_and_loads() -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    assert registry.demo is True
    phones = [c.contact.key for c in (*registry.channels, *registry.impostors)]
    assert len([key for key in phones if key.startswith("+")]) == 6  # each range is exercised


def test_the_schema_documents_the_demo_flag() -> None:
    schema = json_schema()
    assert schema["properties"]["demo"] == {  # type: ignore[index]
        "description": "A demonstration registry: only reserved values load, and every page "
        "says it is a demo.",
        "type": "boolean",
    }
    assert "demo" not in schema["required"]  # type: ignore[operator]
    committed = json.loads((ROOT / "registry" / "channels.schema.json").read_text("utf-8"))
    assert committed["properties"]["demo"]["type"] == "boolean"
