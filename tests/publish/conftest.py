"""The tiny project (tests/support/tiny.py) for the publishing tests."""

from __future__ import annotations

from tests.support.tiny import PAGES, Tiny, leftovers, tree

__all__ = ["PAGES", "Tiny", "leftovers", "tree"]
