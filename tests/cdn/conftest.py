"""The real site served exactly as the CDN will serve it: with its generated `_headers`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpcenter.cdn.site_headers import headers_policy
from tests.support.static_server import serve


@pytest.fixture(scope="session")
def cdn_url(built_site: Path) -> Iterator[str]:
    with serve(built_site, headers_for=headers_policy(built_site)) as url:
        yield url
