"""Load ``registry/channels.yml``: report every problem at once, or return a Registry."""

from __future__ import annotations

import zoneinfo
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from helpcenter.contacts.kinds import URL_KINDS, Contact, Kind
from helpcenter.contacts.normalize import InvalidContact, normalize
from helpcenter.contacts.suffixes import registrable_domain
from helpcenter.contacts.url import normalize_host, split_key, under
from helpcenter.problems import Problem, ProblemsError
from helpcenter.registry.cache import cached, store
from helpcenter.registry.characters import decode, file_problems
from helpcenter.registry.demo import RESERVED_DOMAINS, demo_problem, is_reserved_host
from helpcenter.registry.index import match_group
from helpcenter.registry.model import (
    Brand,
    Channel,
    Hours,
    Impostor,
    Localized,
    Reference,
    Registry,
    Status,
)
from helpcenter.registry.schema import registry_spec
from helpcenter.registry.schemes import link_problem
from helpcenter.registry.validate import INVALID, Report, check_object, suggest
from helpcenter.registry.yaml_lines import read_yaml

__all__ = ["Problem", "RegistryError", "load_registry", "parse_registry"]


class RegistryError(ProblemsError):
    """The registry cannot be used; ``problems`` lists everything wrong, with lines and fixes."""

    def __init__(self, problems: list[Problem]) -> None:
        ordered = sorted(problems, key=lambda p: p.line)
        super().__init__(ordered, report="\n".join(str(problem) for problem in ordered))
        self.problems = ordered


def load_registry(path: Path) -> Registry:
    """Read and validate the registry file; raise RegistryError naming every problem."""
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise RegistryError(
            [_problem(path, 1, f"cannot read the registry ({reason})", _MISSING_FIX)]
        ) from None
    text, undecodable = decode(data)
    if text is None:
        raise RegistryError([_problem(path, *found) for found in undecodable])
    return parse_registry(text, path)


_MISSING_FIX = "restore registry/channels.yml or pass the path of the registry file"


def _problem(path: Path, line: int, message: str, fix: str) -> Problem:
    return Problem(str(path), line, message, fix, "registry")


# Cached by content: in one build the registry hook and the guard (and the i18n plugin's run of
# every language) read the same file; a Registry is immutable, so they can share one.
@lru_cache(maxsize=8)
def parse_registry(text: str, path: Path) -> Registry:
    """Validate registry YAML ``text`` (read from ``path``, which messages name)."""
    known = cached(text, path)
    if known is not None:
        return known
    problems: list[Problem] = []

    def report(line: int, message: str, fix: str) -> None:
        problems.append(_problem(path, line, message, fix))

    # Characters first: YAML refuses some controls, and any of them makes a line lie.
    for found in file_problems(text):
        report(*found)
    if problems:
        raise RegistryError(problems)
    try:
        data, repeated = read_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(error, "problem", None) or str(error)
        report(line, f"YAML syntax error: {reason}", "correct the YAML at this line")
        raise RegistryError(problems) from None
    for line, key, first in repeated:
        report(
            line, f"key {key!r} appears twice in one mapping (first on line {first})", "keep one"
        )
    top = check_object(data, registry_spec(), "the registry", "registry", 1, report)
    registry = None if top is INVALID else _build(top, path, report)
    if registry is None and not problems:  # pragma: no cover - every rejection reports why
        report(1, "the registry could not be built", "report this as a bug in helpcenter.registry")
    if problems or registry is None:
        raise RegistryError(problems)
    store(text, registry)
    return registry


def _build(top: dict[str, Any], path: Path, report: Report) -> Registry | None:
    demo = top.get("demo", False)
    check = _ContactCheck(report, demo)
    channels = [_channel(item, check) for item in top.get("channels", ())]
    references = [_reference(item, check) for item in top.get("references", ())]
    impostors = [_impostor(item, check) for item in top.get("impostors", ())]
    _check_ids(top, report)
    _check_values(channels, references, impostors, report)
    brand = top.get("brand", {})
    name = _localized(brand.get("name"))
    if name is None or "tokens" not in brand:
        return None
    domains = _domains(brand, report, demo)
    report_to = _report_to(top, channels, report)
    if any(entry is None for entry in (*channels, *references, *impostors)):
        return None
    if domains is INVALID or report_to is INVALID:
        return None
    return Registry(
        path=path,
        brand=Brand(name=name, tokens=brand["tokens"], domains=domains),  # type: ignore[arg-type]
        channels=tuple(c for c in channels if c is not None),
        references=tuple(r for r in references if r is not None),
        impostors=tuple(sorted((i for i in impostors if i is not None), key=_newest_first)),
        report_to=report_to,  # type: ignore[arg-type]
        demo=demo,
    )


def _domains(brand: dict[str, Any], report: Any, demo: bool) -> tuple[str, ...] | object | None:
    """The owned domains in canonical form; each must be a name someone can register (or a
    subdomain of one), not a public suffix such as "com" or "github.io"; in demo mode, a
    reserved one."""
    if "domains" not in brand:
        return None
    found = []
    for domain in brand["domains"]:
        try:
            host = normalize_host(domain)
        except InvalidContact as error:
            report(
                brand["_line"],
                f"brand domain {domain!r} is not a host name: {error}",
                "write it like example.com",
            )
            return INVALID
        if registrable_domain(host) is None:
            report(
                brand["_line"],
                f"brand domain {domain!r} is a public suffix: anyone can register names under it",
                "list the domain the brand registered, like example.com",
            )
            return INVALID
        if demo and not is_reserved_host(host):
            report(
                brand["_line"],
                f"brand domain {host} is not a reserved domain",
                f"use {RESERVED_DOMAINS}; a real brand's registry sets demo: false",
            )
            return INVALID
        found.append(host)
    return tuple(found)


def _report_to(
    top: dict[str, Any], channels: list[Channel | None], report: Any
) -> str | object | None:
    """The channel readers report scams to: an active email channel."""
    wanted = top.get("report_to")
    if wanted is None:
        return None
    for channel in channels:
        if channel is not None and channel.id == wanted:
            if channel.kind is Kind.EMAIL and channel.status is Status.ACTIVE:
                return wanted
            report(
                top["_line"],
                f"report_to {wanted!r} is not an active email channel",
                "name the active email channel that receives scam reports",
            )
            return INVALID
    report(top["_line"], f"report_to {wanted!r} is no channel id", "name a channel id of this file")
    return INVALID


def _newest_first(impostor: Impostor) -> tuple[int, int]:
    return (-impostor.reported_on.toordinal(), impostor.line)


def _localized(data: dict[str, Any] | None) -> Localized | None:
    """The text in both languages; None when absent or incomplete (already reported)."""
    if data is None or "zh" not in data or "en" not in data:
        return None
    return Localized(zh=data["zh"], en=data["en"])


class _ContactCheck:
    """Reads each value as a contact of its kind, reporting what keeps it from being one: a
    link that is not a plain link of its kind, an invalid value, or (``demo``) a value
    outside the reserved ranges."""

    def __init__(self, report: Report, demo: bool) -> None:
        self.report = report
        self.demo = demo

    def __call__(
        self, kind: Kind, value: str, where: str, line: int, *, published: bool = True
    ) -> Contact | None:
        wrong_link = link_problem(kind, value, published=published)
        if wrong_link is not None:
            shown = where if repr(value) in where else f"{where} {value!r}"
            self.report(line, f"{shown} {wrong_link[0]}", wrong_link[1])
            return None
        try:
            contact = normalize(kind, value)
        except InvalidContact as error:
            reason, _, how = str(error).partition("; ")
            self.report(line, f"{where} is not a valid {kind}: {reason}", how or f"write a {kind}")
            return None
        outside = demo_problem(contact) if self.demo else None
        if outside is not None:
            self.report(line, f"demo registry: {where} {outside[0]}", outside[1])
            return None
        return contact


def _channel(item: dict[str, Any], check: _ContactCheck) -> Channel | None:
    where = f"channel {item.get('id', '?')!r}"
    line = item["_line"]
    contact = None
    if "kind" in item and "value" in item:
        at = item["_lines"]["value"]
        contact = check(Kind(item["kind"]), item["value"], f"{where} value", at)
    hours = _hours(item["hours"], where, check.report) if "hours" in item else None
    needed = ("id", "kind", "value", "status", "languages")
    label = _localized(item.get("label"))
    if contact is None or label is None or any(key not in item for key in needed):
        return None
    if hours is INVALID_HOURS or ("purpose" in item and _localized(item["purpose"]) is None):
        return None
    status = Status(item["status"])
    if (status is Status.RETIRED) != ("retired_on" in item):
        return None  # reported by the schema's status conditions
    return Channel(
        id=item["id"],
        kind=Kind(item["kind"]),
        value=item["value"],
        label=label,
        purpose=_localized(item.get("purpose")),
        status=status,
        retired_on=item.get("retired_on"),
        hours=hours if isinstance(hours, Hours) else None,
        languages=item["languages"],
        contact=contact,
        line=line,
    )


INVALID_HOURS = object()


def _hours(data: dict[str, Any], where: str, report: Report) -> Hours | object:
    line = data["_line"]
    valid = all(key in data for key in ("timezone", "days", "open", "close"))
    zone: str | None = data.get("timezone")
    if zone is not None and not _zone_exists(zone):
        fix = suggest(zone, sorted(_zones()), "use an IANA name such as Asia/Shanghai")
        report(line, f"{where} hours timezone {zone!r} does not exist", fix)
        valid = False
    if valid and data["open"] == data["close"]:
        report(line, f"{where} hours open and close are both {data['open']:%H:%M}", _HOURS_FIX)
        valid = False
    if not valid:
        return INVALID_HOURS
    return Hours(
        timezone=data["timezone"],
        days=data["days"],
        open=data["open"],
        close=data["close"],
        holiday_note=_localized(data.get("holiday_note")),
    )


_HOURS_FIX = "set close to the closing time, or remove hours if the channel never closes"


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _zone_exists(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _reference(item: dict[str, Any], check: _ContactCheck) -> Reference | None:
    where = f"reference {item.get('id', '?')!r}"
    line = item["_line"]
    contact = None
    if "url" in item:
        at = item["_lines"]["url"]
        contact = check(Kind.WEBSITE, item["url"], f"{where} url", at)
    label = _localized(item.get("label"))
    if contact is None or "id" not in item or label is None:
        return None
    return Reference(id=item["id"], url=item["url"], label=label, contact=contact, line=line)


def _impostor(item: dict[str, Any], check: _ContactCheck) -> Impostor | None:
    where = f"impostor {item.get('value', '?')!r}"
    contact = None
    if "kind" in item and "value" in item:
        contact = check(
            Kind(item["kind"]),
            item["value"],
            f"{where} value",
            item["_lines"]["value"],
            published=False,  # shown as text, never linked: it may be the http:// it was seen at
        )
    if contact is None or "reported_on" not in item:
        return None
    return Impostor(
        kind=Kind(item["kind"]),
        value=item["value"],
        reported_on=item["reported_on"],
        note=_localized(item.get("note")),
        contact=contact,
        line=item["_line"],
    )


def _check_ids(top: dict[str, Any], report: Report) -> None:
    first: dict[str, int] = {}
    for section in ("channels", "references"):
        for item in top.get(section, ()):
            entry_id = item.get("id")
            if entry_id is None:
                continue
            if entry_id in first:
                report(
                    item["_line"],
                    f"duplicate id {entry_id!r} (first used on line {first[entry_id]})",
                    "give each channel and reference its own id",
                )
            else:
                first[entry_id] = item["_line"]


def _check_values(
    channels: list[Channel | None],
    references: list[Reference | None],
    impostors: list[Impostor | None],
    report: Report,
) -> None:
    """The same contact listed twice, or reported as an impostor while it is official."""
    seen: dict[tuple[str, str], tuple[str, int]] = {}
    for channel in channels:
        if channel is not None:
            _unique(
                ("url" if channel.kind in URL_KINDS else channel.kind.value, channel.contact.key),
                f"channel {channel.id!r}",
                channel.line,
                seen,
                report,
            )
    for reference in references:
        if reference is not None:
            _unique(
                ("url", reference.contact.key),
                f"reference {reference.id!r}",
                reference.line,
                seen,
                report,
            )
    officials = _Officials(channels, references)
    impostor_seen: dict[tuple[str, str], int] = {}
    for impostor in impostors:
        if impostor is None:
            continue
        key = (match_group(impostor.kind), impostor.contact.key)
        if key in impostor_seen:
            report(
                impostor.line,
                f"impostor {impostor.value!r} is listed twice (first on line {impostor_seen[key]})",
                "keep one entry",
            )
            continue
        impostor_seen[key] = impostor.line
        official = officials.match(*key)
        if official is not None:
            name, line = official
            report(
                impostor.line,
                f"impostor {impostor.value!r} is the official {name} (line {line})",
                "remove the impostor entry, or retire the channel if it was taken over",
            )


def _unique(
    key: tuple[str, str],
    where: str,
    line: int,
    seen: dict[tuple[str, str], tuple[str, int]],
    report: Report,
) -> None:
    if key in seen:
        other, other_line = seen[key]
        report(
            line,
            f"{where} has the same value as {other} (line {other_line}): {key[1]}",
            "list each contact once; remove or correct one of them",
        )
    else:
        seen[key] = (where, line)


class _Officials:
    """Channels and references by what they answer for: a key, or (web) a host and every
    path under theirs. Built once, so checking thousands of impostors stays linear."""

    def __init__(self, channels: list[Channel | None], references: list[Reference | None]) -> None:
        self.exact: dict[tuple[str, str], tuple[str, int]] = {}
        #: host -> (path, name, line) of web channels, then references, in file order.
        self.sites: dict[str, list[tuple[str, str, int]]] = {}
        entries = [
            (f"channel {c.id!r}", c.line, match_group(c.kind), c.contact.key) for c in channels if c
        ]
        entries += [(f"reference {r.id!r}", r.line, "url", r.contact.key) for r in references if r]
        for name, line, group, key in entries:
            if group == "url":
                authority, path = split_key(key)
                self.sites.setdefault(authority, []).append((path, name, line))
            else:
                self.exact.setdefault((group, key), (name, line))

    def match(self, group: str, key: str) -> tuple[str, int] | None:
        """The first official entry that ``key`` is (or, on the web, is at or below)."""
        if group != "url":
            return self.exact.get((group, key))
        authority, path = split_key(key)
        for official_path, name, line in self.sites.get(authority, ()):
            if under(path, official_path):
                return name, line
        return None
