"""Dates from git: the commit being built decides, so rebuilding a commit later changes nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from helpcenter.site.git_dates import commit_date, last_commit_dates


def _commit(repo: Path, name: str, day: str) -> None:
    (repo / name).write_text(name, encoding="utf-8")
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": f"{day}T12:00:00Z",
        "GIT_COMMITTER_DATE": f"{day}T12:00:00Z",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    subprocess.run(["git", "-C", str(repo), "add", name], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", name], check=True, env=env)


def test_commit_date_is_the_head_commits_date(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    _commit(tmp_path, "a.md", "2025-12-31")
    _commit(tmp_path, "b.md", "2026-01-02")
    assert commit_date(tmp_path) == dt.date(2026, 1, 2)
    dates = last_commit_dates(tmp_path, tmp_path)
    assert dates[(tmp_path / "a.md").resolve()] == dt.date(2025, 12, 31)
    assert dates[(tmp_path / "b.md").resolve()] == dt.date(2026, 1, 2)


def test_outside_git_today_and_no_page_dates(tmp_path: Path) -> None:
    assert commit_date(tmp_path) == dt.date.today()
    assert last_commit_dates(tmp_path, tmp_path) == {}
