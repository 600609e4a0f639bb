"""Registry text (labels, purposes, notes) on a generated page: shown as the characters it
holds, never read as HTML or Markdown.

The registry is data, and its loader refuses markup; this is the second wall. Every character
that HTML or Markdown (and its extensions: tables, attribute lists, emphasis, links) could
read as syntax becomes a numeric character reference, which both pass through as text.
"""

from __future__ import annotations

_SYNTAX = "&<>\"'\\`*_{}[]()#!|~^"
_REFERENCES = {ord(c): f"&#{ord(c)};" for c in _SYNTAX}
# At the start of a line these start a list, heading or quote.
_LINE_START = "-+*#>|="


def plain_text(value: str) -> str:
    """``value`` as inert text inside generated Markdown or HTML (also inside attributes)."""
    text = value.translate(_REFERENCES)
    if text[:1] in _LINE_START:
        text = f"&#{ord(text[0])};{text[1:]}"
    return text
