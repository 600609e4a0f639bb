"""A failed build never changes the published output: whatever fails (the registry, a strict
warning in either language, a content rule, a marker, the guard, a file that may not be
published, code in a page, the CDN policy, a crash), the previous output stays exactly as it
was and no partial new one is left beside it. A build that succeeds replaces it whole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.publish.conftest import PAGES, leftovers, tree

pytestmark = pytest.mark.slow

ZH = "docs/zh/index.md"
EN = "docs/en/index.md"


def _png(color: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (2, 2), color).save(out, format="PNG")
    return out.getvalue()


def _many_cache_rules() -> dict[str, str | bytes]:
    """Folders each holding a fingerprinted and a plain image: more _headers rules than the
    CDN accepts."""
    files: dict[str, str | bytes] = {}
    for n in range(60):
        files[f"docs/zh/img{n}/logo.0123abcd.png"] = _png("red")
        files[f"docs/zh/img{n}/plain.png"] = _png("blue")
    return files


FAILURES: dict[str, tuple[dict[str, str | bytes], str]] = {
    "registry": ({"registry/channels.yml": "brand: [\n"}, "registry"),
    "strict-warning-zh": (
        {ZH: PAGES[ZH] + "\n[旧页面](missing.md)\n"},
        "docs/zh/index.md:10: Doc file 'zh/index.md' contains a link 'missing.md'",
    ),
    # mkdocs-static-i18n builds other languages inside the default one; MkDocs aborts that
    # inner build on its own warnings, before the report of the whole build.
    "strict-warning-en": (
        {EN: PAGES[EN] + "\n[old page](missing.md)\n"},
        "Doc file 'en/index.md' contains a link 'missing.md'",
    ),
    "content-rule": (
        {ZH: PAGES[ZH] + "\n客服可以帮你冻结账户。\n"},
        "docs/zh/index.md:10: states that support can freeze an account",
    ),
    "marker": ({ZH: PAGES[ZH] + "\n[[channel:no-such-channel]]\n"}, "unknown channel id"),
    "guard": ({EN: PAGES[EN] + "\nCall +1 202-555-0199.\n"}, "impostor: +1 202-555-0199"),
    "code-in-page": ({EN: PAGES[EN] + "\n<script>alert(1)</script>\n"}, "raw HTML <script>"),
    "unpublishable-file": ({"docs/zh/app.js": "alert(1)"}, "docs/zh/app.js:1: .js files"),
    "cdn-policy": (_many_cache_rules(), "the CDN accepts 100"),
    "crash": (
        {"overrides/partials/hc-crash.html": "{{ page.no_such.attribute.call() }}"},
        "UndefinedError",
    ),
}


@pytest.mark.parametrize("kind", sorted(FAILURES))
def test_a_failed_build_leaves_the_previous_output_exactly_as_it_was(tiny, kind: str) -> None:
    first = tiny()
    assert first.ok, first.output
    before = tree(first.site)
    files, message = FAILURES[kind]
    if kind == "crash":  # a template that raises, included on every page
        main = (tiny.project / "overrides/main.html").read_text("utf-8")
        files = {
            **files,
            "overrides/main.html": main
            + '\n{% block extrahead %}{% include "partials/hc-crash.html" %}{% endblock %}\n',
        }
    failed = tiny(files)
    assert not failed.ok, failed.output
    assert message in failed.output, failed.output
    assert kind == "crash" or "Traceback" not in failed.output, failed.output
    assert tree(first.site) == before
    assert leftovers(tiny.project) == []


def test_a_successful_build_replaces_the_output_whole(tiny) -> None:
    first = tiny({"docs/zh/old.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>'})
    assert first.ok, first.output
    assert (first.site / "old.svg").is_file()
    (tiny.project / "docs/zh/old.svg").unlink()
    second = tiny({ZH: PAGES[ZH].replace("你好。", "你好，新的一天。")})
    assert second.ok, second.output
    assert not (second.site / "old.svg").exists()  # no stale file from the previous output
    assert "新的一天" in (second.site / "index.html").read_text("utf-8")
    assert leftovers(tiny.project) == []


def test_a_killed_build_leaves_no_staging_behind_the_next_one(tiny) -> None:
    stale = tiny.project / ".site.staging-999999999"
    stale.mkdir()
    (stale / "index.html").write_text("half a site", "utf-8")
    build = tiny()
    assert build.ok, build.output
    assert leftovers(tiny.project) == []
    assert Path(build.site / "index.html").read_text("utf-8") != "half a site"
