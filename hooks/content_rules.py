"""MkDocs hook: fail the build on broken front matter or a page that breaks the content rules.

MkDocs silently drops front matter it cannot parse; a page would then lose its title and
description without a word. Here it is an error with path:line.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from helpcenter.content.pages import PageError, read_page
from helpcenter.content.rules import check_page


def on_page_markdown(markdown, page, **_):
    path = Path(page.file.abs_src_path)
    try:
        problems = check_page(read_page(path), page.file.locale)
    except PageError as exc:
        raise PluginError(str(exc)) from exc
    if problems:
        raise PluginError("Content rules:\n" + "\n".join(map(str, problems)))
    return markdown
