"""A contact candidate found in scanned text, and which characters candidates already claim."""

from __future__ import annotations

from dataclasses import dataclass

from helpcenter.contacts.kinds import Kind

__all__ = ["Candidate", "Claims"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """Something that may be a contact, at ``start:end`` of the scanned text."""

    start: int
    end: int
    raw: str
    #: Kind to normalize ``raw`` as; None: a link or address, read with link_contact.
    kind: Kind | None
    #: For an id no platform word names: every kind it could be (it passes if official on one).
    kinds: tuple[Kind, ...] = ()
    #: The surrounding words make it a contact, so a value that does not parse is reported.
    explicit: bool = True
    #: A platform the registry has no kind for ("line", "signal"): an id there is never ours.
    platform: str | None = None
    #: Another way a browser may read it (a link with a trailing "_" that Markdown drops and
    #: HTML keeps): both readings are judged and the worse one counts.
    also: str | None = None
    #: Nothing says it is a contact ("12345678" alone, "客服 kefu_2024"): it is read as one
    #: because it could be (fail closed), and a failing verdict says how to write it so it
    #: reads as none.
    guessed: bool = False


class Claims:
    """Which characters a more specific candidate already covers."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)
