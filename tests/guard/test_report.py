from __future__ import annotations

import json

from helpcenter.contacts.kinds import Contact, Kind
from helpcenter.guard.finding import Finding, Judgement, Verdict
from helpcenter.guard.report import render
from helpcenter.registry.model import Registry

IMPOSTOR = Finding(
    "docs/zh/contact.md",
    12,
    Judgement(
        Verdict.IMPOSTOR,
        Contact(Kind.PHONE, "+12025550199", "+1 202-555-0199"),
        "reported impostor (2026-10-28)",
        "hotline",
    ),
    "+1 202 555 0199",
    "markdown",
)
UNLISTED = Finding(
    "overrides/main.html",
    3,
    Judgement(Verdict.UNLISTED, Contact(Kind.EMAIL, "x@evil.test", "x@evil.test"), "not listed"),
    "x@evil.test",
    "template",
)


def test_text_lines_name_place_verdict_value_why_and_official_alternative(
    registry: Registry,
) -> None:
    assert render([UNLISTED, IMPOSTOR], registry, "text").splitlines() == [
        "docs/zh/contact.md:12: impostor: +1 202 555 0199 (reported impostor (2026-10-28); "
        "official: +1 202-555-0142)",
        "overrides/main.html:3: unlisted: x@evil.test (not listed; if it is official, add it "
        "to channels.yml)",
    ]


def test_json_for_tools(registry: Registry) -> None:
    [first, _] = json.loads(render([IMPOSTOR, UNLISTED], registry, "json"))
    assert first == {
        "path": "docs/zh/contact.md",
        "line": 12,
        "verdict": "impostor",
        "value": "+1 202 555 0199",
        "kind": "phone",
        "key": "+12025550199",
        "why": "reported impostor (2026-10-28)",
        "channel_id": "hotline",
        "official": "+1 202-555-0142",
        "source": "markdown",
    }


def test_github_annotations_escape_properties_and_data(registry: Registry) -> None:
    assert render([IMPOSTOR], registry, "github") == (
        "::error file=docs/zh/contact.md,line=12,title=contact impostor::impostor: "
        "+1 202 555 0199 (reported impostor (2026-10-28); official: +1 202-555-0142)"
    )


WEBSITE_IMPOSTOR = Finding(
    "docs/en/scam-help.md",
    7,
    Judgement(
        Verdict.IMPOSTOR,
        Contact(Kind.WEBSITE, "https://www.examp1e.test/login", "https://www.examp1e.test/login"),
        "reported impostor (2026-08-12); official website: website (www.example.com)",
        "website",
    ),
    "https://www.examp1e.test/login",
    "markdown",
)


def test_an_official_site_named_by_the_judge_is_not_named_again(registry: Registry) -> None:
    assert render([WEBSITE_IMPOSTOR], registry, "text") == (
        "docs/en/scam-help.md:7: impostor: https://www.examp1e.test/login (reported impostor "
        "(2026-08-12); official website: website (www.example.com))"
    )


def test_unsafe_links_say_what_to_do(checker, registry: Registry) -> None:
    [hit] = checker.check_text("[x](javascript:alert(1))")
    unsafe = Finding("docs/en/fees.md", 4, hit.judgement, hit.raw, "markdown")
    assert render([unsafe], registry, "text") == (
        "docs/en/fees.md:4: unsafe: javascript:alert(1) ('javascript:alert(1)' uses the "
        "javascript: scheme, which runs code or reads local data; remove the link; link an "
        "official channel with [[channel:ID]])"
    )
