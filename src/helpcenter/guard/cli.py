"""``python -m helpcenter.guard``: what a build would refuse, without publishing anything.

The command line is the build: it runs ``mkdocs build`` of the project in-process into a
throw-away folder (``helpcenter.publish.check``) and prints every problem the build found, the
guard's contacts, markers, content rules and unpublishable files alike, so the pre-commit hook,
CI and a writer's build can never disagree.

  python -m helpcenter.guard                  # the whole project (mkdocs.yml here)
  python -m helpcenter.guard docs/zh          # only what is reported under these paths
  python -m helpcenter.guard notes.md -       # files outside the project, or stdin, as pages

Exit status: 0 nothing to report, 1 problems (all of them are printed), 2 the project could not
be checked (no mkdocs.yml, a registry that does not load, an unreadable file): it fails closed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from helpcenter.guard.finding import Finding
from helpcenter.problems import FORMATS, Problem, ordered, render
from helpcenter.publish.check import Checked, CheckError, check_pages, check_project

STDIN = "<stdin>"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m helpcenter.guard",
        description="Report what a build of the help center would refuse: unofficial "
        "contacts, bad markers, content rules, files that may not be published.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="report only problems under these paths of the project; files outside it and "
        "'-' (stdin) are checked as pages of their own (default: the whole project)",
    )
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    parser.add_argument("--format", choices=FORMATS, default="text", dest="fmt")
    parser.add_argument(
        "--lang", help="language of pages given outside the project (default: the site's first)"
    )
    args = parser.parse_args(argv)
    config = args.config_file.resolve()
    try:
        checked = _check(config, args.paths, args.lang)
    except CheckError as error:
        print(f"contact guard: cannot check: {error}", file=sys.stderr)
        return 2
    problems = ordered(checked.problems)
    _print(problems, checked, args.fmt)
    if args.fmt == "text" and os.environ.get("GITHUB_ACTIONS") == "true" and problems:
        print(render(problems, "github"))
    print(_summary(problems), file=sys.stderr)
    return 1 if problems else 0


def _check(config: Path, paths: Sequence[str], lang: str | None) -> Checked:
    root = config.parent
    inside: list[str] = []
    outside: dict[str, str] = {}
    for path in paths:
        if path == "-":
            outside[STDIN] = sys.stdin.read()
            continue
        full = Path(path).resolve()
        if not full.exists():
            raise CheckError(f"{path}: no such file or folder. Fix: check the path")
        try:
            inside.append(full.relative_to(root).as_posix())
        except ValueError:
            try:
                outside[path] = full.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise CheckError(f"{path}: cannot read it as UTF-8 text ({error})") from error
    if outside and inside:
        raise CheckError("pass either paths of the project or pages outside it, not both")
    if outside:
        from helpcenter.publish.check import _languages  # the site's languages, default first

        return check_pages(config, outside, lang or _languages(config)[0])
    checked = check_project(config)
    if inside:
        keep = [p for p in checked.problems if _under(p.path, inside)]
        checked = Checked(keep, {p: checked.details[p] for p in keep if p in checked.details})
    return checked


def _under(path: str, prefixes: list[str]) -> bool:
    return any(
        p in (".", "") or path == p or path.startswith(p.rstrip("/") + "/") for p in prefixes
    )


def _print(problems: list[Problem], checked: Checked, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps([_as_dict(p, checked) for p in problems], ensure_ascii=False, indent=2))
    elif fmt == "github":
        if problems:
            print(render(problems, "github"))
    elif problems:
        print(render(problems, "text"))


def _as_dict(problem: Problem, checked: Checked) -> dict[str, object]:
    found: dict[str, object] = {
        "path": problem.path,
        "line": problem.line,
        "check": problem.check,
        "message": problem.message,
        "fix": problem.fix,
    }
    finding = checked.details.get(problem)
    if isinstance(finding, Finding):
        contact = finding.judgement.contact
        found.update(
            verdict=str(finding.judgement.verdict),
            value=finding.raw,
            kind=str(contact.kind) if contact else None,
            key=contact.key if contact else None,
            why=finding.judgement.why,
            channel_id=finding.judgement.channel_id,
            source=finding.source,
        )
    return found


def _summary(problems: list[Problem]) -> str:
    if not problems:
        return "contact guard: the build would publish; every contact is official"
    places = len({p.path for p in problems})
    return f"contact guard: {len(problems)} problem(s) in {places} file(s); a build would fail"
