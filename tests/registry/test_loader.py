"""Every way the registry file can be wrong is reported with file, line and fix."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from helpcenter.registry.loader import RegistryError, load_registry
from helpcenter.registry.model import Status
from helpcenter.registry.schema import SCHEMA_PATH, json_schema, render
from tests.registry.minimal import MINIMAL, problems

ROOT = Path(__file__).resolve().parents[2]

#: The support-email channel's status and languages, then the next entry (lines 9-11).
EMAIL_TAIL = "    status: active\n    languages: [zh, en]\n  - id: hotline"


#: (case, text in minimal.yml, replacement, expected problems)
CASES = [
    (
        "yaml-syntax",
        "    kind: email\n",
        "    kind: [email\n",
        [
            "channels.yml:7: YAML syntax error: did not find expected ',' or ']'. "
            "Fix: correct the YAML at this line"
        ],
    ),
    (
        "unknown-key",
        "    label: {zh: 客服邮箱",
        "    lable: {zh: 客服邮箱",
        [
            "channels.yml:5: channel 'support-email' has no label. "
            "Fix: add label: <Name of the channel shown to readers>",
            "channels.yml:8: channel 'support-email': unknown key 'lable'. "
            "Fix: rename it to 'label'",
        ],
    ),
    (
        "missing-key",
        EMAIL_TAIL,
        "    languages: [zh, en]\n  - id: hotline",
        [
            "channels.yml:5: channel 'support-email' has no status. "
            "Fix: add status: <active, or retired (no longer answered)>"
        ],
    ),
    (
        "wrong-type",
        "    languages: [zh, en]\n  - id: hotline",
        "    languages: zh\n  - id: hotline",
        [
            "channels.yml:10: channel 'support-email' languages must be a list, not 'zh'. "
            "Fix: write it as languages: [...]"
        ],
    ),
    (
        "duplicate-id",
        "  - id: hotline",
        "  - id: support-email",
        [
            "channels.yml:11: duplicate id 'support-email' (first used on line 5). "
            "Fix: give each channel and reference its own id"
        ],
    ),
    (
        "duplicate-value",
        "kind: email\n    value: support@example.com",
        'kind: phone\n    value: "+1 (202) 555 0142"',
        [
            "channels.yml:11: channel 'hotline' has the same value as channel 'support-email' "
            "(line 5): +12025550142. Fix: list each contact once; remove or correct one of them"
        ],
    ),
    (
        "invalid-phone",
        '"+1 202-555-0142"',
        '"+1 202-555-01"',
        [
            "channels.yml:13: channel 'hotline' value is not a valid phone: '+1 202-555-01' is "
            "not a valid phone number. Fix: write it as +<country code> <number>, "
            "like +1 202-555-0142"
        ],
    ),
    (
        "invalid-email",
        "value: support@example.com",
        "value: support.example.com",
        [
            "channels.yml:7: channel 'support-email' value is not a valid email: "
            "'support.example.com' is not an email address. Fix: write it as name@example.com"
        ],
    ),
    (
        "invalid-url",
        "url: https://explorer.example",
        'url: "https://explorer example"',
        [
            "channels.yml:24: reference 'explorer' url is not a valid website: 'explorer example' "
            "is not a valid host name. Fix: use letters, digits and hyphens between dots, "
            "like help.example.com"
        ],
    ),
    (
        "unknown-kind",
        "kind: email",
        "kind: e-mail",
        [
            "channels.yml:6: channel 'support-email': unknown kind 'e-mail'. Fix: write 'email' "
            "(one of: website, email, phone, telegram, x, discord, whatsapp, wechat, qq, "
            "app-store, other-url)"
        ],
    ),
    (
        "missing-translation",
        "{zh: 客服邮箱, en: Support email}",
        "{zh: 客服邮箱}",
        [
            "channels.yml:8: channel 'support-email' label is missing the en translation. "
            "Fix: add en: <text in English>"
        ],
    ),
    (
        "unquoted-comma",
        "{zh: 客服邮箱, en: Support email}",
        "{zh: 客服邮箱, en: Support, email}",
        [
            "channels.yml:8: channel 'support-email' label: unknown key 'email'. Fix: quote the "
            'text: a comma inside {...} starts a new key, so write en: "A, B"'
        ],
    ),
    (
        "timezone",
        "Asia/Shanghai",
        "Asia/Shanghia",
        [
            "channels.yml:18: channel 'hotline' hours timezone 'Asia/Shanghia' does not exist. "
            "Fix: write 'Asia/Shanghai'"
        ],
    ),
    (
        "retired-without-date",
        EMAIL_TAIL,
        EMAIL_TAIL.replace("active", "retired"),
        [
            "channels.yml:5: channel 'support-email' is retired but has no retired_on. "
            "Fix: add retired_on: <Date the channel stopped being answered; required when retired>"
        ],
    ),
    (
        "active-with-date",
        EMAIL_TAIL,
        EMAIL_TAIL.replace("active\n", "active\n    retired_on: 2026-06-30\n"),
        [
            "channels.yml:10: channel 'support-email' is active but has retired_on. "
            "Fix: remove retired_on, or change status"
        ],
    ),
    (
        "bad-days",
        "[mon, fri]",
        "[mon, fri, fri, funday]",
        [
            "channels.yml:19: channel 'hotline' hours days lists 'fri' twice. "
            "Fix: remove the repeat",
            "channels.yml:19: channel 'hotline' hours days: unknown day 'funday'. "
            "Fix: use one of: mon, tue, wed, thu, fri, sat, sun",
        ],
    ),
    (
        "unquoted-time",
        'close: "18:00"',
        "close: 18:00",
        [
            "channels.yml:21: channel 'hotline' hours close is the number 1080: YAML reads an "
            'unquoted 18:00 as a number. Fix: quote it: close: "18:00"'
        ],
    ),
    (
        "bad-time",
        'close: "18:00"',
        'close: "25:00"',
        [
            "channels.yml:21: channel 'hotline' hours close '25:00' is not a time. "
            'Fix: write it as close: "HH:MM"'
        ],
    ),
    (
        "empty-hours",
        'close: "18:00"',
        'close: "09:00"',
        [
            "channels.yml:18: channel 'hotline' hours open and close are both 09:00. "
            "Fix: set close to the closing time, or remove hours if the channel never closes"
        ],
    ),
    (
        "impostor-is-official",
        'value: "+1 202-555-0199"',
        'value: "tel:+12025550142"',
        [
            "channels.yml:27: impostor 'tel:+12025550142' is the official channel 'hotline' "
            "(line 11). Fix: remove the impostor entry, or retire the channel if it was taken over"
        ],
    ),
    (
        "repeated-key",
        EMAIL_TAIL,
        "    status: active\n" + EMAIL_TAIL,
        [
            "channels.yml:10: key 'status' appears twice in one mapping (first on line 9). "
            "Fix: keep one"
        ],
    ),
    (
        "bad-id",
        "- id: hotline",
        "- id: Hotline_1",
        [
            "channels.yml:11: channel 'Hotline_1' id 'Hotline_1' is not lower-kebab-case. "
            "Fix: write it like support-email"
        ],
    ),
    (
        "empty-channels-and-unknown-section",
        "channels:\n",
        "channels: []\nsupport:\n",
        [
            "channels.yml:4: the registry channels is empty. Fix: list at least 1",
            "channels.yml:5: the registry: unknown key 'support'. "
            "Fix: remove it (allowed: brand, channels, references, impostors, report_to, demo)",
        ],
    ),
]

#: Cases only the loader can see (they need phonenumbers, zoneinfo or a look across entries).
SEMANTIC = {
    "yaml-syntax",
    "duplicate-id",
    "duplicate-value",
    "invalid-phone",
    "invalid-email",
    "invalid-url",
    "timezone",
    "empty-hours",
    "impostor-is-official",
    "repeated-key",
}


@pytest.mark.parametrize(
    ("old", "new", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_problem_names_file_line_and_fix(
    tmp_path: Path, old: str, new: str, expected: list[str]
) -> None:
    assert problems(tmp_path, old, new) == expected


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    text = (
        MINIMAL.replace("kind: email", "kind: e-mail")
        .replace("Asia/Shanghai", "Mars/Olympus")
        .replace('value: "+1 202-555-0199"', 'value: "+1 202"')
    )
    path = tmp_path / "channels.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (6, "channel 'support-email': unknown kind 'e-mail'"),
        (18, "channel 'hotline' hours timezone 'Mars/Olympus' does not exist"),
        (28, "impostor '+1 202' value is not a valid phone: '+1 202' is not a valid phone number"),
    ]


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yml"
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    assert str(caught.value) == (
        f"{path}:1: cannot read the registry (No such file or directory). "
        "Fix: restore registry/channels.yml or pass the path of the registry file"
    )


def test_minimal_registry_loads_with_lines(tmp_path: Path) -> None:
    path = tmp_path / "channels.yml"
    path.write_text(MINIMAL, encoding="utf-8")
    registry = load_registry(path)
    assert [(c.id, c.line, c.contact.key) for c in registry.channels] == [
        ("support-email", 5, "support@example.com"),
        ("hotline", 11, "+12025550142"),
    ]
    hotline = registry.channel("hotline")
    assert hotline is not None and hotline.hours is not None
    assert (hotline.hours.days, str(hotline.hours.open), str(hotline.hours.close)) == (
        ("mon", "fri"),
        "09:00:00",
        "18:00:00",
    )
    assert registry.references[0].contact.key == "https://explorer.example"
    assert registry.impostors[0].line == 27


def test_demo_registry_loads() -> None:
    registry = load_registry(ROOT / "registry" / "channels.yml")
    assert {c.id for c in registry.channels if c.status is Status.RETIRED} == {
        "hotline-legacy",
        "telegram-legacy",
    }
    reported = [i.reported_on for i in registry.impostors]
    assert reported == sorted(reported, reverse=True)


# --- The JSON Schema for editors says the same as the loader ---------------------------------


def _json_errors(text: str) -> list[str]:
    """What the committed JSON Schema says about registry YAML (dates as ISO strings, like JSON)."""
    data = yaml.safe_load(text)

    def as_json(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): as_json(v) for k, v in value.items()}
        if isinstance(value, list):
            return [as_json(v) for v in value]
        return value.isoformat() if isinstance(value, dt.date) else value

    validator = jsonschema.Draft202012Validator(
        json.loads(SCHEMA_PATH.read_text(encoding="utf-8")),
        format_checker=jsonschema.FormatChecker(),
    )
    return [error.message for error in validator.iter_errors(as_json(data))]


def test_committed_json_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render(), (
        "registry/channels.schema.json is stale: run python -m helpcenter.registry.schema"
    )
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_json_schema_accepts_the_demo_and_minimal_registries() -> None:
    assert _json_errors((ROOT / "registry" / "channels.yml").read_text(encoding="utf-8")) == []
    assert _json_errors(MINIMAL) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [c[1:3] for c in CASES if c[0] not in SEMANTIC],
    ids=[c[0] for c in CASES if c[0] not in SEMANTIC],
)
def test_json_schema_rejects_what_the_loader_rejects_structurally(old: str, new: str) -> None:
    assert _json_errors(MINIMAL.replace(old, new, 1)) != []


def test_schema_carries_the_model_docstrings() -> None:
    channel = json_schema()["$defs"]["Channel"]  # type: ignore[index]
    assert channel["properties"]["retired_on"]["description"] == (
        "Date the channel stopped being answered; required when retired."
    )
    assert channel["required"] == ["id", "kind", "value", "label", "status", "languages"]
