"""Compiled theme templates, kept for the life of the process.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n runs one build per
language: the stock stack compiles every template once per language and again on every
``mkdocs serve`` rebuild. Jinja's bytecode cache is keyed by the template's name and a checksum
of its source, so a changed template is always compiled afresh.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class ProcessBytecodeCache(BytecodeCache):
    """Jinja bytecode shared by every environment of this process."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


CACHE = ProcessBytecodeCache()
