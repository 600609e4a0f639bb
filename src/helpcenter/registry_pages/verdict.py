"""The checker's one answer for whatever a reader pastes: the guard's verdict on its worst contact.

This is the Python side of the checker (section ``verdict`` of ``hc-checker.js`` mirrors it):
the guard finds and judges every contact in the text; a message is as bad as its worst contact.
"""

from __future__ import annotations

from helpcenter.guard.finding import Judgement, Verdict
from helpcenter.guard.read.check import Checker
from helpcenter.registry.model import Registry

__all__ = ["ORDER", "checker_verdict"]

#: The checker page's scripts, in the order they load (overrides/main.html lists the same):
#: the ``helpcenter.contacts``, ``registry.index`` and ``guard.read`` mirrors, then the page.
CHECKER_SCRIPTS = ("hc-contacts.js", "hc-registry.js", "hc-read.js", "hc-checker.js")

#: Worst first.
ORDER = (
    Verdict.UNSAFE,
    Verdict.IMPOSTOR,
    Verdict.LOOKALIKE,
    Verdict.RETIRED,
    Verdict.UNLISTED,
    Verdict.OFFICIAL,
    Verdict.REFERENCE,
    Verdict.INTERNAL,
)


def checker_verdict(
    text: str, registry: Registry, *, region: str | None = None
) -> Judgement | None:
    """The worst judgement among the contacts in ``text``; None when it holds no contact."""
    hits = Checker(registry).check_text(text, region=region)
    if not hits:
        return None
    return min((hit.judgement for hit in hits), key=lambda j: ORDER.index(j.verdict))
