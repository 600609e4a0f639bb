"""MkDocs hook: a per-page "last updated" date from git (Material shows page.meta.revision_date)."""

from __future__ import annotations

from pathlib import Path

from helpcenter.site.git_dates import format_date, last_commit_dates

_dates: dict[Path, object] = {}


def on_config(config, **_):
    repo = Path(config.config_file_path).parent
    _dates.clear()
    _dates.update(last_commit_dates(repo, Path(config.docs_dir)))


def on_page_markdown(markdown, page, config, **_):
    day = _dates.get(Path(page.file.abs_src_path).resolve())
    if day is not None:
        locale = getattr(page.file, "locale", None) or config.theme["language"]
        page.meta["revision_date"] = format_date(day, locale)
        # The sitemap's <lastmod> and its gzip mtime: from git, not the build date.
        page.update_date = day.isoformat()
    return markdown
