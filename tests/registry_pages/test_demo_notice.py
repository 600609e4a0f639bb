"""Honest about being a demo: with ``demo: true`` in the registry, every page (the 404 pages
too) says in its own language that the help center is a demonstration whose contacts are
fictional; without it, no page does. The notice holds no contact value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpcenter.guard.read.check import Checker
from helpcenter.registry.loader import load_registry
from helpcenter.registry_pages.demo import demo_notice
from helpcenter.registry_pages.words import TEXT
from tests.support.build import ROOT
from tests.support.tiny import Tiny

NOTICE = re.compile(
    r'<p class="hc-demo" role="note">\s*'
    r'<strong class="hc-demo__title">(.*?)</strong>\s*(.*?)\s*</p>',
    re.S,
)


def notices(site: Path) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Every HTML page of a built site: its ``<html lang>`` and the notices it shows."""
    found = {}
    for page in sorted(site.rglob("*.html")):
        html = page.read_text("utf-8")
        lang = re.search(r'<html lang="([^"]+)"', html)
        assert lang is not None, page
        found[page.relative_to(site).as_posix()] = (lang.group(1), NOTICE.findall(html))
    return found


@pytest.mark.parametrize(
    ("locale", "lang"), [("zh", "zh"), ("zh_CN", "zh"), ("en", "en"), ("en-GB", "en")]
)
def test_the_notice_is_in_the_language_of_the_locale(locale: str, lang: str) -> None:
    notice = demo_notice(locale)
    assert (notice.title, notice.text) == (TEXT[lang]["demo_title"], TEXT[lang]["demo_notice"])


def test_a_language_without_the_notice_is_an_error() -> None:
    with pytest.raises(ValueError, match="no generated-content words for language 'fr'"):
        demo_notice("fr")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_notice_holds_no_contact_value(lang: str) -> None:
    checker = Checker(load_registry(ROOT / "registry" / "channels.yml"))
    notice = demo_notice(lang)
    assert checker.check_text(f"{notice.title} {notice.text}") == []


def test_the_notice_says_demo_fictional_and_do_not_contact() -> None:
    zh, en = demo_notice("zh").text, demo_notice("en").text
    assert all(word in zh for word in ("演示", "虚构", "请勿"))
    assert all(word in en for word in ("demonstration", "fictional", "Do not"))


@pytest.mark.slow
def test_every_page_of_a_demo_site_says_so_in_its_own_language(tiny: Tiny) -> None:
    build = tiny()
    assert build.ok, build.output
    pages = notices(build.site)
    assert {"index.html", "en/index.html", "404.html", "en/404.html"} <= set(pages)
    for page, (lang, shown) in pages.items():
        notice = demo_notice(lang)
        assert shown == [(notice.title, notice.text)], page


@pytest.mark.slow
def test_a_real_brand_site_shows_no_demo_notice(tiny: Tiny) -> None:
    registry = (tiny.project / "registry/channels.yml").read_text("utf-8")
    assert "\ndemo: true\n" in registry
    build = tiny({"registry/channels.yml": registry.replace("\ndemo: true\n", "\ndemo: false\n")})
    assert build.ok, build.output
    assert all(shown == [] for _, shown in notices(build.site).values())
    assert "hc-demo" not in (build.site / "index.html").read_text("utf-8")


@pytest.mark.slow
def test_a_site_language_without_the_notice_fails_the_demo_build(tiny: Tiny) -> None:
    config = (tiny.project / "mkdocs.yml").read_text("utf-8")
    french = "        - locale: fr\n          name: Français\n          build: false\n"
    config = config.replace("        - locale: en\n", french + "        - locale: en\n", 1)
    build = tiny({"mkdocs.yml": config})
    assert not build.ok
    assert (
        "demo notice: no generated-content words for language 'fr'; add them to words.py"
        in build.output
    )
    assert "Traceback" not in build.output


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "lang"), [("", "zh"), ("en/check-contact/", "en"), ("en/nowhere/", "en")]
)
def test_readers_see_the_notice_in_chromium(page, site_url: str, path: str, lang: str) -> None:
    page.goto(site_url + path)
    notice = page.locator(".hc-demo")
    assert notice.count() == 1
    assert notice.is_visible()
    text = demo_notice(lang)
    assert notice.inner_text().split() == f"{text.title} {text.text}".split()
