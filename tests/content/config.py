"""The project's docs folder and languages, read from mkdocs.yml (not written in each test)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and !!python/name tags; their values do not matter here."""


_Loader.add_multi_constructor("", lambda *_: None)


def mkdocs_config() -> dict[str, Any]:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def i18n_languages() -> list[dict[str, Any]]:
    plugins = mkdocs_config()["plugins"]
    i18n = next(p["i18n"] for p in plugins if isinstance(p, dict) and "i18n" in p)
    return list(i18n["languages"])


LANGUAGES = tuple(language["locale"] for language in i18n_languages())
DEFAULT_LANGUAGE = next(lang["locale"] for lang in i18n_languages() if lang.get("default"))
