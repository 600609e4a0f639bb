"""A page's meta description is what a search engine shows a reader before they click: the
Chinese and the English one carry the same safety facts, or readers of one language are warned
about less."""

from __future__ import annotations

import re

import pytest

from helpcenter.content.pages import read_page
from tests.content.config import DEFAULT_LANGUAGE, DOCS, LANGUAGES

DEFAULT, OTHERS = DEFAULT_LANGUAGE, [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE]

#: A safety fact and how each language says it (a pattern: any of the ways it is written).
FACTS: dict[str, dict[str, str]] = {
    "seed phrase": {"zh": r"助记词", "en": r"seed phrase"},
    "private key": {"zh": r"私钥", "en": r"private key"},
    "password": {"zh": r"密码", "en": r"password"},
    "no email reset": {"zh": r"邮箱或短信|邮件重置", "en": r"email reset|reset by email"},
    "support is free": {"zh": r"免费|不收费", "en": r"\bfree\b"},
    "freezing": {"zh": r"冻结", "en": r"freez|frozen"},
    "irreversible": {"zh": r"撤回|撤销", "en": r"revers"},
    "do not uninstall": {"zh": r"卸载", "en": r"uninstall"},
    "report to the police": {"zh": r"报警|报案|110", "en": r"police|\b110\b"},
    "scam": {"zh": r"骗", "en": r"scam"},
    "fakes": {"zh": r"假(?![日期])|伪造|仿冒", "en": r"fake|lookalike|impostor|forg"},
    "official channels": {"zh": r"官方", "en": r"official"},
    "approvals": {"zh": r"授权", "en": r"approv|permit"},
    "recovery": {"zh": r"找回|追回", "en": r"recover|get .{0,20} back"},
}


def facts(text: str, lang: str) -> set[str]:
    return {name for name, ways in FACTS.items() if re.search(ways[lang], text, re.I)}


def description(lang: str, slug: str) -> str:
    return str(read_page(DOCS / lang / f"{slug}.md").meta["description"])


def test_every_language_says_every_fact() -> None:
    assert [(name, lang) for name in FACTS for lang in LANGUAGES if lang not in FACTS[name]] == []


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("slug", sorted(p.stem for p in (DOCS / DEFAULT).glob("*.md")))
def test_descriptions_carry_the_same_safety_facts(slug: str, lang: str) -> None:
    default, other = (
        facts(description(DEFAULT, slug), DEFAULT),
        facts(description(lang, slug), lang),
    )
    assert (sorted(default - other), sorted(other - default)) == ([], []), (
        f"{slug}: only in {DEFAULT} {sorted(default - other)}, only in {lang} "
        f"{sorted(other - default)}"
    )


@pytest.mark.parametrize(
    ("zh", "en", "missing"),
    [
        ("客服绝不会索要助记词。", "Support never asks for it.", ["seed phrase"]),
        ("假客服都是骗子。", "Fake support is a scam.", []),
        ("节假日照常回复。", "We answer on holidays.", []),  # 节假日 is no fake
    ],
)
def test_the_facts_are_read_as_written(zh: str, en: str, missing: list[str]) -> None:
    assert sorted(facts(zh, "zh") - facts(en, "en")) == missing
