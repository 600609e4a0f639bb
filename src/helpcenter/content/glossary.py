"""One name per thing: each language's glossary (``glossaries/<lang>.yml``) gives the help
center's things one name (the contact checker, the scam page, the app ...) and lists the other
names no page may use. A reader who meets two names looks for two things; a frightened reader
told to "check the contact" looks for a button that does not exist.

Checked on every page's text (its title and description included; code, link targets, markers,
markup and fields readers never see, such as search key phrases, are not text) and on the links
to a term's page; nav titles in ``nav_titles``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from helpcenter.content.pages import Page
from helpcenter.markdown_source import code_lines, code_spans, front_matter
from helpcenter.problems import Problem

GLOSSARY_DIR = Path(__file__).parent / "glossaries"
_KEYS = {"name", "means", "page", "forbidden", "allowed", "case"}


@dataclass(frozen=True)
class Term:
    """One thing and its one name."""

    name: str
    """The name readers see."""
    means: str
    """What the thing is, for messages."""
    page: str | None
    """Slug of the page that is the thing: links to it and its nav title say ``name``."""
    forbidden: tuple[str, ...]
    """Other names for the thing that no page may use."""
    allowed: tuple[str, ...]
    """Longer phrases holding a forbidden word that are fine (system UI quoted as shown)."""
    exact_case: bool
    """Whether Latin letters must match in case."""

    def same_name(self, text: str) -> bool:
        """Whether ``text`` is this term's name (any case unless the term is exact)."""
        text = " ".join(text.split())
        return text == self.name if self.exact_case else text.casefold() == self.name.casefold()

    def variants_in(self, text: str) -> list[str]:
        """The forbidden names ``text`` uses, once each; a longer one hides the shorter ones
        it contains ("联系方式检查工具" is reported, not also "检查工具")."""
        masked = self._mask.sub("\0", text)
        found = []
        for variant, pattern in self._variants:
            masked, count = pattern.subn("\0", masked)
            if count:
                found.append(variant)
        return found

    @functools.cached_property
    def _mask(self) -> re.Pattern[str]:
        """The name and the allowed phrases: text that may hold a forbidden word."""
        phrases = sorted({self.name, *self.allowed}, key=len, reverse=True)
        return _pattern("|".join(map(_phrase, phrases)), self.exact_case)

    @functools.cached_property
    def _variants(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        longest_first = sorted(self.forbidden, key=len, reverse=True)
        return tuple((v, _pattern(_phrase(v), self.exact_case)) for v in longest_first)


@dataclass(frozen=True, slots=True)
class Glossary:
    lang: str
    path: Path
    terms: tuple[Term, ...]

    def for_page(self, slug: str | None) -> Term | None:
        if slug is None:
            return None
        return next((term for term in self.terms if term.page == slug), None)


class GlossaryError(ValueError):
    """A glossary file that cannot be used; ``problem`` says where and what to do."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _phrase(text: str) -> str:
    """``text`` as a pattern; Latin words match whole ("app" is not in "approve")."""
    body = r"\s+".join(map(re.escape, text.split()))
    if text[:1].isascii() and text[:1].isalnum():
        body = r"(?<![A-Za-z0-9])" + body
    if text[-1:].isascii() and text[-1:].isalnum():
        body += r"(?![A-Za-z0-9])"
    return body


def _pattern(source: str, exact_case: bool) -> re.Pattern[str]:
    return re.compile(source, 0 if exact_case else re.IGNORECASE)


@functools.cache
def load_glossary(lang: str, directory: Path = GLOSSARY_DIR) -> Glossary:
    """The glossary of ``lang``; GlossaryError names the file and what to fix."""
    path = directory / f"{lang}.yml"
    shown = _shown(path)
    if not path.is_file():
        raise GlossaryError(
            Problem(
                shown,
                1,
                f"no glossary for language '{lang}'",
                f"write {shown}: copy another language's glossary and give each thing its "
                "name in this language",
                "content",
            )
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise GlossaryError(
            Problem(shown, line, f"not valid YAML: {exc}", "correct the YAML", "content")
        ) from exc
    entries = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise GlossaryError(
            Problem(
                shown, 1, "has no 'terms' list", "add terms: with one entry per thing", "content"
            )
        )
    lines = path.read_text(encoding="utf-8").split("\n")
    return Glossary(lang, path, tuple(_term(entry, shown, lines) for entry in entries))


def _term(entry: object, shown: str, lines: list[str]) -> Term:
    name = entry.get("name") if isinstance(entry, dict) else None
    line = _line_of(lines, name) if isinstance(name, str) else 1

    def bad(message: str, fix: str) -> GlossaryError:
        return GlossaryError(Problem(shown, line, message, fix, "content"))

    if not isinstance(entry, dict) or not isinstance(name, str) or not name.strip():
        raise bad("a term without a name", "give every term a non-empty name:")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise bad(
            f"term '{name}' has unknown key(s) {', '.join(unknown)}",
            "use " + ", ".join(sorted(_KEYS)),
        )
    lists = {}
    for key in ("forbidden", "allowed"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise bad(
                f"term '{name}': {key} must be a list of phrases", f"write {key}: [phrase, ...]"
            )
        lists[key] = tuple(value)
    if not lists["forbidden"]:
        raise bad(f"term '{name}' forbids nothing", "list the other names in forbidden:")
    case = entry.get("case")
    if case not in (None, "exact"):
        raise bad(f"term '{name}': case must be exact", "write case: exact, or leave it out")
    term = Term(
        name=name,
        means=str(entry.get("means") or name),
        page=str(entry["page"]) if entry.get("page") else None,
        forbidden=lists["forbidden"],
        allowed=lists["allowed"],
        exact_case=case == "exact",
    )
    own = [v for v in term.forbidden if term.same_name(v)]
    if own:
        raise bad(f"term '{name}' forbids its own name", "remove it from forbidden:")
    return term


def _line_of(lines: list[str], name: str) -> int:
    for number, line in enumerate(lines, start=1):
        if line.strip().removeprefix("- ").startswith("name:") and name in line:
            return number
    return 1


def _shown(path: Path) -> str:
    parts = path.parts
    return "/".join(parts[parts.index("src") :]) if "src" in parts else str(path)


# ---------------------------------------------------------------- pages

_LINK = re.compile(
    r"(?<!!)\[((?:[^\[\]]|\[[^\[\]]*\])+)\]"  # [text], brackets one level deep
    r"\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"  # (target "title")
)
_NOT_TEXT = re.compile(
    r"\[\[[^\[\]\n]*\]\]"  # registry markers
    r"|\]\([^)]*\)"  # link targets (the link text stays)
    r"|\{\s*[#.:][^}]*\}"  # attribute lists and heading anchors
    r"|<[^>\n]+>"  # markup
    r"|:[a-z0-9]+(?:-[a-z0-9]+)+:"  # icon shortcodes
)
_ICON = re.compile(r":[a-z0-9]+(?:-[a-z0-9]+)+:")
#: Front matter fields readers see (search key phrases are other names on purpose).
_SHOWN_FIELDS = ("title:", "description:")


def glossary_problems(page: Page, lang: str) -> list[Problem]:
    """Other names for a glossary term in ``page``, and links to a term's page that do not say
    its name; a missing or broken glossary is one problem at the glossary file."""
    try:
        glossary = load_glossary(lang)
    except GlossaryError as error:
        return [error.problem]
    where = page.name or str(page.path)
    fix_file = f"one name per thing: {_shown(glossary.path)}"
    problems = []
    body_line = front_matter(page.text).body_line
    for number, line, in_code in code_lines(page.text):
        if in_code or (number < body_line and not line.startswith(_SHOWN_FIELDS)):
            continue
        line = _without_code(line)
        text = _NOT_TEXT.sub(" ", line)
        terms = glossary.terms if _any_variant(glossary).search(text) else ()
        for term in terms:
            for variant in term.variants_in(text):
                problems.append(
                    Problem(
                        where,
                        number,
                        f"calls {term.means} '{variant}'",
                        f"write '{term.name}' ({fix_file})",
                        "content",
                    )
                )
        for label, target in _LINK.findall(line):
            linked = glossary.for_page(_slug(target))
            shown = " ".join(_ICON.sub(" ", label).split())
            if linked is not None and not linked.same_name(shown):
                problems.append(
                    Problem(
                        where,
                        number,
                        f"a link to {linked.page}.md says '{shown}'",
                        f"make its text '{linked.name}' ({fix_file})",
                        "content",
                    )
                )
    return problems


@functools.cache
def _any_variant(glossary: Glossary) -> re.Pattern[str]:
    """Any forbidden name of any term, in any case: most lines hold none, and need no more."""
    variants = sorted({v for term in glossary.terms for v in term.forbidden}, key=len)
    return _pattern("|".join(_phrase(v) for v in reversed(variants)), exact_case=False)


def _without_code(line: str) -> str:
    for start, end in reversed(code_spans(line)):
        line = line[:start] + " " + line[end:]
    return line


def _slug(target: str) -> str | None:
    """The page a link points at, when it points at a whole page (no #section, no site)."""
    if "#" in target or "://" in target or target.startswith(("mailto:", "tel:")):
        return None
    name = target.rstrip("/").rsplit("/", 1)[-1]
    return name.removesuffix(".md") if name.endswith(".md") else None
