"""How a channel is written on a page: the text a reader sees and the link it opens."""

from __future__ import annotations

from helpcenter.contacts.kinds import URL_KINDS, Kind
from helpcenter.registry.model import Channel


def channel_href(channel: Channel) -> str | None:
    """The link that opens the channel; None for ids that no link can open (WeChat, QQ)."""
    kind, key = channel.kind, channel.contact.key
    if kind in URL_KINDS:
        return channel.value
    if kind is Kind.EMAIL:
        return f"mailto:{key}"
    if kind is Kind.PHONE:
        return f"tel:{key}"
    if kind is Kind.WHATSAPP:
        return f"https://wa.me/{key.lstrip('+')}"
    if kind is Kind.TELEGRAM:  # the canonical handle: the value may be written as a link
        return f"https://t.me/{channel.contact.display.lstrip('@')}"
    if kind is Kind.X:
        return f"https://x.com/{channel.contact.display.lstrip('@')}"
    if kind is Kind.DISCORD:
        return f"https://discord.gg/{key}"
    return None


def channel_text(channel: Channel) -> str:
    """The value as readers should recognise it: ``+1 202-555-0142``, ``@ExampleWallet``."""
    if channel.kind in URL_KINDS or channel.kind is Kind.DISCORD:
        return channel.value.split("://", 1)[-1].rstrip("/")
    return channel.value


def channel_markdown(channel: Channel, text: str) -> str:
    """``text`` as a Markdown link to the channel, or as code when it cannot be linked."""
    href = channel_href(channel)
    shown = _escape(text)
    if href is None:
        return f"`{text}`" if text == channel.value else f"{shown} `{channel.value}`"
    return f"[{shown}]({href})"


def _escape(text: str) -> str:
    return "".join("\\" + c if c in "[]()*_`|<>\\" else c for c in text)
