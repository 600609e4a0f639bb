"""Published text as a browser presents it: script strings, stylesheet strings, SVG text and
JSON strings come out decoded, whatever escapes hid them; comments and code do not."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpcenter.publish.css import CssError, css_text
from helpcenter.publish.js import ScriptError, js_text
from helpcenter.publish.json_text import json_text
from helpcenter.publish.svg import svg_problems, svg_text

TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


def _css_escape(text: str) -> str:
    return "".join(f"\\{ord(c):x} " for c in text)


def _js_escape(text: str) -> str:
    return "".join(f"\\u{{{ord(c):x}}}" for c in text)


@given(TEXT)
def test_a_script_string_is_read_as_its_value(text: str) -> None:
    assert text in js_text(f"var a = {json.dumps(text)}; /* {json.dumps('x')} */").text
    assert text in js_text(f"var b = '{_js_escape(text)}';").text
    assert text in js_text(f"var c = `{_js_escape(text)}`;").text


@given(TEXT)
def test_a_stylesheet_string_is_read_as_its_value(text: str) -> None:
    assert text in css_text(f'a::before {{ content: "{_css_escape(text)}"; }}').text


@given(st.lists(TEXT, max_size=5))
def test_json_strings_are_read_as_their_values(values: list[str]) -> None:
    shown = json_text(json.dumps({"docs": values}, ensure_ascii=False)).text
    assert all(v in shown for v in values)


@pytest.mark.parametrize(
    ("script", "shown"),
    [
        ('x = "202" + "555" + "0177"', "202 555 0177"),  # joined, as the page would show them
        ("r = /['\"]/g; s = 'a'", "a"),  # quotes inside a regular expression are no string
        ("n = a / b / 'c'", "c"),  # division, not a regular expression
        ("return /\"/.test(q) ? 'yes' : 'no'", "yes\nno"),  # apart: not added together
        ("t = `+1 ${x + `202`} 555`", "+1 \n202  555"),
        ("// 'a comment'\ns = 'kept'", "kept"),
        ('k = {a: "website", b: "qq"}, m = "app-store"', "website\nqq\napp-store"),
        ("s = '\\x2b\\u0034\\64 \\u{37}'", "+44 7"),
    ],
)
def test_script_reading(script: str, shown: str) -> None:
    assert js_text(script).text == shown


@pytest.mark.parametrize(
    "script", ["s = 'open", "t = `open ${a}", "/* open", "r = /open", "t = `${ {a: 1}`"]
)
def test_a_script_that_cannot_be_read_fails_closed(script: str) -> None:
    with pytest.raises(ScriptError):
        js_text(script)


def test_stylesheet_reading() -> None:
    css = (
        '/* "comment" */ a::after { content: "\\32 02-555" "-0177"; }\n'
        'b { background: url( https://evil.test/x.png ); } c { content: "\\\n" }'
    )
    shown = css_text(css)
    assert shown.text == "202-555 -0177 https://evil.test/x.png"
    assert shown.line(shown.text.index("https")) == 2
    with pytest.raises(CssError):
        css_text('a { content: "open }')


def test_svg_text_is_joined_as_drawn_with_lines() -> None:
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg">\n<title>card</title>\n'
        b"<text>+1 202</text>\n<text><tspan>555</tspan><tspan>0177</tspan></text>\n</svg>"
    )
    shown = svg_text(svg)
    assert shown.text == "card +1 202 5550177"
    assert shown.line(shown.text.index("555")) == 4
    assert svg_problems(svg, "a.svg") == []


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        (b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>', "<foreignObject>"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><a href="https://x.test"/></svg>', "<a>"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><style>t{}</style></svg>', "(styles)"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="x"/></svg>', "style="),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><use href="https://x.test/a#b"/></svg>', "href"),
        (b'<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>', "DOCTYPE"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href"/></svg>', "<set>"),
        (b"<svg", "not a well-formed SVG"),
    ],
)
def test_an_unsafe_svg_is_refused(svg: bytes, message: str) -> None:
    assert any(message in p.message for p in svg_problems(svg, "a.svg")), svg_problems(svg, "a.svg")
