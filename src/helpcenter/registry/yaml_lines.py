"""YAML that remembers where things are: mappings and lists carry their line numbers."""

from __future__ import annotations

from typing import Any

import yaml


class LineDict(dict[str, Any]):
    """A YAML mapping; ``line`` is where it starts, ``key_lines`` where each key is."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A YAML list; ``line`` is where it starts, ``item_lines`` where each item is."""

    line: int
    item_lines: list[int]


class LineLoader(yaml.SafeLoader):
    """SafeLoader that records lines and repeated keys (plain PyYAML keeps the last silently)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        #: (line, key, line of the first occurrence) for each key repeated in a mapping.
        self.repeated_keys: list[tuple[int, str, int]] = []


def _mapping(loader: LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        # Keys are names: `on:` or `1:` still name something, so keep them as written.
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in result:
            loader.repeated_keys.append((line, key, result.key_lines[key]))
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _sequence(loader: LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


LineLoader.add_constructor("tag:yaml.org,2002:map", _mapping)
LineLoader.add_constructor("tag:yaml.org,2002:seq", _sequence)


def read_yaml(text: str) -> tuple[Any, list[tuple[int, str, int]]]:
    """The document and its repeated keys; raises ``yaml.YAMLError`` on a syntax error."""
    loader = LineLoader(text)
    try:
        return loader.get_single_data(), loader.repeated_keys
    finally:
        loader.dispose()
