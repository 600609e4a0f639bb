"""The site's languages, as the i18n configuration declares them, and what a language implies.

Every part of the package that needs "which languages" asks here (from the MkDocs config the
build loaded), instead of naming them: adding a language to mkdocs.yml is the whole change,
apart from its words (registry texts, generated-content words) that other checks require.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: The phone region a number written without a country code is read in, on a page in a
#: language whose locale names no region ("zh" rather than "zh_TW"). Data, not a rule: a site
#: for another market changes it.
DEFAULT_REGIONS = {
    "ar": "SA", "de": "DE", "en": "US", "es": "ES", "fr": "FR", "hi": "IN", "id": "ID",
    "it": "IT", "ja": "JP", "ko": "KR", "ms": "MY", "nl": "NL", "pl": "PL", "pt": "BR",
    "ru": "RU", "th": "TH", "tr": "TR", "uk": "UA", "vi": "VN", "zh": "CN",
}  # fmt: skip


def base(locale: str) -> str:
    """The language of a locale: "zh_CN" and "zh-Hans" are "zh"."""
    return locale.replace("-", "_").split("_", 1)[0].lower()


def region(locale: str | None) -> str | None:
    """The phone region of a page in ``locale``: the locale's own region ("en_GB": GB), else
    the language's usual one; None for a language this table does not know."""
    if not locale:
        return None
    parts = locale.replace("-", "_").split("_")
    if len(parts) > 1 and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return DEFAULT_REGIONS.get(base(locale))


def regions(locales: Iterable[str]) -> tuple[str, ...]:
    """Each distinct region of ``locales``, in order (what a file every language shows is
    read with)."""
    return tuple(dict.fromkeys(r for r in map(region, locales) if r))


def site_languages(config: Any) -> tuple[str, ...]:
    """The languages a MkDocs config builds, the default one first (from mkdocs-static-i18n's
    configuration; a site without it has the theme's one language)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return (config.theme["language"],)
    languages = i18n.config.languages
    default = [x.locale for x in languages if x.default]
    return tuple(default + [x.locale for x in languages if not x.default])
