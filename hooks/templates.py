"""MkDocs hook: compile each theme template once per process (helpcenter.templates), not once
per language and per rebuild."""

from __future__ import annotations

from helpcenter.templates import CACHE


def on_env(env, **_):
    env.bytecode_cache = CACHE
    return env
