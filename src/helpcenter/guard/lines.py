"""Offsets to 1-based line numbers, counting newlines in C (``str.count``) as offsets grow."""

from __future__ import annotations


class Lines:
    def __init__(self, text: str, first: int = 1) -> None:
        self._text = text
        self._first = first
        self._offset = 0
        self._line = first

    def of(self, offset: int) -> int:
        if offset < self._offset:  # out of order: count from the start again
            self._offset, self._line = 0, self._first
        self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        return self._line
