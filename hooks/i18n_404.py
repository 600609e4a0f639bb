"""MkDocs hook: one 404 page per language.

mkdocs-static-i18n builds every language into the same site_dir, so each language's
404.html lands on /404.html and the last language wins. Keep the default language's page
at /404.html and write the others to /<lang>/404.html (the CDN serves the nearest one).
"""

from __future__ import annotations

from pathlib import Path

from helpcenter.publish.inventory import Origin, record

_default_page: dict[str, str] = {}  # site_dir -> the default language's 404


def _default_locale(config) -> str:
    languages = config.plugins["i18n"].config.languages
    return next(lang.locale for lang in languages if lang.default)


def on_post_template(output, template_name, config, **_):
    if template_name != "404.html":
        return output
    lang = config.theme["language"]
    if lang == _default_locale(config):
        _default_page[config.site_dir] = output  # the default language always builds first
        return output
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    record(
        config.site_dir, f"{lang}/404.html", Origin.TEMPLATE, f"theme template 404.html ({lang})"
    )
    return _default_page[config.site_dir]
