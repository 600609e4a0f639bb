"""One name per thing: the glossary of each language is enforced on every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.content.glossary import GlossaryError, glossary_problems, load_glossary
from helpcenter.content.pages import read_page
from tests.content.config import DOCS, LANGUAGES


def page(tmp_path: Path, body: str, title: str = "T"):
    path = tmp_path / "p.md"
    path.write_text(f"---\ntitle: {title}\ndescription: D\n---\n\n# T\n\n{body}\n", "utf-8")
    return read_page(path, name="docs/zh/p.md")


def messages(tmp_path: Path, body: str, lang: str = "zh") -> list[str]:
    return [str(p) for p in glossary_problems(page(tmp_path, body), lang)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_uses_one_name_per_thing(lang: str) -> None:
    problems = [
        str(problem)
        for path in sorted((DOCS / lang).glob("*.md"))
        for problem in glossary_problems(read_page(path, name=f"docs/{lang}/{path.name}"), lang)
    ]
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_a_glossary_whose_pages_exist(lang: str) -> None:
    glossary = load_glossary(lang)
    pages = {term.page for term in glossary.terms if term.page}
    assert {"check-contact", "scam-help"} <= pages
    assert [p for p in sorted(pages) if not (DOCS / lang / f"{p}.md").is_file()] == []


def test_another_name_is_reported_at_its_line(tmp_path: Path) -> None:
    assert messages(tmp_path, "第一行。\n\n先用联系方式检查工具查一查。") == [
        "docs/zh/p.md:10: calls the \"is this contact official?\" checker '联系方式检查工具'. "
        "Fix: write '联系方式核查工具' (one name per thing: "
        "src/helpcenter/content/glossaries/zh.yml)"
    ]


def test_front_matter_is_text_too(tmp_path: Path) -> None:
    problems = glossary_problems(page(tmp_path, "正文。", title="被骗后怎么办"), "zh")
    assert [(p.line, p.message) for p in problems] == [
        (2, "calls the page for readers who were scammed '被骗后怎么办'")
    ]


def test_the_name_allowed_phrases_code_and_markup_are_not_reported(tmp_path: Path) -> None:
    body = "\n".join(
        [
            "用[联系方式核查工具](check-contact.md)查一查。",  # the name itself
            "在「我的 → 安全 → 应用锁」里开启，也可以在应用商店更新。",  # allowed phrases
            "「设置 → 应用 → 示例钱包」",  # Android's own words
            "命令行里的 `应用` 是代码。",  # code span
            "```text\n应用版本：\n```",  # fenced code
            "[[channel:app-store|官方下载页]] { #app }",  # marker and anchor
            "授权（Approve）和 approvals。",  # Latin words are whole words
        ]
    )
    assert messages(tmp_path, body) == []


def test_latin_names_match_whole_words_and_case_when_exact(tmp_path: Path) -> None:
    assert messages(tmp_path, "打开 App，在 DApp 里授权（approve）。") == []
    problems = messages(tmp_path, "打开 APP 或者 app。")
    assert [p.split(": ", 1)[1].split(". Fix")[0] for p in problems] == [
        "calls the Example Wallet mobile app 'APP'",
        "calls the Example Wallet mobile app 'app'",
    ]


def test_english_names_match_in_any_case(tmp_path: Path) -> None:
    problems = glossary_problems(page(tmp_path, "See What To Do After A Scam first."), "en")
    assert [p.message for p in problems] == [
        "calls the page for readers who were scammed 'what to do after a scam'"
    ]


def test_a_link_to_a_term_page_must_say_its_name(tmp_path: Path) -> None:
    body = "\n".join(
        [
            "先[检查一下](check-contact.md)。",  # another name: reported
            "[:octicons-arrow-right-24: 被骗了怎么办](scam-help.md)",  # icon + name: fine
            "按[第二步](scam-help.md#move-funds-to-new-wallet)做。",  # a section: fine
            "见[官方渠道](contact.md)。",  # not a glossary page: fine
        ]
    )
    assert messages(tmp_path, body) == [
        "docs/zh/p.md:8: a link to check-contact.md says '检查一下'. Fix: make its text "
        "'联系方式核查工具' (one name per thing: src/helpcenter/content/glossaries/zh.yml)"
    ]


def test_a_language_without_a_glossary_is_one_problem_at_the_glossary(tmp_path: Path) -> None:
    problems = glossary_problems(page(tmp_path, "Bonjour."), "fr")
    assert [str(p) for p in problems] == [
        "src/helpcenter/content/glossaries/fr.yml:1: no glossary for language 'fr'. Fix: write "
        "src/helpcenter/content/glossaries/fr.yml: copy another language's glossary and give "
        "each thing its name in this language"
    ]


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        (
            "terms:\n  - name: app\n    forbidden: [App]\n",
            "glossaries/xx.yml:2: term 'app' forbids its own name. Fix: remove it from forbidden:",
        ),
        (
            "terms:\n  - name: app\n    forbidden: [APP]\n    colour: red\n",
            "glossaries/xx.yml:2: term 'app' has unknown key(s) colour. Fix: use allowed, case, "
            "forbidden, means, name, page",
        ),
        (
            "terms:\n  - name: app\n",
            "glossaries/xx.yml:2: term 'app' forbids nothing. Fix: list the other names in "
            "forbidden:",
        ),
    ],
)
def test_a_broken_glossary_names_its_line(tmp_path: Path, terms: str, message: str) -> None:
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "xx.yml").write_text(terms, "utf-8")
    with pytest.raises(GlossaryError) as caught:
        load_glossary("xx", folder)
    assert str(caught.value).endswith(message)


def test_search_key_phrases_may_hold_other_names(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text(
        "---\ntitle: T\ndescription: D\n"
        "key_phrases: [联系方式检查工具, 被骗后怎么办]\n---\n\n# T\n",
        "utf-8",
    )
    assert glossary_problems(read_page(path), "zh") == []
