"""A JSON file's text: every string in it (keys and values), decoded, with its line."""

from __future__ import annotations

import json
import re

from helpcenter.publish.shown import Shown

# In valid JSON a string cannot hold an unescaped quote, so this finds exactly its strings.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)


def json_text(text: str) -> Shown:
    """The strings of the JSON ``text`` (raises ValueError when it is not JSON)."""
    json.loads(text)
    shown = Shown()
    line, counted = 1, 0
    seen: set[str] = set()
    for match in _STRING.finditer(text):
        raw = match.group()
        value = json.loads(raw) if "\\" in raw else raw[1:-1]
        if value in seen:  # indexes repeat keys and words: read each string once
            continue
        seen.add(value)
        line += text.count("\n", counted, match.start())
        counted = match.start()
        shown.add(value, line, joiner="\n\n")  # separate strings: no number runs across two
    return shown


_TOKENS = ("terms", "words", "hash")


def search_head_text(text: str) -> Shown | None:
    """What a search index head holds besides the pages' own words, when ``text`` is one:
    the page URLs, synonyms, typos and key phrases, each apart. Its "terms" and "words" are
    tokens cut from the pages' text, which is read where it is shown (the pages and the
    fragments, with the labels around each number); a token alone ("19000000") has lost
    the words that make it harmless. Its "hash" names its files (12 hex digits, at times
    all decimal). None for any other JSON."""
    from helpcenter.search.index_build import FORMAT

    data = json.loads(text)
    keys = {"format", "lang", "files", "terms", "words", "pages", "sections"}
    if not isinstance(data, dict) or not keys <= data.keys() or data["format"] != FORMAT:
        return None
    shown = Shown()
    for key, value in data.items():
        if key not in _TOKENS:
            for string in _strings(value):
                shown.add(string, 1, joiner="\n\n")
    return shown


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    return []
