"""Markers render per language; every marker that cannot render is reported with path:line."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest

from helpcenter.registry.loader import load_registry
from helpcenter.registry.model import Registry
from helpcenter.registry_pages.markers import MarkerError, marker_places, render_markers

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "registry" / "channels.yml")


def render(text: str, registry: Registry, lang: str = "zh") -> str:
    return render_markers(text, registry, lang, path="docs/zh/x.md", year=2026, root="../")


@pytest.mark.parametrize(
    ("marker", "zh", "en"),
    [
        ("[[channel:hotline]]", "[+1 202-555-0142](tel:+12025550142)", None),
        ("[[channel:support-email]]", "[support@example.com](mailto:support@example.com)", None),
        (
            "[[channel:telegram]]",
            "[@ExampleWalletSupport](https://t.me/ExampleWalletSupport)",
            None,
        ),
        ("[[channel:x]]", "[@ExampleWallet](https://x.com/ExampleWallet)", None),
        ("[[channel:whatsapp]]", "[+1 202-555-0143](https://wa.me/12025550143)", None),
        (
            "[[channel:discord]]",
            "[discord.gg/examplewallet](https://discord.gg/examplewallet)",
            None,
        ),
        ("[[channel:website]]", "[www.example.com](https://www.example.com)", None),
        ("[[channel:wechat]]", "`ExampleWalletCN`", None),
        (
            "[[channel:hotline|label]]",
            "[客服热线](tel:+12025550142)",
            "[Support hotline](tel:+12025550142)",
        ),
        (
            "[[channel:wechat|label]]",
            "官方微信公众号 `ExampleWalletCN`",
            "Official WeChat account `ExampleWalletCN`",
        ),
        (
            "[[channel:app-store|官方下载页]]",
            "[官方下载页](https://www.example.com/download)",
            None,
        ),
    ],
)
def test_channel_markers_render_per_language(
    registry: Registry, marker: str, zh: str, en: str | None
) -> None:
    assert render(f"打 {marker} 。", registry, "zh") == f"打 {zh} 。"
    assert render(f"Use {marker}.", registry, "en") == f"Use {en or zh}."


def test_markers_in_code_are_left_alone(registry: Registry) -> None:
    text = "Write `[[channel:nope]]`.\n\n```\n[[channel:nope]]\n```\n"
    assert render(text, registry) == text


def test_every_bad_marker_is_reported_with_its_line(registry: Registry) -> None:
    text = "\n".join(
        [
            "# T",
            "[[channel:hotlin]]",
            "[[channel:hotline-legacy]] and [[chanel:hotline]]",
            "see [[registry:channels]] inline",
            "[[registry:nope]]",
            "[[channel:hotline|lable]]",
        ]
    )
    with pytest.raises(MarkerError) as error:
        render(text, registry)
    ids = ", ".join(c.id for c in registry.active)
    assert str(error.value).split("\n") == [
        "docs/zh/x.md:2: unknown channel id 'hotlin' in [[channel:hotlin]]. Fix: did you mean "
        f"'hotline'? use an id from channels.yml: {ids}",
        "docs/zh/x.md:3: channel 'hotline-legacy' was retired on 2026-06-30 and is no longer "
        "answered. Fix: use an active channel such as 'hotline'",
        "docs/zh/x.md:3: unknown marker [[chanel:…]]. Fix: use [[channel:ID]], "
        "[[channel:ID|label]] or [[registry:NAME]]",
        "docs/zh/x.md:4: [[registry:channels]] generates a block and must stand alone on its "
        "line. Fix: put it on a line of its own, with blank lines around it",
        "docs/zh/x.md:5: unknown block [[registry:nope]]. Fix: use one of [[registry:channels]], "
        "[[registry:hours]], [[registry:impostors]], [[registry:checker]]",
        "docs/zh/x.md:6: 'lable' in [[channel:hotline|lable]] looks like a misspelt style. "
        "Fix: write [[channel:hotline]] for the value or [[channel:hotline|label]] for the label",
    ]


def test_channel_list_groups_every_active_channel_by_kind(registry: Registry) -> None:
    zh = unescape(render("[[registry:channels]]", registry, "zh"))  # as readers see it
    en = unescape(render("[[registry:channels]]", registry, "en"))
    for channel in registry.active:
        assert f"**{channel.label.zh}**" in zh
        assert f"**{channel.label.en}**" in en
    assert "hotline-legacy" not in zh and "+1 202-555-0100" not in zh
    assert zh.index("### 电话 { #channels-phone }") < zh.index("### 邮箱 { #channels-email }")
    assert "### Phone { #channels-phone }" in en
    assert "服务时间：周一至周五 09:00–18:00（北京时间，UTC+8）" in zh
    assert "Hours: Mon–Fri 09:00–18:00 (China time, UTC+8)" in en
    assert "服务语言：英语" in zh  # hotline-uk and WhatsApp answer in English only
    assert "Languages: Chinese, English" in en


def test_hours_table_lists_staffed_channels_with_official_zone(registry: Registry) -> None:
    en = unescape(render("[[registry:hours]]", registry, "en")).split("\n")
    assert en[0] == "| Channel | Hours (official time zone) | In your time zone |"
    staffed = [c for c in registry.active if c.hours is not None]
    assert len(en) == 2 + len(staffed)
    uk = next(row for row in en if "UK support line" in row)
    assert "Mon–Fri 09:00–17:30 (London time, UTC+0, UTC+1 in summer)" in uk
    assert 'data-hc-tz="Europe/London" data-hc-days="mon tue wed thu fri"' in uk
    assert ">shown here with JavaScript on</span>" in uk


def test_impostors_newest_first_never_links(registry: Registry) -> None:
    zh = unescape(render("[[registry:impostors]]", registry, "zh"))
    rows = [line for line in zh.split("\n") if line.startswith("| 20")]
    dates = [row.split(" | ")[0].lstrip("| ") for row in rows]
    assert dates == sorted(dates, reverse=True) and len(rows) == len(registry.impostors)
    assert rows[0].startswith("| 2026-10-28 | 电话 | <code>+1 202-555-0199</code> |")
    assert "](" not in zh and "href" not in zh


def test_checker_block_points_at_the_export(registry: Registry) -> None:
    html = render_markers(
        "[[registry:checker]]", registry, "en", path="x.md", year=2026, root="../../"
    )
    assert 'data-hc-export="../../registry/channels.json" data-hc-lang="en"' in html
    assert '<label for="hc-checker-input">' in html
    assert 'role="status" aria-live="polite"' in html
    assert "<script" not in html and "style=" not in html


def test_block_inside_an_admonition_keeps_its_indentation(registry: Registry) -> None:
    out = render('!!! info "x"\n    [[registry:hours]]\n', registry, "en").split("\n")
    assert all(line.startswith("    |") for line in out[1:-1])


def test_marker_places_agree_with_what_renders(registry: Registry) -> None:
    text = (
        "A [[channel:hotline|Call us]] b [[channel:x|label]] `[[channel:x|code]]`\n"
        "```\n[[channel:hotline|fenced]]\n```\n"
        "[[channel:website| value ]]\n\n[[registry:hours]]"
    )
    places = list(marker_places(text))
    assert [(text[p.start : p.end], p.rendered) for p in places] == [
        ("[[channel:hotline|Call us]]", True),
        ("[[channel:x|label]]", True),
        ("[[channel:x|code]]", False),
        ("[[channel:hotline|fenced]]", False),
        ("[[channel:website| value ]]", True),
        ("[[registry:hours]]", True),
    ]
    own = [text[s:e] for p in places if (span := p.own_text) is not None for s, e in [span]]
    assert own == ["Call us", "code", "fenced"]
    # Exactly the rendered ones change on the page; the others stay as written.
    rendered = render(text, registry, "en")
    for place in places:
        assert (text[place.start : place.end] in rendered) is not place.rendered
