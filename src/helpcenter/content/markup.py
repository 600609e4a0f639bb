"""Pages are content, not code: raw HTML in a page may use only plain content elements and
attributes. Scripts, styles, ``style=``, event handlers, frames, forms and ``javascript:``
links fail at the page's path:line, whether written as HTML or as an attribute list
(``{ onclick="…" }``); so does markup in front matter, which the theme shows in places that
do not escape it. Code spans and fenced blocks are shown as text and may show any markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from helpcenter.markdown_source import code_lines, code_spans, front_matter

#: Elements a page may write as raw HTML: content only.
ALLOWED_ELEMENTS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "var",
        "wbr",
    ]
)
#: Attributes a page may give them. No data-* (the theme's scripts act on some), no style.
ALLOWED_ATTRIBUTES = frozenset(
    [
        "class",
        "id",
        "title",
        "alt",
        "src",
        "href",
        "width",
        "height",
        "markdown",
        "align",
        "colspan",
        "rowspan",
        "scope",
        "lang",
        "open",
        "start",
        "reversed",
        "datetime",
        "cite",
        "loading",
        "decoding",
        "target",
        "rel",
        "role",
        "abbr",
        "span",
    ]
)
_URL_ATTRIBUTES = frozenset({"src", "href", "cite"})
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
# attr_list: "{: #id .class key=value }" after a block or inline element.
_ATTR_LIST = re.compile(
    r"\{:?[ \t]*((?:[#.][\w-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))"
    r"(?:[ \t]+(?:[#.][\w-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+)))*)[ \t]*\}"
)
_ATTR_LIST_PAIR = re.compile(r"""([\w-]+)=("[^"]*"|'[^']*'|[^\s}]+)""")
_FIX = (
    "pages are content: write it in Markdown; scripts, styles and interactive elements ship "
    "only with the theme (overrides/), ask for a theme change"
)


@dataclass(frozen=True, slots=True)
class MarkupProblem:
    line: int
    message: str
    fix: str = _FIX


def markup_problems(text: str) -> list[MarkupProblem]:
    """Code in a page's Markdown ``text`` (front matter included), with file lines."""
    matter = front_matter(text)
    problems = list(_front_matter(matter.text))
    prose = _prose(text[matter.body_offset :])
    first = matter.body_line
    for tag in _TAG.finditer(prose):  # a tag may span lines
        at = first + prose.count("\n", 0, tag.start())
        problems += [MarkupProblem(at, m) for m in _html(tag)]
    for number, line in enumerate(prose.split("\n"), start=first):
        problems += [MarkupProblem(number, m) for m in _attribute_lists(line)]
    return problems


def _prose(body: str) -> str:
    """``body`` with fenced blocks and code spans blanked (same lines, same length)."""
    lines = []
    for _, line, in_fence in code_lines(body):
        lines.append(" " * len(line) if in_fence else _blank(line, code_spans(line)))
    return "\n".join(lines)


def _front_matter(text: str) -> Iterator[MarkupProblem]:
    for number, line in enumerate(text.split("\n"), start=2):
        if _TAG.search(line) or re.search(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);", line):
            yield MarkupProblem(
                number,
                "markup in front matter (the theme shows titles and descriptions unescaped)",
                "write plain text: no <tags> or &entities; in front matter",
            )


def _blank(line: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        line = line[:start] + " " * (end - start) + line[end:]
    return line


def _html(tag: re.Match[str]) -> Iterator[str]:
    closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
    if closing:
        return
    if name not in ALLOWED_ELEMENTS:
        yield f"raw HTML <{name}> in a page (not a content element)"
        return
    for attribute in _ATTRIBUTE.finditer(attributes):
        key = attribute.group(1).lower()
        value = (attribute.group(2) or "").strip("\"'")
        yield from _attribute(f"on <{name}>", key, value)


def _attribute(where: str, key: str, value: str) -> Iterator[str]:
    if key.startswith("on"):
        yield f"an event handler {key}= {where} (code)"
    elif key == "style":
        yield f"a style= attribute {where} (styles ship with the theme)"
    elif key not in ALLOWED_ATTRIBUTES and not key.startswith("aria-"):
        yield f"the attribute {key}= {where} is not a content attribute"
    elif key in _URL_ATTRIBUTES and _runs_code(value):
        yield f"{key}= {where} runs code ({value[:40]!r})"


def _attribute_lists(line: str) -> Iterator[str]:
    for found in _ATTR_LIST.finditer(line):
        for pair in _ATTR_LIST_PAIR.finditer(found.group(1)):
            key = pair.group(1).lower()
            value = pair.group(2).strip("\"'")
            yield from _attribute("in an attribute list { … }", key, value)


def _runs_code(value: str) -> bool:
    cleaned = "".join(c for c in value if c > " ").lower()
    return cleaned.startswith(_SCRIPT_SCHEMES)
