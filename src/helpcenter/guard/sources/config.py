"""``mkdocs.yml``: every string a build can show (site name, copyright, ``extra``, per-language
overrides of the i18n plugin, ``extra.social`` links), with its line.

The raw text is scanned for exact lines; then each YAML string is scanned decoded, so a value
hidden by YAML escapes ("support\\u0040…") is caught too, at the line where it starts.
"""

from __future__ import annotations

import yaml

from helpcenter.guard.finding import Finding
from helpcenter.guard.read.check import Checker
from helpcenter.guard.sources.text import finding_key, text_findings

# libyaml's composer when PyYAML was built with it: same nodes and marks, much faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def scan_config(checker: Checker, text: str, *, path: str) -> list[Finding]:
    """Findings in a MkDocs config; raises yaml.YAMLError when it is not YAML."""
    findings = text_findings(checker, text, path=path, source="mkdocs.yml", region=None)
    seen = {finding_key(f) for f in findings}
    for line, value in _strings(yaml.compose(text, Loader=_LOADER)):
        for finding in text_findings(
            checker, value, path=path, source="mkdocs.yml", region=None, first_line=line
        ):
            if finding_key(finding) not in seen:
                seen.add(finding_key(finding))
                findings.append(finding)
    return sorted(findings, key=lambda f: f.line)


def _strings(node: yaml.Node | None) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    stack = [node] if node is not None else []
    while stack:
        item = stack.pop()
        if isinstance(item, yaml.ScalarNode):
            if isinstance(item.value, str) and item.style in ('"', "'", "|", ">", None):
                found.append((item.start_mark.line + 1, item.value))
        elif isinstance(item, yaml.SequenceNode):
            stack.extend(item.value)
        elif isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                stack.extend((key, value))
    return found
