"""Shared fixtures: build the site (real or tiny) into tmp_path, serve it, drive Chromium.

Builds run ``mkdocs build`` in a subprocess: hooks and the i18n plugin keep module state,
and a fresh process per build is what CI and writers run.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpcenter.cdn.site_headers import headers_policy
from tests.support.build import ROOT, Build, run_build
from tests.support.chromium import ChromiumMissing, launch_chromium
from tests.support.project import copy_project as copy_site_inputs
from tests.support.static_server import serve
from tests.support.tiny import Tiny, make_tiny_project

__all__ = ["ROOT", "Build", "copy_project", "run_build"]


def pytest_configure(config: pytest.Config) -> None:
    """Builds under test share a cache of their own (helpcenter.cache_dir), not the user's."""
    if "HELPCENTER_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="helpcenter-test-cache-")
        os.environ["HELPCENTER_CACHE_DIR"] = folder
        atexit.register(shutil.rmtree, folder, ignore_errors=True)


def copy_project(dest: Path) -> Path:
    """Copy the site inputs of this repo into ``dest`` (a tmp folder) and return it."""
    return copy_site_inputs(ROOT, dest)


@pytest.fixture
def tiny(tmp_path: Path) -> Tiny:
    """The tiny project (tests/support/tiny.py): ``tiny(files={...})`` changes and builds it."""
    return Tiny(make_tiny_project(tmp_path / "project"))


@pytest.fixture
def site_builder(tmp_path: Path) -> Callable[..., Build]:
    """Copy the real project into tmp_path, let the test change files, then build it.

    ``site_builder(files={"docs/zh/x.md": "..."})`` writes (or, with None, deletes) files first.
    """

    def build(files: dict[str, str | None] | None = None, *args: str) -> Build:
        project = tmp_path / "project"
        if not project.exists():
            copy_project(project)
        for rel, text in (files or {}).items():
            target = project / rel
            if text is None:
                target.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        return run_build(project, *args)

    return build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test worker from the repo itself (git dates included)."""
    build = run_build(ROOT, site=tmp_path_factory.mktemp("real") / "site")
    assert build.ok, build.output
    return build.site


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The real built site served on 127.0.0.1."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def cdn_url(built_site: Path) -> Iterator[str]:
    """The real built site served exactly as the CDN will serve it: with its ``_headers``."""
    with serve(built_site, headers_for=headers_policy(built_site)) as url:
        yield url


# ---------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright; never a browser a tool downloaded."""
    from playwright.sync_api import sync_playwright  # pinned: missing is an error, not a skip

    with sync_playwright() as pw:
        try:
            chromium = launch_chromium(pw)
        except ChromiumMissing as error:
            pytest.fail(str(error))
        yield chromium
        chromium.close()


class OffsiteRequests(list[str]):
    """URLs the page tried to fetch from anywhere but 127.0.0.1 (they are blocked)."""


@pytest.fixture
def page(browser) -> Iterator[object]:
    """A fresh page whose requests to any host but 127.0.0.1 are blocked and recorded.

    Tests assert ``page.offsite == []``; console errors are in ``page.console_errors``, and
    requests that failed or got a 4xx/5xx answer in ``page.failed_requests``.
    """
    context = browser.new_context(service_workers="block")
    pg = context.new_page()
    pg.offsite = OffsiteRequests()
    pg.console_errors = []
    pg.failed_requests = []

    def route(r):
        host = urlsplit(r.request.url).hostname
        if r.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            r.continue_()
        else:
            pg.offsite.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
    pg.on("requestfailed", lambda r: pg.failed_requests.append(r.url))
    pg.on("response", lambda r: r.status >= 400 and pg.failed_requests.append(r.url))
    yield pg
    context.close()
