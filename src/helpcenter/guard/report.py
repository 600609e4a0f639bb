"""One reporter for every way the guard runs: text lines, JSON, GitHub workflow annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

from helpcenter.guard.finding import Finding, Verdict
from helpcenter.guard.read.judge import shown
from helpcenter.problems import Problem
from helpcenter.registry.model import Channel, Registry, Status

FORMATS = ("text", "json", "github")


def render(findings: Sequence[Finding], registry: Registry, fmt: str) -> str:
    """All findings, sorted by place, in ``fmt`` (one of FORMATS)."""
    ordered = sorted(findings, key=lambda f: (f.path, f.line, f.raw))
    if fmt == "json":
        return json.dumps([_as_dict(f, registry) for f in ordered], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(annotation(f, registry) for f in ordered)
    return "\n".join(line(f, registry) for f in ordered)


def line(finding: Finding, registry: Registry) -> str:
    """``path:line: verdict: value (why; official alternative)``."""
    return f"{finding.path}:{finding.line}: {_message(finding, registry)}"


def annotation(finding: Finding, registry: Registry) -> str:
    """A GitHub Actions ``::error`` workflow command for one finding."""
    verdict = finding.judgement.verdict
    props = f"file={_prop(finding.path)},line={finding.line},title={_prop(f'contact {verdict}')}"
    return f"::error {props}::{_data(_message(finding, registry))}"


def summary(findings: Sequence[Finding], checked: int) -> str:
    if not findings:
        return f"contact guard: {checked} file(s) checked, every contact is official"
    places = len({f.path for f in findings})
    return (
        f"contact guard: {len(findings)} unofficial contact(s) in {places} file(s). Fix: use the "
        "official channel ([[channel:ID]]) or, if it is official, add it to the registry"
    )


def alternative(finding: Finding, registry: Registry) -> Channel | None:
    """The official channel to use instead, when the judgement names one that is close."""
    channel = registry.channel(finding.judgement.channel_id or "")
    if channel is None or channel.status is Status.ACTIVE:
        return channel
    same_kind = [c for c in registry.active if c.kind is channel.kind]
    return same_kind[0] if same_kind else None


#: What to do about any contact the guard reports.
FIX = (
    "use the official channel ([[channel:ID]]); if it really is a new official channel, ask the "
    "security team to add it to the registry"
)


def as_problem(finding: Finding, registry: Registry) -> Problem:
    """A finding as the package's one problem type (for a build's combined report)."""
    return Problem(finding.path, finding.line, _message(finding, registry), FIX, "guard")


def _message(finding: Finding, registry: Registry) -> str:
    judgement = finding.judgement
    why = judgement.why
    official = alternative(finding, registry)
    if official is not None and not {official.value, official.contact.display} & {finding.raw}:
        named = {official.value, official.contact.display, shown(official)}
        if not any(name in why for name in named):
            why += f"; official: {official.value}"  # the judge did not name it already
    elif judgement.verdict is Verdict.UNLISTED:
        why += f"; if it is official, add it to {registry.path.name}"
    return f"{judgement.verdict}: {finding.raw} ({why})"


def _as_dict(finding: Finding, registry: Registry) -> dict[str, object]:
    contact = finding.judgement.contact
    return {
        "path": finding.path,
        "line": finding.line,
        "verdict": str(finding.judgement.verdict),
        "value": finding.raw,
        "kind": str(contact.kind) if contact else None,
        "key": contact.key if contact else None,
        "why": finding.judgement.why,
        "channel_id": finding.judgement.channel_id,
        "official": official.value if (official := alternative(finding, registry)) else None,
        "source": finding.source,
    }


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
