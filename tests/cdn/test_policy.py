"""The CDN policy as pure functions: CSP hashes, markup the CSP blocks, cache rules."""

from __future__ import annotations

import pytest

from helpcenter.cdn.headers_file import HeadersFileError, Rule, headers_for, parse, render
from helpcenter.cdn.policy import CacheClass, cache_class, content_security_policy
from helpcenter.cdn.rules import CdnPolicyError, cache_rules, check_rules, site_rules
from helpcenter.publish.markup import csp_hash

IMMUTABLE = CacheClass.IMMUTABLE.value
REVALIDATE = CacheClass.REVALIDATE.value


def test_csp_names_no_other_origin_and_no_unsafe_inline() -> None:
    csp = content_security_policy(["sha256-b", "sha256-a", "sha256-a"])
    assert csp.startswith("default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; ")
    assert "frame-ancestors 'none'" in csp
    assert "unsafe" not in csp
    assert "http" not in csp


@pytest.mark.parametrize(
    ("path", "klass"),
    [
        ("assets/javascripts/bundle.a5f9d56c.min.js", CacheClass.IMMUTABLE),
        ("assets/stylesheets/main.57a0d79d.min.css.map", CacheClass.IMMUTABLE),
        ("assets/javascripts/lunr/tinyseg.js", CacheClass.REVALIDATE),
        ("registry/channels.json", CacheClass.REVALIDATE),
        ("a5f9d56c.html", CacheClass.REVALIDATE),  # a hash needs a name before it
        ("en/index.html", CacheClass.REVALIDATE),
    ],
)
def test_only_fingerprinted_files_are_immutable(path: str, klass: CacheClass) -> None:
    assert cache_class(path) is klass


SITE = [
    "404.html",
    "index.html",
    "contact/index.html",
    "en/index.html",
    "en/contact/index.html",
    "en/404.html",
    "assets/javascripts/bundle.a5f9d56c.min.js",
    "assets/javascripts/lunr/tinyseg.js",
    "assets/javascripts/lunr/min/lunr.zh.min.js",
    "assets/javascripts/workers/search.a7633da7.min.js",
    "assets/stylesheets/main.57a0d79d.min.css",
    "assets/stylesheets/extra.css",
    "registry/channels.json",
    "search/search_index.json",
    "sitemap.xml.gz",
]


def test_cache_rules_group_by_folder_and_extension_without_overlap() -> None:
    assert [(r.pattern, r.headers[0][1]) for r in cache_rules(sorted(SITE))] == [
        ("/assets/javascripts/bundle.a5f9d56c.min.js", IMMUTABLE),
        ("/assets/javascripts/workers/*.js", IMMUTABLE),
        ("/assets/stylesheets/main.57a0d79d.min.css", IMMUTABLE),
        ("/", REVALIDATE),
        ("/*.gz", REVALIDATE),
        ("/*.html", REVALIDATE),
        ("/*.json", REVALIDATE),
        ("/*/", REVALIDATE),
        ("/assets/javascripts/lunr/*.js", REVALIDATE),
        ("/assets/stylesheets/extra.css", REVALIDATE),
    ]


def test_every_url_gets_one_policy_and_the_cache_control_of_its_class() -> None:
    rules = site_rules([*SITE, "_headers"], [csp_hash("x()")])
    home = headers_for(rules, "/")
    assert home["Cache-Control"] == REVALIDATE
    assert f"script-src 'self' '{csp_hash('x()')}'" in home["Content-Security-Policy"]
    assert home["X-Content-Type-Options"] == "nosniff"
    assert home["Strict-Transport-Security"].startswith("max-age=")
    assert headers_for(rules, "/en/contact/")["Cache-Control"] == REVALIDATE
    assert headers_for(rules, "/assets/javascripts/bundle.a5f9d56c.min.js")["Cache-Control"] == (
        IMMUTABLE
    )
    assert headers_for(rules, "/registry/channels.json")["Access-Control-Allow-Origin"] == "*"


def test_overlapping_cache_rules_are_rejected() -> None:
    rules = [Rule("/*", (("Content-Security-Policy", "default-src 'none'"),))]
    rules += [Rule("/*.js", (("Cache-Control", REVALIDATE),))]
    rules += [Rule("/assets/*", (("Cache-Control", IMMUTABLE),))]
    with pytest.raises(CdnPolicyError) as error:
        check_rules(rules, ["assets/a.12345678.js"])
    assert str(error.value).endswith(
        f"\n  /assets/a.12345678.js: Cache-Control '{REVALIDATE}, {IMMUTABLE}'"
    )


def test_headers_file_round_trips_and_follows_cloudflare_matching() -> None:
    rules = [
        Rule("/*", (("X-A", "1"),)),
        Rule("/docs/:page/", (("X-B", "2"),)),
        Rule("/docs/*.css", (("! X-A", ""), ("X-C", "3"))),
    ]
    text = render(rules, "generated")
    assert text == (
        "# generated\n\n/*\n  X-A: 1\n\n/docs/:page/\n  X-B: 2\n\n"
        "/docs/*.css\n  ! X-A\n  X-C: 3\n"  # Cloudflare detaches a header with "! Name"
    )
    assert parse(text) == [
        rules[0],
        rules[1],
        Rule("/docs/*.css", (("! X-A", ""), ("X-C", "3"))),
    ]
    assert headers_for(rules, "/docs/faq/") == {"X-A": "1", "X-B": "2"}
    assert headers_for(rules, "/docs/faq/more/") == {"X-A": "1"}
    assert headers_for(rules, "/docs/a/b.css") == {"X-C": "3"}


def test_headers_file_limits_are_enforced() -> None:
    with pytest.raises(HeadersFileError, match="101 rules, the CDN accepts 100"):
        render([Rule(f"/{n}", ()) for n in range(101)], "x")
    with pytest.raises(HeadersFileError, match="_headers:4: 2005 characters, the CDN accepts 2000"):
        render([Rule("/", (("X", "v" * 2000),))], "x")
    with pytest.raises(HeadersFileError, match=r"_headers:2: expected '  Name: value'"):
        parse("/\n  no colon here\n")


def test_only_the_pages_that_compile_webassembly_may() -> None:
    files = ["index.html", "check-contact/index.html", "fees/index.html", "a.js"]
    rules = site_rules(files, ["sha256-a"], wasm_pages=["check-contact/index.html"])
    assert parse(render(rules, "x")) == rules  # "! Content-Security-Policy" reads back
    for url in ("/check-contact/", "/check-contact/index.html"):
        csp = headers_for(rules, url)["Content-Security-Policy"]
        assert csp.count("default-src") == 1  # the site's CSP is dropped, not added to
        assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-a';" in csp
    for url in ("/", "/fees/", "/a.js"):
        assert "wasm" not in headers_for(rules, url)["Content-Security-Policy"]
    assert "  ! Content-Security-Policy\n" in render(rules, "x")


def test_cloudfront_gets_the_same_policy_with_the_checker_pages_as_their_own_behaviour() -> None:
    from helpcenter.cdn.cloudfront import path_policies, response_headers_policy

    files = ["index.html", "check-contact/index.html", "en/check-contact/index.html"]
    rules = site_rules(
        files, ["sha256-a"], wasm_pages=["check-contact/index.html", "en/check-contact/index.html"]
    )
    site = response_headers_policy(rules)
    security = site["SecurityHeadersConfig"]
    assert "wasm" not in security["ContentSecurityPolicy"]["ContentSecurityPolicy"]
    assert security["FrameOptions"]["FrameOption"] == "DENY"
    paths = path_policies(rules)
    assert [p["PathPattern"] for p in paths] == ["/check-contact/*", "/en/check-contact/*"]
    for path in paths:
        csp = path["ResponseHeadersPolicyConfig"]["SecurityHeadersConfig"]["ContentSecurityPolicy"]
        assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-a'" in csp["ContentSecurityPolicy"]
