"""The same policy for S3 + CloudFront: a response headers policy and per-object caching.

CloudFront cannot read ``_headers``: security headers go into a response headers policy
(one per distribution), and Cache-Control is stored on each S3 object at upload time.
"""

from __future__ import annotations

from typing import Any

from helpcenter.cdn.headers_file import Rule
from helpcenter.cdn.rules import CDN_CONFIG_FILES


def response_headers_policy(rules: list[Rule], name: str = "helpcenter-security") -> dict[str, Any]:
    """A ``ResponseHeadersPolicyConfig`` (aws cloudfront create-response-headers-policy).

    CloudFront takes the classic security headers only in ``SecurityHeadersConfig``.
    """
    headers = dict(next(r for r in rules if r.pattern == "/*").headers)
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


def s3_cache_control(files: list[str], headers_for: Any) -> dict[str, list[str]]:
    """Site files grouped by the Cache-Control to upload them with (``aws s3 cp``)."""
    groups: dict[str, list[str]] = {}
    for file in files:
        if file not in CDN_CONFIG_FILES:
            groups.setdefault(headers_for(f"/{file}")["Cache-Control"], []).append(file)
    return groups
