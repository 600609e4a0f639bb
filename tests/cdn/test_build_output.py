"""The built site as the CDN gets it: byte-identical rebuilds, `_headers`, one-language builds."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpcenter.cdn.headers_file import headers_for
from helpcenter.cdn.policy import cache_class
from helpcenter.cdn.site_headers import read_headers, rules_for_site, site_files
from tests.conftest import copy_project, run_build

pytestmark = pytest.mark.slow

COMMIT_DATE = "2024-03-05T12:00:00+00:00"


def _commit_all(project: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE}
    git = ["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "content"]):
        subprocess.run([*git, *args], check=True, env=env, capture_output=True)


def test_two_builds_of_one_commit_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first with an empty cache and the worker process, the second reading what the first
    cached (templates, segmented words, data tables) and doing all its work in one process:
    what the build keeps and where it works never changes a byte."""
    project = copy_project(tmp_path / "project")
    _commit_all(project)
    cache = tmp_path / "cache"
    monkeypatch.setenv("HELPCENTER_CACHE_DIR", str(cache))
    first = run_build(project)
    assert first.ok, first.output
    assert {p.name for p in cache.iterdir()} >= {"templates", "segments", "data"}
    assert all(any((cache / name).iterdir()) for name in ("templates", "segments", "data"))
    first.site.rename(project / "site-1")
    monkeypatch.setenv("HELPCENTER_GUARD_WORKER", "0")
    monkeypatch.setenv("HELPCENTER_SEARCH_WORKER", "0")
    monkeypatch.setenv("HELPCENTER_AUDIT_WORKER", "0")
    second = run_build(project)
    assert second.ok, second.output
    one, two = project / "site-1", second.site
    assert site_files(one) == site_files(two)
    differing = [f for f in site_files(one) if (one / f).read_bytes() != (two / f).read_bytes()]
    assert differing == []
    # The sitemap's dates come from git, not from the day of the build.
    with gzip.open(two / "sitemap.xml.gz") as gz:
        gz.read()
        assert gz.mtime == int(dt.datetime.fromisoformat(COMMIT_DATE).replace(hour=0).timestamp())
    assert "<lastmod>2024-03-05</lastmod>" in (two / "sitemap.xml").read_text(encoding="utf-8")


def test_headers_give_every_built_file_the_policy_of_its_class(built_site: Path) -> None:
    rules = read_headers(built_site)
    csp = dict(rules[0].headers)["Content-Security-Policy"]
    hashes = [h.strip("'") for h in csp.split("script-src", 1)[1].split(";")[0].split()[1:]]
    checker = [  # the pages that load the checker, whose QR reader compiles WebAssembly
        f
        for f in site_files(built_site)
        if f.endswith(".html")
        and "javascripts/hc-checker.js" in (built_site / f).read_text("utf-8")
    ]
    assert checker == ["check-contact/index.html", "en/check-contact/index.html"]
    # The file is what the policy says for these files and the theme's hashes, nothing else.
    assert rules == rules_for_site(built_site, hashes, wasm_pages=checker)
    for file in site_files(built_site):
        headers = headers_for(rules, f"/{file}")
        assert headers["Cache-Control"] == cache_class(file).value, file
        assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
    registry = [f for f in site_files(built_site) if f.startswith("registry/")]
    for file in registry:
        assert headers_for(rules, f"/{file}")["Access-Control-Allow-Origin"] == "*"


def test_one_language_builds_on_its_own(tmp_path: Path) -> None:
    """The per-language CI job of the README recipe: only `en`, at its public URL."""
    project = copy_project(tmp_path / "project")
    env = {**os.environ, "HC_BUILD_LOCALE": "en", "HC_SITE_URL": "https://help.example.com/en/"}
    site = tmp_path / "site-en"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in home
    assert '<link rel="canonical" href="https://help.example.com/en/">' in home
    assert not (site / "en").exists()  # nothing of another language
    zh_pages = {
        p.relative_to(project / "docs/zh").with_suffix("").as_posix()
        for p in (project / "docs/zh").rglob("*.md")
    }
    en_pages = {p.relative_to(site).parent.as_posix() for p in site.rglob("index.html")} - {"."}
    assert en_pages >= zh_pages - {"index"}
