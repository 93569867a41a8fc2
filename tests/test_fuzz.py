"""Property-based fuzzing: random and malformed case documents and random
input strings never crash; either a valid result or a clear error; the file on
disk is unchanged after a failed load or save."""

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from startlan_desktop.core import casefile
from startlan_desktop.core.budget import compute
from startlan_desktop.core.errors import CaseFileError, ValidationError
from startlan_desktop.core.example import example_case
from startlan_desktop.core.formatting import parse_number

EXAMPLE = casefile.to_dict(example_case())
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12))
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                       max_leaves=8)


def _paths(obj, prefix=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield prefix + (k,)
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield prefix + (i,)
            yield from _paths(v, prefix + (i,))


PATHS = [p for p in _paths(EXAMPLE) if p and p[0] == "case"]
# numeric leaves only: where a plausible-but-wrong number is the most likely bad input
NUMERIC = [p for p in PATHS if isinstance(_v := __import__("functools").reduce(lambda o, k: o[k], p, EXAMPLE),
                                          (int, float)) and not isinstance(_v, bool)]


def _mutated(path, value):
    doc = json.loads(json.dumps(EXAMPLE))
    target = doc
    for k in path[:-1]:
        target = target[k]
    target[path[-1]] = value
    return doc


def _check(text: str) -> None:
    try:
        case = casefile.loads(text)
    except CaseFileError as exc:
        assert str(exc)
        return
    try:
        result = compute(case)
    except ValidationError as exc:
        assert exc.message and exc.field
        return
    for s in result.scenarios:
        assert s.verdict in ("ok", "tight", "not_sustainable", "no_amount")


FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "700")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.sampled_from(PATHS), JSONISH)
def test_any_field_replaced_by_anything(path, value):
    _check(json.dumps(_mutated(path, value), allow_nan=True))


@FUZZ
@given(st.sampled_from(NUMERIC), st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                                            st.integers(-10**15, 10**15)))
def test_numeric_fields_with_wild_numbers(path, value):
    _check(json.dumps(_mutated(path, value), allow_nan=True))


@FUZZ
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_random_bytes_as_a_file(tmp_path_factory, blob):
    p = tmp_path_factory.mktemp("fuzz") / "x.startlan"
    raw = blob if isinstance(blob, bytes) else blob.encode("utf-8")
    p.write_bytes(raw)
    try:
        casefile.load(p)
    except CaseFileError:
        pass
    assert p.read_bytes() == raw


@FUZZ
@given(st.text(max_size=25))
def test_random_input_strings_for_numeric_fields(text):
    try:
        v = parse_number(text)
    except ValueError:
        return
    assert v == v and abs(v) != float("inf")


def test_truncated_files_at_every_length(tmp_path):
    full = casefile.dumps(example_case()).encode("utf-8")
    p = tmp_path / "t.startlan"
    step = max(len(full) // 300, 1)
    for n in range(0, len(full) - 1, step):
        p.write_bytes(full[:n])
        with pytest.raises(CaseFileError):
            casefile.load(p)
        assert p.read_bytes() == full[:n]
