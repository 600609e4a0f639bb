"""Theme templates are compiled once per process, and afresh when their source changes."""

from __future__ import annotations

from jinja2 import DictLoader, Environment

from helpcenter.templates import ProcessBytecodeCache


def test_a_second_environment_reuses_the_compiled_template_until_its_source_changes() -> None:
    cache = ProcessBytecodeCache()
    sources = {"page.html": "<p>{{ x }}</p>"}
    compiled: list[str] = []

    class Counting(Environment):
        def _compile(self, source, filename):  # type: ignore[no-untyped-def]
            compiled.append(filename)
            return super()._compile(source, filename)

    for _ in range(2):  # two languages: two environments, as MkDocs makes them
        env = Counting(loader=DictLoader(sources), bytecode_cache=cache)
        assert env.get_template("page.html").render(x=1) == "<p>1</p>"
    assert len(compiled) == 1
    sources["page.html"] = "<b>{{ x }}</b>"
    env = Counting(loader=DictLoader(sources), bytecode_cache=cache)
    assert env.get_template("page.html").render(x=2) == "<b>2</b>"
    assert len(compiled) == 2
