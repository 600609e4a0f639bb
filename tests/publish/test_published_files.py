"""Nothing is published that the build has not accounted for: files reached through symbolic
links, hidden files and caches, code and styles from docs/, PDFs and files that are not what
their name says fail the build at their path; what is published is read as a browser shows
it (an SVG's text joined, a QR code decoded)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
import segno

from tests.publish.conftest import leftovers

pytestmark = pytest.mark.slow

SECRET = "HC_TEST_SECRET_TOKEN=do-not-publish"


def failed_without_output(build, *expected: str) -> None:
    assert not build.ok, build.output
    for text in expected:
        assert text in build.output, build.output
    assert not build.site.exists(), "a failed first build published something"
    assert leftovers(build.project) == []
    assert "Traceback" not in build.output


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("docs/zh/passwd.md", "/etc/passwd"),
        ("docs/zh/environ.png", "/proc/self/environ"),
        ("docs/zh/git-config.svg", "{project}/.git/config"),
        ("docs/zh/system", "/etc"),
    ],
    ids=["etc-passwd", "proc-environ", "git-config", "folder"],
)
def test_a_symbolic_link_under_docs_fails_the_build_and_publishes_nothing(
    tiny, link: str, target: str
) -> None:
    git = tiny.project / ".git"
    git.mkdir()
    (git / "config").write_text(f"[remote]\n\turl = https://x:{SECRET}@git.test/\n", "utf-8")
    os.symlink(target.format(project=tiny.project), tiny.project / link)
    build = tiny()
    failed_without_output(build, f"{link}:1: published through a symbolic link")
    assert SECRET not in build.output


def test_a_symbolic_link_in_the_theme_fails_the_build(tiny) -> None:
    os.symlink("/etc/passwd", tiny.project / "overrides/assets/passwd.txt")
    build = tiny()
    failed_without_output(build, "overrides/assets/passwd.txt:1: published through a symbolic")


@pytest.mark.parametrize(
    ("rel", "content", "message"),
    [
        (
            "docs/zh/style.css",
            'a::before { content: "\\32 02-555-0177"; }',
            "docs/zh/style.css:1: .css files are code; only the theme (overrides/) ships",
        ),
        (
            "docs/zh/app.js",
            'document.title = "+1 202 555 0177";',
            "docs/zh/app.js:1: .js files are code; only the theme (overrides/) ships",
        ),
        (
            "docs/zh/page.html",
            "<p>call +1 202 555 0177</p>",
            "docs/zh/page.html:1: .html files are code",
        ),
        (
            "docs/zh/guide.pdf",
            b"%PDF-1.4\n1 0 obj<</Length 20>>stream\n<2b312032303220353535>Tj\nendstream\n",
            "docs/zh/guide.pdf:1: PDFs are not published",
        ),
        (
            "docs/zh/data.txt",
            "support: +1 202 555 0177",
            "docs/zh/data.txt:1: .txt is not a type pages may publish",
        ),
        (
            "docs/zh/photo.png",
            "<html><script>alert(1)</script></html>",
            "docs/zh/photo.png:1: is not a PNG image, whatever its name says",
        ),
        (
            "docs/zh/bad.svg",
            '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>x()</script></svg>',
            "docs/zh/bad.svg:1: event handler onload= in an image (code)",
        ),
        (
            "docs/__pycache__/cached.md",
            "---\ntitle: x\ndescription: x\n---\n\n# x\n",
            "docs/__pycache__/cached.md:1: '__pycache__' is a hidden file or cache folder",
        ),
        (
            "docs/zh/.notes.md",
            "---\ntitle: x\ndescription: x\n---\n\n# x\n",
            "docs/zh/.notes.md:1: '.notes.md' is a hidden file or cache folder",
        ),
    ],
    ids=["css", "js", "html", "pdf", "txt", "fake-png", "svg-script", "pycache", "dotfile"],
)
def test_a_file_docs_may_not_publish_fails_the_build(
    tiny, rel: str, content: str | bytes, message: str
) -> None:
    build = tiny({rel: content})
    failed_without_output(build, message)


def test_an_svg_is_read_as_drawn_with_a_number_split_over_text_elements(tiny) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60">\n'
        '  <text x="0" y="20">客服电话 +1 202</text>\n'
        '  <text x="0" y="40"><tspan>555</tspan> <tspan>0177</tspan></text>\n'
        "</svg>\n"
    )
    build = tiny({"docs/zh/card.svg": svg})
    failed_without_output(build, "docs/zh/card.svg:2: unlisted: +1 202 555 0177")


def test_an_svg_that_shows_no_contact_is_published_as_it_is(tiny) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>步骤 1</text></svg>'
    build = tiny({"docs/zh/step.svg": svg})
    assert build.ok, build.output
    assert (build.site / "step.svg").read_text("utf-8") == svg


def test_a_qr_code_in_a_published_image_is_decoded_and_judged(tiny) -> None:
    image = io.BytesIO()
    segno.make("https://t.me/FakeWalletHelp").save(image, kind="png", scale=5)
    build = tiny({"docs/zh/join.png": image.getvalue()})
    failed_without_output(build, "docs/zh/join.png:1: unlisted: https://t.me/FakeWalletHelp")


def test_a_theme_stylesheet_and_script_are_read_for_contacts(tiny) -> None:
    build = tiny(
        {
            "overrides/assets/stylesheets/extra.css": (
                Path("overrides/assets/stylesheets/extra.css").read_text("utf-8")
                + '\n.hc-safety::after { content: "\\2b 1 202 555 0177"; }\n'
            ),
            "overrides/assets/javascripts/hc-hours.js": (
                Path("overrides/assets/javascripts/hc-hours.js").read_text("utf-8")
                + '\nvar hotline = "\\u002b44 20 7946 " + "0999";\n'
            ),
        }
    )
    assert not build.ok
    css_line = Path("overrides/assets/stylesheets/extra.css").read_text("utf-8").count("\n") + 2
    js_line = Path("overrides/assets/javascripts/hc-hours.js").read_text("utf-8").count("\n") + 2
    assert f"overrides/assets/stylesheets/extra.css:{css_line}: unlisted: +1 202 555 0177" in (
        build.output
    )
    # The script's strings are read joined, as the page would show them built.
    assert f"overrides/assets/javascripts/hc-hours.js:{js_line}: impostor: +44 20 7946" in (
        build.output
    )


def test_every_published_file_is_accounted_for(built_site: Path) -> None:
    """The real site: pages, theme files, generated files; no source maps or unused theme
    files (Material's own search), no hidden files."""
    names = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file()]
    assert not [n for n in names if n.endswith(".map")]
    unused = ("assets/javascripts/lunr/", "assets/javascripts/workers/")
    assert not [n for n in names if n.startswith(unused)]
    assert not [n for n in names if any(part.startswith(".") for part in n.split("/"))]
    assert "registry/channels.json" in names and "_headers" in names
