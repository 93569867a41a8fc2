"""The expiry scan's fast loading (issue 23): the shared-snapshot loader, the
bracket-depth check and the shortened schedule give exactly what the full
strict loader and the full schedule give, over ordinary, random and hostile
files; the scan in worker processes lists the same as in one."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from startlan_desktop.core import casefile, expiries, loans
from startlan_desktop.core.budget import _deduction_rate, compute
from startlan_desktop.core.errors import CaseFileError
from startlan_desktop.core.example import example_case, followup_case
from startlan_desktop.core.followup import expiry
from tests.test_fuzz import HOSTILE, JSONISH, PATHS, _mutated

FOLLOWUP = casefile.to_dict(followup_case())


def _reference_depth_ok(text: str, limit: int = casefile.MAX_DEPTH) -> bool:
    """The character loop the depth check used to be: the reference."""
    depth = deepest = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _full(raw: bytes):
    """(case, None) or (None, message) from the full strict loader."""
    try:
        return casefile.load_bytes(raw, validate=False), None
    except CaseFileError as exc:
        return None, str(exc)


def _fast(raw: bytes, tmp_path, loader=None):
    p = tmp_path / "x.startlan"
    p.write_bytes(raw)
    try:
        return (loader or casefile.ScanLoader()).load(p), None
    except CaseFileError as exc:
        return None, str(exc)


def _same(raw: bytes, tmp_path, loader=None) -> None:
    assert _fast(raw, tmp_path, loader) == _full(raw)


# --- the depth check ---------------------------------------------------------------

NASTY_TEXT = st.text(alphabet='[]{}"\\ ,:a\u00e5\n', max_size=12)
NESTED = st.recursive(st.one_of(st.none(), st.integers(), NASTY_TEXT),
                      lambda inner: st.one_of(st.lists(inner, max_size=3),
                                              st.dictionaries(NASTY_TEXT, inner, max_size=3)),
                      max_leaves=60)


@settings(max_examples=400, deadline=None)
@given(NESTED, st.integers(0, 45), st.sampled_from("[{"))
def test_depth_check_equals_the_character_loop_on_json(value, extra, bracket):
    """Valid JSON, strings full of brackets, quotes and backslashes, nested
    around the limit: the same answer as the character loop."""
    doc = value
    for _ in range(extra):
        doc = [doc] if bracket == "[" else {"k\\\"[": doc}
    text = json.dumps(doc, ensure_ascii=False)
    for limit in (casefile.MAX_DEPTH, casefile.MAX_DEPTH - 2, 3):
        assert casefile._depth_ok(text, limit) == _reference_depth_ok(text, limit)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet='[]{}"\\ a', max_size=120))
def test_depth_check_differs_from_the_loop_only_on_text_that_is_no_json(text):
    """On arbitrary text the two may differ only where a backslash stands
    outside a string, which no JSON has: the parser refuses the file anyway."""
    if casefile._depth_ok(text, 5) != _reference_depth_ok(text, 5):
        with pytest.raises(ValueError):
            json.loads(text)


def test_depth_at_the_limit_loads_and_one_deeper_is_refused(tmp_path):
    doc = casefile.to_dict(followup_case())
    at = json.loads(json.dumps(doc))
    at["case"]["data_snapshot"]["sale_costs"]["deep"] = json.loads("[" * 36 + "]" * 36)  # 4 + 36 = 40
    text = json.dumps(at)
    assert casefile._depth_ok(text) and _reference_depth_ok(text)
    deeper = text.replace("[" * 36, "[" * 37).replace("]" * 36, "]" * 37)
    assert not casefile._depth_ok(deeper) and not _reference_depth_ok(deeper)
    # the snapshot's own parse is two levels shallower: the fast path refuses at the same depth
    for t in (text, deeper):
        _same(t.encode(), tmp_path)
    assert "nøstet for dypt" in _fast(deeper.encode(), tmp_path)[1]


# --- the shared-snapshot loader ------------------------------------------------------


def test_program_written_files_take_the_fast_path_and_equal_the_full_load(tmp_path, monkeypatch):
    raw = casefile.dumps(followup_case()).encode()
    calls = []
    monkeypatch.setattr(casefile, "load_bytes", lambda *a, **k: calls.append(a))
    loader = casefile.ScanLoader()
    p = tmp_path / "a.startlan"
    p.write_bytes(raw)
    case = loader.load(p)
    assert calls == []  # no fallback
    monkeypatch.undo()
    assert case == casefile.load(p, validate=False)


def test_a_snapshot_met_before_is_shared_and_compute_leaves_it_alone(tmp_path):
    loader = casefile.ScanLoader()
    cases = []
    for i in range(3):
        c = followup_case()
        c.reference = f"2026/{i}"
        p = tmp_path / f"{i}.startlan"
        casefile.save(c, p)
        cases.append(loader.load(p))
    assert cases[0].data_snapshot is cases[1].data_snapshot is cases[2].data_snapshot
    before = json.dumps(cases[0].data_snapshot, sort_keys=True)
    for c in cases:
        compute(c)
        expiry(c, compute(c), _deduction_rate(c))
    assert json.dumps(cases[0].data_snapshot, sort_keys=True) == before


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_files_give_the_full_loaders_case_or_message(kind, tmp_path):
    _same(HOSTILE[kind].encode("utf-8"), tmp_path)


def _variants() -> dict[str, str]:
    text = casefile.dumps(followup_case())
    doc = json.loads(text)
    snap = json.dumps(doc["case"]["data_snapshot"])
    moved = json.loads(text)
    moved["case"] = {"data_snapshot": moved["case"].pop("data_snapshot"), **moved["case"]}
    case_first = {"case": doc["case"], **{k: v for k, v in doc.items() if k != "case"}}
    v4 = json.loads(text)
    v4["version"] = 4
    at_snapshot, at_snapshot_rest = text[:text.index('"data_snapshot":')], text[text.index('"data_snapshot":'):]
    return {
        "as_written": text,
        "crlf_and_trailing_space": text.replace("\n", "\r\n") + " \t\r\n",
        "bom": "\ufeff" + text,
        "compact": json.dumps(doc, separators=(",", ":")),
        "snapshot_not_last": json.dumps(moved),
        "case_not_last": json.dumps(case_first),
        "null_snapshot": json.dumps({**doc, "case": {**doc["case"], "data_snapshot": None}}, indent=1),
        "no_snapshot_at_all": json.dumps({**doc, "case": {k: v for k, v in doc["case"].items()
                                                          if k != "data_snapshot"}}),
        "snapshot_twice": text.replace('"reference":', '"data_snapshot": null, "reference":', 1),
        "snapshot_key_in_notes": text.replace('"notes": "', '"notes": "\\"data_snapshot\\": {} ', 1),
        "key_ending_in_snapshot_name": text.replace('"data_snapshot":', '"x\\"data_snapshot":'),
        "snapshot_in_a_recovery_record_after_case": json.dumps({**doc, "recovery": {"data_snapshot": {}}}),
        "snapshot_with_trailing_comma": text[:text.rstrip().rstrip("}").rstrip().rstrip("}").rstrip().rfind("}") + 1]
        + ",\n }\n}\n",
        "empty_snapshot_value": text[:text.index('"data_snapshot":') + 16] + "\n }\n}\n",
        "snapshot_not_a_table": text[:text.index('"data_snapshot":') + 16] + " [1, 2]\n }\n}\n",
        "snapshot_fails_its_check": at_snapshot + at_snapshot_rest.replace('"amount": ', '"amount": -', 1),
        "nan_in_snapshot": text[:text.index('"data_snapshot":') + 16] + ' {"grunnbelop": NaN}\n }\n}\n',
        "duplicate_in_snapshot": text[:text.index('"data_snapshot":') + 16] + " " + snap[:-1]
        + ', "grunnbelop": {}}\n }\n}\n',
        "extra_closing_brace": text + "}",
        "one_closing_brace_short": text.rstrip()[:-1],
        "version_4": json.dumps(v4),
        "newer_version": text.replace('"version": 5', '"version": 99'),
        "unknown_field_before_snapshot": text.replace('"reference":', '"sushi": 1, "reference":', 1),
        "bad_type_before_snapshot": text.replace('"tax_year": 2026', '"tax_year": "2026"', 1),
        "snapshot_in_a_string_at_the_end": text[:text.index('"data_snapshot":')] + '"x": "\\"data_snapshot\\": {}"}}',
    }


@pytest.mark.parametrize("name", sorted(_variants()))
def test_unusual_layouts_give_the_full_loaders_case_or_message(name, tmp_path):
    _same(_variants()[name].encode("utf-8"), tmp_path)


def test_one_loader_over_many_variants_keeps_each_file_apart(tmp_path):
    """The cache is keyed by the snapshot's exact text: a hit never hands one
    file's data to another, a failed snapshot is never cached as good."""
    loader = casefile.ScanLoader(size=3)
    variants = list(_variants().values()) * 2
    for text in variants:
        _same(text.encode("utf-8"), tmp_path, loader)


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])
FOLLOWUP_PATHS = [p for p in (tuple(x) for x in __import__("tests.test_fuzz", fromlist=["_paths"])._paths(FOLLOWUP))
                  if p and p[0] == "case"]


@FUZZ
@given(st.sampled_from(PATHS), JSONISH)
def test_any_field_replaced_by_anything_loads_the_same(tmp_path, path, value):
    _same(json.dumps(_mutated(path, value), allow_nan=True).encode(), tmp_path)


@FUZZ
@given(st.sampled_from(FOLLOWUP_PATHS), JSONISH, st.booleans())
def test_followup_files_with_any_field_replaced_load_the_same(tmp_path, path, value, indent):
    doc = json.loads(json.dumps(FOLLOWUP))
    target = doc
    for k in path[:-1]:
        target = target[k]
    target[path[-1]] = value
    text = json.dumps(doc, allow_nan=True, indent=1 if indent else None, ensure_ascii=not indent)
    _same(text.encode(), tmp_path)


@FUZZ
@given(st.integers(0, 10_000), st.binary(max_size=8))
def test_files_cut_or_spliced_anywhere_load_the_same(tmp_path, at, junk):
    raw = casefile.dumps(followup_case()).encode()
    at = at * len(raw) // 10_000
    _same(raw[:at] + junk + raw[at + len(junk):], tmp_path)
    _same(raw[:at], tmp_path)


# --- the budget and the schedule the scan uses -------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.floats(10_000, 5_000_000), st.floats(0, 15), st.integers(1, 600), st.sampled_from(["annuity", "serial"]),
       st.integers(0, 120), st.integers(0, 700), st.integers(0, 40))
def test_a_shortened_schedule_has_the_full_schedules_first_terms(amount, rate, n, repayment, fixed, upto, io):
    fixed = min(fixed, n - 1) if n > 1 else 0
    spec = loans.LoanSpec(amount, rate, n, repayment, 12, min(io, n - 1), 0.0, 50.0, fixed,
                          rate + 1.5 if fixed else None)
    full, short = loans.build_schedule(spec), loans.build_schedule(spec, upto=upto)
    k = min(n, upto)
    assert (short.interest, short.principal, short.balance, short.rate_pct) == (
        full.interest[:k], full.principal[:k], full.balance[:k], full.rate_pct[:k])


def test_the_expiry_with_scenarios_left_out_equals_the_full_budgets():
    case = example_case()  # three scenarios
    case.existing = followup_case().existing
    full = expiry(case, compute(case), _deduction_rate(case))
    assert full is not None
    assert expiries._budget(case).scenarios == []
    assert expiry(case, expiries._budget(case), _deduction_rate(case)) == full


def test_a_bad_scenario_still_skips_the_file(tmp_path):
    case = example_case()
    case.existing = followup_case().existing
    case.scenarios[1].term_years = 99
    casefile.save(case, tmp_path / "a.startlan")
    rows, skipped = expiries.scan(tmp_path)
    assert rows == [] and len(skipped) == 1 and "scenarios[1]" in skipped[0][1]


def test_worker_processes_list_the_same_as_one_process(tmp_path, monkeypatch):
    base = followup_case()
    for i in range(23):
        c = dataclasses.replace(base, reference=f"2026/{i:03d}",
                                existing=dataclasses.replace(base.existing, balance=900_000 + 997 * i,
                                                             fixed_until=f"{2027 + i % 4}-{1 + i % 12:02d}-01"))
        casefile.save(c, tmp_path / f"sak-{i:03d}.startlan")
    (tmp_path / "bad.startlan").write_text(HOSTILE["duplicate_key"], encoding="utf-8")
    casefile.save(example_case(), tmp_path / "no-loan.startlan")
    one = expiries.scan(tmp_path)
    monkeypatch.setattr(expiries, "PARALLEL_FROM", 2)
    monkeypatch.setattr(expiries, "CHUNK", 4)
    seen = []
    two = expiries.scan(tmp_path, progress=lambda done, total: seen.append((done, total)), workers=2)
    assert two == one and len(one[0]) == 23 and [n for n, _ in one[1]] == ["bad.startlan"]
    assert seen[-1] == (25, 25) and len(seen) == 7
    assert expiries.scan(tmp_path, cancelled=lambda: True, workers=2) == ([], [])


# --- the compiled converters ----------------------------------------------------------------

EXAMPLE = casefile.to_dict(example_case())
BODY_PATHS = [p[1:] for doc in (FOLLOWUP, EXAMPLE)
              for p in (tuple(x) for x in __import__("tests.test_fuzz", fromlist=["_paths"])._paths(doc))
              if len(p) > 1 and p[0] == "case" and p[1] != "data_snapshot"]
ODD = st.one_of(JSONISH, st.sampled_from([10**18, 10**18 + 1, -10**18 - 1, 1e300, float("inf"), -0.0, 2.0, True,
                                          "ø", "a\ud800b", "\udfff", "x" * 300, 3, 0]))


def _outcome(convert, body):
    """The case's repr (types and all: 1 and 1.0 differ there) or the error's message."""
    try:
        return repr(convert(json.loads(json.dumps(body))))
    except CaseFileError as exc:
        return type(exc), str(exc)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([FOLLOWUP, EXAMPLE]), st.sampled_from(BODY_PATHS), ODD, st.booleans())
def test_the_compiled_converter_gives_the_general_converters_case(doc, path, value, drop):
    """Wherever it gives a case, the general converter gives the same one, to
    the type of every value; where it declines, the general converter decides."""
    body = json.loads(json.dumps(doc["case"]))
    target = body
    try:
        for k in path[:-1]:
            target = target[k]
        if drop and isinstance(target, dict):
            del target[path[-1]]
        else:
            target[path[-1]] = value
    except (KeyError, IndexError, TypeError):  # the path is not in this document
        return
    fast = _outcome(casefile._compiled(casefile.Case), body)
    if not (isinstance(fast, tuple) and issubclass(fast[0], CaseFileError)):
        assert fast == _outcome(lambda b: casefile._dataclass(casefile.Case, b, None), body)
    assert _outcome(casefile._convert_case, body) == _outcome(lambda b: _general(b), body)


def _general(body):
    try:
        return casefile._dataclass(casefile.Case, body, None)
    except CaseFileError:
        return casefile._dataclass(casefile.Case, body, "case")


def test_the_compiled_converter_takes_files_as_written_and_declines_a_missing_field():
    body = json.loads(json.dumps(FOLLOWUP["case"]))
    assert repr(casefile._compiled(casefile.Case)(body)) == repr(casefile._dataclass(casefile.Case, body, None))
    del body["members"][0]["sex"]  # an older file: the general converter fills in the default
    with pytest.raises(casefile._NotAsWritten):
        casefile._compiled(casefile.Case)(body)
    assert casefile._convert_case(body).members[0].sex == casefile._dataclass(casefile.Case, body, None).members[0].sex
