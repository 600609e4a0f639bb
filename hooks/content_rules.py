"""MkDocs hook: broken front matter, code in a page, or a page that breaks the content rules
are problems of the build, at path:line; the build's last step reports every problem of every
page (both languages) in one run and publishes nothing.

MkDocs silently drops front matter it cannot parse; a page would then lose its title and
description without a word. Here it is an error with path:line.
"""

from __future__ import annotations

import os
from pathlib import Path

from helpcenter.content.pages import PageError, read_page
from helpcenter.content.rules import check_page
from helpcenter.problems import BUILD


def on_page_markdown(markdown, page, config, **_):
    path = page.file.abs_src_path
    name = os.path.relpath(path, os.path.dirname(config.config_file_path)).replace(os.sep, "/")
    try:
        page_data = read_page(Path(path), name=name)
    except PageError as error:
        BUILD.add([error.problem])
        return markdown
    BUILD.add(check_page(page_data, page.file.locale))
    return markdown
