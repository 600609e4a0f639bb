"""The same policy for S3 + CloudFront: a response headers policy and per-object caching.

CloudFront cannot read ``_headers``: security headers go into a response headers policy
(one per distribution), and Cache-Control is stored on each S3 object at upload time.
"""

from __future__ import annotations

from typing import Any

from helpcenter.cdn.headers_file import Rule
from helpcenter.cdn.rules import CDN_CONFIG_FILES


def response_headers_policy(
    rules: list[Rule], name: str = "helpcenter-security", csp: str | None = None
) -> dict[str, Any]:
    """A ``ResponseHeadersPolicyConfig`` (aws cloudfront create-response-headers-policy), with
    the site's CSP or ``csp``.

    CloudFront takes the classic security headers only in ``SecurityHeadersConfig``.
    """
    headers = dict(next(r for r in rules if r.pattern == "/*").headers)
    if csp is not None:
        headers["Content-Security-Policy"] = csp
    hsts_age = headers.pop("Strict-Transport-Security").split(";")[0].split("=")[1]
    security = {
        "ContentSecurityPolicy": {
            "ContentSecurityPolicy": headers.pop("Content-Security-Policy"),
            "Override": True,
        },
        "ContentTypeOptions": {"Override": True},
        "FrameOptions": {"FrameOption": headers.pop("X-Frame-Options"), "Override": True},
        "ReferrerPolicy": {"ReferrerPolicy": headers.pop("Referrer-Policy"), "Override": True},
        "StrictTransportSecurity": {
            "AccessControlMaxAgeSec": int(hsts_age),
            "IncludeSubdomains": True,
            "Preload": False,
            "Override": True,
        },
    }
    headers.pop("X-Content-Type-Options")
    custom = [{"Header": h, "Value": v, "Override": True} for h, v in headers.items()]
    return {
        "Name": name,
        "SecurityHeadersConfig": security,
        "CustomHeadersConfig": {"Quantity": len(custom), "Items": custom},
    }


def path_policies(rules: list[Rule]) -> list[dict[str, Any]]:
    """Pages with a CSP of their own (the checker compiles WebAssembly): one response headers
    policy each, for a cache behavior with that path pattern (CloudFront has one policy per
    behavior, not per file)."""
    found: dict[str, str] = {}
    for rule in rules:
        values = dict(rule.headers)
        if "! Content-Security-Policy" in values and "Content-Security-Policy" in values:
            folder = rule.pattern.rsplit("/", 1)[0]
            found.setdefault(f"{folder}/*", values["Content-Security-Policy"])
    return [
        {
            "PathPattern": pattern,
            "ResponseHeadersPolicyConfig": response_headers_policy(
                rules, f"helpcenter-security-{index}", csp
            ),
        }
        for index, (pattern, csp) in enumerate(sorted(found.items()), 1)
    ]


def s3_cache_control(files: list[str], headers_for: Any) -> dict[str, list[str]]:
    """Site files grouped by the Cache-Control to upload them with (``aws s3 cp``)."""
    groups: dict[str, list[str]] = {}
    for file in files:
        if file not in CDN_CONFIG_FILES:
            groups.setdefault(headers_for(f"/{file}")["Cache-Control"], []).append(file)
    return groups
