"""The guard inside ``mkdocs build`` of the real site: clean site passes; every injected
contact (both languages, a template, mkdocs.yml, a QR image) fails the build at its line,
and the failed build leaves the previously published site exactly as it was."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import segno

from helpcenter.guard.worker import ENVIRONMENT
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def append(project: Path, rel: str, text: str) -> tuple[str, int]:
    """Append ``text`` to a copied file; return its contents and the line ``text`` starts on."""
    old = (project / rel).read_text(encoding="utf-8")
    if not old.endswith("\n"):
        old += "\n"
    return old + text, old.count("\n") + 1


# The scanning runs in the build process or in a worker beside it (helpcenter.guard.worker):
# the same findings either way.
WHERE = pytest.mark.parametrize("worker", ["0", "1"], ids=["in-process", "worker"])


@WHERE
def test_injected_contacts_fail_the_build_at_their_lines(
    site_builder, monkeypatch: pytest.MonkeyPatch, worker: str
) -> None:
    monkeypatch.setenv(ENVIRONMENT, worker)
    clean = site_builder()
    assert clean.ok, clean.output
    assert (clean.site / "index.html").is_file() and (clean.site / "en" / "index.html").is_file()

    project = clean.project
    zh, zh_line = append(project, "docs/zh/contact.md", "\n客服热线：+1 202-555-0199\n")
    en, en_line = append(
        project,
        "docs/en/fees.md",
        "\nWrite to support&#64;examplewallet-help.test or [chat](https://t.me/FakeWalletHelp).\n",
    )
    template, template_line = append(
        project,
        "overrides/main.html",
        '{% block footer %}<a href="https://evil.test">x</a>{% endblock %}\n',
    )
    config_lines = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    config_line = next(n for n, line in enumerate(config_lines, 1) if line.startswith("copyright:"))
    config_lines[config_line - 1] = "copyright: 客服 WhatsApp +1 202 555 0177"
    config = "\n".join(config_lines) + "\n"
    segno.make("https://qr.evil.test/join").save(project / "docs/zh/join-qr.png", scale=5)
    before = {p: p.read_bytes() for p in clean.site.rglob("*") if p.is_file()}

    failed = site_builder(
        {
            "docs/zh/contact.md": zh,
            "docs/en/fees.md": en,
            "overrides/main.html": template,
            "mkdocs.yml": config,
        }
    )
    assert not failed.ok
    expected = [
        f"docs/zh/contact.md:{zh_line + 1}: impostor: +1 202-555-0199 ",
        f"docs/en/fees.md:{en_line + 1}: impostor: support@examplewallet-help.test ",
        f"docs/en/fees.md:{en_line + 1}: unlisted: https://t.me/FakeWalletHelp ",
        f"overrides/main.html:{template_line}: unlisted: https://evil.test ",
        f"mkdocs.yml:{config_line}: unlisted: +1 202 555 0177 ",
        "docs/zh/join-qr.png:1: unlisted: https://qr.evil.test/join ",
    ]
    for line in expected:
        assert line in failed.output, f"{line!r} missing from:\n{failed.output}"
    assert "contact guard: " in failed.output and "nothing was published" in failed.output
    after = {p: p.read_bytes() for p in failed.site.rglob("*") if p.is_file()}
    assert after == before, "a failed build changed the published site"

    # The CLI (and so the pre-commit hook) gives the same verdicts on the same files.
    cli = subprocess.run(
        [sys.executable, "-m", "helpcenter.guard", "docs", "overrides", "mkdocs.yml"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": "false"},
    )
    assert cli.returncode == 1, cli.stderr
    finding = re.compile(r"^\S+:\d+: [a-z]+: .*$", re.MULTILINE)
    assert set(finding.findall(cli.stdout)) == set(finding.findall(failed.output))


def test_contacts_hidden_by_markup_fail_the_build_at_their_lines(site_builder) -> None:
    project = site_builder().project
    # Links like "/\\x" are odd enough for MkDocs to warn (strict: abort before the guard
    # reports); relaxed here so the guard's own report is what fails the build.
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    for key in ("omitted_files", "absolute_links", "unrecognized_links"):
        config = config.replace(f"{key}: warn", f"{key}: info")
    en, en_line = append(
        project,
        "docs/en/fees.md",
        "\nCall 202-555-**0177** or write to **support**@examplewallet-help.test.\n"
        "\nSee evil\\.test, [this](/\\slash.evil.test) and [that](java&#x09;script:alert(1)).\n"
        "\n[[channel:hotline|Call +1 202-555-0178]] or `[[channel:hotline|code@evil.test]]`.\n"
        "\nReversed: \u202etset.evil@evil\n"
        '\n<a class="x"\n   title="t"\n\n   href="https:/multi.evil.test">m</a>\n'
        "\n<span onclick=\"location='https://onclick.evil.test'\">z</span>\n",
    )
    zh, zh_line = append(
        project, "docs/zh/contact.md", "\n热线 **138**0013**8000**\n\n热线：+1 202 555 **0142**\n"
    )
    segno.make("13800138000").save(project / "docs/zh/qr-cn.png", scale=5)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg">\n<a href="https://svg.evil.test">x</a>\n</svg>\n'
    )
    failed = site_builder(
        {
            "mkdocs.yml": config,
            "docs/en/fees.md": en,
            "docs/zh/contact.md": zh,
            "docs/assets/images/x.svg": svg,
        }
    )
    assert not failed.ok
    reported = set(re.findall(r"^(\S+:\d+: [a-z]+: .+?) \(", failed.output, re.MULTILINE))
    # The search index shows the page's text too, reversed run and all: reported there as well.
    reported = {r for r in reported if not r.startswith("site/en/search/")}
    assert reported == {
        f"docs/en/fees.md:{en_line + 1}: unlisted: 202-555-0177",
        f"docs/en/fees.md:{en_line + 1}: impostor: support@examplewallet-help.test",
        f"docs/en/fees.md:{en_line + 3}: unlisted: evil.test",
        f"docs/en/fees.md:{en_line + 3}: unlisted: https://slash.evil.test",
        f"docs/en/fees.md:{en_line + 3}: unsafe: javascript:alert(1)",
        f"docs/en/fees.md:{en_line + 5}: unlisted: +1 202-555-0178",
        f"docs/en/fees.md:{en_line + 5}: unlisted: code@evil.test",
        f"docs/en/fees.md:{en_line + 7}: unsafe: U+202E",
        f"docs/en/fees.md:{en_line + 7}: unlisted: live@live.test",
        f"docs/en/fees.md:{en_line + 12}: unlisted: https://multi.evil.test",
        f"docs/en/fees.md:{en_line + 14}: unlisted: https://onclick.evil.test",
        f"docs/zh/contact.md:{zh_line + 1}: unlisted: 13800138000",
        "docs/zh/qr-cn.png:1: unlisted: 13800138000",
    }, failed.output
    # A link inside an image is refused before any reading: images may not link anywhere.
    assert "docs/assets/images/x.svg:2: an image may not contain <a>" in failed.output
    assert "docs/en/fees.md:" in failed.output and "an event handler onclick= on <span>" in (
        failed.output
    )


INJECT_HOOK = """\
def on_post_page(output, page, **_):
    if page.file.src_uri == "en/fees.md":  # what no source shows: only the built page
        return output.replace("</body>", "<p>Plugin says: write to plugin@evil.test</p>\\n</body>")
    return output
"""


@WHERE
def test_a_contact_only_the_built_page_shows_fails_the_build(
    site_builder, monkeypatch: pytest.MonkeyPatch, worker: str
) -> None:
    monkeypatch.setenv(ENVIRONMENT, worker)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("hooks:\n", "hooks:\n  - hooks/inject_contact.py\n", 1)
    failed = site_builder({"hooks/inject_contact.py": INJECT_HOOK, "mkdocs.yml": config})
    assert not failed.ok
    found = re.findall(
        r"^site/en/fees/index\.html:(\d+): unlisted: plugin@evil\.test ", failed.output, re.M
    )
    assert len(found) == 1 and int(found[0]) > 1, failed.output
