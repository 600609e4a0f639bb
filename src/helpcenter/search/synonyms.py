"""Synonym groups per language, from small reviewed YAML files in ``data/synonyms/``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from helpcenter.search.terms import is_han, normalize, runs


class SynonymError(ValueError):
    """A synonym file that does not hold a list of word groups."""


def synonyms_file(lang: str) -> Path:
    return Path(str(resources.files(__package__).joinpath("data", "synonyms", f"{lang}.yml")))


def parse_synonyms(text: str, path: str) -> list[list[str]]:
    """Groups of two or more distinct words; errors name ``path:line`` and the fix."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise SynonymError(f"{path}:{node.start_mark.line + 1}: expected a list of groups")
    groups: list[list[str]] = []
    seen: dict[str, int] = {}
    for group in node.value:
        line = group.start_mark.line + 1
        items = group.value if isinstance(group, yaml.SequenceNode) else []
        words = [w.value.strip() for w in items if isinstance(w, yaml.ScalarNode)]
        if not items or len(words) != len(items):
            raise SynonymError(f"{path}:{line}: a group is a list of words: [word, word, ...]")
        if len(set(words)) < 2 or not all(words):
            raise SynonymError(f"{path}:{line}: a group needs two or more different words")
        for word in words:
            parts = list(runs(normalize(word)))
            if not parts or (any(map(is_han, parts)) and len(parts) > 1):
                raise SynonymError(
                    f"{path}:{line}: {word!r} must be one Chinese word or English words; "
                    "list a mixed form as its parts (gas费: gas and 费用)"
                )
            key = word.lower()
            if key in seen:
                raise SynonymError(
                    f"{path}:{line}: {word!r} is already in the group on line {seen[key]}; "
                    "merge the two groups"
                )
            seen[key] = line
        groups.append(words)
    return groups


def load_synonyms(lang: str) -> list[list[str]]:
    """The synonym groups of ``lang``; a language without a file has none (say so by a file)."""
    path = synonyms_file(lang)
    if not path.is_file():
        raise SynonymError(f"{path}: missing; add it (an empty list `[]` means no synonyms)")
    return parse_synonyms(path.read_text("utf-8"), str(path))
