"""The CLI: exit codes, every violation in one run, stdin, formats; and parity with the hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import segno

from helpcenter.guard.build import BuildGuard

REGISTRY = Path(__file__).resolve().parents[2] / "registry" / "channels.yml"


BAD_PAGE = "# 联系\n\n热线 +1 202-555-0199\n\n邮件 evil [at] evil [dot] test\n"
GOOD_PAGE = "# 联系\n\n热线 +1 202-555-0142，邮件 support@example.com\n"


def guard(cwd: Path, *args: str, stdin: str | None = None, **env: str):
    return subprocess.run(
        [sys.executable, "-m", "helpcenter.guard", "--registry", str(REGISTRY), *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": "false", **env},
    )


def project(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "zh").mkdir(parents=True)
    (tmp_path / "docs" / "zh" / "contact.md").write_text(BAD_PAGE, encoding="utf-8")
    (tmp_path / "docs" / "zh" / "ok.md").write_text(GOOD_PAGE, encoding="utf-8")
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n<a href="https://evil.test">x</a>\n', encoding="utf-8"
    )
    (tmp_path / "mkdocs.yml").write_text("site_name: x\ncopyright: mail@evil.test\n")
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "channels.yml").write_text(REGISTRY.read_text("utf-8"), "utf-8")
    return tmp_path


def test_every_violation_in_one_run_exit_1(tmp_path: Path) -> None:
    result = guard(project(tmp_path))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "docs/zh/contact.md:3: impostor: +1 202-555-0199 (reported impostor (2026-10-28); "
        "official phone: hotline (+1 202-555-0142))",
        "docs/zh/contact.md:5: unlisted: evil@evil.test (not in the registry; official email: "
        "support-email (support@example.com); if it is official, add it to channels.yml)",
        "mkdocs.yml:2: unlisted: mail@evil.test (not in the registry; official email: "
        "support-email (support@example.com); if it is official, add it to channels.yml)",
        "overrides/main.html:2: unlisted: https://evil.test (not in the registry; official "
        "website: website (www.example.com); if it is official, add it to channels.yml)",
    ]
    assert "4 unofficial contact(s) in 3 file(s)" in result.stderr


def test_clean_files_exit_0(tmp_path: Path) -> None:
    page = tmp_path / "ok.md"
    page.write_text(GOOD_PAGE, encoding="utf-8")
    result = guard(tmp_path, str(page))
    assert (result.returncode, result.stdout) == (0, "")
    assert "every contact is official" in result.stderr


def test_stdin_and_json(tmp_path: Path) -> None:
    result = guard(tmp_path, "--format", "json", "-", stdin="Telegram: @ExampleWallet_Support\n")
    assert result.returncode == 1
    [finding] = json.loads(result.stdout)
    assert (finding["path"], finding["line"], finding["verdict"]) == ("<stdin>", 1, "impostor")


def test_github_actions_adds_annotations(tmp_path: Path) -> None:
    result = guard(project(tmp_path), "docs", GITHUB_ACTIONS="true")
    assert "::error file=docs/zh/contact.md,line=3,title=contact impostor::" in result.stdout


def test_fails_closed_exit_2(tmp_path: Path) -> None:
    missing = guard(tmp_path, "nowhere.md")
    assert missing.returncode == 2
    assert "nowhere.md: no such file or folder" in missing.stderr
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe not utf-8 \xff")
    assert guard(tmp_path, "bad.md").returncode == 2
    no_registry = subprocess.run(
        [sys.executable, "-m", "helpcenter.guard", "--registry", "none.yml", "x.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert no_registry.returncode == 2
    assert "cannot load the registry" in no_registry.stderr


def test_cli_and_hook_give_the_same_verdicts(tmp_path: Path) -> None:
    root = project(tmp_path)
    cli = json.loads(guard(root, "--format", "json", "docs").stdout)
    hook = BuildGuard(worker=False)
    hook.start(str(root / "mkdocs.yml"), str(root / "site"), str(root / "docs"), None)
    shared = len(hook.collect())  # keep only page findings, like the CLI run on docs/
    for page in sorted((root / "docs" / "zh").glob("*.md")):
        hook.page_markdown("", str(page), f"zh/{page.name}", "zh")
    pages = hook.collect()[shared:]
    from_hook = [(f.path, f.line, str(f.judgement.verdict), f.raw) for f in pages]
    from_cli = [(f["path"], f["line"], f["verdict"], f["value"]) for f in cli]
    assert sorted(from_hook) == sorted(from_cli)
    assert len(from_cli) == 2


def test_contacts_hidden_by_markup_images_and_svg(tmp_path: Path) -> None:
    zh, en = tmp_path / "docs" / "zh", tmp_path / "docs" / "en"
    zh.mkdir(parents=True)
    en.mkdir()
    (zh / "a.md").write_text(
        "# 联系\n\n热线 **138**0013**8000**\n\n热线：+1 202 555 **0142**\n\n"
        "`[[channel:hotline|evil@evil.test]]`\n",
        encoding="utf-8",
    )
    (en / "a.md").write_text(
        "# Contact\n\n"
        "Call 202-555-**0177**, write to **support**@examplewallet-help.test.\n"
        "See evil\\.test or [here](/\\slash.evil.test) or [x](java&Tab;script:alert(1)).\n"
        "[[channel:website|https://evil.test]] \u202etset.evil@evil\n"
        '<a class="x"\n   href="https:/multi.evil.test">m</a>\n',
        encoding="utf-8",
    )
    segno.make("13800138000").save(zh / "qr.png", scale=5)
    (tmp_path / "docs" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg">\n<text>svg@evil.test</text>\n</svg>\n',
        encoding="utf-8",
    )
    result = guard(tmp_path, "--format", "json", "docs")
    assert result.returncode == 1, result.stderr
    found = [(f["path"], f["line"], f["verdict"], f["value"]) for f in json.loads(result.stdout)]
    assert found == [  # sorted by path, line and value
        ("docs/en/a.md", 3, "unlisted", "202-555-0177"),
        ("docs/en/a.md", 3, "impostor", "support@examplewallet-help.test"),
        ("docs/en/a.md", 4, "unlisted", "evil.test"),
        ("docs/en/a.md", 4, "unlisted", "https://slash.evil.test"),
        ("docs/en/a.md", 4, "unsafe", "javascript:alert(1)"),
        ("docs/en/a.md", 5, "unsafe", "U+202E"),
        ("docs/en/a.md", 5, "unlisted", "https://evil.test"),
        ("docs/en/a.md", 5, "unlisted", "live@live.test"),
        ("docs/en/a.md", 7, "unlisted", "https://multi.evil.test"),
        ("docs/logo.svg", 2, "unlisted", "svg@evil.test"),
        ("docs/zh/a.md", 3, "unlisted", "13800138000"),
        ("docs/zh/a.md", 7, "unlisted", "evil@evil.test"),
        ("docs/zh/qr.png", 1, "unlisted", "13800138000"),
    ]
