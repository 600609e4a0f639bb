"""SVG images: safe to publish (no scripts, styles, links or outside references), and their
text as a browser draws it, joined, so a number split over several ``<text>`` or ``<tspan>``
elements is read whole."""

from __future__ import annotations

import re
from xml.parsers import expat

from helpcenter.problems import Problem
from helpcenter.publish.shown import Shown

_CHECK = "publish"
_NS = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"
#: Elements an image may use: shapes, text, paint servers, structure and filter primitives.
_ELEMENTS = frozenset(
    [
        "svg",
        "g",
        "defs",
        "symbol",
        "use",
        "title",
        "desc",
        "metadata",
        "path",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "text",
        "tspan",
        "textPath",
        "linearGradient",
        "radialGradient",
        "stop",
        "clipPath",
        "mask",
        "pattern",
        "marker",
        "filter",
        "switch",
        "view",
    ]
)
#: Elements whose text a browser draws or shows as a tooltip.
_TEXT = frozenset({"text", "tspan", "textPath", "title", "desc"})
_EVENT = re.compile(r"on[a-z]+", re.IGNORECASE)
_FIX_STYLE = (
    'use presentation attributes (fill="#333") instead; most editors can export a plain SVG '
    "(Inkscape: Optimized SVG, 'convert CSS attributes to XML attributes')"
)


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.shown = Shown()
        self._parser = expat.ParserCreate(namespace_separator=" ")
        self._parser.StartElementHandler = self._start
        self._parser.EndElementHandler = self._end
        self._parser.CharacterDataHandler = self._data
        self._parser.StartDoctypeDeclHandler = self._doctype
        self._parser.EntityDeclHandler = self._entity
        self._parser.ProcessingInstructionHandler = self._instruction
        self._open: list[str] = []
        self._piece: list[str] = []
        self._piece_line = 0
        self._depth_text = 0

    def read(self, data: bytes) -> None:
        try:
            self._parser.Parse(data, True)
        except expat.ExpatError as error:
            self._refuse(
                f"is not a well-formed SVG ({expat.errors.messages[error.code]})",
                "re-export the image from its editor",
                error.lineno,
            )
        self._flush()

    def _refuse(self, message: str, fix: str, line: int | None = None) -> None:
        where = self._parser.CurrentLineNumber if line is None else line
        self.problems.append(Problem(self.name, where, message, fix, _CHECK))

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        space, _, local = tag.rpartition(" ")
        if space not in ("", _NS) or (local not in _ELEMENTS and not local.startswith("fe")):
            what = "scripts" if local == "script" else "styles" if local == "style" else None
            fix = _FIX_STYLE if what == "styles" else "remove it; an image holds shapes and text"
            if local == "a":
                fix = "remove the link from the image; link from the page with [[channel:ID]]"
            self._refuse(
                f"an image may not contain <{local}>" + (f" ({what})" if what else ""), fix
            )
        for name, value in attrs.items():
            attr_space, _, attr = name.rpartition(" ")
            if _EVENT.fullmatch(attr):
                self._refuse(f"event handler {attr}= in an image (code)", "remove it")
            elif attr == "style":
                self._refuse("style= in an image (styles ship with the theme)", _FIX_STYLE)
            elif attr == "href" and attr_space in ("", _XLINK) and not value.startswith("#"):
                self._refuse(
                    f"{attr}={value!r} points outside the image",
                    "embed what it shows in the image, or reference an element of it (#id)",
                )
        if local in _TEXT and space in ("", _NS):
            if self._depth_text == 0:
                self._flush()
            self._depth_text += 1
        self._open.append(local)

    def _end(self, tag: str) -> None:
        local = self._open.pop()
        if local in _TEXT:
            self._depth_text -= 1
            if local in ("title", "desc", "text") and self._depth_text == 0:
                self._flush()

    def _data(self, data: str) -> None:
        if self._depth_text and data:
            if not self._piece:
                self._piece_line = self._parser.CurrentLineNumber
            self._piece.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._piece).split())
        if text:
            self.shown.add(text, self._piece_line, joiner=" ")
        self._piece = []

    def _doctype(self, *_: object) -> None:
        self._refuse(
            "an SVG with a DOCTYPE (it can define entities that hide text)", "remove the DOCTYPE"
        )

    def _entity(self, *_: object) -> None:
        self._refuse("an SVG that defines entities", "remove the entity definitions")

    def _instruction(self, target: str, data: str) -> None:
        if target.lower() == "xml-stylesheet":
            self._refuse("an SVG that loads a stylesheet", _FIX_STYLE)


def svg_problems(data: bytes, name: str) -> list[Problem]:
    """Why the SVG ``data`` (named ``name`` in messages) may not be published; [] when it may."""
    reader = _Reader(name)
    reader.read(data)
    return reader.problems


def svg_text(data: bytes) -> Shown:
    """The text a browser draws from the SVG ``data``: every ``<text>`` (its ``<tspan>``s
    joined) and tooltip, in document order, joined by spaces, each with its line."""
    reader = _Reader("")
    reader.read(data)
    return reader.shown
