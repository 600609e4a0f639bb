"""CI hygiene for every workflow file: each action is pinned by a full commit SHA with its
version as a comment (a tag can be moved to other code; a SHA cannot), and actions/checkout
never leaves the job's token in .git/config for later steps (and the build) to read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
_USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>[^\s#]+)\s*(?:#\s*(?P<comment>.*))?$")
_PINNED = re.compile(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}")
_DOCKER_PINNED = re.compile(r"docker://[^@\s]+@sha256:[0-9a-f]{64}")
_VERSION = re.compile(r"v\d+(\.\d+)*")


def pin_problems(text: str) -> list[str]:
    """``line: why`` for each ``uses:`` of a workflow that is not pinned by commit SHA with
    its version in a comment (local actions, ``./...``, are this repository's own code)."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _USES.match(line)
        if match is None:
            continue
        ref, comment = match["ref"].strip("'\""), (match["comment"] or "").strip()
        if ref.startswith("./"):
            continue
        if ref.startswith("docker://"):
            if not _DOCKER_PINNED.fullmatch(ref):
                problems.append(f"{number}: {ref} is not pinned by its sha256 digest")
            continue
        if not _PINNED.fullmatch(ref):
            problems.append(f"{number}: {ref} is not pinned by a full commit SHA")
        elif not _VERSION.fullmatch(comment):
            problems.append(f"{number}: {ref} has no version comment (# vX.Y.Z)")
    return problems


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", ())]


def checkout_problems(workflow: dict[str, Any]) -> list[str]:
    """Each actions/checkout step that would keep the token (persist-credentials defaults to
    true)."""
    return [
        str(step.get("name") or step["uses"])
        for step in steps(workflow)
        if str(step.get("uses", "")).startswith("actions/checkout@")
        and (step.get("with") or {}).get("persist-credentials") not in (False, "false")
    ]


def test_there_are_workflows_to_check() -> None:
    assert [p.name for p in WORKFLOWS] == ["site.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_by_commit_sha_with_its_version(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert pin_problems(text) == []
    assert text.count("uses:") >= 1


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkout_never_keeps_the_token(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert any(str(s.get("uses", "")).startswith("actions/checkout@") for s in steps(workflow))
    assert checkout_problems(workflow) == []


def test_the_pin_rule_names_each_unpinned_action() -> None:
    text = (
        "steps:\n"
        "  - uses: actions/checkout@v5\n"
        "  - uses: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38\n"
        "  - uses: actions/cache@2497097  # v4\n"
        "  - uses: docker://alpine:3.20\n"
        "  - uses: ./.github/actions/local\n"
        "  - uses: 'actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f' # v6.0.0\n"
    )
    assert pin_problems(text) == [
        "2: actions/checkout@v5 is not pinned by a full commit SHA",
        "3: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 has no version comment "
        "(# vX.Y.Z)",
        "4: actions/cache@2497097 is not pinned by a full commit SHA",
        "5: docker://alpine:3.20 is not pinned by its sha256 digest",
    ]


def test_the_checkout_rule_names_each_checkout_that_keeps_the_token() -> None:
    workflow = yaml.safe_load(
        "jobs:\n"
        "  a:\n"
        "    steps:\n"
        "      - uses: actions/checkout@0000000000000000000000000000000000000000\n"
        "      - name: kept\n"
        "        uses: actions/checkout@0000000000000000000000000000000000000000\n"
        "        with: {persist-credentials: true}\n"
        "  b:\n"
        "    steps:\n"
        "      - uses: actions/checkout@0000000000000000000000000000000000000000\n"
        "        with: {persist-credentials: false}\n"
    )
    assert checkout_problems(workflow) == [
        "actions/checkout@0000000000000000000000000000000000000000",
        "kept",
    ]
