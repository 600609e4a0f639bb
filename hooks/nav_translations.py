"""MkDocs hook: a nav title without a translation in another language, or a glossary page the
nav calls by another name, fails the build at mkdocs.yml:line. Thin adapter over
helpcenter.content.nav_titles (a build of one language alone checks nothing: that language is
then the default, and the full build is the one CI publishes)."""

from __future__ import annotations

import os
from pathlib import Path

from helpcenter.content.nav_titles import NavLanguage, nav_problems
from helpcenter.problems import BUILD


def on_config(config, **_):
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return config
    languages = [
        NavLanguage(
            locale=language.locale,
            default=language.default,
            translations=dict(language.nav_translations or {}),
            own_nav=language.nav is not None,
        )
        for language in i18n.config.languages
        if language.build
    ]
    path = Path(config.config_file_path)
    BUILD.add(
        nav_problems(
            config.nav, languages, path.read_text(encoding="utf-8"), os.path.basename(path)
        )
    )
    return config
