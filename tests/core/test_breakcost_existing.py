"""Break cost (over-/underkurs) of an existing fixed-rate loan in a follow-up (issue 20 item 1):
the table after 1, 3 and 5 years for market moves of −2 … +2 pp, against a hand computation."""

import json

import numpy_financial as npf
import pytest

from startlan_desktop.cli import main
from startlan_desktop.core import casefile
from startlan_desktop.core.example import followup_case
from startlan_desktop.core.followup import compute_followup, existing_breakcost
from startlan_desktop.core.model import Case, ExistingLoan


def loan_case(**kw):
    loan = dict(label="Startlån (2016)", balance=1_200_000, remaining_years=20, rate_pct=5.0, rate_type="fixed",
                fixed_until="2030-12-01", repayment="annuity")
    loan.update(kw)
    return Case(date="2026-12-01", existing=ExistingLoan(**loan))


def test_one_loan_by_hand():
    """1 200 000 kr, annuity with 240 monthly terms left at 5 %, fixed for 48 more months
    (to 01.12.2030); repaid after 1 year with the market for the remaining 3 years 1 pp lower.

    r = 0,05/12. Payment P = 1 200 000 r / (1 − (1 + r)^−240) = 7 919,47 kr.
    Balance after k terms: B_k = 1 200 000 (1 + r)^k − P ((1 + r)^k − 1) / r; B_12 = 1 164 152,26 kr.
    36 terms remain, each with 1 %/12 of its opening balance more interest than the market;
    discounted at 4 %/12 a term: K = Σ_{j=1}^{36} (0,01/12) B_{11+j} / (1 + 0,04/12)^j."""
    r = 0.05 / 12
    payment = 1_200_000 * r / (1 - (1 + r) ** -240)
    assert payment == pytest.approx(7_919.47, abs=0.005)

    def balance(k):
        return 1_200_000 * (1 + r) ** k - payment * ((1 + r) ** k - 1) / r

    assert balance(12) == pytest.approx(1_164_152.26, abs=0.005)
    by_hand = sum(0.01 / 12 * balance(11 + j) / (1 + 0.04 / 12) ** j for j in range(1, 37))
    t = existing_breakcost(loan_case())
    c = t.cell(1, -1.0)
    assert (c.balance, c.remaining_months, c.new_rate_pct) == (pytest.approx(balance(12)), 36, 4.0)
    assert c.cost == pytest.approx(by_hand, abs=0.01)
    # numpy-financial: the same stream of differences, valued at the new rate
    diffs = [0.01 / 12 * -npf.fv(r, 11 + j, -payment, 1_200_000) for j in range(1, 37)]
    assert c.cost == pytest.approx(npf.npv(0.04 / 12, [0.0, *diffs]), abs=0.01)


def test_the_table_shape_and_signs():
    t = existing_breakcost(loan_case())
    assert (t.years, t.moves_pp, t.fixed_months, t.fixed_until) == ((0, 1, 3, 5), (-2.0, -1.0, 0.0, 1.0, 2.0), 48,
                                                                    "2030-12-01")
    assert t.cell(0, -1.0).remaining_months == 48 and t.cell(0, -1.0).balance == 1_200_000  # repaid today
    for y in (1, 3):
        assert t.cell(y, -2.0).cost > t.cell(y, -1.0).cost > 0  # rates fell: overkurs, more the more they fell
        assert t.cell(y, 0.0).cost == pytest.approx(0.0, abs=1e-9)
        assert t.cell(y, 2.0).cost < t.cell(y, 1.0).cost < 0  # rates rose: underkurs
        assert t.cell(3, -1.0).cost < t.cell(1, -1.0).cost  # less of the period left
    assert all(t.cell(5, m) is None for m in t.moves_pp)  # the binding period ends after 4 years
    assert t.cell(3, -1.0).remaining_months == 12


def test_serial_loan_by_hand():
    # Serial: 1 200 000 / 240 = 5 000 kr a term. After 3 years B_36 = 1 020 000 kr; 12 terms remain
    # with openings 1 020 000 − 5 000 (j − 1); 2 pp lower: K = Σ (0,02/12)(1 020 000 − 5 000 (j−1)) / (1 + 0,03/12)^j.
    t = existing_breakcost(loan_case(repayment="serial"))
    by_hand = sum(0.02 / 12 * (1_020_000 - 5_000 * (j - 1)) / (1 + 0.03 / 12) ** j for j in range(1, 13))
    assert t.cell(3, -2.0).cost == pytest.approx(by_hand, abs=0.01)


@pytest.mark.parametrize("kw", [dict(rate_type="floating"), dict(fixed_until="2026-12-01"),
                                dict(fixed_until="2025-01-01")])
def test_no_table_for_a_floating_rate_or_an_ended_binding_period(kw):
    assert existing_breakcost(loan_case(**kw)) is None


def test_binding_period_ending_soon_has_a_figure_for_today():
    # 3 months left (to 01.03.2027): only "now" has a figure. 1 200 000 kr interest-only would cost
    # Σ_{j=1}^{3} (0,01/12) · B_{j−1} / (1 + 0,04/12)^j; the annuity balances are B_0 = 1 200 000,
    # B_1 = B_0 (1 + r) − P, B_2 = B_1 (1 + r) − P.
    t = existing_breakcost(loan_case(fixed_until="2027-03-01"))
    r, v = 0.05 / 12, 1 / (1 + 0.04 / 12)
    p = 1_200_000 * r / (1 - (1 + r) ** -240)
    b = [1_200_000.0]
    for _ in range(2):
        b.append(b[-1] * (1 + r) - p)
    assert t.cell(0, -1.0).cost == pytest.approx(sum(0.01 / 12 * bj * v ** (j + 1) for j, bj in enumerate(b)), abs=0.01)
    assert all(t.cell(y, 1.0) is None for y in (1, 3, 5))
    assert "innfrir eller flytter dere lånet nå" in t.sentence()


def test_short_remaining_term_caps_the_fixed_period():
    # 2 years of loan left, fixed 4 more years on paper: the loan is repaid first.
    t = existing_breakcost(loan_case(remaining_years=2))
    assert t.fixed_months == 24 and t.cell(3, -1.0) is None and t.cell(1, -1.0).remaining_months == 12


def test_followup_carries_the_table():
    case = followup_case()
    fu = compute_followup(case)
    assert fu.breakcost is not None and fu.breakcost.fixed_until == case.existing.fixed_until
    case.existing.rate_type = "floating"
    assert compute_followup(case).breakcost is None


def saved(tmp_path, **kw):
    case = followup_case()  # a whole follow-up case (household, incomes), with the loan above
    case.date, case.existing = "2026-12-01", loan_case(**kw).existing
    path = tmp_path / "f.startlan"
    casefile.save(case, path)
    return path


def test_cli_existing_loan(tmp_path, capsys):
    path = saved(tmp_path)
    assert main(["breakcost", str(path), "--existing", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["fixed_until"], doc["fixed_months"], doc["agreed_rate_pct"]) == ("2030-12-01", 48, 5.0)
    cell = next(c for c in doc["cells"] if c["years"] == 1 and c["move_pp"] == -1.0)
    assert cell["cost"] == pytest.approx(existing_breakcost(loan_case()).cell(1, -1.0).cost, abs=0.005)
    assert next(c for c in doc["cells"] if c["years"] == 5)["cost"] is None
    assert main(["breakcost", str(path), "--existing"]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ")
    assert ("det eksisterende lånet «Startlån (2016)»: restgjeld 1 200 000 kr, fast rente 5,00 % til 01.12.2030 "
            "(48 mnd igjen)") in out
    assert "Innfris etter" in out and "overkurs" in out


def test_cli_refusals_are_one_line_exit_2(tmp_path, capsys):
    path = saved(tmp_path, rate_type="floating")
    assert main(["breakcost", str(path), "--existing"]) == 2
    assert "flytende rente" in capsys.readouterr().err
    assert main(["breakcost", str(path)]) == 2
    assert "--scenario" in capsys.readouterr().err
