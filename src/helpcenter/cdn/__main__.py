"""``python -m helpcenter.cdn``: write ``_headers`` for a (merged) site, or print the policy
for S3 + CloudFront.

  python -m helpcenter.cdn headers site        # after merging per-language builds
  python -m helpcenter.cdn cloudfront site     # JSON: response headers policy + S3 groups

``headers`` allows the inline code of the theme that ``-f`` (mkdocs.yml) names, and fails on
any other code in the site's HTML, as the build does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from helpcenter.cdn.cloudfront import path_policies, response_headers_policy, s3_cache_control
from helpcenter.cdn.headers_file import headers_for
from helpcenter.cdn.policy import WASM_SCRIPTS
from helpcenter.cdn.rules import CdnPolicyError
from helpcenter.cdn.site_headers import read_headers, site_files, write_headers
from helpcenter.problems import render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpcenter.cdn", description=__doc__)
    parser.add_argument("command", choices=["headers", "cloudfront"])
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site}/index.html: not a built site (run `make build` first)")
    if args.command == "headers":
        return _headers(args.site, args.config_file)
    rules = read_headers(args.site)
    policy = {
        "ResponseHeadersPolicyConfig": response_headers_policy(rules),
        "PathPolicies": path_policies(rules),
        "S3CacheControl": s3_cache_control(
            site_files(args.site), lambda path: headers_for(rules, path)
        ),
    }
    print(json.dumps(policy, indent=2, ensure_ascii=False))
    return 0


def _headers(site: Path, config_file: Path) -> int:
    from mkdocs.config import load_config

    from helpcenter.publish.markup import audit_files
    from helpcenter.publish.theme_code import theme_code

    config = load_config(str(config_file))
    files = site_files(site)
    present = set(files)
    audit = audit_files(
        site,
        files,
        name=site.name,
        theme=theme_code(config.theme.dirs),
        ships=lambda path: path in present and not path.endswith(".html"),
    )
    if audit.problems:
        print(render(audit.problems, "text"), file=sys.stderr)
        return 1
    try:
        print(
            write_headers(
                site,
                audit.script_hashes,
                audit.style_hashes,
                audit.pages_loading(WASM_SCRIPTS),
            )
        )
    except CdnPolicyError as error:
        print(f"CDN policy: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
