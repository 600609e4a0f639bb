"""Pages' code is audited beside the build on big sites (helpcenter.publish.page_audits),
with the same findings as in the build process: a page a plugin fills with code is reported at
its line, and a page rewritten after the worker read it is audited again as it is published."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_INJECT = """
from mkdocs.plugins import event_priority


@event_priority(-500)  # after every other page step: the file MkDocs writes holds it
def on_post_page(output, page, **_):
    if page.file.src_uri == "zh/index.md":
        output = output.replace("</article>", '<img src="x.png" onerror="go()"></article>', 1)
    return output
"""

_REWRITE = """
from pathlib import Path

from mkdocs.plugins import event_priority


@event_priority(-50)  # after the pages are written, before publishing judges them
def on_post_build(config, **_):
    page = Path(config.site_dir, "index.html")
    if page.is_file() and "i18n" in str(config.plugins) and "/en" not in config.site_dir:
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace("</article>", '<a onclick="go()">x</a></article>', 1))
"""


def _with_hook(tiny, source: str) -> None:
    config = tiny.project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("hooks:\n", "hooks:\n  - hooks/test_code.py\n", 1), "utf-8")
    (tiny.project / "hooks" / "test_code.py").write_text(source, encoding="utf-8")


@pytest.mark.parametrize("worker", ["1", "0"])
def test_code_a_plugin_writes_into_a_page_is_reported_either_way(
    tiny, monkeypatch: pytest.MonkeyPatch, worker: str
) -> None:
    monkeypatch.setenv("HELPCENTER_AUDIT_WORKER", worker)
    _with_hook(tiny, _INJECT)
    build = tiny()
    assert not build.ok
    assert "site/index.html:" in build.output
    assert "an event handler attribute onerror= on <img>" in build.output
    assert not (tiny.project / "site").exists()


@pytest.mark.parametrize("worker", ["1", "0"])
def test_a_page_rewritten_after_it_was_written_is_audited_as_published(
    tiny, monkeypatch: pytest.MonkeyPatch, worker: str
) -> None:
    monkeypatch.setenv("HELPCENTER_AUDIT_WORKER", worker)
    _with_hook(tiny, _REWRITE)
    build = tiny()
    assert not build.ok
    assert "an event handler attribute onclick= on <a>" in build.output, build.output[-3000:]


def test_an_earlier_audit_counts_only_for_the_bytes_it_read(tmp_path) -> None:
    import hashlib

    from helpcenter.publish.markup import CodeAudit, audit_files
    from helpcenter.publish.theme_code import ThemeCode

    page = tmp_path / "a.html"
    page.write_text('<p><a onclick="go()">x</a></p>', encoding="utf-8")
    theme = ThemeCode(scripts=(), styles=())

    def audit(known_hash: str):
        known = {"a.html": (known_hash, CodeAudit())}  # "nothing found" in what it read
        return audit_files(
            tmp_path, ["a.html"], name="site", theme=theme, ships=lambda p: False, known=known
        )

    assert audit("0" * 64).problems  # other bytes than those now published: read again
    current = hashlib.sha256(page.read_bytes()).hexdigest()
    assert audit(current).problems == []  # the very bytes: the earlier audit stands


@pytest.mark.parametrize(
    ("pages", "setting", "beside"),
    [(54, None, False), (200, None, True), (54, "1", True), (5000, "0", False)],
)
def test_big_sites_are_audited_beside_the_build(
    tmp_path, monkeypatch: pytest.MonkeyPatch, pages: int, setting: str | None, beside: bool
) -> None:
    from helpcenter.publish import page_audits

    monkeypatch.setattr(page_audits.background, "cores", lambda: 2)
    if setting is None:
        monkeypatch.delenv(page_audits.ENVIRONMENT, raising=False)
    else:
        monkeypatch.setenv(page_audits.ENVIRONMENT, setting)
    audits = page_audits.PageAudits(tmp_path, "site", [], "/", pages=pages)
    assert (audits._pool is not None) == beside
    audits.close()
