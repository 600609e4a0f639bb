"""query.js (browser) and query.py (build, tests) agree: plans, the files a search loads
(shards and fragments), pages and scores, matched terms, highlights, stems, phrase terms and
near misses, over the query lists and over queries generated from the real indexes (typos,
half-typed words, synonyms, lone characters, mixed scripts).

Runs query.js in Node on the real built site; Node is part of the setup (README).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from helpcenter.search.index_read import SearchIndex
from helpcenter.search.layout import index_path
from helpcenter.search.query import highlights, within_one_edit
from helpcenter.search.terms import latin_term, phrase_term
from tests.search.search_cases import DEFAULT, LANGS, all_queries

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
QUERY_JS = ROOT / "overrides" / "assets" / "javascripts" / "search" / "query.js"
#: Words whose stems and stop-word status must match lunr.js's, and phrases.
WORDS = ["transactions", "pending", "recovery", "crashes", "can't", "is", "the", "fees", "gas"]
WORDS += ["customer service", "no answer", "won't open", "12 words", "wi-fi"]
#: Queries beyond the lists: empty, punctuation, half-typed, stop words only, mixed scripts.
EXTRA = ["", "？！", "trans", "is the", "助", "ｇａｓ费 太高了吧", "Seed-phrase", "钱包WiFi公共"]
GENERATED = 120


def generated_queries(index: SearchIndex, seed: int) -> list[str]:
    """Queries made of the index's own words, synonyms and typos, bent the ways readers
    bend them: a letter dropped, swapped or added, a word cut short, a lone character."""
    rng = random.Random(seed)
    vocabulary = index.vocabulary
    members = [m for group in vocabulary.synonyms for m in group]
    words = list(vocabulary.words) or ["wallet"]
    han = [t for t in vocabulary.terms if t and "\u4e00" <= t[0] <= "\u9fff"] or ["钱包"]
    wrong = [w for w, _ in vocabulary.typos] or ["密玛"]

    def bent(word: str) -> str:
        if len(word) < 3:
            return word
        at = rng.randrange(len(word) - 1)
        return rng.choice(
            [
                word[:at] + word[at + 1 :],  # dropped
                word[:at] + word[at + 1] + word[at] + word[at + 2 :],  # swapped
                word[:at] + rng.choice("aeiost") + word[at:],  # added
                word[: max(2, len(word) - 2)],  # half typed
            ]
        )

    pools = [
        lambda: rng.choice(members),
        lambda: bent(rng.choice(words)),
        lambda: rng.choice(words),
        lambda: rng.choice(han),
        lambda: rng.choice(han)[:1],
        lambda: rng.choice(wrong),
        lambda: rng.choice(["的", "怎么办", "吗", "the", "my", "is", "?", "，"]),
    ]
    queries = []
    for _ in range(GENERATED):
        parts = [rng.choice(pools)() for _ in range(rng.randint(1, 4))]
        queries.append(rng.choice(["", " "]).join(parts))
    return queries


def run_js(payload: dict) -> dict:
    node = shutil.which("node")
    assert node, "Node.js is needed for this test: install it (README: requirements)"
    out = subprocess.run(
        [node, str(Path(__file__).with_name("twin.js"))],
        input=json.dumps({"query_js": str(QUERY_JS), **payload}),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def edit_pairs(words: list[str], rng: random.Random) -> list[tuple[str, str]]:
    pairs = []
    for word in words[:60]:
        other = rng.choice(words)
        at = rng.randrange(len(word))
        pairs += [(word, other), (word, word), (word, word[:at] + word[at + 1 :])]
        pairs.append((word, word[:at] + "x" + word[at:]))
        pairs.append((word, word[:at] + word[at + 1 : at + 2] + word[at : at + 1] + word[at + 2 :]))
    return pairs


@pytest.mark.parametrize("lang", LANGS)
def test_python_and_javascript_search_alike(lang: str, built_site: Path) -> None:
    head = built_site / index_path(lang, DEFAULT)
    fresh = lambda: SearchIndex.from_site(built_site, index_path(lang, DEFAULT))  # noqa: E731
    index = fresh()
    rng = random.Random(15)
    queries = [q["q"] for item_lang, q in all_queries() if item_lang == lang] + EXTRA
    queries += generated_queries(index, seed=len(lang))
    fragments = [index.file(f"p{page}") for page in range(0, len(index.head["pages"]), 3)]
    texts = [section[2] for fragment in fragments for section in fragment]
    highlight = [
        (text, rng.sample(index.head["terms"], 40) + [t for t, _ in index.plan(q).bonus])
        for text, q in zip(texts, queries, strict=False)
    ]
    pairs = edit_pairs(list(index.vocabulary.words), rng)
    words = WORDS + list(index.vocabulary.words)  # every English word of the pages
    js = run_js(
        {
            "head": str(head),
            "queries": queries,
            "words": words,
            "pairs": pairs,
            "highlight": highlight,
        }
    )
    for query, got in zip(queries, js["queries"], strict=True):
        index = fresh()
        plan = index.plan(query)
        found = index.search(query, limit=5)
        ranking = index.rank(query)
        assert got["plan"] == {
            "concepts": [[[list(t) for t in c.terms], c.weak] for c in plan.concepts],
            "bonus": [list(t) for t in plan.bonus],
        }, query
        assert got["loaded"] == index.loaded, query
        assert got["pages"] == [[r.url, r.score] for r in found], query
        assert got["total"] == len(ranking.pages), query
        assert got["matched"] == list(ranking.matched), query
        assert got["highlights"] == [
            [
                [r.title[s:e] for s, e in highlights(r.title, ranking.matched)],
                [
                    [text[s:e] for s, e in highlights(text, ranking.matched)]
                    for _, _, text in r.sections
                ],
            ]
            for r in found
        ], query
    assert js["stemmed"] == [latin_term(w) for w in words]
    assert js["phrases"] == [phrase_term(w) for w in words]
    assert js["edits"] == [within_one_edit(a, b) for a, b in pairs]
    assert js["highlighted"] == [
        [text[s:e] for s, e in highlights(text, terms)] for text, terms in highlight
    ]


def test_generated_queries_reach_every_rule(built_site: Path) -> None:
    """The generated queries exercise what the twins must agree on: near misses, completions,
    corrected typos, weak characters, key phrases, loose sentences and more than one shard."""
    index = SearchIndex.from_site(built_site, index_path("zh", DEFAULT))
    plans = [index.plan(q) for q in generated_queries(index, seed=2)]
    assert any(c.weak for p in plans for c in p.concepts)
    assert sum(len(p.concepts) >= 3 for p in plans) >= 10
    en = SearchIndex.from_site(built_site, index_path("en", DEFAULT))
    weights = {
        b for q in generated_queries(en, seed=2) for c in en.plan(q).concepts for _, b in c.terms
    }
    assert {10.0, 5.0, 4.0} <= weights
    assert len(index.head["shards"]) > 1 and len(en.head["shards"]) > 1
