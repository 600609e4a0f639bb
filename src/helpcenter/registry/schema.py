"""The registry file's schema, derived once from the data model in ``model.py``.

The loader validates against these declarations and ``registry/channels.schema.json`` (for
editor completion) is generated from them: ``python -m helpcenter.registry.schema`` rewrites it.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import itertools
import json
import sys
import types
import typing
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from helpcenter.registry.model import (
    LANGUAGES,
    WEEKDAYS,
    Brand,
    Channel,
    Hours,
    Localized,
    Reference,
    Registry,
    Status,
)

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "registry" / "channels.schema.json"
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
TIMEZONE_PATTERN = r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$"
TOKEN_PATTERN = r"^[^A-Z\s]+$"
DOMAIN_PATTERN = r"^[^A-Z\s/:@]+\.[^A-Z\s/:@]+$"
#: Model fields the loader computes instead of reading them from the file.
DERIVED = frozenset({"contact", "line", "path"})


@dataclass(frozen=True)
class Text:
    """A non-empty string on one line, without markup, optionally matching ``pattern``."""

    pattern: str | None = None
    example: str = "text"
    rule: str = ""
    """What ``pattern`` asks for, in words: "lower-kebab-case"."""
    prose: bool = False
    """Words readers see (labels, notes): no HTML or Markdown. Otherwise a value or a name:
    no HTML and none of the characters no contact value has."""


@dataclass(frozen=True)
class Flag:
    """true or false."""


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of strings."""

    values: tuple[str, ...]


@dataclass(frozen=True)
class Date:
    """A calendar date, YYYY-MM-DD."""


@dataclass(frozen=True)
class Time:
    """A time of day, "HH:MM" (quoted: YAML reads 09:00 unquoted as a number)."""


@dataclass(frozen=True)
class ListOf:
    """A list of ``item``, without repeats."""

    item: ValueSpec
    min_items: int = 0


@dataclass(frozen=True)
class Obj:
    """A mapping with the fields of a model class."""

    spec: ObjectSpec


ValueSpec = Text | Flag | Choice | Date | Time | ListOf | Obj


@dataclass(frozen=True)
class FieldSpec:
    name: str
    value: ValueSpec
    required: bool
    description: str


@dataclass(frozen=True)
class Condition:
    """When ``field`` is ``value``, ``required`` keys must be present and ``forbidden`` absent."""

    field: str
    value: str
    required: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class ObjectSpec:
    name: str
    description: str
    fields: tuple[FieldSpec, ...]
    conditions: tuple[Condition, ...] = ()

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


#: Constraints the Python types cannot say.
_OVERRIDES: dict[tuple[type, str], ValueSpec] = {
    (Channel, "id"): Text(ID_PATTERN, "support-email", "lower-kebab-case"),
    (Reference, "id"): Text(ID_PATTERN, "block-explorer", "lower-kebab-case"),
    (Channel, "languages"): ListOf(Choice(LANGUAGES), min_items=1),
    (Hours, "days"): ListOf(Choice(WEEKDAYS), min_items=1),
    (Hours, "timezone"): Text(TIMEZONE_PATTERN, "Asia/Shanghai", "an IANA time zone name"),
    (Localized, "zh"): Text(example="示例钱包", prose=True),
    (Localized, "en"): Text(example="Example Wallet", prose=True),
    (Brand, "tokens"): ListOf(
        Text(TOKEN_PATTERN, "examplewallet", "lower case without spaces"), min_items=1
    ),
    (Brand, "domains"): ListOf(
        Text(DOMAIN_PATTERN, "example.com", "a lower-case domain name"), min_items=1
    ),
    (Registry, "report_to"): Text(ID_PATTERN, "security-email", "lower-kebab-case"),
}
#: Lists that may not be empty.
_AT_LEAST_ONE = frozenset({(Registry, "channels")})
#: Cross-field rules, declared once for the loader and the JSON Schema.
_CONDITIONS: dict[type, tuple[Condition, ...]] = {
    Channel: (
        Condition("status", Status.RETIRED.value, required=("retired_on",)),
        Condition("status", Status.ACTIVE.value, forbidden=("retired_on",)),
    ),
}


def _attribute_docs(cls: type) -> dict[str, str]:
    """The docstring written under each field of a dataclass."""
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs = {}
    for node, after in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[node.target.id] = " ".join(after.value.value.split())
    return docs


def _value_spec(tp: object) -> ValueSpec:
    origin = typing.get_origin(tp)
    if origin is tuple:
        return ListOf(_value_spec(typing.get_args(tp)[0]))
    if tp is str:
        return Text()
    if tp is bool:
        return Flag()
    if tp is dt.date:
        return Date()
    if tp is dt.time:
        return Time()
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return Choice(tuple(member.value for member in tp))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return Obj(object_spec(tp))
    raise TypeError(f"no schema for {tp!r}")  # pragma: no cover - a new model type


@cache
def object_spec(cls: type) -> ObjectSpec:
    """The schema of a model class: its fields minus the derived ones."""
    hints = typing.get_type_hints(cls)
    docs = _attribute_docs(cls)
    fields = []
    for model_field in dataclasses.fields(cls):
        name = model_field.name
        if name in DERIVED or name.startswith("_"):
            continue
        tp = hints[name]
        optional = isinstance(tp, types.UnionType) and type(None) in typing.get_args(tp)
        if optional:
            tp = next(arg for arg in typing.get_args(tp) if arg is not type(None))
        value = _OVERRIDES.get((cls, name)) or _value_spec(tp)
        if (cls, name) in _AT_LEAST_ONE and isinstance(value, ListOf):
            value = ListOf(value.item, min_items=1)
        required = not optional and model_field.default is dataclasses.MISSING
        fields.append(FieldSpec(name, value, required, docs.get(name, "")))
    doc = " ".join((cls.__doc__ or "").split())
    return ObjectSpec(cls.__name__, doc, tuple(fields), _CONDITIONS.get(cls, ()))


def registry_spec() -> ObjectSpec:
    return object_spec(Registry)


# --- JSON Schema ----------------------------------------------------------------------------


def json_schema() -> dict[str, object]:
    """The registry schema as JSON Schema (draft 2020-12), for editors and tools."""
    defs: dict[str, object] = {}
    top = _object_json(registry_spec(), defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://help.example.com/registry/channels.schema.json",
        "title": "Example Wallet official-channels registry",
        **top,
        "$defs": dict(sorted(defs.items())),
    }


def _object_json(spec: ObjectSpec, defs: dict[str, object]) -> dict[str, object]:
    schema: dict[str, object] = {
        "description": spec.description,
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in spec.fields if f.required],
        "properties": {
            f.name: {"description": f.description, **_value_json(f.value, defs)}
            for f in spec.fields
        },
    }
    rules = [_condition_json(condition) for condition in spec.conditions]
    if rules:
        schema["allOf"] = rules
    return schema


def _condition_json(condition: Condition) -> dict[str, object]:
    then: dict[str, object] = {}
    if condition.required:
        then["required"] = list(condition.required)
    if condition.forbidden:
        then["not"] = {"anyOf": [{"required": [name]} for name in condition.forbidden]}
    return {
        "if": {
            "properties": {condition.field: {"const": condition.value}},
            "required": [condition.field],
        },
        "then": then,
    }


def _value_json(value: ValueSpec, defs: dict[str, object]) -> dict[str, object]:
    if isinstance(value, Text):
        text: dict[str, object] = {"type": "string", "minLength": 1}
        if value.pattern:
            text["pattern"] = value.pattern
        return text
    if isinstance(value, Flag):
        return {"type": "boolean"}
    if isinstance(value, Choice):
        return {"enum": list(value.values)}
    if isinstance(value, Date):
        return {"type": "string", "format": "date"}
    if isinstance(value, Time):
        return {"type": "string", "pattern": TIME_PATTERN}
    if isinstance(value, ListOf):
        items = _value_json(value.item, defs)
        listed: dict[str, object] = {"type": "array", "items": items, "uniqueItems": True}
        if value.min_items:
            listed["minItems"] = value.min_items
        return listed
    name = value.spec.name
    if name not in defs:
        defs[name] = {}  # placeholder first: a model may refer to itself
        defs[name] = _object_json(value.spec, defs)
    return {"$ref": f"#/$defs/{name}"}


def render() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
