"""Public suffixes (``com``, ``co.uk``, ``github.io``) from the Public Suffix List that the
pinned ``publicsuffixlist`` package ships, read offline.

``suffix_data()`` is what the build publishes at ``/registry/suffixes.json`` for the checker,
and what this module itself reads: one table, so the guard and the checker agree.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import publicsuffixlist

from helpcenter.cache_dir import cached_json, file_hash
from helpcenter.contacts import idna
from helpcenter.contacts.grammar import grammar
from helpcenter.contacts.idna import ascii_label

__all__ = ["is_tld", "public_suffix", "registrable_domain", "suffix_data"]

_ICANN_END = "===END ICANN DOMAINS==="


@cache
def suffix_data() -> dict[str, Any]:
    """{"name", "rules": ASCII rules in file order, "tlds": top-level labels as written (and
    the reserved names the grammar lists: .test, .example ...)}; each list one string, a rule
    or label per line (a third smaller than a JSON list, for the checker's download). Derived
    once per list, grammar and version of this code (``cache_dir.cached_json``)."""
    key = [
        publicsuffixlist.__version__,
        file_hash(publicsuffixlist.PSLFILE),
        grammar()["urls"]["special_use_tlds"],
        file_hash(__file__),
        file_hash(idna.__file__),
    ]
    return cached_json("suffixes", key, _derive)


def _derive() -> dict[str, Any]:
    rules: list[str] = []
    tlds: list[str] = []
    version = ""
    icann = True
    with open(publicsuffixlist.PSLFILE, encoding="utf-8") as file:
        for raw in file:
            line = raw.strip()
            if line.startswith("// VERSION:"):
                version = line.removeprefix("// VERSION:").strip()
            if _ICANN_END in line:
                icann = False
            if not line or line.startswith("//"):
                continue
            rule = line.split()[0].lower()
            rules.append(_ascii_rule(rule))
            if icann and "." not in rule and rule not in tlds:
                tlds.append(rule)
    tlds += [t for t in grammar()["urls"]["special_use_tlds"] if t not in tlds]
    return {
        "name": f"publicsuffixlist {publicsuffixlist.__version__} (list {version})",
        "about": "Public Suffix List rules (punycode) and the top-level domains as written, "
        "generated at build time by helpcenter.contacts.suffixes: do not edit.",
        "rules": "\n".join(rules),
        "tlds": "\n".join(tlds),
    }


def _ascii_rule(rule: str) -> str:
    head = "!" if rule.startswith("!") else ""
    labels = rule.removeprefix("!").split(".")
    return head + ".".join(label if label == "*" else ascii_label(label) for label in labels)


@cache
def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = suffix_data()
    rules = data["rules"].split("\n")
    exact = frozenset(r for r in rules if not r.startswith(("!", "*.")))
    wildcard = frozenset(r[2:] for r in rules if r.startswith("*."))
    exception = frozenset(r[1:] for r in rules if r.startswith("!"))
    written = data["tlds"].split("\n")
    tlds = frozenset(written) | frozenset(ascii_label(t) for t in written)
    return exact, wildcard, exception, tlds


def is_tld(label: str) -> bool:
    """``label`` (any case, Unicode or punycode) is a top-level domain."""
    return label.lower() in _tables()[3]


def public_suffix(host: str) -> str:
    """The public suffix of an ASCII host ("co.uk" for "a.b.co.uk"), by the list's rules
    (the longest matching rule; an exception rule takes one label off; default "*")."""
    exact, wildcard, exception, _ = _tables()
    labels = host.split(".")
    for start in range(len(labels)):
        candidate = ".".join(labels[start:])
        if candidate in exception:
            return ".".join(labels[start + 1 :])
        if candidate in exact:
            return candidate
        if start + 1 < len(labels) and ".".join(labels[start + 1 :]) in wildcard:
            return candidate
    return labels[-1]


def registrable_domain(host: str) -> str | None:
    """The name someone registered: "example.com" for "help.example.com"; None when the host
    is itself a public suffix."""
    suffix = public_suffix(host)
    if host == suffix:
        return None
    rest = host[: -len(suffix) - 1]
    return f"{rest.rsplit('.', 1)[-1]}.{suffix}"
