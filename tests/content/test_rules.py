"""The content rules catch false claims and missing metadata, and leave corrections alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.content.pages import PageError, read_page
from helpcenter.content.rules import check_page


def page(tmp_path: Path, body: str, meta: str = "title: T\ndescription: D\n"):
    path = tmp_path / "p.md"
    path.write_text(f"---\n{meta}---\n\n# T\n\n{body}\n", encoding="utf-8")
    return read_page(path)


@pytest.mark.parametrize(
    "claim",
    [
        "如果账户异常，客服可以帮你冻结账户。",
        "联系我们即可重置你的助记词。",
        "Contact support and we will reset your wallet password.",
        "Support can freeze your account if it is hacked.",
        "通过注册邮箱重置密码即可。",
        "客服会帮你撤回这笔转账。",
        "如果仍未解决，可以寻求第三方技术帮助。",
        "为了核实身份，客服会要你提供助记词。",
        "Support will ask for your seed phrase to verify your wallet.",
        "我们需要你先支付一笔保证金。",
    ],
)
def test_false_claims_are_reported_with_their_line(tmp_path: Path, claim: str) -> None:
    problems = check_page(page(tmp_path, f"第一行。\n\n{claim}"), "zh")
    assert len(problems) == 1
    assert problems[0].line == 10  # ---, title, description, ---, blank, H1, blank, text, blank
    assert "false for a self-custody wallet" in problems[0].message


@pytest.mark.parametrize(
    "correction",
    [
        "客服不能冻结你的钱包，也无法撤回已经确认的交易。",
        "任何人都无法帮你找回助记词，包括我们。",
        "Support cannot freeze your wallet or reset your seed phrase.",
        "No one can recover a lost seed phrase, not even we.",
        "自称能帮你追回资产的“第三方”都是骗子。",
        "客服绝不会向你要助记词、私钥或验证码。",
        "At no point do we need or ask for your seed phrase.",
    ],
)
def test_corrections_are_not_claims(tmp_path: Path, correction: str) -> None:
    assert check_page(page(tmp_path, correction), "en") == []


def test_missing_title_and_description_are_reported(tmp_path: Path) -> None:
    problems = check_page(page(tmp_path, "text", meta="hide: [toc]\n"), "en")
    assert [p.message for p in problems] == [
        "front matter needs a non-empty 'title'",
        "front matter needs a non-empty 'description'",
    ]


def test_broken_front_matter_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\n# x\n", encoding="utf-8")
    with pytest.raises(PageError, match=r"bad\.md:\d+: front matter is not valid YAML"):
        read_page(path)


def test_a_debunked_myth_is_a_correction(tmp_path: Path) -> None:
    text = "网上说“联系客服就能重置密码”的文章是错的。\n\n"
    text += "Articles saying support can reset your password are wrong."
    assert check_page(page(tmp_path, text), "zh") == []
