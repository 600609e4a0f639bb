"""A contact candidate found in scanned text, and which characters candidates already claim."""

from __future__ import annotations

from dataclasses import dataclass

from helpcenter.contacts.kinds import Kind


@dataclass(frozen=True, slots=True)
class Candidate:
    """Something that may be a contact, at ``start:end`` of the scanned text."""

    start: int
    end: int
    raw: str
    #: Kind to normalize ``raw`` as; None: a link or address, read with link_contact.
    kind: Kind | None
    #: For a handle no platform word names: every kind it could be.
    kinds: tuple[Kind, ...] = ()
    #: The surrounding words make it a contact, so a value that does not parse is reported.
    explicit: bool = True


class Claims:
    """Which characters a more specific candidate already covers."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)
