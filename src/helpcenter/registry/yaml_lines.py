"""YAML that remembers where things are: mappings and lists carry their line numbers.

Read straight from libyaml's parse events (PyYAML's C parser, in every PyYAML wheel) rather
than through PyYAML's node graph: a registry of thousands of reported impostors reads about
twice as fast. Values are what PyYAML's SafeLoader makes of them (its resolver and scalar
constructors: ``09:00`` is still the number 540, ``2026-10-28`` a date); keys are kept as
written; anchors, aliases and merge keys (``<<: *base``) work as in PyYAML, and repeated keys
are reported instead of the last one silently winning.
"""

from __future__ import annotations

from typing import Any, cast

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingStartEvent,
    ScalarEvent,
)

#: (line, key, line of the first occurrence) of a key repeated in one mapping.
Repeated = tuple[int, str, int]
#: Values aliases may stand for in all, counted as if written out: aliases of lists of aliases
#: grow exponentially ("billion laughs"), and so would checking what they stand for.
MAX_EXPANDED = 1_000_000
_STR = "tag:yaml.org,2002:str"
_COLLECTION_TAGS = frozenset({None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
_MERGE_KEY = -1  # the key line of a plain "<<": a merge, not a key


class LineDict(dict[str, Any]):
    """A YAML mapping; ``line`` is where it starts, ``key_lines`` where each key is."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A YAML list; ``line`` is where it starts, ``item_lines`` where each item is."""

    line: int
    item_lines: list[int]


class _Loader(yaml.CSafeLoader):
    """libyaml's events with PyYAML's safe resolver and scalar constructors."""


class _Open:
    """A mapping or list being read: its value, anchor, pending key, merges and size."""

    __slots__ = ("anchor", "key", "key_line", "merges", "size", "value")

    def __init__(self, value: LineDict | LineList, anchor: str | None) -> None:
        self.value = value
        self.anchor = anchor
        self.key: str | None = None
        self.key_line = 0
        self.merges: list[LineDict] = []
        self.size = 1


def read_yaml(text: str) -> tuple[Any, list[Repeated]]:
    """The document and its repeated keys; raises ``yaml.YAMLError`` (with the line in
    ``problem_mark``) when the text cannot be read."""
    loader = _Loader(text)
    try:
        return _Reader(loader).read()
    finally:
        loader.dispose()


class _Reader:
    def __init__(self, loader: _Loader) -> None:
        self.loader = loader
        self.repeated: list[Repeated] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.stack: list[_Open] = []
        self.document: list[Any] = []
        self.expanded = 0

    def read(self) -> tuple[Any, list[Repeated]]:
        documents = 0
        while self.loader.check_event():
            event = self.loader.get_event()
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise ComposerError(
                        "expected a single document in the stream",
                        None,
                        "but found another document",
                        _mark(event),
                    )
            elif isinstance(event, CollectionStartEvent):
                self.stack.append(_open(event))
            elif isinstance(event, ScalarEvent):
                self.scalar(event)
            elif isinstance(event, AliasEvent):
                self.alias(event)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frame = self.stack.pop()
                value = _close(frame)
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = (value, frame.size)
                self.place(value, value.line, frame.size, event)
        return (self.document[0] if self.document else None), self.repeated

    def scalar(self, event: ScalarEvent) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.key is None and isinstance(top.value, LineDict):
            # A key is a name: `on:` or `1:` still name something, so it is kept as written.
            top.size += 1
            top.key = event.value
            merge = event.value == "<<" and event.implicit[0]
            top.key_line = _MERGE_KEY if merge else _line(event)
            return
        value = _scalar(self.loader, event)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self.place(value, _line(event), 1, event)

    def alias(self, event: AliasEvent) -> None:
        if event.anchor not in self.anchors:
            raise ComposerError(None, None, f"found undefined alias {event.anchor!r}", _mark(event))
        value, size = self.anchors[event.anchor]
        self.expanded += size
        if self.expanded > MAX_EXPANDED:
            raise ComposerError(
                None, None, f"aliases stand for more than {MAX_EXPANDED:,} values", _mark(event)
            )
        self.place(value, _line(event), size, event)

    def place(self, value: Any, line: int, size: int, event: yaml.Event) -> None:
        """``value`` as the document, the next item of a list, or a mapping's key or value."""
        if not self.stack:
            self.document.append(value)
            return
        frame = self.stack[-1]
        frame.size += size
        parent = frame.value
        if isinstance(parent, LineList):
            parent.append(value)
            parent.item_lines.append(line)
            return
        if frame.key is None:  # a key that is itself a list, mapping or alias
            frame.key, frame.key_line = str(value), line
            return
        key, key_line = frame.key, frame.key_line
        frame.key = None
        if key_line == _MERGE_KEY:
            sources = value if isinstance(value, list) else [value]
            if not all(isinstance(source, LineDict) for source in sources):
                raise ConstructorError(
                    "while constructing a mapping",
                    None,
                    "a merge key (<<) takes a mapping or a list of mappings",
                    _mark(event),
                )
            frame.merges += sources
            return
        if key in parent:
            self.repeated.append((key_line, key, parent.key_lines[key]))
        parent[key] = value
        parent.key_lines[key] = key_line


def _open(event: CollectionStartEvent) -> _Open:
    if event.tag not in _COLLECTION_TAGS:
        raise ConstructorError(
            None, None, f"the tag {event.tag!r} is not allowed here", _mark(event)
        )
    opened: LineDict | LineList
    if isinstance(event, MappingStartEvent):
        opened = LineDict()
        opened.key_lines = {}
    else:
        opened = LineList()
        opened.item_lines = []
    opened.line = _line(event)
    return _Open(opened, event.anchor)


def _close(frame: _Open) -> LineDict | LineList:
    """The finished value; a mapping gains the keys of the mappings it merges that it does
    not set itself, the first merged mapping first, as PyYAML does."""
    mapping = frame.value
    for source in frame.merges:
        assert isinstance(mapping, LineDict)
        for key, value in source.items():
            if key not in mapping:
                mapping[key] = value
                mapping.key_lines[key] = source.key_lines[key]
    return mapping


def _scalar(loader: _Loader, event: ScalarEvent) -> Any:
    tag = event.tag
    if tag is None and event.value[:1] not in loader.yaml_implicit_resolvers:
        return event.value  # no implicit type starts with this character: text
    if tag is None or tag == "!":
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag == _STR:
        return event.value
    end = cast(yaml.Mark, event.end_mark)
    node = yaml.ScalarNode(tag, event.value, _mark(event), end, event.style)
    return loader.construct_object(node, deep=True)


def _mark(event: yaml.Event) -> yaml.Mark:
    return cast(yaml.Mark, event.start_mark)  # libyaml marks every event


def _line(event: yaml.Event) -> int:
    return _mark(event).line + 1
