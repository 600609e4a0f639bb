"""The generated blocks behind ``[[registry:NAME]]``: Markdown (with a little inline HTML).

Registry text (labels, purposes, notes, impostor values) goes through ``plain_text``: it is
shown as written and can never become markup, a link or a script.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from helpcenter.registry.model import Channel, Registry
from helpcenter.registry_pages.hours import QUEUED_KINDS, describe_hours, hours_attributes
from helpcenter.registry_pages.links import channel_markdown, channel_text
from helpcenter.registry_pages.text import plain_text
from helpcenter.registry_pages.words import (
    KIND_NAMES,
    KIND_ORDER,
    KIND_SINGULAR,
    LANGUAGE_NAMES,
    TEXT,
)


def channels_block(registry: Registry, lang: str, *, year: int, root: str) -> str:
    """Every active channel, grouped by kind: value, purpose, languages and hours."""
    del root
    text, sep = TEXT[lang], ("：" if lang == "zh" else ": ")
    sections = []
    for kind in KIND_ORDER:
        channels = [c for c in registry.active if c.kind is kind]
        if not channels:
            continue
        lines = [f"### {KIND_NAMES[lang][kind]} {{ #channels-{kind} }}", ""]
        for channel in channels:
            lines.append(f"- **{plain_text(channel.label.get(lang))}**{sep}{_value(channel)}  ")
            if channel.purpose is not None:
                lines.append(f"  {plain_text(channel.purpose.get(lang))}  ")
            lines.append(f"  {text['languages']}{sep}{_languages(channel, lang)}  ")
            lines.append(f"  {text['hours']}{sep}{_hours_text(channel, lang, year)}")
        sections.append("\n".join(lines))
    return '<div class="hc-channels" markdown>\n\n' + "\n\n".join(sections) + "\n\n</div>"


def hours_block(registry: Registry, lang: str, *, year: int, root: str) -> str:
    """A table of the staffed channels: official hours, holiday note, the reader's own time."""
    del root
    text = TEXT[lang]
    rows = [
        f"| {text['channel']} | {text['official_time']} | {text['your_time']} |",
        "| --- | --- | --- |",
    ]
    for channel in registry.active:
        if channel.hours is None:
            continue
        official = plain_text(describe_hours(channel.hours, lang, year))
        if channel.hours.holiday_note is not None:
            note = plain_text(channel.hours.holiday_note.get(lang))
            official += f"<br>{text['holidays']}{'：' if lang == 'zh' else ': '}{note}"
        label = plain_text(channel.label.get(lang))
        rows.append(f"| **{label}**<br>{_value(channel)} | {official} | {_live(channel, lang)} |")
    return "\n".join(rows)


#: Reported fakes the impostor list shows, newest first; the checker knows every one. A list
#: of thousands helps no reader and makes every page-processing step of the build pay for it.
IMPOSTORS_SHOWN = 50


def impostors_block(registry: Registry, lang: str, *, year: int, root: str) -> str:
    """Reported fakes, newest first. Values are code, never links: nobody should open them."""
    del year, root
    text = TEXT[lang]
    if not registry.impostors:
        return text["no_impostors"]
    rows = [
        f"| {text['reported_on']} | {text['kind']} | {text['fake_value']} | {text['how_used']} |",
        "| --- | --- | --- | --- |",
    ]
    newest_first = sorted(registry.impostors, key=lambda i: (i.reported_on, i.line), reverse=True)
    for impostor in newest_first[:IMPOSTORS_SHOWN]:
        note = plain_text(impostor.note.get(lang)) if impostor.note else ""
        value = plain_text(impostor.value)
        rows.append(
            f"| {impostor.reported_on.isoformat()} | {KIND_SINGULAR[lang][impostor.kind]} "
            f"| <code>{value}</code> | {note} |"
        )
    # The guard recognises this container: inside it, only reported impostors may appear.
    table = "\n".join(rows)
    total = len(newest_first)
    if total > IMPOSTORS_SHOWN:
        table += "\n\n" + text["more_impostors"].format(shown=IMPOSTORS_SHOWN, total=total)
    return f'<div class="hc-impostors" data-hc-impostors markdown>\n\n{table}\n\n</div>'


def checker_block(registry: Registry, lang: str, *, year: int, root: str) -> str:
    """The checker form; hc-checker.js answers from the exported registry, offline."""
    del registry, year
    words = CHECKER_WORDS[lang]
    return (
        f'<form class="hc-checker" data-hc-export="{escape(root)}registry/channels.json" '
        f'data-hc-lang="{lang}" data-hc-scam-help="{escape(words["scam_help_href"])}" '
        f'data-hc-contact="{escape(words["contact_href"])}" autocomplete="off">\n'
        f'<label for="hc-checker-input">{words["label"]}</label>\n'
        f'<textarea id="hc-checker-input" name="contact" rows="3" spellcheck="false" '
        f'aria-describedby="hc-checker-hint"></textarea>\n'
        f'<p id="hc-checker-hint" class="hc-checker-hint">{words["hint"]}</p>\n'
        f'<button type="submit" class="md-button md-button--primary">{words["button"]}</button>\n'
        f"</form>\n"
        f'<div id="hc-checker-result" class="hc-checker-result" role="status" '
        f'aria-live="polite" aria-atomic="true"></div>\n'
        f'<noscript><p class="hc-checker-noscript">{words["noscript"]}</p></noscript>'
    )


CHECKER_WORDS = {
    "zh": {
        "label": "粘贴或输入你要核对的电话、邮箱、网址、账号、二维码内容或整段消息",
        "hint": "只在你的浏览器里核对，不会发送到任何地方。",
        "button": "检查",
        "noscript": "核查工具需要开启 JavaScript。你也可以直接对照联系客服页面上的官方渠道清单。",
        "scam_help_href": "../scam-help/",
        "contact_href": "../contact/",
    },
    "en": {
        "label": "Paste or type the phone number, email, web address, account, QR code text "
        "or whole message you want to check",
        "hint": "Checked in your browser only; nothing is sent anywhere.",
        "button": "Check",
        "noscript": "The checker needs JavaScript. You can also compare against the list of "
        "official channels on the contact page.",
        "scam_help_href": "../scam-help/",
        "contact_href": "../contact/",
    },
}


def _value(channel: Channel) -> str:
    return channel_markdown(channel, channel_text(channel))


def _languages(channel: Channel, lang: str) -> str:
    return TEXT[lang]["list_sep"].join(LANGUAGE_NAMES[lang][code] for code in channel.languages)


def _hours_text(channel: Channel, lang: str, year: int) -> str:
    if channel.hours is None:
        return TEXT[lang]["always"]
    statement = plain_text(describe_hours(channel.hours, lang, year))
    return f"{statement} {_live(channel, lang, inline=True)}"


def _live(channel: Channel, lang: str, *, inline: bool = False) -> str:
    """The element hc-hours.js fills with the reader's local hours and open/closed state."""
    assert channel.hours is not None
    fallback = "" if inline else TEXT[lang]["js_needed"]
    attributes = hours_attributes(channel.hours, queued=channel.kind in QUEUED_KINDS)
    return f'<span class="hc-hours" {attributes}>{fallback}</span>'


#: ``[[registry:NAME]]`` → the block it renders.
BLOCKS: dict[str, Callable[..., str]] = {
    "channels": channels_block,
    "hours": hours_block,
    "impostors": impostors_block,
    "checker": checker_block,
}
