"""The expiry scan (issue 23): each file validated once, only fixed rates computed,
and what it skips says why."""

from __future__ import annotations

import dataclasses
import json

from startlan_desktop.core import casefile, data
from startlan_desktop.core.example import example_case, followup_case
from startlan_desktop.core.expiries import scan


def test_scan_skips_invalid_fixed_rate_files_with_the_load_message(tmp_path):
    good = followup_case()
    casefile.save(good, tmp_path / "a.startlan")
    bad = followup_case()
    bad.existing.balance = -5  # out of range: the same message as opening it in the window
    (tmp_path / "b.startlan").write_text(casefile.dumps(bad), encoding="utf-8")
    casefile.save(example_case(), tmp_path / "c.startlan")  # no existing loan: not listed, not skipped
    rows, skipped = scan(tmp_path)
    assert [r.file for r in rows] == ["a.startlan"]
    assert [name for name, _ in skipped] == ["b.startlan"]
    try:
        casefile.load(tmp_path / "b.startlan")
    except casefile.CaseFileError as exc:
        assert skipped[0][1] == str(exc)
    else:  # pragma: no cover
        raise AssertionError("the invalid file loaded")


def test_loading_keeps_strict_types_after_the_converter_cache(tmp_path):
    doc = casefile.to_dict(example_case())
    p = tmp_path / "x.startlan"
    p.write_text(json.dumps(doc), encoding="utf-8")
    # the file holds the data the case was saved with (the data in force)
    assert casefile.load(p) == dataclasses.replace(example_case(), data_snapshot=data.snapshot())
    doc["case"]["members"][0]["age_years"] = 34.5  # not a whole number
    p.write_text(json.dumps(doc), encoding="utf-8")
    try:
        casefile.load(p)
    except casefile.CaseFileError as exc:
        assert "case.members[0].age_years" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("a fractional age loaded")


# --- the fast scan against the plain strict path (issue 23) ------------------------------

def _reference_scan(folder):
    """The expiry list as the strict loader and the whole budget give it: every
    file loaded by casefile.load (no shared snapshot), each fixed rate priced
    with compute(case). The scan must list exactly this."""
    from startlan_desktop.core import expiries
    from startlan_desktop.core.budget import _deduction_rate, compute
    from startlan_desktop.core.errors import CaseFileError, ValidationError
    from startlan_desktop.core.followup import expiry

    rows, skipped = [], []
    for path in expiries.case_files(folder):
        try:
            case = casefile.load(path, validate=False)
            loan = case.existing  # only a fixed rate expires (followup.expiry): other files are not priced
            if loan is None or loan.rate_type != "fixed" or not loan.fixed_until:
                continue
            e = expiry(case, compute(case), _deduction_rate(case))
        except ValidationError as exc:
            skipped.append((path.name, str(casefile.invalid_value(exc))))
            continue
        except (CaseFileError, ValueError) as exc:
            skipped.append((path.name, str(exc)))
            continue
        rows.append((path.name, case.reference, e))
    rows.sort(key=lambda r: (r[2].fixed_until, r[2].residual_after))
    return rows, skipped


def _mixed_folder(folder, seed: int = 23) -> None:
    """Files as the program writes them (fixed and floating rates, dates past and
    future, serial loans, a rate after expiry, scenarios, a bank loan, dated
    lines, another data snapshot), the hostile files, the unusual layouts, and
    program-written files with a field replaced, spliced or cut."""
    import random

    from tests.core.test_scan_loader import _variants
    from tests.test_fuzz import HOSTILE, _paths

    rnd = random.Random(seed)
    n = 0

    def put(raw: bytes) -> None:
        nonlocal n
        (folder / f"f{n:04d}.startlan").write_bytes(raw)
        n += 1

    for i in range(24):
        c = followup_case()
        c.reference = f"F/{i}"
        c.existing.balance = 500_000 + 12_345 * i
        c.existing.fixed_until = f"{2025 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        c.existing.rate_type = "floating" if i % 7 == 3 else "fixed"
        c.existing.repayment = "serial" if i % 5 == 1 else "annuity"
        c.existing.expiry_rate_pct = 3.1 + i / 10 if i % 6 == 2 else None
        c.existing.term_fee = 50 + i if i % 4 == 0 else c.existing.term_fee
        c.include_interest_deduction = i % 9 != 4
        if i % 8 == 5:
            c.incomes[0].end = "2027-06-30"  # a dated line: the dated view
        put(casefile.dumps(c).encode())
    for edit in (lambda c: None, lambda c: setattr(c.scenarios[1], "term_years", 99),
                 lambda c: setattr(c.housing.bank_loan, "amount", 400_000)):
        c = example_case()
        c.existing = followup_case().existing
        edit(c)
        put(casefile.dumps(c).encode())
    put(casefile.dumps(example_case()).encode())
    for text in list(HOSTILE.values()) + list(_variants().values()):
        put(text.encode("utf-8", "surrogatepass"))
    doc = casefile.to_dict(followup_case())
    paths = [p for p in _paths(doc) if p and p[0] == "case"]
    outside = [p for p in paths if len(p) < 2 or p[1] != "data_snapshot"]
    values = [None, True, False, 0, -1, -5.5, 1e9, 10**20, 1.5, "x", "", "å" * 300, [], {}, [1], {"a": 1},
              "2026-13-01", "2027-01-01", 3, 0.25, 99, float("inf")]
    for j in range(150):
        path, value = rnd.choice(outside if j % 3 else paths), rnd.choice(values)
        d = json.loads(json.dumps(doc))
        target = d
        for k in path[:-1]:
            target = target[k]
        target[path[-1]] = value
        put((json.dumps(d, ensure_ascii=False, indent=1, allow_nan=True) + "\n").encode())
    raw = casefile.dumps(followup_case()).encode()
    for _ in range(40):
        at = rnd.randrange(len(raw))
        junk = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 6)))
        put(raw[:at] + junk + raw[at + len(junk):])
        put(raw[:at])
    put(raw.replace(b'"forced_sale_fee": 15000', b'"forced_sale_fee": 15001'))  # another snapshot, valid


def test_the_scan_lists_what_the_strict_loader_and_the_whole_budget_give(tmp_path, monkeypatch):
    """Same rows (every figure exact), same skipped files with the same
    messages, in one process and in worker processes."""
    from startlan_desktop.core import expiries

    _mixed_folder(tmp_path)
    want = _reference_scan(tmp_path)
    assert len(want[0]) > 20 and len(want[1]) > 100  # the folder holds both kinds
    one = expiries.scan(tmp_path)
    monkeypatch.setattr(expiries, "PARALLEL_FROM", 2)
    monkeypatch.setattr(expiries, "CHUNK", 37)
    two = expiries.scan(tmp_path, workers=2)
    for rows, skipped in (one, two):
        assert [(r.file, r.reference, r.expiry) for r in rows] == want[0]
        assert skipped == want[1]


def _dated_case():
    c = followup_case()
    c.incomes[0].end = "2027-06-30"
    c.incomes[1].start = "2030-01-01"
    return c


def _bank_case():
    c = example_case()
    c.housing.bank_loan.amount = 400_000
    return c


def test_the_budget_before_the_startlan_is_computes_own():
    """startlan_budget: every line and total compute gives, the household the
    deduction is priced on; only the scenarios, sources and notes left out."""
    from startlan_desktop.core.budget import compute, startlan_budget

    for case in (followup_case(), example_case(), _dated_case(), _bank_case()):
        full, part = compute(case), startlan_budget(case)
        assert part.scenarios == part.sources == part.warnings == []
        for f in ("incomes", "income_total", "living", "other_costs", "other_costs_total", "housing_costs",
                  "housing_total", "bank_loan", "available_for_housing", "available_for_startlan",
                  "bank_stress_extra", "deduction_cap_yearly"):
            assert getattr(part, f) == getattr(full, f), f
        for interest in (0.0, 12_345.6, 1e6):
            assert part.startlan_deduction(interest) == full.startlan_deduction(interest)
            assert part.startlan_deduction(interest, True) == full.startlan_deduction(interest, True)


def test_the_budget_before_the_startlan_refuses_what_compute_refuses():
    import pytest

    from startlan_desktop.core.budget import compute, startlan_budget
    from startlan_desktop.core.errors import ValidationError

    case = example_case()
    case.scenarios[2].markup_pp = 5
    with pytest.raises(ValidationError) as a:
        compute(case)
    with pytest.raises(ValidationError) as b:
        startlan_budget(case)
    assert (a.value.field, a.value.message) == (b.value.field, b.value.message)


def test_prefetch_is_only_a_hint_that_never_blocks_or_fails(tmp_path):
    """A FIFO (opened without blocking), a folder, a missing file and a file
    without read access are left to the read that follows."""
    import os

    ok = tmp_path / "a.startlan"
    casefile.save(followup_case(), ok)
    fifo, folder, locked = tmp_path / "f.startlan", tmp_path / "d.startlan", tmp_path / "l.startlan"
    os.mkfifo(fifo)
    folder.mkdir()
    locked.write_text("{}", encoding="utf-8")
    locked.chmod(0)
    casefile.prefetch([ok, fifo, folder, tmp_path / "gone.startlan", locked, str(ok)])
    rows, skipped = scan(tmp_path)
    assert [r.file for r in rows] == ["a.startlan"]
    assert {name for name, _ in skipped} >= {"f.startlan", "d.startlan"}


def test_the_scan_asks_for_every_file_ahead_of_reading_it(tmp_path, monkeypatch):
    from startlan_desktop.core import expiries

    for i in range(7):
        casefile.save(followup_case(), tmp_path / f"{i}.startlan")
    asked, read = [], []
    monkeypatch.setattr(expiries, "PREFETCH", 3)
    monkeypatch.setattr(casefile, "prefetch", lambda paths: asked.append([p.name for p in paths]))
    real = casefile.read_bytes
    monkeypatch.setattr(casefile, "read_bytes", lambda p: read.append((len(asked), p.name)) or real(p))
    scan(tmp_path)
    assert asked == [["0.startlan", "1.startlan", "2.startlan"], ["3.startlan", "4.startlan", "5.startlan"],
                     ["6.startlan"]]
    assert read == [(1, "0.startlan"), (1, "1.startlan"), (1, "2.startlan"), (2, "3.startlan"), (2, "4.startlan"),
                    (2, "5.startlan"), (3, "6.startlan")]
