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
