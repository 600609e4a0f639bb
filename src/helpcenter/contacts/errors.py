"""Why a string is not a contact: the two errors normalization raises."""

from __future__ import annotations

__all__ = ["InvalidContact", "UnsafeLink"]


class InvalidContact(ValueError):
    """The text cannot be a contact of that kind; ``str(e)`` says why and how to write it."""


class UnsafeLink(ValueError):
    """A link with a scheme that runs code or reads local data (javascript:, data:, file:...)."""
