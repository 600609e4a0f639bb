"""The hook's state across one build: i18n nests a build per language inside the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.guard import worker as worker_module
from helpcenter.guard.build import BuildGuard, GuardFailed
from helpcenter.problems import BUILD

REGISTRY = Path(__file__).resolve().parents[2] / "registry" / "channels.yml"


def project(tmp_path: Path) -> Path:
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "channels.yml").write_text(REGISTRY.read_text("utf-8"), "utf-8")
    (tmp_path / "docs" / "zh").mkdir(parents=True)
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "zh" / "a.md").write_text("# A\n\n热线 +1 202-555-0199\n", "utf-8")
    (tmp_path / "docs" / "en" / "a.md").write_text("# A\n\nmail scam@evil.test\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", "utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<p>built</p>", "utf-8")
    return tmp_path


def start(guard: BuildGuard, root: Path) -> None:
    guard.start(str(root / "mkdocs.yml"), str(root / "site"), str(root / "docs"), None)


@pytest.mark.parametrize("worker", [False, True], ids=["in-process", "worker"])
def test_judges_once_after_every_language(tmp_path: Path, worker: bool) -> None:
    root = project(tmp_path)
    guard = BuildGuard(worker=worker)
    start(guard, root)  # zh, the outer build
    guard.page_markdown("", str(root / "docs/zh/a.md"), "zh/a.md", "zh")
    start(guard, root)  # en, nested inside zh's post-build
    guard.page_markdown("", str(root / "docs/en/a.md"), "en/a.md", "en")
    BUILD.clear()
    guard.finish()  # the nested build ends: no verdict yet
    assert BUILD.items == [] and guard.findings == []
    guard.finish()
    message = BUILD.report()
    assert "docs/zh/a.md:3: impostor: +1 202-555-0199" in message
    assert "docs/en/a.md:3: unlisted: scam@evil.test" in message
    assert {p.check for p in BUILD.items} == {"guard"} and len(guard.findings) == 2
    # The guard only judges: the publishing step reports and drops the build (tests/publish).
    assert (root / "site" / "index.html").exists()


def test_a_clean_build_keeps_its_site_and_the_next_build_starts_fresh(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "docs" / "zh" / "a.md").write_text("# A\n\n热线 +1 202-555-0142\n", "utf-8")
    guard = BuildGuard(worker=False)
    start(guard, root)
    guard.page_markdown("", str(root / "docs/zh/a.md"), "zh/a.md", "zh")
    guard.finish()
    assert (root / "site" / "index.html").exists()
    start(guard, root)
    assert guard.collect() == []


def test_a_build_error_forgets_the_build(tmp_path: Path) -> None:
    root = project(tmp_path)
    guard = BuildGuard(worker=False)
    start(guard, root)
    guard.page_markdown("", str(root / "docs/zh/a.md"), "zh/a.md", "zh")
    guard.abandon()
    start(guard, root)  # the next build starts from nothing
    guard.finish()


def test_missing_registry_fails_closed(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "registry" / "channels.yml").unlink()
    with pytest.raises(GuardFailed, match="cannot load the registry"):
        start(BuildGuard(worker=False), root)


def test_the_worker_fails_closed_on_an_unreadable_page(tmp_path: Path) -> None:
    root = project(tmp_path)
    guard = BuildGuard(worker=True)
    start(guard, root)
    guard.page_markdown("", str(root / "docs/zh/gone.md"), "zh/gone.md", "zh")
    with pytest.raises(GuardFailed, match=r"gone\.md"):
        guard.finish()


PAGE_HTML = """<html>
<nav><ul><li><a href="../a/">A</a></li><li><a href="../b/">B</a></li></ul></nav>
<p>{body}</p>
</html>"""


def test_worker_and_build_process_find_the_same(tmp_path: Path) -> None:
    """The worker reads each built page from the file MkDocs wrote after handing it over."""
    root = project(tmp_path)
    results = []
    for worker in (False, True):
        guard = BuildGuard(worker=worker)
        start(guard, root)
        for n, body in enumerate(["plain", "write to built@evil.test", "call +1 202-555-0199"]):
            guard.page_markdown("", str(root / "docs/en/a.md"), "en/a.md", "en")
            html, dest = PAGE_HTML.format(body=body), root / f"site/p{n}.html"
            guard.page_html(html, None, f"en/p{n}.md", str(dest), "en")
            dest.parent.mkdir(exist_ok=True)
            dest.write_text(html, "utf-8")  # as MkDocs does right after on_post_page
        results.append(
            [(f.path, f.line, str(f.judgement.verdict), f.raw, f.source) for f in guard.collect()]
        )
        guard.abandon()
    inline, worker_found = results
    assert inline == worker_found
    assert ("site/p1.html", 3, "unlisted", "built@evil.test", "html") in inline


@pytest.mark.parametrize(("setting", "kind"), [("0", "Inline"), ("1", "Worker")])
def test_the_environment_chooses_where_the_guard_scans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, kind: str
) -> None:
    monkeypatch.setenv(worker_module.ENVIRONMENT, setting)
    chosen = worker_module.runner(str(project(tmp_path)), None)
    try:
        assert type(chosen).__name__ == kind
    finally:
        chosen.close()


@pytest.mark.parametrize(("cores", "kind"), [(1, "Inline"), (2, "Worker")])
def test_the_guard_scans_in_the_worker_given_a_core_to_spare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cores: int, kind: str
) -> None:
    monkeypatch.delenv(worker_module.ENVIRONMENT, raising=False)
    monkeypatch.setattr(worker_module.background, "cores", lambda: cores)
    chosen = worker_module.runner(str(project(tmp_path)), None)
    try:
        assert type(chosen).__name__ == kind
    finally:
        chosen.close()
