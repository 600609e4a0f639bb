"""The registry's YAML reader says what PyYAML's SafeLoader says, and also where: held equal
over generated documents, with the lines, repeated keys and refusals it adds."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.registry.yaml_lines import MAX_EXPANDED, LineDict, LineList, read_yaml

SCALARS = st.one_of(
    st.text(max_size=12),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    st.sampled_from(["09:00", "1:30", "yes", "off", "~", "0x1f", "0o17", "1_000", "<<", "="]),
)
DATA = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(data=DATA, flow=st.sampled_from([None, False, True]))
def test_every_value_reads_as_pyyaml_safe_load_reads_it(data: object, flow: bool | None) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    assert read_yaml(text)[0] == yaml.safe_load(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["09:00", "18:30", "2026-10-28", "true", "No", "1e3", "~"])))
def test_plain_scalars_are_typed_as_pyyaml_types_them(words: list[str]) -> None:
    text = "".join(f"k{n}: {word}\n" for n, word in enumerate(words)) or "{}\n"
    assert read_yaml(text)[0] == yaml.safe_load(text)


def test_anchors_aliases_and_merge_keys_work_as_in_pyyaml() -> None:
    text = (
        "base: &base {timezone: Asia/Shanghai, open: '09:00'}\n"
        "other: &other {close: '18:00', open: '10:00'}\n"
        "hours:\n"
        "  <<: [*base, *other]\n"
        "  open: '08:00'\n"
        "list: &list [a, b]\n"
        "again: *list\n"
        "key: &k name\n"
        "copy: *k\n"
    )
    data, repeated = read_yaml(text)
    assert data == yaml.safe_load(text)
    assert repeated == []
    assert data["hours"].key_lines == {"open": 5, "timezone": 1, "close": 2}


def test_every_mapping_and_list_knows_its_lines() -> None:
    text = "brand:\n  name: x\nchannels:\n  - id: a\n    kind: email\n  -\n    id: b\n"
    data, repeated = read_yaml(text)
    assert isinstance(data, LineDict) and data.line == 1
    assert data.key_lines == {"brand": 1, "channels": 3}
    channels = data["channels"]
    assert isinstance(channels, LineList)
    assert (channels.line, channels.item_lines) == (4, [4, 7])
    assert [(c.line, c.key_lines) for c in channels] == [
        (4, {"id": 4, "kind": 5}),
        (7, {"id": 7}),
    ]
    assert repeated == []


def test_repeated_keys_are_reported_with_both_lines() -> None:
    data, repeated = read_yaml("a: 1\nb: 2\na: 3\nm: {x: 1, x: 2}\n")
    assert repeated == [(3, "a", 1), (4, "x", 4)]
    assert data["a"] == 3


def test_keys_are_kept_as_written() -> None:
    data, _ = read_yaml("on: 1\n1: x\nnull: y\n2026-01-01: z\n")
    assert list(data) == ["on", "1", "null", "2026-01-01"]


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("a: 1\n---\nb: 2\n", 2, "but found another document"),
        ("a: *nowhere\n", 1, "found undefined alias 'nowhere'"),
        ("a: !!python/object:os.system x\n", 1, "could not determine a constructor"),
        ("a: !custom {b: 1}\n", 1, "the tag '!custom' is not allowed here"),
        ("base: &b [1]\nm:\n  <<: *b\n", 3, "a merge key (<<) takes a mapping"),
        ("a: [1, 2\nb: 3\n", 2, "did not find expected ',' or ']'"),
    ],
    ids=["two-documents", "undefined-alias", "python-tag", "custom-tag", "bad-merge", "syntax"],
)
def test_what_cannot_be_read_raises_with_its_line(text: str, line: int, problem: str) -> None:
    with pytest.raises(yaml.YAMLError) as caught:
        read_yaml(text)
    error = caught.value
    assert isinstance(error, yaml.MarkedYAMLError)
    assert error.problem_mark is not None and error.problem_mark.line + 1 == line
    assert problem in str(error.problem)


def test_aliases_cannot_expand_without_bound() -> None:
    # Ten levels of ten aliases would stand for 10**10 values: refused, not checked for hours.
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    with pytest.raises(yaml.YAMLError) as caught:
        read_yaml("\n".join(lines) + "\n")
    assert f"aliases stand for more than {MAX_EXPANDED:,} values" in str(caught.value)
