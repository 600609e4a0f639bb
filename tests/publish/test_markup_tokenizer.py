"""The code auditor reads HTML as a browser does: a differential test against html5lib, a
WHATWG parser, over generated tag soup. Whatever a browser would run or style (an event handler,
a style= attribute, a script or style with text, a frame, a script URL) the auditor must report:
a tokenizer that ends a tag, a value or a comment elsewhere than a browser hides code from it.

The auditor may see more than a browser (it reads a script's text as markup too, unless it is
the theme's own code): only a miss fails."""

from __future__ import annotations

import html5lib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpcenter.publish.markup import audit_html
from helpcenter.publish.theme_code import ThemeCode

_NO_THEME = ThemeCode(scripts=(), styles=())
_FRAMES = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"}
_URLS = {"href", "src", "action", "formaction", "poster", "data", "background", "xlink:href"}

# What tag soup is made of: the shapes where tokenizers disagree.
_SEPARATORS = [" ", "\t", "\n", "\f", "\r", "/", "", "\x0b", "\u00a0", "  "]
_NAMES = ["onclick", "OnError", "style", "href", "title", "x", 'a"b', "a'b", "=x", "data-x", "src"]
_VALUES = [
    "",
    "=",
    "=v",
    '="v"',
    "='v'",
    '=v"w',
    "=v'w",
    '="a>b"',
    "='a>b'",
    '=" x onclick=y "',
    '="><img src=q onerror=go()>"',
    "=javascript:go()",
    '=" java&#x09;script:go()"',
    "= x",
    "=\x0bv",
]
_TEXT = [
    "x",
    "a < b",
    "<",
    "</",
    "</>",
    "</ x>",
    "<!-->",
    "<!--->",
    "<!--",
    "-->",
    "--!>",
    "<!x>",
    "<?x>",
    "<![CDATA[",
    "]]>",
    '"',
    "'",
    ">",
    "&lt;",
]
_ELEMENTS = [
    "a", "img", "b", "p", "svg", "math", "style", "script", "textarea", "title", "noscript",
    "table", "select", "template", "xmp", "noembed", "noframes", "iframe", "foreignObject",
    "desc", "A", "IMG", "TITLE",
]  # fmt: skip


@st.composite
def _attribute(draw: st.DrawFn) -> str:
    return (
        draw(st.sampled_from(_SEPARATORS))
        + draw(st.sampled_from(_NAMES))
        + draw(st.sampled_from(_VALUES))
    )


@st.composite
def _tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(_ELEMENTS))
    closing = draw(st.booleans())
    attributes = "".join(draw(st.lists(_attribute(), max_size=3)))
    end = draw(st.sampled_from([">", "/>", " >", ""]))
    return f"<{'/' if closing else ''}{name}{attributes}{end}"


_SOUP = st.lists(st.one_of(_tag(), st.sampled_from(_TEXT)), min_size=1, max_size=10).map("".join)


def _runs_code(fragment: str) -> list[str]:
    """What a browser would run or style in ``fragment`` (html5lib's reading of it)."""
    tree = html5lib.parse(fragment, namespaceHTMLElements=False)
    found = []
    for element in tree.iter():
        tag = str(element.tag).rsplit("}", 1)[-1].lower()
        for name, value in element.attrib.items():
            name = str(name).rsplit("}", 1)[-1].lower()
            if name.startswith("on") or name in ("style", "srcdoc"):
                found.append(f"<{tag} {name}=>")
            cleaned = "".join(c for c in value if c > " ").lower()
            if name in _URLS and cleaned.startswith(("javascript:", "vbscript:", "data:")):
                found.append(f"<{tag} {name}={value!r}>")
        text = "".join(element.itertext()) if tag in ("script", "style") else ""
        if text.strip() or (tag == "script" and "src" in element.attrib):
            found.append(f"<{tag}> with code")
        if tag in _FRAMES:
            found.append(f"<{tag}>")
    return found


def _reported(fragment: str) -> list[str]:
    audit = audit_html(
        f"<!doctype html><html><body>{fragment}</body></html>",
        path="site/a/index.html",
        url_path="a/index.html",
        theme=_NO_THEME,
        ships=lambda path: False,
    )
    return [p.message for p in audit.problems]


@pytest.mark.parametrize(
    "fragment",
    [
        '<a b=x\x0bc="><img src=q onerror=go()>">',  # a vertical tab is no HTML whitespace
        '<a x=y"z><script>go()</script><b c=">',  # a quote opens a value only after "="
        "<!--><img src=q onerror=go()>-->",  # "<!-->" closes the comment it opens
        "<!---><img src=q onerror=go()>-->",
        "<svg><style><img src=q onerror=go()></style></svg>",  # markup inside SVG's <style>
        "<svg><title><img src=q onerror=go()></title></svg>",
        # an element whose content is text ends at its end tag, even inside "quotes"
        '<textarea><p title="</textarea><img src=q onerror=go()>"></textarea>',
        '<title><p title="</title><img src=q onerror=go()>"></title>',
        "<xmp><p title='</XMP ><img src=q onerror=go()>'></xmp>",
        '<noembed><p title="</noembed><img src=q onerror=go()>"></noembed>',
        '<noframes><p title="</noframes><img src=q onerror=go()>"></noframes>',
        '<a href="x"onclick=go()>y</a>',  # an attribute right after a quoted value
    ],
)
def test_code_a_browser_would_run_is_reported(fragment: str) -> None:
    assert _runs_code(fragment), "the oracle should see code in this case"
    assert _reported(fragment), fragment


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SOUP)
@example("<script>go()</script>")
@example('<title><a title="</title><img src=q onerror=go()>">')
def test_the_auditor_misses_nothing_a_browser_runs(fragment: str) -> None:
    if _runs_code(fragment):
        assert _reported(fragment), f"{fragment!r}: {_runs_code(fragment)}"
