"""Check a project by building it: the command line and the pre-commit hook run the very build
``mkdocs build`` runs (hooks, registry, markers, content rules, guard, publishing), into a
throw-away folder, and report what it found. One pipeline, so the same findings everywhere.

A page that is not part of the project (stdin, a file elsewhere) is checked by building a
scratch copy of the project whose only page it is.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from helpcenter.languages import site_languages
from helpcenter.problems import BUILD, Problem

#: What a build of the project reads besides its pages.
PROJECT_INPUTS = ("mkdocs.yml", "hooks", "overrides", "registry")
_NAV = re.compile(r"^nav:\n(?:[ \t-].*\n)+", re.M)
_STUB = "---\ntitle: Page\ndescription: Page.\n---\n\n# Page\n"


class CheckError(Exception):
    """The project could not be checked (no mkdocs.yml, a registry that does not load, a
    crash): fail closed."""


@dataclass
class Checked:
    """What a build of the project found."""

    problems: list[Problem] = field(default_factory=list)
    #: The guard's findings behind its problems (for JSON and annotations): problem -> finding.
    details: dict[Problem, object] = field(default_factory=dict)


def check_project(config_file: Path) -> Checked:
    """Build the project of ``config_file`` into a temporary folder; every problem it has."""
    if not config_file.is_file():
        raise CheckError(
            f"{config_file}: no such file. Fix: run in the project folder or pass -f mkdocs.yml"
        )
    with tempfile.TemporaryDirectory(prefix="helpcenter-check-") as scratch:
        return _build(config_file, Path(scratch) / "site")


def check_pages(config_file: Path, pages: dict[str, str], language: str) -> Checked:
    """Build a scratch copy of the project whose pages are ``pages`` (name -> Markdown, in
    ``language``); problems are named by the given names."""
    root = config_file.parent
    with tempfile.TemporaryDirectory(prefix="helpcenter-check-") as scratch:
        project = Path(scratch) / "project"
        project.mkdir()
        for name in PROJECT_INPUTS:
            source = root / name
            if source.is_dir():
                shutil.copytree(
                    source, project / name, ignore=shutil.ignore_patterns("__pycache__")
                )
            elif source.is_file():
                shutil.copy2(source, project / name)
        names: dict[str, str] = {}
        languages = _languages(root / "mkdocs.yml")
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        title = _first_nav_title(config)  # a title the nav's translations know
        nav = []
        for number, (name, text) in enumerate(pages.items()):
            slug = "index" if number == 0 else f"page-{number}"
            rel = f"docs/{language}/{slug}.md"
            (project / rel).parent.mkdir(parents=True, exist_ok=True)
            (project / rel).write_text(text, encoding="utf-8")
            names[rel] = name
            nav.append(f"  - {title}: {slug}.md\n")
        for other in languages:
            if other != language:
                (project / "docs" / other).mkdir(parents=True, exist_ok=True)
                for line in nav:
                    slug = line.split(": ", 1)[1].strip()
                    (project / "docs" / other / slug).write_text(_STUB, encoding="utf-8")
        (project / "mkdocs.yml").write_text(_NAV.sub("nav:\n" + "".join(nav), config), "utf-8")
        checked = _build(project / "mkdocs.yml", Path(scratch) / "site")
    renamed = Checked()
    for problem in checked.problems:
        if problem.path in names:
            new = Problem(names[problem.path], *_rest(problem))
            renamed.problems.append(new)
            if problem in checked.details:
                renamed.details[new] = checked.details[problem]
        elif problem.path.startswith(tuple(f"docs/{lang}/" for lang in languages)):
            continue  # a stub page of another language
        else:
            renamed.problems.append(problem)
            if problem in checked.details:
                renamed.details[problem] = checked.details[problem]
    return renamed


def _rest(problem: Problem) -> tuple[int, str, str, str]:
    return problem.line, problem.message, problem.fix, problem.check


def _build(config_file: Path, site: Path) -> Checked:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner is not a finding
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    from helpcenter.guard.build import LAST

    BUILD.clear()
    LAST.clear()
    with _quiet() as errors, _in(config_file.parent):
        try:
            config = load_config(str(config_file), site_dir=str(site))
            build(config)
        except (Abort, MkDocsException) as error:
            if not BUILD.items:  # it stopped before checking: say why, as the build logged it
                raise CheckError("\n".join(errors) or str(error).strip()) from error
        except Exception as error:  # a crash inside the build: it could not be checked
            raise CheckError(f"the build crashed: {type(error).__name__}: {error}") from error
    problems = list(BUILD.items)
    return Checked(problems, {p: LAST[p] for p in problems if p in LAST})


def _languages(config_file: Path) -> list[str]:
    """The languages of the site, from the i18n plugin's configuration."""
    from mkdocs.config import load_config

    with _quiet(), _in(config_file.parent):
        config = load_config(str(config_file))
    return list(site_languages(config))


def _first_nav_title(config: str) -> str:
    match = re.search(r"^nav:\n\s*-\s*([^:\n]+):", config, re.M)
    return match.group(1).strip() if match else "Home"


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _quiet() -> Iterator[list[str]]:
    """MkDocs' progress messages are not the report; its errors are kept for the message when
    the build stops before checking anything."""
    logger = logging.getLogger("mkdocs")
    handler = _Errors()
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


@contextlib.contextmanager
def _in(folder: Path) -> Iterator[None]:
    """Run in the project folder (git dates and relative paths are read from there)."""
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)
