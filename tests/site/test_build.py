"""The real site builds strictly, in both languages, with what search engines and readers need."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from markupsafe import escape

from helpcenter.content.pages import read_page

ROOT = Path(__file__).resolve().parents[2]
SLUGS = sorted(p.stem for p in (ROOT / "docs" / "zh").glob("*.md"))


def page_path(site: Path, lang: str, slug: str) -> Path:
    prefix = site if lang == "zh" else site / "en"
    return prefix / "index.html" if slug == "index" else prefix / slug / "index.html"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_is_built_with_its_title_and_description(built_site: Path, lang: str) -> None:
    for slug in SLUGS:
        html = page_path(built_site, lang, slug).read_text(encoding="utf-8")
        meta = read_page(ROOT / "docs" / lang / f"{slug}.md").meta
        assert f'<html lang="{lang}"' in html
        shown = escape(meta["description"])  # escaped in the attribute; browsers unescape it
        assert f'<meta name="description" content="{shown}"' in html, slug
        assert re.search(r"<title>[^<]*" + re.escape(str(meta["title"])), html), slug


def test_each_language_has_its_own_404(built_site: Path) -> None:
    assert '<html lang="zh"' in (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in (built_site / "en" / "404.html").read_text(encoding="utf-8")


def test_sitemap_links_each_page_to_its_translation_with_hreflang(built_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ElementTree.parse(built_site / "sitemap.xml").getroot().findall("s:url", ns)
    alternates = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in urls
    }
    for slug in SLUGS:
        path = "" if slug == "index" else f"{slug}/"
        pair = {
            "zh": f"https://help.example.com/{path}",
            "en": f"https://help.example.com/en/{path}",
        }
        assert alternates[pair["zh"]] == alternates[pair["en"]] == pair, slug
    assert len(alternates) == 2 * len(SLUGS)
    for lang in ("zh", "en"):
        html = page_path(built_site, lang, "contact").read_text(encoding="utf-8")
        # hreflang lives in the sitemap only: Material's script fetches "sitemap.xml" below
        # every <link rel="alternate">, a 404 for each deep page (overrides/main.html).
        assert '<link rel="alternate"' not in html


def test_sitemap_lists_both_languages(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    for slug in SLUGS:
        path = "" if slug == "index" else f"{slug}/"
        assert f"<loc>https://help.example.com/{path}</loc>" in sitemap
        assert f"<loc>https://help.example.com/en/{path}</loc>" in sitemap
    assert gzip.decompress((built_site / "sitemap.xml.gz").read_bytes()).decode() == sitemap


def test_navigation_order_is_the_same_in_both_languages(built_site: Path) -> None:
    def nav_links(html: str, lang: str) -> list[str]:
        nav = html[html.index('<nav class="md-nav md-nav--primary"') :]
        nav = nav[: nav.index("</nav>\n  </div>")] if "</nav>\n  </div>" in nav else nav
        links = re.findall(
            r'class="md-nav__link[^"]*"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*class="md-nav__link',
            nav,
        )
        return [Path(a or b).name for a, b in links]

    zh = nav_links(page_path(built_site, "zh", "fees").read_text(encoding="utf-8"), "zh")
    en = nav_links(page_path(built_site, "en", "fees").read_text(encoding="utf-8"), "en")
    assert zh and zh == en


def test_safety_notice_is_on_every_page(built_site: Path) -> None:
    for lang, text in (
        ("zh", "客服绝不会索要助记词"),
        ("en", "Support never asks for your seed phrase"),
    ):
        for slug in SLUGS:
            assert text in page_path(built_site, lang, slug).read_text(encoding="utf-8"), slug


def test_no_asset_is_loaded_from_another_host(built_site: Path) -> None:
    offenders = []
    for html in built_site.rglob("*.html"):
        for attr in re.findall(
            r'<(?:script|link|img|iframe|source)\b[^>]*?(?:src|href)="(https?:)?//([^"/]+)',
            html.read_text(encoding="utf-8"),
        ):
            offenders.append(f"{html.relative_to(built_site)}: {attr[1]}")
    # <link rel="alternate"/"canonical"> point at our own public URL, not at an asset.
    offenders = [o for o in offenders if not o.endswith("help.example.com")]
    assert not offenders, offenders
