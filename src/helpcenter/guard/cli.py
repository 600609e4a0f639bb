"""``python -m helpcenter.guard``: check files, folders or stdin without building the site.

Exit status: 0 every contact is official, 1 violations (all of them are printed), 2 the guard
could not check (missing or invalid registry, unreadable file): it fails closed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from helpcenter.guard.check import Checker
from helpcenter.guard.finding import Finding
from helpcenter.guard.report import FORMATS, render, summary
from helpcenter.guard.scan import GuardError, scan_paths
from helpcenter.guard.sources.markdown import scan_markdown
from helpcenter.registry.loader import RegistryError, load_registry

DEFAULT_PATHS = ("docs", "overrides", "mkdocs.yml")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m helpcenter.guard",
        description="Fail when a page, template or config shows a contact the registry "
        "does not list as official.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=f"files or folders to check, '-' for stdin (default: {' '.join(DEFAULT_PATHS)})",
    )
    parser.add_argument("--registry", default="registry/channels.yml", type=Path)
    parser.add_argument("--format", choices=FORMATS, default="text", dest="fmt")
    args = parser.parse_args(argv)
    try:
        registry = load_registry(args.registry)
    except RegistryError as error:
        print(f"contact guard: cannot load the registry:\n{error}", file=sys.stderr)
        return 2
    checker = Checker(registry)
    try:
        findings, checked = _scan(checker, args.paths)
    except GuardError as error:
        print(f"contact guard: {error}", file=sys.stderr)
        return 2
    if findings:
        print(render(findings, registry, args.fmt))
        if args.fmt == "text" and os.environ.get("GITHUB_ACTIONS") == "true":
            print(render(findings, registry, "github"))
    elif args.fmt == "json":
        print("[]")
    print(summary(findings, checked), file=sys.stderr)
    return 1 if findings else 0


def _scan(checker: Checker, paths: Sequence[str]) -> tuple[list[Finding], int]:
    if list(paths) == ["-"]:
        return scan_markdown(checker, sys.stdin.read(), path="<stdin>", region=None), 1
    if "-" in paths:
        raise GuardError("'-' (stdin) cannot be combined with paths. Fix: pass one or the other")
    chosen = [Path(p) for p in paths] or [Path(p) for p in DEFAULT_PATHS if Path(p).exists()]
    if not chosen:
        raise GuardError(
            f"none of {', '.join(DEFAULT_PATHS)} is here. Fix: run it in the "
            "project folder or name the paths"
        )
    return scan_paths(checker, chosen, root=Path.cwd())
