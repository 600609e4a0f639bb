"""MkDocs hook: compile each theme template once, not once per language, build and rebuild
(helpcenter.templates: in memory, and in this user's cache for the next process)."""

from __future__ import annotations

from helpcenter.templates import CACHE


def on_env(env, **_):
    env.bytecode_cache = CACHE
    return env
