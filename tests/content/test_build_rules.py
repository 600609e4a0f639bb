"""The build enforces the content rules: nothing MkDocs would silently drop gets published."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_broken_front_matter_fails_the_build_with_its_line(site_builder) -> None:
    page = "---\ntitle: Fees\ndescription: Gas: what it is\n---\n\n# Fees\n"
    result = site_builder({"docs/en/fees.md": page})
    assert not result.ok
    assert "docs/en/fees.md:3: front matter is not valid YAML" in result.output


def test_a_false_claim_fails_the_build(site_builder) -> None:
    page = "---\ntitle: 手续费\ndescription: 说明\n---\n\n# 手续费\n\n客服可以帮你冻结账户。\n"
    result = site_builder({"docs/zh/fees.md": page})
    assert not result.ok
    assert "docs/zh/fees.md:8: states that support can freeze an account or wallet" in result.output
