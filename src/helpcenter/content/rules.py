"""Content rules for a self-custody wallet's help center.

Support can never see, reset or recover a seed phrase, private key or wallet password, never
freeze a wallet or reverse a transaction, and never asks for secrets, codes or fees. A page that
states otherwise (outside a sentence that negates it) is wrong and dangerous.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpcenter.content.glossary import glossary_problems
from helpcenter.content.markup import markup_problems
from helpcenter.content.pages import Page
from helpcenter.languages import base
from helpcenter.problems import Problem

#: Characters of a description search engines show, by language (CJK text is denser).
DESCRIPTION_MAX = {"zh": 160, "ja": 160, "ko": 160}
DESCRIPTION_MAX_OTHER = 170

# Affirmative claims that are false for a self-custody wallet. Each pattern is matched per
# sentence; a sentence that also contains a negation is a correction, not a claim.
_GAP = r"[^。！？.!?]{0,16}"  # stay inside one sentence
# Whole words only: "we" inside "where" or "answer" is no claim about us.
_SUPPORT = r"(客服|我们|官方|\bsupport\b|\bwe\b)"


def _claim(*parts: str) -> re.Pattern[str]:
    return re.compile(_GAP.join(parts), re.I)


_FALSE_CLAIMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("support can freeze an account or wallet", _claim(_SUPPORT, r"(冻结|解冻|freeze|unfreeze)")),
    (
        "support can reset or recover a seed phrase, private key or password",
        _claim(
            _SUPPORT,
            r"(重置|找回|恢复|reset|recover|retrieve)",
            r"(助记词|私钥|密码|seed phrase|private key|password)",
        ),
    ),
    (
        "support can reverse or cancel a confirmed transaction",
        _claim(_SUPPORT, r"(撤回|撤销|追回|reverse|refund|claw back)"),
    ),
    (
        "support asks for a seed phrase, private key, password, code or fee",
        _claim(
            _SUPPORT,
            r"(索要|要你|让你|请你|需要你|向你要|ask|request|need)",
            r"(助记词|私钥|密码|验证码|费用|手续费|保证金|解冻费|seed phrase|private key|"
            r"password|verification code|fee|payment)",
        ),
    ),
    (
        "a password can be reset by email",
        _claim(r"(邮箱|邮件|email)", r"(重置|找回|reset)", r"(密码|password)"),
    ),
    (
        "third-party recovery help is recommended",
        _claim(r"(寻求|联系|找|use|try|contact|hire)", r"(第三方|recovery service)"),
    ),
)
_NEGATION = re.compile(
    r"不|无法|没有|没法|绝不|从不|别|勿|谁也|任何人都|骗|假|错|谣言|"
    r"\b(never|cannot|can't|can ?not|won't|not|no|nor|no one|nobody|impossible|unable|"
    r"scam\w*|fake|wrong|false|myths?)\b",
    re.I,
)
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]|\.(?=\s|$)|$)")


def _problem(page: Page, line: int, message: str, fix: str) -> Problem:
    return Problem(page.name or str(page.path), line, message, fix, "content")


def check_page(page: Page, lang: str) -> list[Problem]:
    """Every rule, for one page (``lang``: its i18n locale); an empty list means it is fine."""
    markup = [_problem(page, p.line, p.message, p.fix) for p in markup_problems(page.text)]
    return [*_check_meta(page, lang), *_check_claims(page), *markup, *glossary_problems(page, lang)]


def _check_meta(page: Page, lang: str) -> list[Problem]:
    problems = []
    for key in ("title", "description"):
        value = page.meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(
                _problem(
                    page,
                    1,
                    f"front matter needs a non-empty '{key}'",
                    f"add {key}: to the front matter",
                )
            )
    description = page.meta.get("description")
    limit = DESCRIPTION_MAX.get(base(lang), DESCRIPTION_MAX_OTHER)
    if isinstance(description, str) and len(description) > limit:
        problems.append(
            _problem(
                page,
                1,
                f"description is {len(description)} characters; search engines cut it after "
                f"{limit}",
                "shorten it",
            )
        )
    return problems


def _check_claims(page: Page) -> list[Problem]:
    problems = []
    for number, line in enumerate(page.body.splitlines(), start=page.body_line):
        for sentence in _SENTENCE.findall(line):
            if _NEGATION.search(sentence):
                continue
            for claim, pattern in _FALSE_CLAIMS:
                if pattern.search(sentence):
                    problems.append(
                        _problem(
                            page,
                            number,
                            f"states that {claim}, which is false for a self-custody wallet "
                            f"({sentence.strip()[:80]})",
                            "rewrite it",
                        )
                    )
    return problems


def check_docs(docs_dir: Path, languages: tuple[str, ...]) -> list[Problem]:
    from helpcenter.content.pages import read_page

    problems: list[Problem] = []
    for lang in languages:
        for path in sorted((docs_dir / lang).glob("*.md")):
            problems.extend(check_page(read_page(path), lang))
    return problems
