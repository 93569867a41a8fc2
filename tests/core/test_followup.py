"""Issue 8: relief options against independent computations."""

import json

import numpy_financial as npf
import pytest

from startlan_desktop.core import casefile, loans
from startlan_desktop.core.example import followup_case
from startlan_desktop.core.followup import compute_followup, describe
from startlan_desktop.core.model import Relief

R = 4.275 / 1200  # the floating test loan's monthly rate


@pytest.fixture
def fcase():
    case = followup_case()
    loan = case.existing
    loan.rate_type, loan.fixed_until, loan.rate_pct, loan.term_fee = "floating", "", 4.275, 0.0
    loan.balance, loan.remaining_years, loan.years_elapsed = 1_500_000, 20, 10
    case.reliefs = [Relief("Ingen endring"), Relief("Avdragsfri 12", interest_only_months=12),
                    Relief("Forlenget 20", extend_years=20), Relief("Utsatt 6", defer_months=6),
                    Relief("Utsatt 6, betalt over 12", defer_months=6, defer_spread_months=12),
                    Relief("Refinansier", refinance_debts=[1])]
    return case


def test_no_change_reproduces_the_loans_own_schedule(fcase):
    fu = compute_followup(fcase)
    none = fu.reliefs[0]
    own = loans.build_schedule(loans.LoanSpec(1_500_000, 4.275, 240))
    assert none.payment_after == pytest.approx(-npf.pmt(R, 240, 1_500_000))
    assert none.schedule.payments == pytest.approx(own.payments)
    assert round(none.total_interest) == round(own.total_interest)
    assert none.extra_interest == 0


def test_interest_only_then_annuity_over_the_remaining_term(fcase):
    io = compute_followup(fcase).reliefs[1]
    assert io.payment_during == pytest.approx(1_500_000 * R)
    assert io.payment_after == pytest.approx(-npf.pmt(R, 228, 1_500_000))
    own = compute_followup(fcase).reliefs[0]
    expected_extra = (12 * 1_500_000 * R + (-npf.pmt(R, 228, 1_500_000)) * 228 - 1_500_000) - own.total_interest
    assert io.extra_interest == pytest.approx(expected_extra, abs=0.01)
    assert io.back_to_ordinary.isoformat() == "2027-11-23"


def test_term_extension_payment(fcase):
    ext = compute_followup(fcase).reliefs[2]
    assert ext.payment_after == pytest.approx(-npf.pmt(R, 480, 1_500_000))
    assert ext.ends.year == 2066 and ext.extra_interest > 0


def test_deferral_capitalises_interest(fcase):
    d = compute_followup(fcase).reliefs[3]
    grown = 1_500_000 * (1 + R) ** 6
    assert d.payment_during == 0
    assert d.payment_after == pytest.approx(-npf.pmt(R, 234, grown))
    assert d.total_interest == pytest.approx(grown - 1_500_000 + (-npf.pmt(R, 234, grown)) * 234 - grown, abs=0.01)


def test_deferral_spread_over_months(fcase):
    d = compute_followup(fcase).reliefs[4]
    ordinary = -npf.pmt(R, 240, 1_500_000)
    assert d.payment_after == pytest.approx(ordinary + 6 * ordinary / 12)
    assert d.relief_months == 18


def test_refinancing_adds_the_balance_and_frees_the_payment(fcase):
    fu = compute_followup(fcase)
    ref = fu.reliefs[5]
    assert ref.payment_after == pytest.approx(-npf.pmt(R, 240, 1_500_000 + 85_000))
    assert ref.freed_debt_payments == 2_850
    assert ref.residual_after - fu.reliefs[0].residual_after == pytest.approx(
        2_850 - (ref.payment_after - fu.reliefs[0].payment_after) + 0.22 * (ref.schedule.first_year()[0]
                                                                           - fu.reliefs[0].schedule.first_year()[0]) / 12)


def test_fixed_rate_expiry_check():
    fu = compute_followup(followup_case())
    e = fu.expiry
    assert e.fixed_until.isoformat() == "2027-03-01" and e.months_left == 3 and e.soon
    own = loans.build_schedule(loans.LoanSpec(1_720_000, 2.95, 288, term_fee=30, fixed_months=3,
                                              rate_after_fixed_pct=followup_case().floating_rate_pct + 0.25))
    assert e.payment_now == pytest.approx(own.payment(0)) and e.payment_after == pytest.approx(own.payment(3))
    assert e.jump > 1000 and e.residual_after < 0


def test_limits_are_enforced(fcase):
    from startlan_desktop.core.errors import ValidationError

    fcase.existing.interest_only_used_months = 90
    fcase.reliefs = [Relief("For lang", interest_only_months=12)]
    with pytest.raises(ValidationError, match="8 år"):
        compute_followup(fcase)
    fcase.reliefs = [Relief("Over 50", extend_years=25)]
    with pytest.raises(ValidationError, match="50 år"):
        compute_followup(fcase)


def test_describe_is_plain_words(fcase):
    fu = compute_followup(fcase)
    text = describe(fu, fu.reliefs[1]).replace("\u00a0", " ")
    assert "i 12 måneder betaler dere 5 344 kr" in text and "Fra 23.11.2027" in text


def test_cli_relief_expiries_and_example(tmp_path, capsys):
    from startlan_desktop.cli import main

    assert main(["example", "--follow-up"]) == 0
    p = tmp_path / "a.startlan"
    p.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["relief", str(p), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["expiry"]["months_left"] == 3 and len(doc["reliefs"]) >= 5
    second = followup_case()
    second.reference, second.existing.fixed_until = "2026/0001", "2028-06-01"
    casefile.save(second, tmp_path / "b.startlan")
    (tmp_path / "broken.startlan").write_text("{", encoding="utf-8")
    assert main(["expiries", str(tmp_path), "--csv"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[1].startswith("2026/0877;a.startlan;2027-03-01") and lines[2].startswith("2026/0001")
    assert "broken.startlan" in err
    assert main(["expiries", str(tmp_path / "nope")]) == 2


def test_stress_includes_a_bank_loan_beside_the_startlan(fcase):
    """The follow-up's stressed residual uses the budget's own stress of everything
    but the startlån, the bank loan's stress included."""
    from startlan_desktop.core.model import BankLoan

    before = compute_followup(fcase).reliefs[0].residual_stressed
    fcase.housing.bank_loan = BankLoan(amount=300_000, rate_pct=5.5, term_years=20)
    after = compute_followup(fcase)
    bank = after.budget.bank_loan
    extra = 300_000 * loans.annuity_factor(8.5 / 1200, 240) - bank.first_payment
    ded = 0.22 * (300_000 * loans.first_year_interest_per_krone(bank.spec, 8.5) - bank.first_year()[0]) / 12
    today_cost = bank.first_payment - 0.22 * bank.first_year()[0] / 12
    assert after.reliefs[0].residual_stressed == pytest.approx(before - today_cost - extra + ded)
