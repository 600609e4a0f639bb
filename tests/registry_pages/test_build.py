"""The real build renders registry content in both languages; bad markers fail it with path:line."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from helpcenter.registry_pages.verdict import CHECKER_SCRIPTS

pytestmark = pytest.mark.slow


def test_bad_markers_fail_the_build_naming_each_place(site_builder) -> None:
    page = "# Bad\n\nCall [[channel:hotline-legacy]].\n\nOr [[channel:nope]].\n"
    build = site_builder({"docs/en/feedback.md": page})
    assert not build.ok
    assert (
        "docs/en/feedback.md:3: channel 'hotline-legacy' was retired on 2026-06-30 and is no "
        "longer answered. Fix: use an active channel such as 'hotline'"
    ) in build.output
    assert "docs/en/feedback.md:5: unknown channel id 'nope' in [[channel:nope]]." in build.output
    assert not (build.site / "registry" / "channels.json").exists()


@pytest.mark.parametrize(("lang", "prefix"), [("zh", ""), ("en", "en/")])
def test_generated_pages_in_both_languages(built_site: Path, lang: str, prefix: str) -> None:
    contact = (built_site / prefix / "contact" / "index.html").read_text(encoding="utf-8")
    assert 'href="tel:+12025550142"' in contact and 'id="channels-phone"' in contact
    assert "[[" not in contact
    hours = (built_site / prefix / "service-hours" / "index.html").read_text(encoding="utf-8")
    assert hours.count('class="hc-hours"') == 6  # every staffed active channel
    impostors = (built_site / prefix / "known-impostors" / "index.html").read_text(encoding="utf-8")
    assert "<code>+1 202-555-0199</code>" in unescape(impostors)
    assert impostors.index("2026-10-28") < impostors.index("2026-05-02")
    checker = (built_site / prefix / "check-contact" / "index.html").read_text(encoding="utf-8")
    root = "../" if lang == "zh" else "../../"
    assert f'data-hc-export="{root}registry/channels.json" data-hc-lang="{lang}"' in checker
    assert 'src="' + root + 'assets/javascripts/hc-checker.js"' in checker
    assert 'src="' + root + 'assets/javascripts/hc-hours.js"' in hours


def test_registry_scripts_load_only_where_their_blocks_are(built_site: Path) -> None:
    def scripts(page: str) -> list[str]:
        html = (built_site / page).read_text(encoding="utf-8")
        return re.findall(r'src="[./]*assets/javascripts/(hc-[a-z]+\.js)"', html)

    checker = list(CHECKER_SCRIPTS)
    assert scripts("check-contact/index.html") == scripts("en/check-contact/index.html") == checker
    assert scripts("service-hours/index.html") == scripts("contact/index.html") == ["hc-hours.js"]
    for page in ("index.html", "en/index.html", "scam-help/index.html", "404.html"):
        assert scripts(page) == [], page


def test_export_is_published_once_for_both_languages(built_site: Path) -> None:
    doc = json.loads((built_site / "registry" / "channels.json").read_text(encoding="utf-8"))
    assert doc["generated_from"]["sha256"]
    assert {c["id"] for c in doc["channels"]} >= {"hotline", "hotline-legacy", "wechat"}
    assert not (built_site / "en" / "registry").exists()
