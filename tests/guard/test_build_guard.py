"""The hook's state across one build: i18n nests a build per language inside the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.guard.build import BuildGuard, GuardFailed

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


def test_judges_once_after_every_language_and_removes_the_site(tmp_path: Path) -> None:
    root = project(tmp_path)
    guard = BuildGuard()
    start(guard, root)  # zh, the outer build
    guard.page_markdown("", str(root / "docs/zh/a.md"), "zh/a.md", "zh")
    start(guard, root)  # en, nested inside zh's post-build
    guard.page_markdown("", str(root / "docs/en/a.md"), "en/a.md", "en")
    guard.finish()  # the nested build ends: no verdict yet
    assert (root / "site" / "index.html").exists()
    with pytest.raises(GuardFailed) as failed:
        guard.finish()
    message = str(failed.value)
    assert "docs/zh/a.md:3: impostor: +1 202-555-0199" in message
    assert "docs/en/a.md:3: unlisted: scam@evil.test" in message
    assert not (root / "site").exists()


def test_a_clean_build_keeps_its_site_and_the_next_build_starts_fresh(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "docs" / "zh" / "a.md").write_text("# A\n\n热线 +1 202-555-0142\n", "utf-8")
    guard = BuildGuard()
    start(guard, root)
    guard.page_markdown("", str(root / "docs/zh/a.md"), "zh/a.md", "zh")
    guard.finish()
    assert (root / "site" / "index.html").exists()
    start(guard, root)
    assert guard.findings == []


def test_any_build_error_removes_the_site(tmp_path: Path) -> None:
    root = project(tmp_path)
    guard = BuildGuard()
    start(guard, root)
    guard.abandon()
    assert not (root / "site").exists()


def test_missing_registry_fails_closed(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "registry" / "channels.yml").unlink()
    with pytest.raises(GuardFailed, match="cannot load the registry"):
        start(BuildGuard(), root)
