"""Registry text is data: a label, purpose or note shows as the characters it holds on every
generated page and in the checker, never as markup, a link, a style or a script, even if it
got past the registry loader (which refuses markup: tests/registry)."""

from __future__ import annotations

import dataclasses
import html
import json
import re

import markdown
import pytest
from mkdocs.config import load_config

from helpcenter.cdn.site_headers import headers_policy
from helpcenter.publish.markup import audit_html
from helpcenter.publish.theme_code import theme_code
from helpcenter.registry.loader import load_registry
from helpcenter.registry.model import Localized, Registry
from helpcenter.registry_pages.markers import render_markers
from tests.support.build import ROOT
from tests.support.static_server import serve
from tests.support.tiny import PAGES, Tiny

HOSTILE = [
    "<script>alert(1)</script>Website",
    '<form action="https://evil.test"><input name="seed" placeholder="助记词"></form>',
    "<style>body{display:none}</style>",
    "<img src=x onerror=alert(1)>",
    "[点这里](javascript:alert(1))",
    '{: onclick="alert(1)" } ![x](https://evil.test/x.png)',
    '" onmouseover="alert(1)',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "**粗体** _斜体_ `代码` | 表格 | ~~删~~",
]
BLOCKS = "[[registry:channels]]\n\n[[registry:hours]]\n\n[[registry:impostors]]\n\n"
MARKERS = "[[channel:hotline|label]] [[channel:telegram|label]]\n"


def hostile_registry(text: str) -> Registry:
    """The real registry with ``text`` in every label, purpose and note (built directly: the
    loader would refuse it)."""
    registry = load_registry(ROOT / "registry" / "channels.yml")
    both = Localized(text, text)
    channels = []
    for channel in registry.channels:
        hours = channel.hours and dataclasses.replace(channel.hours, holiday_note=both)
        channels.append(dataclasses.replace(channel, label=both, purpose=both, hours=hours))
    impostors = [dataclasses.replace(i, note=both) for i in registry.impostors]
    return dataclasses.replace(registry, channels=tuple(channels), impostors=tuple(impostors))


def rendered(text: str, lang: str) -> str:
    """The generated blocks for a hostile registry, as MkDocs converts them (the site's own
    Markdown extensions)."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    body = render_markers(
        BLOCKS + MARKERS, hostile_registry(text), lang, path="x.md", year=2026, root="../"
    )
    md = markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )
    return md.convert(body)


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_registry_text_renders_as_the_characters_it_holds(text: str, lang: str) -> None:
    page = rendered(text, lang)
    config = load_config(str(ROOT / "mkdocs.yml"))
    audit = audit_html(
        page,
        path="x.html",
        url_path="x/index.html",
        theme=theme_code(config.theme.dirs),
        ships=lambda _: False,
    )
    assert audit.problems == []  # no script, handler, style or script link came of it
    assert "<form" not in page and "<img" not in page and "<style" not in page
    assert 'href="javascript' not in page
    shown = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert shown.count(text) >= 4  # label, purpose, holiday note, impostor note: verbatim


@pytest.mark.browser
@pytest.mark.slow
def test_hostile_registry_text_stays_text_in_chromium_under_the_production_headers(
    browser, tiny: Tiny
) -> None:
    build = tiny({"docs/zh/index.md": PAGES["docs/zh/index.md"] + "\n[[registry:checker]]\n"})
    assert build.ok, build.output
    site = build.site
    template = (site / "index.html").read_text("utf-8")
    article = re.compile(r"(<article[^>]*>)(.*?)(</article>)", re.S)
    for number, text in enumerate(HOSTILE):
        page = article.sub(lambda m, t=text: m.group(1) + rendered(t, "zh") + m.group(3), template)
        # Beside index.html, so every relative URL of the theme still resolves.
        (site / f"hostile-{number}.html").write_text(page, "utf-8")
    # The checker reads the export: a hostile label there must stay text too.
    export = json.loads((site / "registry/channels.json").read_text("utf-8"))
    for channel in export["channels"]:
        channel["labels"] = {"zh": HOSTILE[0], "en": HOSTILE[0]}
    (site / "registry/channels.json").write_text(json.dumps(export), "utf-8")

    context = browser.new_context(service_workers="block")
    try:
        pg = context.new_page()
        dialogs: list[str] = []
        violations: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.on(
            "console", lambda m: "Content Security Policy" in m.text and violations.append(m.text)
        )
        with serve(site, headers_for=headers_policy(site)) as url:
            for number in range(len(HOSTILE)):
                pg.goto(f"{url}hostile-{number}.html")
                pg.wait_for_load_state("load")
                pg.mouse.move(200, 300)
                assert pg.locator("article form, article input, article img").count() == 0
                assert pg.locator("article").is_visible()
                assert (
                    pg.evaluate("getComputedStyle(document.querySelector('.md-header')).display")
                    != "none"
                )
                assert pg.evaluate("getComputedStyle(document.body).display") != "none"
                assert HOSTILE[number] in pg.locator("article").inner_text()
            pg.goto(url)
            pg.wait_for_selector("form.hc-checker[data-hc-ready]")
            pg.fill("#hc-checker-input", "+1 202-555-0142")
            verdict = "document.getElementById('hc-checker-result').dataset.hcVerdict"
            pg.wait_for_function(f"() => {verdict} === 'official'")
            assert HOSTILE[0] in pg.locator("#hc-checker-result").inner_text()
            assert pg.locator("#hc-checker-result script").count() == 0
        assert dialogs == []
        assert violations == []
    finally:
        context.close()
