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
        shown.add(value, line)
    return shown
