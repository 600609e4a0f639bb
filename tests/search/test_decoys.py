"""Ranking that survives new pages: beside the real pages, 20 ordinary pages that mention a
shared query's words in passing never push the query's page out of the top 3.

The real pages come from the built site (their rendered content) and their Markdown (title,
description, key phrases), and the index is built in-process with the real synonyms and
typo list, once per query with its own decoys.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from helpcenter.search.index_build import PageSource, build_index, file_path
from helpcenter.search.index_read import SearchIndex, page_slug
from helpcenter.search.key_phrases import read_key_phrases
from helpcenter.search.segmenter import load_segmenter
from helpcenter.search.synonyms import load_synonyms
from helpcenter.search.typos import load_typos
from tests.search.search_cases import LANGS, SHARED_QUERIES, load_queries, query_id

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
DECOYS = 20
SHARED = load_queries(SHARED_QUERIES)
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.S)
#: Ordinary pages: release notes, with the query dropped into one of their sentences.
FILLER = {
    "zh": [
        "本页记录示例钱包第 {n} 版的更新内容。",
        "新版本优化了界面和启动速度，修复了若干已知问题，并更新了多语言翻译。",
        "有读者在社区里聊到“{q}”，我们会继续留意大家的建议。",
        "感谢每一位参与测试的用户。",
    ],
    "en": [
        "This page lists what changed in Example Wallet release {n}.",
        "The new version has a faster start, a cleaner layout and updated translations.",
        "A reader in the community chat mentioned “{q}”, and we keep listening.",
        "Thanks to everyone who tested the beta.",
    ],
}


def real_pages(site: Path, lang: str) -> list[PageSource]:
    """The language's pages as the build hands them to the index."""
    pages = []
    for source in sorted((ROOT / "docs" / lang).glob("*.md")):
        text = source.read_text("utf-8")
        meta: dict[str, Any] = yaml.safe_load(text.split("---", 2)[1]) or {}
        slug = "" if source.stem == "index" else f"{source.stem}/"
        url = ("" if lang == "zh" else "en/") + slug
        built = (site / url / "index.html").read_text("utf-8")
        match = _ARTICLE.search(built)
        assert match, url
        phrases, problems = read_key_phrases(text, str(source))
        assert problems == []
        pages.append(
            PageSource(
                url,
                html.unescape(str(meta.get("title", ""))),
                str(meta.get("description", "")),
                match.group(1),
                tuple(phrases),
            )
        )
    return pages


def decoys(lang: str, query: str) -> list[PageSource]:
    root = "" if lang == "zh" else "en/"
    pages = []
    for n in range(DECOYS):
        sentences = [s.format(n=n, q=query) for s in FILLER[lang]]
        body = "".join(f"<p>{s}</p>" for s in sentences[: 3 + n % 2])
        body += f"<p>{sentences[2]}</p>" * (n % 4)  # up to four mentions on a short page
        title = f"更新日志 {n}" if lang == "zh" else f"Release notes {n}"
        pages.append(PageSource(f"{root}release-{n}/", title, f"{title}.", body))
    return pages


@pytest.fixture(scope="module")
def sources(built_site: Path) -> dict[str, list[PageSource]]:
    return {lang: real_pages(built_site, lang) for lang in LANGS}


@pytest.mark.parametrize("item", SHARED, ids=[query_id(q) for q in SHARED])
def test_decoys_do_not_push_the_page_out_of_the_top_3(item, sources) -> None:
    lang, query = item
    built = build_index(
        lang,
        [*sources[lang], *decoys(lang, query["q"])],
        load_segmenter(),
        load_synonyms(lang),
        load_typos(),
    )
    files = {file_path(built.head, name): data for name, data in built.files.items()}
    index = SearchIndex(built.head, files.__getitem__)
    slugs = [page_slug(hit.url, ["en"]) for hit in index.search(query["q"])]
    assert set(slugs[:3]) & set(query["expect"]), slugs[:5]
    # The decoys are real rivals: every word of the query (or a synonym) is on each of them.
    first_decoy = len(sources[lang])
    for concept in index.plan(query["q"]).concepts:
        if concept.weak:
            continue
        pages = {index.section_page[s] for t, _ in concept.terms for s in index.postings(t)}
        assert set(range(first_decoy, first_decoy + DECOYS)) <= pages, concept
