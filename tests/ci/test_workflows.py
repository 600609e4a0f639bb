"""CI and repository policy: actionlint passes, a deploy needs every check, pull requests get
the contact changes in their summary, owners and hooks (action pins: test_action_pins.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github/workflows/site.yml"


def test_workflows_pass_actionlint() -> None:
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint, "actionlint is missing: run scripts/setup (pinned in pyproject.toml)"
    proc = subprocess.run(
        # shellcheck/pyflakes are not installed here; actionlint's own checks all run.
        [actionlint, "-no-color", "-oneline", "-shellcheck=", "-pyflakes="],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert (proc.returncode, proc.stdout + proc.stderr) == (0, "")


def test_deploy_runs_only_on_main_after_every_check() -> None:
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    build_steps = [step.get("run", "") for step in jobs["check-and-build"]["steps"]]
    assert "make setup" in build_steps
    assert "make test" in build_steps
    assert any("helpcenter.guard --format github" in run for run in build_steps)
    assert build_steps.index("make test") < build_steps.index("make build")
    deploy = jobs["deploy"]
    assert deploy["needs"] == "check-and-build"
    assert deploy["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert "secrets.CLOUDFLARE_API_TOKEN" in str(deploy["steps"])
    assert "always()" not in str(deploy)  # would deploy after a failed check


def test_registry_belongs_to_the_security_team() -> None:
    owners = (ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8").splitlines()
    assert "/registry/                       @example-wallet/security" in owners


def test_pre_commit_runs_ruff_and_the_contact_guard() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    entries = {hook["id"]: hook["entry"] for repo in config["repos"] for hook in repo["hooks"]}
    assert entries["ruff"] == ".venv/bin/ruff check --fix"
    assert entries["contact-guard"] == ".venv/bin/python -m helpcenter.guard"


def test_pull_requests_summarize_contact_changes_from_both_built_sites() -> None:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["check-and-build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    summary = next(s for s in steps if s.get("name") == "Contact changes (job summary)")
    assert summary["if"] == "github.event_name == 'pull_request'"
    assert runs.index("make build") < runs.index(summary["run"])  # the head site is built
    run = summary["run"]
    assert 'git worktree add --detach "$base" "$BASE_SHA"' in run
    assert 'mkdocs" build --strict' in run and 'PYTHONPATH="$base/src"' in run
    assert 'helpcenter.review diff "$base" .' in run and '>> "$GITHUB_STEP_SUMMARY"' in run
    # Event data reaches the script through the environment, never spliced into its text.
    assert "${{" not in run
    assert summary["env"]["BASE_SHA"] == "${{ github.event.pull_request.base.sha }}"
