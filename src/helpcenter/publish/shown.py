"""Text as a reader is shown it, pieced together from a file, with each piece's source line."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Shown:
    """What a browser shows of a file: ``text``, and for each offset the line it came from."""

    text: str = ""
    _starts: list[int] = field(default_factory=list)
    _lines: list[int] = field(default_factory=list)

    def add(self, piece: str, line: int, *, joiner: str = "\n") -> None:
        """Append ``piece`` (from source ``line``), after ``joiner`` when text came before.
        A piece with line breaks of its own keeps counting lines from ``line``."""
        if not piece:
            return
        if self.text:
            self.text += joiner
        for number, part in enumerate(piece.split("\n")):
            if number:
                self.text += "\n"
            self._starts.append(len(self.text))
            self._lines.append(line + number)
            self.text += part

    def line(self, offset: int) -> int:
        """The source line of the character at ``offset`` of ``text``."""
        if not self._starts:
            return 1
        return self._lines[max(0, bisect_right(self._starts, offset) - 1)]
