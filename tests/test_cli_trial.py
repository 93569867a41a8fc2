"""`startlan compute` with a first-time buyers' trial loan (issue 20 item 3)."""

from __future__ import annotations

import json

import numpy_financial as npf
import pytest

from startlan_desktop.cli import main
from startlan_desktop.core import casefile
from startlan_desktop.core.example import example_case


@pytest.fixture
def trial_file(tmp_path):
    c = example_case()
    s = c.scenarios[1]  # 30 years, fixed 10 years
    s.repayment = "trial10"
    p = tmp_path / "trial.startlan"
    p.write_text(casefile.dumps(c), encoding="utf-8")
    return p


def test_json_has_the_year10_fields(trial_file, capsys):
    assert main(["compute", str(trial_file), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    plain, t = doc["scenarios"][0], doc["scenarios"][1]
    assert plain["year10"] is None
    y = t["year10"]
    amount, rate = t["loan_amount"], t["nominal_rate_pct"] / 1200
    pay = npf.pmt(rate, 360, -amount)
    assert y["balance"] == pytest.approx(npf.fv(rate, 120, pay, -amount), abs=0.01)
    assert y["bank_stress_rate_pct"] == pytest.approx(max(y["bank_rate_pct"] + 3, 7))
    assert y["bank_payment"] == pytest.approx(npf.pmt(y["bank_stress_rate_pct"] / 1200, 240, -y["balance"]), abs=0.01)
    assert y["debt_limit"] == pytest.approx(5 * y["gross_income_yearly"], abs=0.01)
    assert set(y["share_of_value"]) == {"0", "10", "20", "30"}
    assert y["share_of_value"]["0"] == pytest.approx(y["balance"] / y["home_value"], abs=1e-4)
    assert y["passes"] == (y["passes_payment"] and y["passes_debt"])
    assert y["income_basis"] == "today"
    assert t["repayment"] == "trial10"


def test_table_shows_the_trial_rows(trial_file, capsys):
    assert main(["compute", str(trial_file)]) == 0
    out = capsys.readouterr().out
    assert "Førstegangslån (10 år)" in out
    assert "Restgjeld etter 10 år" in out and "Bankenes krav etter 10 år" in out
    assert "løper bare i 10 år" in out


def test_table_without_a_trial_loan_has_no_trial_rows(tmp_path, capsys):
    p = tmp_path / "plain.startlan"
    p.write_text(casefile.dumps(example_case()), encoding="utf-8")
    assert main(["compute", str(p)]) == 0
    assert "Restgjeld etter 10 år" not in capsys.readouterr().out


def test_interest_only_on_a_trial_loan_is_exit_2(trial_file, capsys):
    c = casefile.load(trial_file)
    c.scenarios[1].interest_only_years = 3
    trial_file.write_text(casefile.dumps(c), encoding="utf-8")
    assert main(["compute", str(trial_file)]) == 2
    err = capsys.readouterr().err
    assert "avdragsfrihet" in err and len(err.strip().splitlines()) == 1
