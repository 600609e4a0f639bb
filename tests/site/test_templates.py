"""Theme templates are compiled once, kept in memory and on disk, and compiled afresh when their
source, the environment's compile settings or the cache's owner make the stored code unusable."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import ClassVar

import pytest
from jinja2 import DictLoader, Environment

from helpcenter.templates import TemplateCache


class Counting(Environment):
    compiled: ClassVar[list[str]] = []

    def _compile(self, source, filename):  # type: ignore[no-untyped-def]
        Counting.compiled.append(filename)
        return super()._compile(source, filename)


@pytest.fixture(autouse=True)
def _count() -> None:
    Counting.compiled = []


def _render(cache: TemplateCache, sources: dict[str, str], **settings: object) -> str:
    env = Counting(loader=DictLoader(sources), bytecode_cache=cache, **settings)
    return env.get_template("page.html").render(x=1)


def test_a_second_environment_reuses_the_compiled_template_until_its_source_changes(
    tmp_path: Path,
) -> None:
    cache = TemplateCache(str(tmp_path))
    sources = {"page.html": "<p>{{ x }}</p>"}
    for _ in range(2):  # two languages: two environments, as MkDocs makes them
        assert _render(cache, sources) == "<p>1</p>"
    assert len(Counting.compiled) == 1
    sources["page.html"] = "<b>{{ x }}</b>"
    assert _render(cache, sources) == "<b>1</b>"
    assert len(Counting.compiled) == 2


def test_the_next_process_reads_the_compiled_template_from_disk(tmp_path: Path) -> None:
    sources = {"page.html": "<p>{{ x }}</p>"}
    assert _render(TemplateCache(str(tmp_path)), sources) == "<p>1</p>"
    assert _render(TemplateCache(str(tmp_path)), sources) == "<p>1</p>"  # a new process's cache
    assert len(Counting.compiled) == 1
    sources["page.html"] = "<i>{{ x }}</i>"
    assert _render(TemplateCache(str(tmp_path)), sources) == "<i>1</i>"
    assert len(Counting.compiled) == 2


def test_other_compile_settings_compile_again(tmp_path: Path) -> None:
    cache = TemplateCache(str(tmp_path))
    sources = {"page.html": "<p>\n  {%- if x %}{{ x }}{% endif %}\n</p>"}
    plain = _render(cache, sources)
    trimmed = _render(cache, sources, trim_blocks=True, lstrip_blocks=True)
    delimiters = _render(
        cache, {"page.html": "<p><< x >></p>"}, variable_start_string="<<", variable_end_string=">>"
    )
    assert (plain, trimmed, delimiters) == ("<p>1\n</p>", "<p>1</p>", "<p>1</p>")
    assert len(Counting.compiled) == 3


def test_a_cache_directory_it_cannot_use_costs_speed_not_the_build(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, stat.S_IRUSR | stat.S_IXUSR)  # no writing
    try:
        cache = TemplateCache(str(locked))
        sources = {"page.html": "<p>{{ x }}</p>"}
        assert _render(cache, sources) == _render(cache, sources) == "<p>1</p>"
    finally:
        os.chmod(locked, stat.S_IRWXU)
    if os.geteuid() != 0:  # root writes anyway
        assert list(locked.iterdir()) == []
    assert len(Counting.compiled) == 1
