"""``python -m helpcenter.review``: the contacts a built site shows, and what a change did to
them.

    python -m helpcenter.review manifest PROJECT [--site DIR]     # contacts.json to stdout
    python -m helpcenter.review diff BASE HEAD [--base-name TEXT] # Markdown to stdout

PROJECT (and BASE, HEAD) is a project folder holding ``registry/channels.yml`` and its built
site (``site/``, or ``--site``); BASE and HEAD may also be manifests written by ``manifest``.
In a pull request CI appends ``diff``'s output to ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from helpcenter.registry.loader import RegistryError
from helpcenter.review.diff import compare, summary
from helpcenter.review.manifest import SiteContact, from_json, site_contacts, to_json


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpcenter.review", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    manifest = commands.add_parser("manifest", help="print the contacts manifest of a site")
    manifest.add_argument("project", type=Path)
    manifest.add_argument("--site", type=Path, help="the built site (default: PROJECT/site)")
    diff = commands.add_parser("diff", help="print the contact changes from BASE to HEAD")
    diff.add_argument("base", type=Path)
    diff.add_argument("head", type=Path)
    diff.add_argument("--base-name", default="the base branch", help="how to name BASE")
    args = parser.parse_args(argv)
    try:
        if args.command == "manifest":
            contacts = _contacts(args.project, args.site)
            print(json.dumps(to_json(contacts), ensure_ascii=False, indent=2))
        else:
            changes = compare(_contacts(args.base), _contacts(args.head))
            print(summary(changes, base=args.base_name), end="")
    except (OSError, ValueError, RegistryError) as error:
        print(f"contact changes: {error}", file=sys.stderr)
        return 2
    return 0


def _contacts(path: Path, site: Path | None = None) -> list[SiteContact]:
    """A project's built site, read; or a manifest file."""
    if path.is_file():
        return from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
    site = site or path / "site"
    if not (site / "index.html").is_file():
        raise ValueError(f"{site}: no built site here (build it first: mkdocs build -d {site})")
    return site_contacts(path, site)


if __name__ == "__main__":
    sys.exit(main())
