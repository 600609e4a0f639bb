"""Every nav title has a translation in every other language (read from the config), and a
glossary page is called by its one name in every language's nav."""

from __future__ import annotations

import pytest

from helpcenter.content.nav_titles import NavEntry, NavLanguage, nav_entries, nav_problems
from tests.content.config import i18n_languages, mkdocs_config

CONFIG = """\
plugins:
  - i18n:
      languages:
        - locale: zh
          default: true
        - locale: en
          nav_translations:
            首页: Home
            安全: Safety
            联系方式核查工具: Contact checker
nav:
  - 首页: index.md
  - 安全:
      - 联系方式核查工具: check-contact.md
      - 被骗了怎么办: scam-help.md
"""
NAV = [
    {"首页": "index.md"},
    {"安全": [{"联系方式核查工具": "check-contact.md"}, {"被骗了怎么办": "scam-help.md"}]},
]
TRANSLATIONS = {"首页": "Home", "安全": "Safety", "联系方式核查工具": "Contact checker"}


def languages(**english: str) -> list[NavLanguage]:
    return [
        NavLanguage("zh", default=True),
        NavLanguage("en", default=False, translations={**TRANSLATIONS, **english}),
    ]


def test_nav_entries_are_every_explicit_title_with_its_page() -> None:
    assert list(nav_entries([*NAV, "privacy.md", {"Site": "https://example.com/"}])) == [
        NavEntry("首页", "index"),
        NavEntry("安全", None),
        NavEntry("联系方式核查工具", "check-contact"),
        NavEntry("被骗了怎么办", "scam-help"),
        NavEntry("Site", None),
    ]


def test_a_missing_translation_is_reported_at_the_nav_title() -> None:
    assert [str(p) for p in nav_problems(NAV, languages(), CONFIG, "mkdocs.yml")] == [
        "mkdocs.yml:15: nav title '被骗了怎么办' has no 'en' translation (en pages would show it "
        "untranslated). Fix: add '被骗了怎么办: <title in en>' under nav_translations of "
        "language 'en'"
    ]


def test_a_glossary_page_under_another_name_is_reported_at_its_translation() -> None:
    problems = nav_problems(
        NAV,
        languages(
            联系方式核查工具="Check a contact", 被骗了怎么办="What to do if you were scammed"
        ),
        CONFIG,
        "mkdocs.yml",
    )
    assert [str(p) for p in problems] == [
        "mkdocs.yml:10: the 'en' nav calls check-contact.md 'Check a contact'. Fix: call it "
        "'contact checker', its name in the glossary (one name per thing)"
    ]


def test_a_language_with_its_own_nav_needs_no_translations() -> None:
    own = [NavLanguage("zh", default=True), NavLanguage("en", default=False, own_nav=True)]
    assert nav_problems(NAV, own, CONFIG, "mkdocs.yml") == []


def test_the_project_nav_is_translated_in_every_language() -> None:
    config = mkdocs_config()
    found = nav_problems(
        config["nav"],
        [
            NavLanguage(
                language["locale"],
                default=language.get("default", False),
                translations=language.get("nav_translations") or {},
                own_nav="nav" in language,
            )
            for language in i18n_languages()
        ],
        "",
        "mkdocs.yml",
    )
    assert found == []


@pytest.mark.slow
def test_a_missing_translation_fails_the_build(tiny) -> None:
    config = (tiny.project / "mkdocs.yml").read_text(encoding="utf-8")
    nav = "nav:\n  - 首页: index.md\n"
    config = config.replace(nav, nav + "  - 新栏目: index.md\n")
    result = tiny({"mkdocs.yml": config})
    assert not result.ok
    line = config.split("\n").index("  - 新栏目: index.md") + 1
    assert (
        f"mkdocs.yml:{line}: nav title '新栏目' has no 'en' translation (en pages would show it "
        "untranslated)" in result.output
    )


def test_a_language_built_alone_is_judged_by_its_translations() -> None:
    """HC_BUILD_LOCALE=en makes English the default: its nav still shows the translations."""
    english = {**TRANSLATIONS, "被骗了怎么办": "What to do if you were scammed"}
    alone = [NavLanguage("en", default=True, translations=english)]
    assert nav_problems(NAV, alone, CONFIG, "mkdocs.yml") == []
    wrong = [NavLanguage("en", default=True, translations={**english, "联系方式核查工具": "X"})]
    assert [p.line for p in nav_problems(NAV, wrong, CONFIG, "mkdocs.yml")] == [10]
