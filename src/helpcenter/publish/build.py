"""The publishing step of ``mkdocs build``: stage, account for every file, allow only the
theme's code, write the CDN headers, and only then replace the output.

mkdocs-static-i18n runs one nested build per other language from inside the default one, with
the same config; the step counts that nesting (config events open a level, post-build events
close one) so only the outermost build stages and publishes.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from helpcenter.cdn.headers_file import HeadersFileError
from helpcenter.cdn.policy import WASM_SCRIPTS
from helpcenter.cdn.rules import CdnPolicyError
from helpcenter.cdn.site_headers import HEADERS_FILE, write_headers
from helpcenter.problems import BUILD, Problem, ProblemsError
from helpcenter.publish.inventory import Origin, account, forget, ledger_for
from helpcenter.publish.markup import audit_files
from helpcenter.publish.page_audits import PageAudits
from helpcenter.publish.sources import (
    PAGE_TYPES,
    docs_file_problems,
    hidden_problem,
    link_problem,
    page_problems,
)
from helpcenter.publish.staging import StagedOutput
from helpcenter.publish.theme_code import theme_code

#: Our theme files the guard does not judge, each with the reason. The contact grammar's own
#: code (its rules are data in /registry/grammar.json, also not judged) writes messages that
#: name link shapes ("link https://wa.me/<number>") and build links from ids
#: ("https://t.me/+" + code): read as page text, the grammar would report itself. Every other
#: script and stylesheet of the theme is read.
UNJUDGED_THEME_FILES = {
    "assets/javascripts/hc-contacts.js": "the contact grammar's code (link shapes in messages)",
}
#: Theme package files the site never loads (Material's own search, source maps): not published.
UNUSED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/")
UNUSED_THEME_ENDINGS = (".map",)


class _Warnings(logging.Handler):
    """The warnings a build logs: a strict build with any is not published, and they are
    reported with the build's other problems (at the page a warning names, if it names one)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.problems: list[Problem] = []
        self.docs = "docs"

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        page = _WARNING_PAGE.search(message)
        path = f"{self.docs}/{page.group(1)}" if page else "mkdocs.yml"
        line = _line_of(self.root / path, page.group(2)) if page and page.group(2) else 1
        fix = "fix the link or the nav entry it names (strict builds allow no warnings)"
        self.problems.append(Problem(path, line, message.rstrip("."), fix, "mkdocs"))

    root = Path()


# MkDocs names the page a warning is about, and the link: "Doc file 'zh/fees.md' contains a
# link 'missing.md', but ...".
_WARNING_PAGE = re.compile(r"^Doc file '([^']+)'(?: contains [a-z ]*link '([^']+)')?")


def _line_of(path: Path, text: str) -> int:
    """The line of ``path`` where ``text`` first appears (1 when it cannot be found)."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    at = source.find(text)
    return source.count("\n", 0, at) + 1 if at != -1 else 1


class Publisher:
    """One build's output, from staging to publishing (or to nothing, if anything fails)."""

    def __init__(self) -> None:
        self._depth = 0
        self._stage: StagedOutput | None = None
        self._audits: PageAudits | None = None
        self._pages = 0
        self._warnings = _Warnings()
        self._root = Path.cwd()

    # ------------------------------------------------------------------ events

    def start(self, site_dir: str, config_file: str) -> str:
        """``on_config``: the site folder the build should write (a fresh staging folder)."""
        self._depth += 1
        if self._depth > 1:
            return site_dir
        self._root = Path(os.path.dirname(os.path.abspath(config_file)))
        self._stage = StagedOutput(site_dir)
        dirty = "--dirty" in sys.argv or "--dirtyreload" in sys.argv
        staging = self._stage.open(seed=dirty)
        forget(staging)
        if self._audits is not None:  # an earlier build that never finished
            self._audits.close()
            self._audits = None
        BUILD.clear()
        self._warnings.problems = []
        logging.getLogger("mkdocs").addHandler(self._warnings)
        return str(staging)

    def set_docs(self, docs_dir: str) -> None:
        """Where pages live (warnings name pages relative to it; their number says whether
        the worker audits them, ``page_audits``)."""
        if self._depth == 1:
            self._pages = sum(1 for _ in Path(docs_dir).rglob("*.md"))
        self._warnings.docs = self._name(Path(docs_dir))
        self._warnings.root = self._root

    def check_files(
        self, files: Iterable[object], *, docs_dir: str, custom_dir: str | None, site_dir: str
    ) -> list[object]:
        """``on_files``: what may not be published is reported (with the build's other
        problems, at its end) and left out, so nothing of it is ever copied or read; theme
        files the site never loads are dropped; every file MkDocs will copy is recorded.
        Returns the files to keep."""
        docs = Path(docs_dir)
        theme = Path(custom_dir) if custom_dir else None
        ledger = ledger_for(site_dir)
        kept: list[object] = []
        for file in files:
            src = Path(file.abs_src_path)  # type: ignore[attr-defined]
            dest = file.dest_uri  # type: ignore[attr-defined]
            included = file.inclusion.is_included()  # type: ignore[attr-defined]
            if _under(src, docs):
                relative = src.relative_to(docs).as_posix()
                # Hidden files are reported even where MkDocs leaves them out: they never ship.
                found = [p] if (p := hidden_problem(relative, self._name(src))) else []
                if not found and included:
                    found = self._docs_file(src, docs)
                if found:
                    BUILD.add(found)
                    continue
                if included and src.suffix.lower() not in PAGE_TYPES:
                    ledger.record(dest, Origin.ASSET, self._name(src), str(src))
            elif theme is not None and _under(src, theme):
                linked = link_problem(src, theme, self._name)
                if linked is not None:
                    BUILD.add([linked])
                    continue
                if included:
                    judged = dest not in UNJUDGED_THEME_FILES
                    ledger.record(dest, Origin.THEME, self._name(src), str(src), judged=judged)
            elif _unused(dest):
                continue
            elif included:
                ledger.record(dest, Origin.VENDOR, f"theme file {dest}", str(src))
            kept.append(file)
        return kept

    def page(
        self,
        dest_path: str,
        src_path: str,
        site_dir: str,
        *,
        template_dirs: list[str] | None = None,
        site_url: str | None = None,
    ) -> None:
        """``on_post_page``: a rendered page (MkDocs writes it next); its code is audited
        beside the build (``page_audits``) when ``template_dirs`` are given."""
        ledger_for(site_dir).record(dest_path, Origin.PAGE, self._name(Path(src_path)))
        if template_dirs is None or self._stage is None:
            return
        staging = self._stage.staging
        if self._audits is None:
            root = urlsplit(site_url or "/").path or "/"
            self._audits = PageAudits(
                staging, self._stage.target.name, template_dirs, root, pages=self._pages
            )
        self._audits.built(Path(site_dir, dest_path).relative_to(staging).as_posix())

    def template(self, name: str, site_dir: str) -> None:
        """``on_post_template``: a theme template rendered on its own (404.html, sitemap.xml)."""
        ledger = ledger_for(site_dir)
        ledger.record(name, Origin.TEMPLATE, f"theme template {name}")
        if name == "sitemap.xml":  # MkDocs writes its gzip copy with it
            ledger.record(name + ".gz", Origin.TEMPLATE, f"theme template {name}")

    def finish(
        self, *, site_dir: str, template_dirs: list[str], strict: bool, site_url: str | None
    ) -> None:
        """``on_post_build``: account for every file, audit the code in every HTML file, write
        the CDN headers, and publish, unless anything failed or a strict build warned."""
        self._depth -= 1
        if self._depth > 0:
            return
        stage = self._stage
        assert stage is not None
        site = Path(site_dir)
        ledger = ledger_for(site)
        outputs, problems = account(site, ledger, name=stage.target.name)
        shipped = {o.path for o in outputs if o.origin in (Origin.THEME, Origin.VENDOR)}
        theme = theme_code(template_dirs)
        audit = audit_files(
            site,
            [o.path for o in outputs],
            name=stage.target.name,
            theme=theme,
            ships=shipped.__contains__,
            root=urlsplit(site_url or "/").path or "/",
            known=self._audits.results() if self._audits is not None else None,
        )
        producers = {f"{stage.target.name}/{o.path}": o.producer for o in outputs}
        # A page whose source already shows code is reported there, not again as built.
        flagged = {p.path for p in BUILD.items if p.check == "content"}
        problems += [
            _from_page(p, producers.get(p.path, ""))
            for p in audit.problems
            if producers.get(p.path) not in flagged
        ]
        BUILD.add(problems)
        if strict:
            BUILD.add(self._warnings.problems)
        if BUILD.items:
            raise ProblemsError(BUILD.items, report=BUILD.report())
        try:
            write_headers(
                site,
                audit.script_hashes,
                audit.style_hashes,
                audit.pages_loading(WASM_SCRIPTS),
            )
        except (CdnPolicyError, HeadersFileError) as error:
            headers = f"{stage.target.name}/{HEADERS_FILE}"
            fix = "publish fewer kinds of files per folder (see helpcenter.cdn.rules)"
            BUILD.add([Problem(headers, 1, str(error), fix, "cdn")])
            raise ProblemsError(BUILD.items, report=BUILD.report()) from error
        self._close()
        stage.commit()

    def abandon(self) -> None:
        """``on_build_error``: drop the staged build; the output stays as it was."""
        if self._stage is not None:
            self._stage.discard()
        self._depth = 0
        self._close()

    # ------------------------------------------------------------------ helpers

    def _docs_file(self, src: Path, docs: Path) -> list[Problem]:
        """Why a file under docs/ that MkDocs would publish may not be (or [])."""
        name = self._name(src)
        relative = src.relative_to(docs).as_posix()
        found = link_problem(src, docs, self._name)
        if found is not None:
            return [found]
        if src.suffix.lower() in PAGE_TYPES:
            return page_problems(src.read_bytes(), name)
        return docs_file_problems(src, relative, name)

    def _name(self, path: Path) -> str:
        try:
            return path.relative_to(self._root).as_posix()
        except ValueError:
            return path.as_posix()

    def _close(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self._warnings)
        if self._audits is not None:
            self._audits.close()
            self._audits = None


def _under(path: Path, folder: Path) -> bool:
    return os.path.commonpath([os.path.abspath(path), os.path.abspath(folder)]) == os.path.abspath(
        folder
    )


def _unused(dest: str) -> bool:
    return dest.startswith(UNUSED_THEME_FILES) or dest.endswith(UNUSED_THEME_ENDINGS)


def _from_page(problem: Problem, producer: str) -> Problem:
    if producer.endswith(".md"):
        return Problem(
            problem.path,
            problem.line,
            f"{problem.message} (page {producer})",
            problem.fix,
            problem.check,
        )
    return problem
