"""query.js (browser) and query.py (build, tests) agree on every query, term and rank.

Runs query.js in Node on the real indexes; Node is part of the setup (README).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from helpcenter.search.layout import index_path
from helpcenter.search.query import query_pieces
from helpcenter.search.terms import latin_term
from tests.search.search_cases import DEFAULT, LANGS, all_queries

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
QUERY_JS = ROOT / "overrides" / "assets" / "javascripts" / "search" / "query.js"
#: Words whose stems must match lunr.js's (Porter) and whose stop-word status must too.
WORDS = ["transactions", "pending", "recovery", "crashes", "can't", "is", "the", "fees", "gas"]
#: Queries beyond the lists: empty, punctuation, half-typed, stop words only, mixed scripts.
EXTRA = ["", "？！", "trans", "is the", "助", "ｇａｓ费 太高了吧", "Seed-phrase", "钱包WiFi公共"]


def run_js(index: Path, queries: list[str]) -> list[dict]:
    node = shutil.which("node")
    assert node, "Node.js is needed for this test: install it (README: requirements)"
    payload = {"query_js": str(QUERY_JS), "index": str(index), "queries": queries, "words": WORDS}
    out = subprocess.run(
        [node, str(Path(__file__).with_name("twin.js"))],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.mark.parametrize("lang", LANGS)
def test_python_and_javascript_search_alike(lang: str, built_site: Path, indexes) -> None:
    queries = [q["q"] for item_lang, q in all_queries() if item_lang == lang] + EXTRA
    index = indexes[lang]
    js = run_js(built_site / index_path(lang, DEFAULT), queries)
    for query, got in zip(queries, js, strict=True):
        clauses = {(c.term, c.boost, c.prefix) for c in index.clauses(query)}
        assert got["pieces"] == query_pieces(query, index.vocabulary), query
        assert {tuple(c) for c in got["clauses"]} == clauses, query
        assert got["pages"][:5] == [hit.page for hit in index.search(query)][:5], query
    assert js[0]["stemmed"] == [latin_term(w) for w in WORDS]
