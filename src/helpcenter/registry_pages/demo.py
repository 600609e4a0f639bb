"""The demo notice: with ``demo: true`` in the registry, every page says, in its language,
that the help center is a demonstration whose contacts are fictional.

The registry hook hands :func:`demo_notice` to the templates (``hc_demo``); the partial
``overrides/partials/hc-demo.html`` calls it with the page's locale. Its words hold no contact
value: the notice is about the contacts, never one of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpcenter.registry_pages.words import TEXT, lang_key


@dataclass(frozen=True, slots=True)
class DemoNotice:
    """What the notice says in one language."""

    title: str
    """A short label, shown first: "Demo site"."""
    text: str
    """The sentence: a demonstration, fictional contacts, never contact them."""


def demo_notice(locale: str) -> DemoNotice:
    """The notice in the language of ``locale`` (``zh``, ``zh_CN``, ``en``...)."""
    words = TEXT[lang_key(locale)]
    return DemoNotice(title=words["demo_title"], text=words["demo_notice"])
