"""Every hiding place on a page, in a template, in mkdocs.yml and in images, with its line."""

from __future__ import annotations

from pathlib import Path

import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.guard.finding import Finding
from helpcenter.guard.read.check import Checker
from helpcenter.guard.scan import scan_file
from helpcenter.guard.sources.config import scan_config
from helpcenter.guard.sources.html import _fresh_lines, scan_html
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


# Contacts hidden by Markdown and HTML tricks, each on its own line (the line is the assertion).
HIDDEN = """\
---
title: "Hidden \u202e"
description: "[[channel:hotline|fm@evil.test]]"
---

Call 202-555-**0177** or **support**@examplewallet-help.test.
Also ev**il.te**st, **https**://bold.evil.test and @**EvilSupport**.
Escaped www\\.esc\\.test and https\\://colon.evil.test.
[a](/\\slash.evil.test) [b](java&#x09;script:alert(1)) [c](https:/one.evil.test)
<a href="\\\\back.evil.test">x</a> <a href="http:/one.evil.shop">y</a>
Own words [[channel:hotline|Call +1 202-555-0178]] and [[channel:website|https://own.evil.test]].
Official [[channel:hotline]], [[channel:hotline|label]] and [[channel:app-store|官方下载页]].
In code `[[channel:hotline|code@evil.test]]` is shown as written.
Reversed \u202etset.evil@evil here.
<a onclick="location='https://onclick.evil.test'" style="background:url(https://style.evil.test/q.png)">z</a>
<object data="https://object.evil.test/x"></object>
<a class="x"
   title="t"

   href="https://multi.evil.test"
>m</a>
Kept: snake_case, 2*3 and the hotline +1 202 555 **0142**.

```text
[[channel:hotline|fence@evil.test]]
```
"""

HIDDEN_EXPECTED = {
    (2, "U+202E", "unsafe", "front-matter"),
    (3, "fm@evil.test", "unlisted", "front-matter"),
    (6, "202-555-0177", "unlisted", "markdown"),
    (6, "support@examplewallet-help.test", "impostor", "markdown"),
    (7, "evil.test", "unlisted", "markdown"),
    (7, "https://bold.evil.test", "unlisted", "markdown"),
    (7, "@EvilSupport", "unlisted", "markdown"),
    (8, "www.esc.test", "unlisted", "markdown"),
    (8, "https://colon.evil.test", "unlisted", "markdown"),
    (9, "https://slash.evil.test", "unlisted", "markdown"),
    (9, "javascript:alert(1)", "unsafe", "markdown"),
    (9, "https://one.evil.test", "unlisted", "markdown"),
    (10, "https://back.evil.test", "unlisted", "markdown"),
    (10, "http://one.evil.shop", "unlisted", "markdown"),
    (11, "+1 202-555-0178", "unlisted", "markdown"),
    (11, "https://own.evil.test", "unlisted", "markdown"),
    (13, "code@evil.test", "unlisted", "markdown"),
    (14, "U+202E", "unsafe", "markdown"),
    (14, "live@live.test", "unlisted", "markdown"),
    (15, "https://onclick.evil.test", "unlisted", "markdown"),
    (15, "https://style.evil.test/q.png", "unlisted", "markdown"),
    (16, "https://object.evil.test/x", "unlisted", "markdown"),
    (20, "https://multi.evil.test", "unlisted", "markdown"),
    (25, "fence@evil.test", "unlisted", "markdown"),
}


def test_contacts_hidden_by_markup_are_checked_at_their_lines(checker: Checker) -> None:
    findings = scan_markdown(checker, HIDDEN, path="docs/en/hidden.md", region="US")
    got = {(f.line, f.raw, str(f.judgement.verdict), f.source) for f in findings}
    # The logical order of the reversed line is read too ("tset.evil@evil" is no address).
    assert got == HIDDEN_EXPECTED
    bidi = next(f for f in findings if f.raw == "U+202E")
    assert bidi.judgement.why == "a text-direction override can show a contact reversed; remove it"


def test_markers_render_as_the_page_shows_them(checker: Checker) -> None:
    text = (
        "[[channel:hotline|Call +1 202-555-0177]] [[channel:support-email|value]]\n"
        "`[[channel:hotline]]` [[channel:nope|x@evil.test]] [[registry:hours]]\n"
        "    [[channel:x|X: @EvilX]]\n"
    )
    findings = scan_markdown(checker, text, path="docs/zh/p.md", region="CN")
    assert places(findings) == {
        (1, "+1 202-555-0177", "markdown"),
        (2, "x@evil.test", "markdown"),  # a marker that cannot render fails the build anyway
        (3, "@EvilX", "markdown"),
    }
    # Outside a page's Markdown no hook renders a marker: a template shows it as written.
    template = "<p>[[channel:hotline|tpl@evil.test]]</p>"
    assert places(scan_template(checker, template, path="overrides/main.html")) == {
        (1, "tpl@evil.test", "template")
    }


def test_built_html_reads_markers_left_in_code_and_overrides(checker: Checker) -> None:
    html = (
        "<p><code>[[channel:hotline|evil@evil.test]]</code></p>\n"
        "<p>\u202etset.evil@evil</p>\n"
        '<a class="x"\n   href="https://multi.evil.test">m</a>\n'
    )
    findings = scan_html(checker, html, built_path="site/p/index.html", region="CN", seen={})
    assert sorted((f.line, f.raw, str(f.judgement.verdict)) for f in findings) == [
        (1, "evil@evil.test", "unlisted"),
        (2, "U+202E", "unsafe"),
        (2, "live@live.test", "unlisted"),
        (4, "https://multi.evil.test", "unlisted"),
    ]


def test_qr_code_is_read_with_the_region_of_its_pages(checker: Checker, tmp_path: Path) -> None:
    zh = tmp_path / "docs" / "zh"
    zh.mkdir(parents=True)
    segno.make("13800138000").save(zh / "qr.png", scale=5)
    segno.make("13800138000").save(tmp_path / "docs" / "shared.png", scale=5)
    # Without a region the number has no country code: it is reported all the same.
    [unread] = scan_image(checker, zh / "qr.png", path="docs/zh/qr.png")
    assert (unread.raw, unread.judgement.contact) == ("13800138000", None)
    assert "has no country code" in unread.judgement.why
    found = scan_image(checker, zh / "qr.png", path="docs/zh/qr.png", regions=("CN",))
    assert [(f.path, f.line, f.raw, str(f.judgement.verdict)) for f in found] == [
        ("docs/zh/qr.png", 1, "13800138000", "unlisted")
    ]
    # Through scan_file: docs/zh/ is CN; an image outside a language folder is read with each.
    for rel in ("docs/zh/qr.png", "docs/shared.png"):
        found = scan_file(checker, tmp_path / rel, display=rel, regions=("CN", "US"))
        assert [(f.line, f.raw, f.source) for f in found] == [(1, "13800138000", "qr-image")]


def test_svg_is_scanned_as_markup(checker: Checker, tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
        '<a xlink:href="https://svg.evil.test"><text>write svg@evil.test</text></a>\n'
        '<animate attributeName="href" to="https://anim.evil.test"/>\n'
        "</svg>\n",
        encoding="utf-8",
    )
    found = scan_file(checker, svg, display="docs/assets/logo.svg")
    assert places(found) == {
        (2, "https://svg.evil.test", "template"),
        (2, "svg@evil.test", "template"),
        (3, "https://anim.evil.test", "template"),
    }


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["<li>a</li>", "x</li><li>y", "", "b", "</li>", "c d", "<p>e"]), max_size=30
    ),
    st.sets(st.sampled_from(["<li>a</li>", "b", "c d"])),
)
def test_fresh_lines_are_the_unknown_lines_with_their_numbers(lines, known) -> None:
    """Without known pieces, the fresh lines are exactly the lines not yet known."""
    html = "\n".join(lines)
    fresh = _fresh_lines(html, set(known))
    expected = [(n, line) for n, line in enumerate(html.split("\n")) if line not in known]
    assert list(zip(fresh.numbers, fresh.lines, strict=True)) == expected
    assert [
        html[o : o + len(line)] for o, line in zip(fresh.offsets, fresh.lines, strict=True)
    ] == fresh.lines


def test_a_known_piece_is_skipped_whole() -> None:
    nav = "<li>\n  <a href='../a/'>A</a>\n</li>"
    html = f"<ul>{nav}{nav}\n</ul>\n<p>new</p>"
    known = {html.split("</li>")[1]}  # the second item, as a clean earlier page left it
    fresh = _fresh_lines(html, known)
    # Line 3 (the second item's link) is skipped; the pieces around it keep their lines.
    assert fresh.numbers == [0, 1, 2, 4, 5, 6]
    assert fresh.lines[3:] == ["</li>", "</ul>", "<p>new</p>"]


def test_a_long_new_piece_is_remembered_by_its_lines_ending_in_tags(checker: Checker) -> None:
    # A page head and article with no </li>: one piece, longer than a list item ever is.
    head = "".join(f'<meta name="m{n}" content="v{n}">\n' for n in range(200))
    page = f"<html>\n{head}<title>{{title}}</title>\n<p>{{body}}</p>\n</html>"
    first = page.format(title="A", body="plain")
    fresh = _fresh_lines(first, set())
    assert "<html" in fresh.pieces and first not in fresh.pieces  # kept by sub-pieces
    seen: dict[str | None, set[str]] = {}
    assert scan_html(checker, first, built_path="site/a.html", region="US", seen=seen) == []
    # The next page shares the head: only its own title and body are read, at their lines.
    second = page.format(title="B", body="write to new@evil.test")
    again = _fresh_lines(second, seen["US"])
    assert again.lines == ["<title>B</title>", "<p>write to new@evil.test</p>"]
    assert again.numbers == [201, 202]
    findings = scan_html(checker, second, built_path="site/b.html", region="US", seen=seen)
    assert [(f.line, f.raw) for f in findings] == [(203, "new@evil.test")]


def test_a_table_row_is_read_as_one_line_as_a_browser_shows_it(checker: Checker) -> None:
    # Markdown renders each cell on its own line: the label ("Chain ID") is in the cell
    # before the number, as in the Markdown row "| Chain ID | 11155111 |".
    html = (
        "<table>\n<thead>\n<tr>\n<th>Item</th>\n<th>Value</th>\n</tr>\n</thead>\n<tbody>\n"
        "<tr>\n<td>Chain ID</td>\n<td>11155111</td>\n</tr>\n"
        "<tr>\n<td>Note</td>\n<td>13800138000</td>\n</tr>\n"
        "</tbody>\n</table>\n<p>mail new@evil.test</p>"
    )
    findings = scan_html(checker, html, built_path="site/t.html", region="CN", seen={})
    # A bare number in a row is still read (fail closed), at its row's first line.
    assert [(f.line, f.raw) for f in findings] == [(13, "13800138000"), (19, "new@evil.test")]
    # Lines after joined rows keep their numbers in the page.
    fresh = _fresh_lines(html, set(), html.replace("<tr>\n<td>Chain", "<tr> <td>Chain"))
    assert fresh.numbers[:3] == [0, 1, 2]
    assert fresh.lines[-1] == "<p>mail new@evil.test</p>"
    assert fresh.numbers[-1] == html.count("\n")
