"""Every hiding place on a page, in a template, in mkdocs.yml and in images, with its line."""

from __future__ import annotations

from pathlib import Path

import segno

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.sources.config import scan_config
from helpcenter.guard.sources.html import scan_html
from helpcenter.guard.sources.images import scan_image
from helpcenter.guard.sources.markdown import scan_markdown
from helpcenter.guard.sources.templates import scan_template

# One unlisted contact per Markdown construct; the comment names the construct.
PAGE = """\
---
title: Help
description: write to fm@evil.test
---

# Heading with +1 202-555-0101 { #h }

Prose with bare.evil.test and <https://autolink.evil.test>.

Inline [link](https://inline.evil.test "title") and [titled](/x/ "call +1 202-555-0102").

![img](https://img.evil.test/qr.png){ title="attr@evil.test" }

Reference [ref][r] and footnote[^1].

[r]: https://ref.evil.test "Ref title"
[^1]: Footnote: Telegram @FootnoteEvil

*[HTML]: abbr.evil.test

`code span: QQ 123456789`

```text
code block: WhatsApp +1 202 555 0103
```

!!! warning "Admonition title 微信：AdmonitionEvil"
    Admonition body: evil [at] admonition [dot] test

=== "Tab hotline.evil.test"

    Tab body: 热线 +1 202-555-0104

| Channel | Value |
|---------|-------|
| Table   | table@evil.test |

<div data-x="https://data.evil.test" title="拨打 +1 202-555-0105">
<a href="https://raw.evil.test">raw</a> <img src="https://src.evil.test/a.png" alt="alt@evil.test">
</div>
<meta content="content@evil.test">
"""

EXPECTED = {
    (3, "fm@evil.test", "front-matter"),
    (6, "+1 202-555-0101", "markdown"),
    (8, "bare.evil.test", "markdown"),
    (8, "https://autolink.evil.test", "markdown"),
    (10, "https://inline.evil.test", "markdown"),
    (10, "+1 202-555-0102", "markdown"),
    (12, "https://img.evil.test/qr.png", "markdown"),
    (12, "attr@evil.test", "markdown"),
    (16, "https://ref.evil.test", "markdown"),
    (17, "@FootnoteEvil", "markdown"),
    (19, "abbr.evil.test", "markdown"),
    (21, "123456789", "markdown"),
    (24, "+1 202 555 0103", "markdown"),
    (27, "AdmonitionEvil", "markdown"),
    (28, "evil@admonition.test", "markdown"),
    (30, "hotline.evil.test", "markdown"),
    (32, "+1 202-555-0104", "markdown"),
    (36, "table@evil.test", "markdown"),
    (38, "https://data.evil.test", "markdown"),
    (38, "+1 202-555-0105", "markdown"),
    (39, "https://raw.evil.test", "markdown"),
    (39, "https://src.evil.test/a.png", "markdown"),
    (39, "alt@evil.test", "markdown"),
    (41, "content@evil.test", "markdown"),
}


def places(findings: list[Finding]) -> set[tuple[int, str, str]]:
    return {(f.line, f.raw, f.source) for f in findings}


def test_every_markdown_construct_is_checked_at_its_line(checker: Checker) -> None:
    findings = scan_markdown(checker, PAGE, path="docs/en/help.md", region="US")
    assert places(findings) == EXPECTED
    assert {f.path for f in findings} == {"docs/en/help.md"}
    assert {f.judgement.verdict for f in findings} == {"unlisted"}


def test_markers_are_not_contacts(checker: Checker) -> None:
    text = "Call [[channel:hotline]] or see [[registry:hours:hotline]].\n"
    assert scan_markdown(checker, text, path="p.md", region="CN") == []


def test_mkdocs_config_strings_with_lines(checker: Checker) -> None:
    config = """\
site_name: Help
copyright: "© Example · 客服 copyright@evil.test"
extra:
  social:
    - icon: fontawesome/brands/telegram
      link: https://t.me/SocialEvil
  announcement: "Hotline: +1 202-555-0106"
plugins:
  - i18n:
      languages:
        - locale: en
          copyright: Call +1 202-555-0107
          extra:
            safety_notice: "write to escaped\\u0040evil.test"
theme:
  features:
    - navigation.top
"""
    findings = scan_config(checker, config, path="mkdocs.yml")
    assert places(findings) == {
        (2, "copyright@evil.test", "mkdocs.yml"),
        (6, "https://t.me/SocialEvil", "mkdocs.yml"),
        (7, "+1 202-555-0106", "mkdocs.yml"),
        (12, "+1 202-555-0107", "mkdocs.yml"),
        (14, "escaped@evil.test", "mkdocs.yml"),
    }


def test_templates(checker: Checker) -> None:
    template = """\
{% extends "base.html" %}
{% block announce %}
  <a href="{{ config.extra.safety_link | url }}">ok</a>
  <a href="https://template.evil.test">客服</a> 热线 <span>+1</span> 202 555 <b>0108</b>
{% endblock %}
"""
    findings = scan_template(checker, template, path="overrides/main.html")
    assert places(findings) == {
        (4, "https://template.evil.test", "template"),
        (4, "+1 202 555 0108", "template"),
    }


def test_qr_code_payload_is_read_like_text(checker: Checker, tmp_path: Path) -> None:
    segno.make("https://qr.evil.test/join", error="m").save(tmp_path / "qr.png", scale=5)
    segno.make("https://help.example.com/en/contact/").save(tmp_path / "ok.png", scale=5)
    findings = scan_image(checker, tmp_path / "qr.png", path="docs/assets/qr.png")
    assert [(f.path, f.line, f.raw, f.source) for f in findings] == [
        ("docs/assets/qr.png", 1, "https://qr.evil.test/join", "qr-image")
    ]
    assert scan_image(checker, tmp_path / "ok.png", path="docs/assets/ok.png") == []


HTML = """\
<html><body>
<nav><a href="../fees/">Fees</a></nav>
<p>Already on the page: dup@evil.test</p>
<p>From a plugin: <a href="https://plugin.evil.test">x</a></p>
<div class="hc-impostors" data-hc-impostors>
<table><tr><td>+1 202-555-0199</td><td>unlisted@evil.test</td></tr></table>
</div>
<p>+1 202-555-0199 outside the list</p>
</body></html>
"""


def test_built_html_is_the_catch_all(checker: Checker) -> None:
    markdown = ("docs/en/p.md", "# P\n\nAlready on the page: dup@evil.test\n")
    seen: dict[str | None, set[str]] = {}
    findings = scan_html(
        checker,
        HTML,
        built_path="site/en/p/index.html",
        region="US",
        markdown=markdown,
        reported={"email:dup@evil.test"},
        seen=seen,
    )
    assert [(f.path, f.line, f.raw, str(f.judgement.verdict)) for f in findings] == [
        ("site/en/p/index.html", 4, "https://plugin.evil.test", "unlisted"),
        ("site/en/p/index.html", 6, "unlisted@evil.test", "unlisted"),
        ("site/en/p/index.html", 8, "+1 202-555-0199", "impostor"),
    ]
    # Lines with no candidate are remembered and skipped on the next page; findings repeat.
    assert '<nav><a href="../fees/">Fees</a></nav>' in seen["US"]
    again = scan_html(checker, HTML, built_path="site/x.html", region="US", seen=seen)
    assert [(f.line, f.raw) for f in again] == [
        (3, "dup@evil.test"),
        (4, "https://plugin.evil.test"),
        (6, "unlisted@evil.test"),
        (8, "+1 202-555-0199"),
    ]


def test_html_finding_maps_back_to_the_markdown_line(checker: Checker) -> None:
    markdown = ("docs/zh/p.md", "# P\n\n正文\n\n见 plugin.evil.test\n")
    findings = scan_html(
        checker,
        "<p>见 plugin.evil.test</p>",
        built_path="site/p/index.html",
        region="CN",
        markdown=markdown,
    )
    assert [(f.path, f.line, f.source) for f in findings] == [("docs/zh/p.md", 5, "html")]
