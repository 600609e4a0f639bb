"""MkDocs hook: write site/_headers (security headers, CSP hashes, caching) after the build.

Runs after every other post-build step (the i18n plugin builds the other languages and
rebuilds the search index in its own post-build), so the CSP covers every inline script
that ends up in the site. A page the policy would break fails the build.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from helpcenter.cdn.rules import CdnPolicyError
from helpcenter.cdn.site_headers import write_headers


@event_priority(-200)  # after mkdocs-static-i18n's post-build (-100)
def on_post_build(config, **_):
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "building", False):
        return  # a nested per-language build; the outer build writes the file once at the end
    try:
        write_headers(Path(config.site_dir))
    except CdnPolicyError as error:
        raise PluginError(f"CDN policy: {error}") from error
