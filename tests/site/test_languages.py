"""The site's languages come from the i18n configuration; what a language implies is data."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config

from helpcenter import languages
from tests.support.build import ROOT
from tests.support.tiny import Tiny


@pytest.mark.parametrize(
    ("locale", "region"),
    [("zh", "CN"), ("zh_TW", "TW"), ("zh-Hant", "CN"), ("en", "US"), ("en_GB", "GB"),
     ("ja", "JP"), ("xx", None), (None, None)],
)  # fmt: skip
def test_a_page_language_gives_the_region_numbers_without_a_country_code_are_read_in(
    locale: str | None, region: str | None
) -> None:
    assert languages.region(locale) == region


def test_the_site_languages_are_read_from_the_i18n_configuration() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert languages.site_languages(config) == ("zh", "en")
    assert languages.regions(languages.site_languages(config)) == ("CN", "US")


FRENCH = "        - locale: fr\n          name: Français\n          build: true\n"


@pytest.mark.slow
def test_a_site_language_the_registry_texts_lack_fails_the_build_with_the_fix(tiny: Tiny) -> None:
    config = (tiny.project / "mkdocs.yml").read_text("utf-8")
    config = config.replace("        - locale: en\n", FRENCH + "        - locale: en\n", 1)
    (tiny.project / "docs/fr").mkdir()
    (tiny.project / "docs/fr/index.md").write_text(
        "---\ntitle: Accueil\ndescription: Un petit site.\n---\n\n# Accueil\n", "utf-8"
    )
    build = tiny({"mkdocs.yml": config})
    assert not build.ok
    assert "mkdocs.yml builds fr, but registry texts are written only in zh, en" in build.output
