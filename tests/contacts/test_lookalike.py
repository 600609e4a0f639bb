"""Confusable skeletons, edit distance and brand tokens."""

from __future__ import annotations

import json
import unicodedata

import pytest

from helpcenter.contacts.lookalike import (
    TABLE_PATH,
    brand_token_in,
    damerau_levenshtein,
    looks_like,
    skeleton,
)


def test_table_is_reviewable_and_unambiguous() -> None:
    data = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for prototype, chars in data["characters"].items():
        assert prototype.isascii() and prototype.islower() and len(prototype) == 1
        for char in chars:
            assert len(char) == 1, char
            # The table applies after NFKC + casefold, so entries must be in that form.
            assert unicodedata.normalize("NFKC", char).casefold() == char, char
            assert char not in seen, f"{char!r} maps to {seen[char]!r} and {prototype!r}"
            seen[char] = prototype
    assert all(len(seq) == 2 and seq[0].isascii() for seq in data["sequences"])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("examp1e", "example"),
        ("exarnple", "example"),
        ("ex\u0430mple", "example"),  # Cyrillic а
        ("\u0435xample", "example"),  # Cyrillic е
        ("EXAMPLE", "example"),
        ("ｅｘａｍｐｌｅ", "example"),
        ("vvallet", "wallet"),
        ("wa1let", "wallet"),
        ("examplewalletsupp0rt", "examplewalletsupport"),
        ("heip", "help"),
    ],
)
def test_confusables_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(
    ("a", "b"), [("example", "sample"), ("wallet", "walnut"), ("help", "held")]
)
def test_different_values_have_different_skeletons(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("a", "b", "cutoff", "distance"),
    [
        ("example", "example", 2, 0),
        ("exampel", "example", 2, 1),  # transposition counts once
        ("exmple", "example", 2, 1),
        ("examplee", "example", 2, 1),
        ("kitten", "sitting", 5, 3),
        ("kitten", "sitting", 2, 3),  # stops at cutoff + 1
        ("a", "abcdef", 1, 2),
    ],
)
def test_damerau_levenshtein(a: str, b: str, cutoff: int, distance: int) -> None:
    assert damerau_levenshtein(a, b, cutoff) == distance


@pytest.mark.parametrize(
    ("candidate", "official", "expected"),
    [
        ("exampel", "example", True),
        ("examplewalet", "examplewallet", True),
        ("exanpie", "example", True),
        ("explorer", "example", False),
        ("x", "y", False),  # too short to compare by distance
        ("github", "example", False),
    ],
)
def test_looks_like(candidate: str, official: str, expected: bool) -> None:
    assert looks_like(candidate, official) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("examplewallet-support.test", "examplewallet"),
        ("my.example-wallet.test", "examplewallet"),
        ("exarnple_wa11et_help", "examplewallet"),
        ("示例钱包客服", "示例钱包"),
        ("example.com", None),
    ],
)
def test_brand_tokens(value: str, expected: str | None) -> None:
    assert brand_token_in(value, ("examplewallet", "示例钱包")) == expected
