"""Nav titles in every language.

mkdocs-static-i18n shows a nav title as written (in the default language) on another
language's pages when that language's ``nav_translations`` lacks it, without a word: the English
sidebar showed Chinese. Here that is a problem at ``mkdocs.yml:line``. A glossary term's page is
called by the term's name in every language's nav (one name per thing). A translation of a title
the nav no longer has is harmless and not reported (a renamed title is: its new name lacks one).

The titles are read from the nav MkDocs loaded, the translations from each i18n language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from helpcenter.content.glossary import GlossaryError, load_glossary
from helpcenter.problems import Problem


@dataclass(frozen=True)
class NavLanguage:
    """What this check needs to know about one i18n language."""

    locale: str
    default: bool
    """The nav is written in this language; it needs no translations."""
    translations: dict[str, str] = field(default_factory=dict)
    """Its ``nav_translations``: nav title as written → title in this language."""
    own_nav: bool = False
    """The language has a nav of its own (then it translates nothing)."""


@dataclass(frozen=True)
class NavEntry:
    title: str
    """The title as the nav writes it."""
    slug: str | None
    """The page's file name without .md; None for a section or a link."""


def nav_entries(nav: object) -> Iterator[NavEntry]:
    """Every entry of a MkDocs nav that has an explicit title, in order, sections included."""
    if not isinstance(nav, list):
        return
    for item in nav:
        if not isinstance(item, dict):
            continue  # a bare "page.md" takes its title from the page
        for title, value in item.items():
            if isinstance(value, list):
                yield NavEntry(str(title), None)
                yield from nav_entries(value)
            else:
                path = PurePosixPath(str(value))
                slug = path.stem if path.suffix == ".md" and "://" not in str(value) else None
                yield NavEntry(str(title), slug)


def nav_problems(
    nav: object, languages: Sequence[NavLanguage], config_text: str, config_name: str
) -> list[Problem]:
    """Missing nav translations, and glossary pages not called by their name."""
    entries = list(nav_entries(nav))
    lines = config_text.split("\n")
    problems = []
    for language in languages:
        if language.own_nav:
            continue
        where = _Lines(lines, config_name, language.locale)
        if not language.default:
            for title in dict.fromkeys(e.title for e in entries):
                if title not in language.translations:
                    problems.append(
                        where.nav(
                            title,
                            f"nav title '{title}' has no '{language.locale}' translation "
                            f"({language.locale} pages would show it untranslated)",
                            f"add '{title}: <title in {language.locale}>' under nav_translations "
                            f"of language '{language.locale}'",
                        )
                    )
        problems += _glossary_names(entries, language, where)
    return problems


def _glossary_names(entries: list[NavEntry], language: NavLanguage, where: _Lines) -> list[Problem]:
    try:
        glossary = load_glossary(language.locale)
    except GlossaryError as error:
        return [error.problem]
    problems = []
    for entry in entries:
        term = glossary.for_page(entry.slug)
        # The title readers see: translated when the language translates it (a language built
        # alone is the default and is still translated), else as written in the default one.
        translated = entry.title in language.translations
        if term is None or not (translated or language.default):
            continue  # an untranslated title is reported above
        shown = language.translations[entry.title] if translated else entry.title
        if term.same_name(shown):
            continue
        message = f"the '{language.locale}' nav calls {term.page}.md '{shown}'"
        fix = f"call it '{term.name}', its name in the glossary (one name per thing)"
        at = where.translation if translated else where.nav
        problems.append(at(entry.title, message, fix))
    return problems


@dataclass(frozen=True)
class _Lines:
    """Finds where a nav title or a language's translation of it is written."""

    lines: list[str]
    name: str
    locale: str

    def nav(self, title: str, message: str, fix: str) -> Problem:
        start = self._after(r"nav\s*:\s*$", indent=False)
        return self._problem(self._key(title, start, list_item=True), message, fix)

    def translation(self, title: str, message: str, fix: str) -> Problem:
        """At the line that translates ``title`` for this language."""
        start = self._after(rf"-?\s*locale\s*:\s*['\"]?{re.escape(self.locale)}['\"]?\s*$")
        return self._problem(self._key(title, start, list_item=False), message, fix)

    def _after(self, pattern: str, *, indent: bool = True) -> int:
        line_pattern = re.compile((r"^\s*" if indent else "^") + pattern)
        return next((i for i, line in enumerate(self.lines) if line_pattern.match(line)), 0)

    def _key(self, title: str, start: int, *, list_item: bool) -> int:
        quoted = rf"(?:{re.escape(title)}|'{re.escape(title)}'|\"{re.escape(title)}\")"
        key = re.compile(rf"^\s*{'-' if list_item else ''}\s*{quoted}\s*:")
        found = (i for i in range(start, len(self.lines)) if key.match(self.lines[i]))
        return next(found, 0) + 1

    def _problem(self, line: int, message: str, fix: str) -> Problem:
        return Problem(self.name, line, message, fix, "content")
