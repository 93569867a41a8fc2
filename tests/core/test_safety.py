"""Issue 6: migrations, validation on load, crash logs without personal data."""

import shutil
import sys
from pathlib import Path

import pytest

from startlan_desktop.core import casefile, crashlog
from startlan_desktop.core.budget import compute
from startlan_desktop.core.errors import CaseFileError
from startlan_desktop.core.example import example_case

DATA = Path(__file__).resolve().parent.parent / "data"


def test_version_1_file_is_migrated(tmp_path):
    src = tmp_path / "old.startlan"
    shutil.copy(DATA / "case-v1.startlan", src)
    before = src.read_bytes()
    case = casefile.load(src)
    assert [e.topic for e in case.explanations][0] == "cost_over_time"
    assert not any(e.explained for e in case.explanations)
    assert case.usual_terms.max_term_years == 30
    # the figures are those of the same case in the current format
    now_case = example_case()
    # the file was saved with the rates of its day: compare at the same rates
    now_case.stress = case.stress
    for s_now, s_then in zip(now_case.scenarios, case.scenarios):
        s_now.base_rate_pct = s_then.base_rate_pct
    now_case.floating_rate_pct, now_case.rate_table_date = case.floating_rate_pct, case.rate_table_date
    now = compute(now_case)
    then = compute(case)
    assert [s.residual for s in then.scenarios] == pytest.approx([s.residual for s in now.scenarios])
    assert src.read_bytes() == before  # loading never rewrites the file
    casefile.save(case, src)
    assert f'"version": {casefile.VERSION}' in src.read_text(encoding="utf-8")


def test_out_of_range_values_in_a_file_are_refused_by_the_loader(tmp_path, case):
    case.scenarios[0].term_years = 70
    p = tmp_path / "bad.startlan"
    p.write_text(casefile.dumps(case), encoding="utf-8")
    before = p.read_bytes()
    with pytest.raises(CaseFileError, match="Løpetiden"):
        casefile.load(p)
    assert p.read_bytes() == before


def test_crash_log_has_no_personal_data(tmp_path):
    try:
        raise ValueError("Amina Hansen har 490 000 kr i lønn")
    except ValueError:
        path = crashlog.write(*sys.exc_info(), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "ValueError" in text and "test_safety.py" in text
    assert "Amina" not in text and "490" not in text
