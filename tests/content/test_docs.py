"""Every page exists in both languages, follows the content rules and has the same structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.content.pages import read_page
from helpcenter.content.rules import check_docs
from tests.content.config import DOCS, LANGUAGES, mkdocs_config

#: What Chinese wallet users ask every day (issue 13): linked from the home page too.
ASKED_EVERY_DAY = (
    "wrong-network",
    "stolen-funds",
    "tron-fees",
    "address-poisoning",
    "frozen-usdt",
    "fake-apps",
    "swap-bridge",
    "dapp-connection",
)
#: The pages the help center promises (issues 2 and 13), by file name.
REQUIRED = (
    "index",
    "contact",
    "service-hours",
    "what-support-can-do",
    "verify-official-channels",
    "cant-reach-support",
    "effective-requests",
    "password-reset",
    "wallet-recovery",
    "failed-transaction",
    "fees",
    "security-tips",
    "scam-help",
    "privacy",
    "app-problems",
    "feedback",
    *ASKED_EVERY_DAY,
)


def slugs(lang: str) -> set[str]:
    return {p.stem for p in (DOCS / lang).glob("*.md")}


def nav_slugs() -> list[str]:
    def walk(items: list) -> list[str]:
        found = []
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            found += walk(value) if isinstance(value, list) else [Path(value).stem]
        return found

    return walk(mkdocs_config()["nav"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_required_page_exists(lang: str) -> None:
    missing = sorted(set(REQUIRED) - slugs(lang))
    assert not missing, f"docs/{lang}/ is missing: {', '.join(s + '.md' for s in missing)}"


def test_every_page_has_a_translation() -> None:
    zh, en = slugs("zh"), slugs("en")
    untranslated = [f"docs/zh/{s}.md has no docs/en/{s}.md" for s in sorted(zh - en)]
    untranslated += [f"docs/en/{s}.md has no docs/zh/{s}.md" for s in sorted(en - zh)]
    assert not untranslated, "\n".join(untranslated)


def test_every_page_is_in_the_navigation_once() -> None:
    nav = nav_slugs()
    assert len(nav) == len(set(nav)), f"pages listed twice in nav: {nav}"
    assert set(nav) == slugs("zh"), f"pages not in nav: {sorted(slugs('zh') - set(nav))}"


@pytest.mark.parametrize("slug", sorted(slugs("zh") & slugs("en")))
def test_translations_have_the_same_sections(slug: str) -> None:
    """Same headings (by explicit anchor) in the same order: links to #anchors work in both."""
    zh, en = (read_page(DOCS / lang / f"{slug}.md") for lang in LANGUAGES)
    outline = [[(h.level, h.anchor) for h in page.headings if h.level > 1] for page in (zh, en)]
    assert outline[0] == outline[1], f"docs/zh/{slug}.md and docs/en/{slug}.md differ in sections"
    unanchored = [
        f"{p.path}:{h.line}" for p in (zh, en) for h in p.headings if h.level > 1 and not h.anchor
    ]
    assert not unanchored, "headings need an explicit { #anchor }: " + ", ".join(unanchored)


def test_pages_follow_the_content_rules() -> None:
    problems = check_docs(DOCS, LANGUAGES)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_links_to_every_everyday_question(lang: str) -> None:
    home = (DOCS / lang / "index.md").read_text(encoding="utf-8")
    assert [slug for slug in ASKED_EVERY_DAY if f"]({slug}.md)" not in home] == []
