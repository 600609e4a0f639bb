"""Reviewers see contact changes: the contacts manifest of a built site, and the job-summary
Markdown comparing two, for two tiny built sites and for hostile values."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpcenter.review.diff import compare, summary
from helpcenter.review.manifest import SiteContact
from tests.support.build import run_build
from tests.support.tiny import PAGES, apply, make_tiny_project

ZH, EN = "docs/zh/index.md", "docs/en/index.md"


def built(tmp_path: Path, name: str, pages: dict[str, str]) -> Path:
    project = make_tiny_project(tmp_path / name)
    apply(project, pages)
    build = run_build(project)
    assert build.ok, build.output
    return project


def review(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "helpcenter.review", *map(str, args)],
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("review")
    base = built(
        tmp,
        "base",
        {ZH: PAGES[ZH] + "\n邮件：[[channel:support-email]]\n", EN: PAGES[EN]},
    )
    head = built(
        tmp,
        "head",
        {
            ZH: PAGES[ZH] + "\n电话：[[channel:hotline]]\n",
            EN: PAGES[EN] + "\nEmail [[channel:support-email]] or see [[channel:x|label]].\n",
        },
    )
    return base, head


@pytest.mark.slow
def test_the_manifest_lists_each_contact_with_its_pages(sites: tuple[Path, Path]) -> None:
    base, _ = sites
    run = review("manifest", base)
    assert (run.returncode, run.stderr) == (0, "")
    assert json.loads(run.stdout) == {
        "version": 1,
        "contacts": [
            {
                "kind": "email",
                "key": "support@example.com",
                "shown": "support@example.com",
                "verdict": "official",
                "pages": ["/"],
            }
        ],
    }


@pytest.mark.slow
def test_the_diff_of_two_built_sites_names_kind_value_and_pages(
    sites: tuple[Path, Path], tmp_path: Path
) -> None:
    base, head = sites
    run = review("diff", base, head, "--base-name", "main (abc1234)")
    assert (run.returncode, run.stderr) == (0, "")
    assert run.stdout == (
        "## Published contacts\n"
        "\n"
        "Compared with main &#40;abc1234&#41;: 2 added, 0 removed, 1 on other pages.\n"
        "\n"
        "### Added\n"
        "\n"
        "| Kind | Contact | Registry | Pages |\n"
        "| --- | --- | --- | --- |\n"
        "| phone | <code>+1 202-555-0142</code> | official | <code>/</code> |\n"
        "| x | <code>&#64;ExampleWallet</code> | official | <code>/en/</code> |\n"
        "\n"
        "### On other pages\n"
        "\n"
        "| Kind | Contact | Registry | Pages |\n"
        "| --- | --- | --- | --- |\n"
        "| email | <code>support&#64;example&#46;com</code> | official | now also on "
        "<code>/en/</code>; no longer on <code>/</code> |\n"
    )
    # A manifest written by `manifest` compares the same as the site it was read from.
    saved = tmp_path / "base-contacts.json"
    saved.write_text(review("manifest", base).stdout, encoding="utf-8")
    assert review("diff", saved, head, "--base-name", "main (abc1234)").stdout == run.stdout
    same = review("diff", head, head)
    assert same.stdout == (
        "## Published contacts\n\n"
        "No contact was added to or removed from any page, compared with the base branch.\n"
    )


def test_a_folder_without_a_built_site_is_an_error(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parents[2] / "registry", tmp_path / "registry")
    run = review("diff", tmp_path, tmp_path)
    assert run.returncode == 2
    assert run.stderr == (
        f"contact changes: {tmp_path / 'site'}: no built site here (build it first: mkdocs "
        f"build -d {tmp_path / 'site'})\n"
    )


def test_a_file_that_is_not_a_manifest_is_an_error(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"version": 7}', encoding="utf-8")
    run = review("diff", other, other)
    assert (run.returncode, run.stderr) == (
        2,
        f"contact changes: {other}: not a contacts manifest of version 1\n",
    )


def contact(shown: str, pages: tuple[str, ...] = ("/",), verdict: str = "impostor") -> SiteContact:
    return SiteContact("website", shown.lower(), shown, verdict, pages)


def test_hostile_values_stay_inert_text_in_the_summary() -> None:
    hostile = contact("https://evil.test/<script>|`x`|*[y](z)@team")
    text = summary(compare([], [hostile]))
    row = text.splitlines()[-1]
    assert row == (
        "| website | <code>https&#58;//evil&#46;test/&#60;script&#62;&#124;&#96;x&#96;&#124;"
        "&#42;&#91;y&#93;&#40;z&#41;&#64;team</code> | impostor | <code>/</code> |"
    )
    assert row.count(" | ") == 3  # still four cells


def test_a_changed_verdict_is_shown_with_both_sides() -> None:
    before = contact("https://www.example.com", verdict="official")
    after = contact("https://www.example.com", verdict="retired")
    text = summary(compare([before], [after]))
    assert "| official → retired | " in text
    assert "1 on other pages" in text
