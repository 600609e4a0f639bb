"""The search query lists (shared and ours) and the languages, for the search tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
#: A verbatim copy of ../shared/search-queries.yml (never edited here), so a clean clone tests
#: the same queries; test_queries.py fails when the original is present and differs.
SHARED_QUERIES = HERE / "shared-queries.yml"
SHARED_ORIGINAL = HERE.parents[2] / "shared" / "search-queries.yml"
OWN_QUERIES = HERE / "queries.yml"
LANGS = ("zh", "en")
DEFAULT = "zh"


def load_queries(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """(lang, {q, expect, rank}) for every query of a query file."""
    data = yaml.safe_load(path.read_text("utf-8"))
    return [(lang, query) for lang in LANGS for query in data[lang]]


def all_queries() -> list[tuple[str, dict[str, Any]]]:
    return load_queries(SHARED_QUERIES) + load_queries(OWN_QUERIES)


def query_id(item: tuple[str, dict[str, Any]]) -> str:
    lang, query = item
    return f"{lang}:{query['q']}"
