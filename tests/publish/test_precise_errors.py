"""Bad input is named at its file and line with what to do, never a traceback: every marker
error of every page in one run, at the line the writer sees; binary or wrongly encoded pages;
broken front matter; and the pages' other problems in the same report."""

from __future__ import annotations

import pytest

from tests.support.tiny import PAGES, Tiny

pytestmark = pytest.mark.slow

ZH, EN = "docs/zh/index.md", "docs/en/index.md"


def test_every_marker_error_of_every_page_at_its_real_line(tiny: Tiny) -> None:
    build = tiny(
        {
            # Front matter of 4 lines and blank lines before the body: lines count from the file.
            ZH: PAGES[ZH] + "\n\n[[channel:hotlne]]\n\n正文\n\n[[registry:nope]]\n",
            EN: PAGES[EN] + "\n[[channel:hotline-legacy]] and [[channel:hotline|lable]]\n",
        }
    )
    assert not build.ok
    for line in [
        "docs/zh/index.md:11: unknown channel id 'hotlne' in [[channel:hotlne]]. Fix: did you "
        "mean 'hotline'?",
        "docs/zh/index.md:15: unknown block [[registry:nope]]. Fix: use one of",
        "docs/en/index.md:10: channel 'hotline-legacy' was retired on 2026-06-30",
        "docs/en/index.md:10: 'lable' in [[channel:hotline|lable]] looks like a misspelt style",
    ]:
        assert line in build.output, build.output
    assert "registry markers (4):" in build.output
    assert "Traceback" not in build.output


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"---\ntitle: x\ndescription: y\n---\n\n# x\n\x00\x01\x02\xff",
            "docs/zh/blob.md:7: is binary data (it holds NUL bytes), not a Markdown page",
        ),
        (
            b"---\ntitle: x\ndescription: y\n---\n\n# x\n\ncaf\xe9 au lait\n",
            "docs/zh/blob.md:8: is not valid UTF-8 (byte 0xe9 at column 4). Fix: save the page "
            "as UTF-8 text",
        ),
    ],
    ids=["binary", "latin-1"],
)
def test_a_page_that_is_not_utf8_text_is_named_with_its_line(
    tiny: Tiny, content: bytes, expected: str
) -> None:
    build = tiny({"docs/zh/blob.md": content})
    assert not build.ok
    assert expected in build.output, build.output
    assert "Traceback" not in build.output


def test_broken_front_matter_and_other_problems_are_reported_together(tiny: Tiny) -> None:
    build = tiny(
        {
            ZH: "---\ntitle: [unclosed\ndescription: y\n---\n\n# x\n",
            EN: PAGES[EN] + "\nCall +1 202-555-0199.\n",
        }
    )
    assert not build.ok
    assert "docs/zh/index.md:3: front matter is not valid YAML" in build.output, build.output
    assert "docs/en/index.md:10: impostor: +1 202-555-0199" in build.output
