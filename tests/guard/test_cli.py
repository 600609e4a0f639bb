"""The command line is the build: the same problems as ``mkdocs build`` on the same tree
(contacts, markers, content rules, unpublishable files), exit codes, paths, stdin, formats."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import segno

from tests.support.tiny import PAGES, Tiny

pytestmark = pytest.mark.slow

ZH, EN = "docs/zh/index.md", "docs/en/index.md"
# One page per language with a bit of everything a build refuses.
BAD = {
    ZH: PAGES[ZH]
    + "\n热线 +1 202-555-0199\n\n邮件 evil [at] evil [dot] test\n"
    + "\n[[channel:no-such-id]] 和 [[channel:hotline-legacy]]\n",
    EN: PAGES[EN]
    + "\nVisit [https://www.example.com/](https://t.me/EvilSupport) for help.\n"
    + "\nSupport can freeze your account.\n"
    + '\n<span onclick="go()">x</span>\n',
    "docs/zh/app.js": "alert(1)",
}
PROBLEM = re.compile(r"^(\S+:\d+: .+?)\. Fix:", re.M)


def guard(cwd: Path, *args: str, stdin: str | None = None, **env: str):
    return subprocess.run(
        [sys.executable, "-m", "helpcenter.guard", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": "false", **env},
    )


def problems(output: str) -> set[str]:
    return set(PROBLEM.findall(output))


def matching(reported: set[str], expected: set[str]) -> bool:
    """Each reported problem starts with one expected text, and each expected one is there."""
    return len(reported) == len(expected) and all(
        sum(line.startswith(e) for line in reported) == 1 for e in expected
    )


def test_the_cli_reports_exactly_what_the_build_reports(tiny: Tiny) -> None:
    build = tiny(BAD)
    assert not build.ok
    cli = guard(tiny.project)
    assert cli.returncode == 1, cli.stderr
    expected = {
        "docs/zh/index.md:10: impostor: +1 202-555-0199",
        "docs/zh/index.md:12: unlisted: evil@evil.test",
        "docs/zh/index.md:14: unknown channel id 'no-such-id' in [[channel:no-such-id]]",
        "docs/zh/index.md:14: channel 'hotline-legacy' was retired on 2026-06-30 and is no "
        "longer answered",
        # Judged by where the link goes, not by the address its text shows.
        "docs/en/index.md:10: unlisted: https://t.me/EvilSupport",
        "docs/en/index.md:12: states that support can freeze an account or wallet, which is "
        "false for a self-custody wallet",
        "docs/en/index.md:14: an event handler onclick= on <span> (code)",
        "docs/zh/app.js:1: .js files are code; only the theme (overrides/) ships scripts and "
        "styles",
    }
    assert matching(problems(cli.stdout), expected), cli.stdout
    assert problems(cli.stdout) == problems(build.output), build.output
    assert "8 problem(s) in 3 file(s)" in cli.stderr


def test_a_clean_project_exits_0(tiny: Tiny) -> None:
    cli = guard(tiny.project)
    assert (cli.returncode, cli.stdout) == (0, ""), cli.stderr
    assert "every contact is official" in cli.stderr


def test_paths_select_what_is_reported(tiny: Tiny) -> None:
    for rel, text in BAD.items():
        (tiny.project / rel).write_text(text, encoding="utf-8")
    cli = guard(tiny.project, "docs/en")
    assert cli.returncode == 1
    assert {p.split(":")[0] for p in problems(cli.stdout)} == {"docs/en/index.md"}


def test_stdin_and_outside_files_are_checked_as_pages_and_json_has_the_verdict(
    tiny: Tiny, tmp_path: Path
) -> None:
    page = "---\ntitle: x\ndescription: y\n---\n\n# x\n\nTelegram: @ExampleWallet_Support\n"
    result = guard(tiny.project, "--format", "json", "-", stdin=page)
    assert result.returncode == 1, result.stderr
    [found] = json.loads(result.stdout)
    assert (found["path"], found["line"], found["verdict"], found["check"]) == (
        "<stdin>",
        8,
        "impostor",
        "guard",
    )
    outside = tmp_path / "draft.md"
    outside.write_text(page.replace("@ExampleWallet_Support", "@ExampleWalletSupport"), "utf-8")
    assert guard(tiny.project, str(outside)).returncode == 0


def test_github_format_gives_annotations(tiny: Tiny) -> None:
    tiny.project.joinpath(ZH).write_text(BAD[ZH], encoding="utf-8")
    result = guard(tiny.project, "--format", "github")
    assert "::error file=docs/zh/index.md,line=10,title=guard%3A impostor%3A +1 202-555-0199" in (
        result.stdout
    )


def test_fails_closed_exit_2(tiny: Tiny, tmp_path: Path) -> None:
    missing = guard(tiny.project, "nowhere.md")
    assert missing.returncode == 2
    assert "nowhere.md: no such file or folder" in missing.stderr
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe not utf-8 \xff")
    assert guard(tiny.project, str(tmp_path / "bad.md")).returncode == 2
    (tiny.project / "registry/channels.yml").write_text("brand: [\n", encoding="utf-8")
    broken = guard(tiny.project)
    assert broken.returncode == 2
    assert "registry" in broken.stderr
    assert guard(tmp_path).returncode == 2  # no mkdocs.yml here


def test_images_and_svg_are_read_as_published(tiny: Tiny) -> None:
    segno.make("13800138000").save(tiny.project / "docs/zh/qr.png", scale=5)
    (tiny.project / "docs/zh/card.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg">\n<text>svg@evil.test</text>\n</svg>\n',
        encoding="utf-8",
    )
    result = guard(tiny.project, "--format", "json")
    found = {
        (f["path"], f["line"], f.get("verdict"), f.get("value")) for f in json.loads(result.stdout)
    }
    assert found == {
        ("docs/zh/qr.png", 1, "unlisted", "13800138000"),
        ("docs/zh/card.svg", 2, "unlisted", "svg@evil.test"),
    }
