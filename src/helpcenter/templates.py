"""Compiled theme templates, kept between builds.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n runs one build per
language: the stock stack compiles every template (Material's ~50, half a second) once per
language, on every build and every ``mkdocs serve`` rebuild. Here the compiled code is kept in
memory for the life of the process and on disk for the next one, through Jinja's own
FileSystemBytecodeCache, in this user's private cache folder (``helpcenter.cache_dir``: made
0700 and refused if anyone else owns or can write it, so no other account can plant code).

A bucket is keyed by the template's name and file, the environment's compile settings and
Jinja's version, and checked against a checksum of the source: a changed template, a changed
setting or another Jinja is always compiled afresh (Jinja's magic number covers Python's version).
"""

from __future__ import annotations

import contextlib
import hashlib

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from helpcenter.cache_dir import cache_dir

#: What Jinja reads when it compiles a template: a change in any of these compiles it again.
_COMPILE_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "is_async",
    "autoescape",
)


class TemplateCache(FileSystemBytecodeCache):
    """Jinja bytecode in memory for this process and on disk for the next."""

    def __init__(self, directory: str | None) -> None:
        """``directory`` None: memory only."""
        self._memory: dict[str, bytes] = {}
        super().__init__(directory or "", pattern="helpcenter-%s.cache")

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        key = hashlib.sha256(f"{_fingerprint(environment)}|{name}|{filename}".encode()).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._memory.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)
            # a stale entry (same name, new source) leaves the bucket empty: read the disk's
            if bucket.code is not None:
                return
        if self.directory:
            super().load_bytecode(bucket)
        if bucket.code is not None:
            self._memory[bucket.key] = bucket.bytecode_to_string()

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._memory[bucket.key] = bucket.bytecode_to_string()
        if not self.directory:
            return
        with contextlib.suppress(OSError):  # a read-only or full directory costs speed only
            super().dump_bytecode(bucket)


def _fingerprint(environment: Environment) -> str:
    settings = [repr(getattr(environment, name, None)) for name in _COMPILE_SETTINGS]
    return "|".join([jinja2.__version__, *sorted(environment.extensions), *settings])


_FOLDER = cache_dir("templates")
CACHE = TemplateCache(str(_FOLDER) if _FOLDER else None)
