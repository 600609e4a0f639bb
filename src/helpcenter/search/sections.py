"""A rendered page split into the sections a search result points at.

The text before the first ``h2`` is the page's own section (anchor None); every ``h2`` with
an id starts a new one (``h3`` and deeper stay in their ``h2`` section). Permalink
markers, scripts and styles are not text, and neither is anything marked
``data-search-exclude``, or the list of reported impostors (``data-hc-impostors``): their values
are looked up with the checker, never offered as search results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Sections are h2-deep: finer ones cost index size and rarely make a better landing spot.
_SPLIT = frozenset({"h2"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP = frozenset({"script", "style", "template"})
#: Elements that end a word: their text must not run into the next element's.
_BLOCKS = frozenset(
    {"p", "li", "td", "th", "dt", "dd", "div", "br", "tr", "pre", "blockquote", "summary"}
    | _HEADINGS
)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Section:
    anchor: str | None
    heading: str
    text: str
    #: The section's own smaller headings (h3 to h6), also part of ``text``.
    subheadings: str = ""


@dataclass
class _Open:
    anchor: str | None
    heading: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    sub: list[str] = field(default_factory=list)


class _Splitter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.done: list[_Open] = []
        self.current = _Open(anchor=None)
        self.in_heading: str | None = None
        self.in_sub: str | None = None
        self.skip_depth = 0  # inside script/style or a permalink <a class="headerlink">

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        # The reported impostors' list (Material's own search plugin strips data-search-exclude
        # from page.content before this runs, so the list is named by its own attribute).
        excluded = "data-hc-impostors" in attr or "data-search-exclude" in attr
        if (
            self.skip_depth
            or tag in _SKIP
            or excluded
            or "headerlink" in (attr.get("class") or "").split()
        ):
            self.skip_depth += tag not in {"br", "img", "input", "hr", "meta", "link"}
            return
        if tag in _SPLIT and attr.get("id"):
            self.done.append(self.current)
            self.current = _Open(anchor=attr["id"])
        if tag in _HEADINGS and self.in_heading is None and (tag in _SPLIT or tag == "h1"):
            self.in_heading = tag
        elif tag in _HEADINGS and self.in_heading is None and self.in_sub is None:
            self.in_sub = tag
            self.current.sub.append(" ")
        if tag in _BLOCKS:
            self._add(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag == self.in_heading:
            self.in_heading = None
        if tag == self.in_sub:
            self.in_sub = None
            self.current.sub.append(" ")
        if tag in _BLOCKS:
            self._add(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self._add(data)

    def _add(self, data: str) -> None:
        target = self.current.heading if self.in_heading else self.current.text
        target.append(data)
        if self.in_sub:
            self.current.sub.append(data)


def _clean(parts: list[str]) -> str:
    return _SPACES.sub(" ", "".join(parts)).strip()


def split_sections(html: str, title: str) -> list[Section]:
    """The sections of a page's rendered content; the first one is headed by ``title``."""
    parser = _Splitter()
    parser.feed(html)
    parser.close()
    sections = []
    for part in [*parser.done, parser.current]:
        heading = title if part.anchor is None else _clean(part.heading)
        text = _clean(part.text)
        if part.anchor is None or heading or text:
            sections.append(Section(part.anchor, heading, text, _clean(part.sub)))
    return sections
