"""Check YAML data against the schema declarations; every problem names its line and fix."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from typing import Any

from helpcenter.registry.characters import in_value
from helpcenter.registry.markup import prose_markup, value_markup
from helpcenter.registry.schema import (
    TIME_PATTERN,
    Choice,
    Date,
    Flag,
    ListOf,
    ObjectSpec,
    Text,
    Time,
    ValueSpec,
)
from helpcenter.registry.yaml_lines import LineDict, LineList

#: Receives (line, message, fix) for each problem found.
Report = Callable[[int, str, str], None]
INVALID = object()


def suggest(value: str, choices: tuple[str, ...] | list[str], fallback: str) -> str:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f"write {close[0]!r}" if close else fallback


def singular(name: str) -> str:
    return name[:-1] if name.endswith("s") else name


def describe(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{value!r}"


def check(value: Any, spec: ValueSpec, where: str, name: str, line: int, report: Report) -> Any:
    """``value`` converted to Python (str, date, time, tuple, dict) or INVALID, reporting why."""
    if isinstance(spec, Text):
        return _text(value, spec, where, name, line, report)
    if isinstance(spec, Flag):
        return _flag(value, where, name, line, report)
    if isinstance(spec, Choice):
        if isinstance(value, str) and value in spec.values:
            return value
        choices = ", ".join(spec.values)
        fix = suggest(str(value), spec.values, f"use one of: {choices}")
        if fix.startswith("write"):
            fix += f" (one of: {choices})"
        report(line, f"{where}: unknown {name} {describe(value)}", fix)
        return INVALID
    if isinstance(spec, Date):
        return _date(value, where, name, line, report)
    if isinstance(spec, Time):
        return _time(value, where, name, line, report)
    if isinstance(spec, ListOf):
        return _list(value, spec, where, name, line, report)
    return check_object(value, spec.spec, where, name, line, report)


def _text(value: Any, spec: Text, where: str, name: str, line: int, report: Report) -> Any:
    if not isinstance(value, str):
        report(
            line, f"{where} must be text, not {describe(value)}", f'write {name}: "{spec.example}"'
        )
        return INVALID
    if not value.strip():
        report(line, f"{where} is empty", f"write a value, like {name}: {spec.example}")
        return INVALID
    unreadable = in_value(value)
    if unreadable is not None:
        report(line, f"{where} {unreadable[0]}", unreadable[1])
        return INVALID
    if spec.pattern and not re.search(spec.pattern, value):
        rule = spec.rule or f"text matching {spec.pattern}"
        report(line, f"{where} {value!r} is not {rule}", f"write it like {spec.example}")
        return INVALID
    markup = prose_markup(value) if spec.prose else value_markup(value)
    if markup is not None:
        report(line, f"{where} {markup.message()}", markup.fix)
        return INVALID
    return value


def _flag(value: Any, where: str, name: str, line: int, report: Report) -> Any:
    if isinstance(value, bool):
        return value
    report(line, f"{where} {describe(value)} is not true or false", f"write {name}: true")
    return INVALID


def _date(value: Any, where: str, name: str, line: int, report: Report) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    report(line, f"{where} {describe(value)} is not a date", f"write it as {name}: YYYY-MM-DD")
    return INVALID


def _time(value: Any, where: str, name: str, line: int, report: Report) -> Any:
    if isinstance(value, str) and re.fullmatch(TIME_PATTERN, value):
        return dt.time.fromisoformat(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        # YAML 1.1 reads an unquoted 09:00 as the base-60 number 540.
        written = f"{value // 60:02d}:{value % 60:02d}"
        report(
            line,
            f"{where} is the number {value}: YAML reads an unquoted {written} as a number",
            f'quote it: {name}: "{written}"',
        )
        return INVALID
    report(line, f"{where} {describe(value)} is not a time", f'write it as {name}: "HH:MM"')
    return INVALID


def _list(value: Any, spec: ListOf, where: str, name: str, line: int, report: Report) -> Any:
    if not isinstance(value, LineList):
        report(line, f"{where} must be a list, not {describe(value)}", f"write it as {name}: [...]")
        return INVALID
    if len(value) < spec.min_items:
        report(line, f"{where} is empty", f"list at least {spec.min_items}")
        return INVALID
    items = []
    seen: dict[Any, int] = {}
    for position, (item, item_line) in enumerate(zip(value, value.item_lines, strict=True)):
        label = where if isinstance(spec.item, Choice) else _item_label(item, where, position)
        converted = check(item, spec.item, label, singular(name), item_line, report)
        if converted is INVALID:
            continue
        if not isinstance(converted, dict):
            if converted in seen:
                report(item_line, f"{where} lists {item!r} twice", "remove the repeat")
                continue
            seen[converted] = item_line
        items.append(converted)
    return tuple(items)


def _item_label(item: Any, where: str, position: int) -> str:
    if isinstance(item, dict):
        for key in ("id", "value"):
            if isinstance(item.get(key), str):
                return f"{singular(where.rpartition(' ')[2])} {item[key]!r}"
    return f"{where}[{position}]"


def check_object(
    value: Any, spec: ObjectSpec, where: str, name: str, line: int, report: Report
) -> Any:
    if not isinstance(value, LineDict):
        report(
            line,
            f"{where} must be a mapping, not {describe(value)}",
            f"write {name}: {{key: value}}",
        )
        return INVALID
    allowed = [f.name for f in spec.fields]
    for key in value:
        if key not in allowed:
            report(
                value.key_lines[key],
                f"{where}: unknown key {key!r}",
                _unknown_fix(key, value, allowed),
            )
    # Where the mapping and each of its keys are, for the loader's own messages.
    result: dict[str, Any] = {"_line": value.line, "_lines": value.key_lines}
    for field in spec.fields:
        if field.name not in value:
            if field.required:
                report(value.line, *_missing(spec, field.name, field.description, where))
            continue
        # A choice names itself in the message ("unknown kind 'e-mail'").
        field_where = where if isinstance(field.value, Choice) else f"{where} {field.name}"
        converted = check(
            value[field.name],
            field.value,
            field_where,
            field.name,
            value.key_lines[field.name],
            report,
        )
        if converted is not INVALID:
            result[field.name] = converted
    for condition in spec.conditions:
        if value.get(condition.field) != condition.value:
            continue
        state = f"{where} is {condition.value}"
        for required in condition.required:
            if required not in value:
                described = spec.field(required)
                hint = f" <{described.description.rstrip('.')}>" if described else ""
                report(value.line, f"{state} but has no {required}", f"add {required}:{hint}")
        for forbidden in condition.forbidden:
            if forbidden in value:
                report(
                    value.key_lines[forbidden],
                    f"{state} but has {forbidden}",
                    f"remove {forbidden}, or change {condition.field}",
                )
    return result


def _unknown_fix(key: str, value: LineDict, allowed: list[str]) -> str:
    if value[key] is None and set(allowed) == {"zh", "en"}:
        return 'quote the text: a comma inside {...} starts a new key, so write en: "A, B"'
    return suggest(key, allowed, f"remove it (allowed: {', '.join(allowed)})").replace(
        "write", "rename it to", 1
    )


def _missing(spec: ObjectSpec, key: str, description: str, where: str) -> tuple[str, str]:
    if spec.name == "Localized":
        language = description.rstrip(".")
        return f"{where} is missing the {key} translation", f"add {key}: <text in {language}>"
    return f"{where} has no {key}", f"add {key}: <{description.rstrip('.')}>"
