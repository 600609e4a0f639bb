"""Fixtures for the search tests: the built site's indexes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpcenter.search.index_read import SearchIndex
from helpcenter.search.layout import index_path
from tests.search.search_cases import DEFAULT, LANGS


@pytest.fixture(scope="session")
def heads(built_site: Path) -> dict[str, dict[str, Any]]:
    """Each language's index head of the real site, parsed."""
    return {
        lang: json.loads((built_site / index_path(lang, DEFAULT)).read_text("utf-8"))
        for lang in LANGS
    }


@pytest.fixture(scope="session")
def indexes(built_site: Path) -> dict[str, SearchIndex]:
    return {lang: SearchIndex.from_site(built_site, index_path(lang, DEFAULT)) for lang in LANGS}
