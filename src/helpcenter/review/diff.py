"""Which published contacts a change adds or removes: two contacts manifests compared, and
the comparison as Markdown for a pull request's job summary.

Contact values are shown as code, never as links (an impostor's address must not become one
click away), with every character Markdown or HTML could read escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpcenter.review.manifest import SiteContact


@dataclass(frozen=True, slots=True)
class Moved:
    """A contact both sides show, on other pages."""

    contact: SiteContact
    """The contact as the new side shows it."""
    added_pages: tuple[str, ...]
    removed_pages: tuple[str, ...]
    verdict_before: str
    """What the old side's registry said (it may have changed too)."""


@dataclass(frozen=True, slots=True)
class Changes:
    added: tuple[SiteContact, ...]
    removed: tuple[SiteContact, ...]
    moved: tuple[Moved, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.moved)


def compare(base: list[SiteContact], head: list[SiteContact]) -> Changes:
    """What ``head`` shows that ``base`` did not, and the other way round."""
    before = {(c.kind, c.key): c for c in base}
    after = {(c.kind, c.key): c for c in head}
    moved = []
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        if old.pages != new.pages or old.verdict != new.verdict:
            moved.append(
                Moved(
                    new,
                    tuple(p for p in new.pages if p not in old.pages),
                    tuple(p for p in old.pages if p not in new.pages),
                    old.verdict,
                )
            )
    return Changes(
        added=tuple(after[k] for k in sorted(after.keys() - before.keys())),
        removed=tuple(before[k] for k in sorted(before.keys() - after.keys())),
        moved=tuple(moved),
    )


def summary(changes: Changes, *, base: str = "the base branch") -> str:
    """The job-summary Markdown of ``changes``."""
    lines = ["## Published contacts", ""]
    if not changes:
        lines.append(
            f"No contact was added to or removed from any page, compared with {_cell(base)}."
        )
        return "\n".join(lines) + "\n"
    counts = (
        f"{len(changes.added)} added, {len(changes.removed)} removed, "
        f"{len(changes.moved)} on other pages"
    )
    lines += [f"Compared with {_cell(base)}: {counts}.", ""]
    head = "| Kind | Contact | Registry | Pages |\n| --- | --- | --- | --- |"
    if changes.added:
        lines += ["### Added", "", head]
        lines += [_row(c.kind, c.shown, c.verdict, _pages(c.pages)) for c in changes.added]
        lines.append("")
    if changes.removed:
        lines += ["### Removed", "", head]
        lines += [_row(c.kind, c.shown, c.verdict, _pages(c.pages)) for c in changes.removed]
        lines.append("")
    if changes.moved:
        lines += ["### On other pages", "", head]
        for m in changes.moved:
            verdict = m.contact.verdict
            if m.verdict_before != verdict:
                verdict = f"{m.verdict_before} → {verdict}"
            where = []
            if m.added_pages:
                where.append("now also on " + _pages(m.added_pages))
            if m.removed_pages:
                where.append("no longer on " + _pages(m.removed_pages))
            lines.append(_row(m.contact.kind, m.contact.shown, verdict, "; ".join(where)))
        lines.append("")
    return "\n".join(lines)


def _row(kind: str, shown: str, verdict: str, pages: str) -> str:
    return f"| {_cell(kind)} | <code>{_cell(shown)}</code> | {_cell(verdict)} | {pages} |"


def _pages(pages: tuple[str, ...]) -> str:
    return ", ".join(f"<code>{_cell(page)}</code>" for page in pages) or "(none)"


#: Characters HTML or Markdown (GitHub's: tables, autolinks, emphasis) could read as syntax.
_SYNTAX = frozenset("&<>\"'|\\`*_[]()#!~{}:@.")


def _cell(text: str) -> str:
    """``text`` inert in a Markdown table cell: every syntax character a numeric reference
    (``:``, ``@`` and ``.`` too, so GitHub neither links an address nor mentions someone)."""
    return "".join(f"&#{ord(c)};" if c in _SYNTAX else c for c in text)
