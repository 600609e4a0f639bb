"""Where each language's index file lives in the built site.

Beside the language's pages: ``search/zh.json`` for the default language at the site root,
``en/search/en.json`` for English under ``/en/``. Only the reader's language is ever fetched.
"""

from __future__ import annotations


def language_root(locale: str, default_locale: str) -> str:
    """The path of a language's home from the site root: "" or "en/"."""
    return "" if locale == default_locale else f"{locale}/"


def index_path(locale: str, default_locale: str) -> str:
    """The index file of ``locale``, as a path from the site root."""
    return f"{language_root(locale, default_locale)}search/{locale}.json"
