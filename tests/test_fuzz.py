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


# --- hostile files (issue 18 item 8, 9, 11): each kind through the loader and the CLI ---------

def _example_text(**top) -> str:
    doc = json.loads(json.dumps(EXAMPLE))
    doc.update(top)
    return json.dumps(doc, ensure_ascii=False)


def _with_case(edit) -> str:
    doc = json.loads(json.dumps(EXAMPLE))
    edit(doc["case"])
    return json.dumps(doc, ensure_ascii=False)


HOSTILE = {
    "nested_lists": "[" * 5000 + "]" * 5000,
    "nested_in_a_field": _example_text().replace('"case": {', '"case": {"deep": ' + "[" * 5000 + "]" * 5000 + ", "),
    "5000_digit_int": _with_case(lambda c: c["housing"].update(price=0)).replace(
        '"price": 0', '"price": ' + "9" * 5000),
    "4000_digit_int": _with_case(lambda c: c["housing"].update(price=0)).replace(
        '"price": 0', '"price": ' + "9" * 4000),
    "4000_digit_float": _with_case(lambda c: c["housing"].update(price=0)).replace(
        '"price": 0', '"price": ' + "9" * 4000 + ".5"),
    "1mb_label": _with_case(lambda c: c["scenarios"][0].update(label="x" * 1_000_000)),
    "1mb_name": _with_case(lambda c: c["members"][0].update(name="Å" * 500_000)),
    "30000_incomes": _with_case(lambda c: c.update(incomes=[c["incomes"][0]] * 30_000)),
    "20000_debts": _with_case(lambda c: c.update(debts=[{"kind": "consumer_loan"}] * 20_000)),
    "500_incomes": _with_case(lambda c: c.update(incomes=[c["incomes"][0]] * 500)),
    "100_scenarios": _with_case(lambda c: c.update(scenarios=[c["scenarios"][0]] * 100)),
    "unknown_top_key": _example_text(extra={"x": 1}),
    "recovery_key_in_a_case": _example_text(recovery={"saved": "2026-01-01"}),
    "duplicate_key": _example_text().replace('"format": "startlan-case"',
                                             '"format": "startlan-case", "format": "startlan-case"'),
    "duplicate_nested_key": _with_case(lambda c: c["housing"].update(price=1)).replace(
        '"price": 1', '"price": 1, "price": 2'),
    "unknown_living_category": _with_case(lambda c: c["living"]["overrides"].update(sushi=500.0)),
}
# the field each refusal must name (item 9)
NAMED = {"unknown_top_key": "extra", "recovery_key_in_a_case": "recovery", "duplicate_key": "format",
         "duplicate_nested_key": "price", "unknown_living_category": "living.overrides.sushi",
         "30000_incomes": "incomes", "20000_debts": "debts", "500_incomes": "incomes",
         "100_scenarios": "scenarios", "1mb_label": "scenarios[0].label", "1mb_name": "members[0].name"}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_file_is_refused_quickly_with_one_line(kind, tmp_path, capsys):
    import time

    from startlan_desktop.cli import main

    p = tmp_path / f"{kind}.startlan"
    p.write_text(HOSTILE[kind], encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(CaseFileError) as exc:
        casefile.load(p)
    assert "\n" not in str(exc.value)
    if kind in NAMED:
        assert NAMED[kind] in str(exc.value)
    capsys.readouterr()
    assert main(["compute", str(p)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("startlan: ") and err.count("\n") == 1 and "Traceback" not in err
    assert time.perf_counter() - start < 5


def test_hostile_kinds_in_the_cli_subprocess(tmp_path):
    """The real command: exit 2, one line, no traceback (the 5000-digit number
    used to give exit 1)."""
    import subprocess
    import sys

    p = tmp_path / "n.startlan"
    p.write_text(HOSTILE["5000_digit_int"], encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "startlan_desktop.cli", "compute", str(p)], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_fifo_and_device_are_refused_without_blocking(tmp_path):
    import time

    fifo = tmp_path / "pipe.startlan"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.startlan"
    zero.symlink_to("/dev/zero")
    for p in (fifo, zero):
        start = time.perf_counter()
        with pytest.raises(CaseFileError, match="ikke en vanlig fil"):
            casefile.load(p)
        assert time.perf_counter() - start < 2


def test_file_over_5_mb_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.startlan"
    p.write_bytes(b" " * (casefile.MAX_BYTES + 1))
    with pytest.raises(CaseFileError, match="5 MB"):
        casefile.load(p)


def test_expiry_scan_reports_a_bad_file_and_goes_on(tmp_path, capsys):
    from startlan_desktop.cli import main
    from startlan_desktop.core.example import followup_case

    casefile.save(followup_case(), tmp_path / "good.startlan")
    for kind in ("nested_lists", "5000_digit_int", "duplicate_key"):
        (tmp_path / f"{kind}.startlan").write_text(HOSTILE[kind], encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo.startlan")
    assert main(["expiries", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "good.startlan" in out
    assert err.count("Hoppet over") == 3 + hasattr(os, "mkfifo")


def test_bom_is_accepted(tmp_path):
    p = tmp_path / "bom.startlan"
    p.write_bytes(b"\xef\xbb\xbf" + casefile.dumps(example_case()).encode("utf-8"))
    assert casefile.load(p) == example_case() or casefile.load(p).reference == example_case().reference


def test_lone_surrogate_is_cleaned_and_the_case_saves(tmp_path):
    case = example_case()
    case.members[0].name = "Kari\ud800"
    p = tmp_path / "s.startlan"
    casefile.save(case, p)  # used to raise UnicodeEncodeError
    assert casefile.load(p).members[0].name == "Kari\ufffd"
    escaped = casefile.dumps(example_case()).replace('"reference": "', '"reference": "a\\udc00b')
    assert casefile.loads(escaped).reference.startswith("a\ufffdb")
    assert casefile.clean_text("Åse") == "Åse"


@FUZZ
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
               max_size=30))
def test_any_text_in_a_name_saves_and_loads(tmp_path_factory, text):
    case = example_case()
    case.members[0].name = text
    p = tmp_path_factory.mktemp("txt") / "t.startlan"
    casefile.save(case, p)
    assert casefile.load(p).members[0].name == casefile.clean_text(text)


@pytest.mark.parametrize("value", [5.0, 1e300, -3, 0.5])
def test_a_float_band_age_in_a_data_snapshot_never_breaks_the_timeline(value):
    """Found by the fuzz test above: a SIFO band's age_min of 5.0 in a case's data snapshot
    reached the timeline's month arithmetic as a float (issue 19)."""
    _check(json.dumps(_mutated(("case", "data_snapshot", "sifo_2026", "categories", "personlig_pleie", 3, "age_min"),
                               value), allow_nan=True))
