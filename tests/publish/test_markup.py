"""Code in built HTML: only the theme's own inline code is allowed (and hashed for the CSP);
anything a page, the registry or a plugin put there is a problem at the file's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.publish.markup import audit_html, csp_hash
from helpcenter.publish.theme_code import theme_code


@pytest.fixture
def theme(tmp_path: Path):
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "base.html").write_text(
        '{#- a theme template -#}\n<script>scope=new URL("{{ base_url }}",location)</script>\n'
        "<script>var t=1</script>\n"
        "<script>{{ config.extra.code }}</script>\n"  # writes code, not a string: never allowed
        '<script id="__config" type="application/json">{"a": {{ x | tojson }}}</script>\n'
        "<style>.a{color:red}</style>\n",
        encoding="utf-8",
    )
    return theme_code([tmp_path])


def audit(html: str, theme, ships=lambda path: path == "assets/app.js"):
    return audit_html(
        html, path="site/a/index.html", url_path="a/index.html", theme=theme, ships=ships
    )


def test_csp_hash_is_the_base64_sha256_of_the_exact_script_text() -> None:
    # echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    assert csp_hash("alert(1)") == "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="


def test_only_the_theme_s_inline_code_is_hashed(theme) -> None:
    html = (
        '<script>scope=new URL("../..",location)</script>\n<script>var t=1</script>\n'
        '<script src="../assets/app.js"></script>\n<style>.a{color:red}</style>\n'
        '<script id="__config" type="application/json">{"a": 1}</script>\n'
    )
    result = audit(html, theme)
    assert result.problems == []
    assert result.script_hashes == {
        csp_hash('scope=new URL("../..",location)'),
        csp_hash("var t=1"),
    }
    assert result.style_hashes == {csp_hash(".a{color:red}")}


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<p>x</p>\n<script>alert(1)</script>", "2: an inline <script> the theme does not ship"),
        # A template hole takes a string's text, never code: quotes cannot close it.
        ('<script>scope=new URL("",location),alert(1)//",location)</script>', "inline <script>"),
        ("<script>alert(1)</script>", "1: an inline <script> the theme does not ship"),
        ('<script type="text/x-template">a</script>', '<script type="text/x-template"> block'),
        ('<script type="application/json">{oops</script>', "a JSON <script> that is not JSON"),
        ("<style>body{display:none}</style>", "an inline <style> the theme does not ship"),
        ('<script src="https://cdn.test/x.js"></script>', "loads a script the theme does not"),
        ('<script src="../docs/evil.js"></script>', "loads a script the theme does not"),
        ('<link rel="stylesheet" href="/evil.css">', "loads a stylesheet or script the theme"),
        ('<button onclick="go()">x</button>', "an event handler attribute onclick= on <button>"),
        ('<img src="x.png" OnError="go()">', "an event handler attribute onerror= on <img>"),
        ('<p style="display:none">x</p>', "a style= attribute on <p>"),
        ('<a href=" java\tscript:go()">y</a>', "href= on <a> runs code"),
        ('<iframe src="https://evil.test"></iframe>', "<iframe> embeds or redirects"),
        ('<meta http-equiv="refresh" content="0;url=https://evil.test">', "a redirect or cookie"),
        ("<svg><script>alert(1)</script></svg>", "an inline <script> the theme does not ship"),
        (
            '<svg><a><set attributeName="href" to="javascript:go()"/><text>x</text></a></svg>',
            "<set> (SVG animation can set links and handlers)",
        ),
        ('<svg><animate attributeName="href" values="javascript:go()"/></svg>', "<animate>"),
    ],
)
def test_code_the_theme_does_not_ship_is_a_problem(theme, html: str, message: str) -> None:
    result = audit(html, theme)
    assert any(message in f"{p.line}: {p.message}" for p in result.problems), result.problems
    assert result.script_hashes == set()
    assert all(p.path == "site/a/index.html" for p in result.problems)


def test_the_real_theme_s_inline_scripts_are_the_only_ones_in_the_site(built_site: Path) -> None:
    """Every inline script of the built site matches the theme (Material + overrides) and each
    is in the CSP; the CSP allows nothing else."""
    from mkdocs.config import load_config

    from helpcenter.cdn.site_headers import read_headers
    from helpcenter.publish.markup import audit_files
    from tests.conftest import ROOT

    config = load_config(str(ROOT / "mkdocs.yml"))
    files = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file()]
    present = set(files)
    result = audit_files(
        built_site,
        files,
        name="site",
        theme=theme_code(config.theme.dirs),
        ships=lambda p: p in present and not p.endswith(".html"),
    )
    assert result.problems == []
    csp = read_headers(built_site)[0].headers[0][1]
    allowed = {part.strip("'") for part in csp.split("script-src", 1)[1].split(";")[0].split()}
    assert {h for h in allowed if h.startswith("sha256-")} == result.script_hashes
    assert result.script_hashes  # Material's own (palette, scope): the theme still works
