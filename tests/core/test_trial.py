"""The first-time buyers' trial loan (issue 20 item 3): payment, balloon and
the year-10 test, against numpy-financial and hand computations."""

from __future__ import annotations

import math

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from startlan_desktop.core import budget, casefile, loans, scenario, trial
from startlan_desktop.core.errors import ValidationError
from startlan_desktop.core.example import example_case
from startlan_desktop.core.model import Debt


def trial_case(rate_type="floating", fixed_years=10):
    c = example_case()
    s = c.scenarios[0]
    s.repayment, s.rate_type, s.fixed_years = loans.TRIAL, rate_type, fixed_years
    s.interest_only_years = s.interest_only_extra_months = 0
    s.interest_only_until_debts_repaid = False
    return c


def test_payment_is_a_30_year_annuity_and_the_balloon_its_balance_after_120_terms():
    spec = loans.LoanSpec(2_000_000, 5.0, 120, loans.TRIAL)
    sched = loans.build_schedule(spec)
    pay = npf.pmt(0.05 / 12, 360, -2_000_000)
    assert sched.payment(0) == pytest.approx(pay, abs=1e-6)
    assert sched.payment(118) == pytest.approx(pay, abs=1e-6)
    balloon = npf.fv(0.05 / 12, 120, pay, -2_000_000)
    assert sched.balloon == pytest.approx(balloon, abs=1e-4)
    assert loans.balloon(2_000_000, 5.0) == pytest.approx(balloon, abs=1e-4)
    assert sched.balance_at_year_ends()[10] == pytest.approx(balloon, abs=1e-4)
    assert len(sched.balance) == 120


def test_balloon_by_hand():
    # 1 000 000 kr at 6 %: r = 0,5 %; 1,005^120 = 1,8193967; P = 5 995,51 kr;
    # R = 1 000 000 · 1,8193967 − 5 995,51 · (0,8193967 / 0,005) = 836 851 kr (rounded by hand)
    g = 1.005 ** 120
    p = 1_000_000 * 0.005 / (1 - 1.005 ** -360)
    assert round(p, 2) == 5995.51
    balance = 1_000_000.0
    for _ in range(120):  # term by term, as a caseworker would on paper
        balance = balance * 1.005 - p
    assert loans.balloon(1_000_000, 6.0) == pytest.approx(balance, abs=1e-6)
    assert loans.balloon(1_000_000, 6.0) == pytest.approx(1_000_000 * g - p * (g - 1) / 0.005, abs=1e-6)
    assert round(loans.balloon(1_000_000, 6.0), -2) == 836_900


def test_fixed_then_floating_balloon_against_numpy_financial():
    spec = loans.LoanSpec(1_500_000, 4.0, 120, loans.TRIAL, fixed_months=60, rate_after_fixed_pct=6.0)
    sched = loans.build_schedule(spec)
    p1 = npf.pmt(0.04 / 12, 360, -1_500_000)
    b60 = npf.fv(0.04 / 12, 60, p1, -1_500_000)
    p2 = npf.pmt(0.06 / 12, 300, -b60)
    assert sched.payment(60) == pytest.approx(p2, abs=1e-6)
    assert sched.balloon == pytest.approx(npf.fv(0.06 / 12, 60, p2, -b60), abs=1e-4)


def test_the_whole_amount_is_accounted_for():
    sched = loans.build_schedule(loans.LoanSpec(2_000_000, 5.0, 120, loans.TRIAL))
    assert math.fsum(sched.principal) == pytest.approx(2_000_000, abs=1e-6)  # the last term repays the balloon
    assert sched.balance[-1] == 0.0


@settings(max_examples=60, deadline=None)
@given(st.floats(10_000, 5_000_000), st.floats(0, 15), st.sampled_from((12, 4, 2)))
def test_balloon_properties(amount, rate, tpy):
    spec = loans.LoanSpec(amount, rate, 120, loans.TRIAL, terms_per_year=tpy)
    sched = loans.build_schedule(spec)
    assert sched.balloon == pytest.approx(loans.balloon(amount, rate, tpy), rel=1e-9, abs=1e-6)
    assert 0 < sched.balloon < amount
    # at least 2/3 of a 30-year annuity's balance is left after 10 years at 0 %; more at any positive rate
    assert sched.balloon >= amount * 2 / 3 - 1e-6


def test_closed_form_figures_agree_with_the_schedule():
    spec = loans.LoanSpec(1.0, 4.5, 120, loans.TRIAL, fixed_months=36, rate_after_fixed_pct=5.5)
    sched = loans.build_schedule(spec)
    for start in (0, 36):
        pay, interest = scenario.part_figures(spec, start)
        assert pay == pytest.approx(sched.payment(start), rel=1e-9)
        assert interest == pytest.approx(math.fsum(sched.interest[start:start + 12]), rel=1e-9)
    assert loans.governing_payment_per_krone(spec) == pytest.approx(npf.pmt(0.045 / 12, 360, -1), rel=1e-12)


def test_scenario_ends_after_10_years_whatever_term_is_typed():
    c = trial_case()
    c.scenarios[0].term_years = 50
    r = budget.compute(c)
    sr = r.scenarios[0]
    assert sr.spec.term_months == 120
    rate = sr.nominal_rate_pct / 1200
    assert sr.monthly_payment == pytest.approx(npf.pmt(rate, 360, -sr.scenario.amount) + sr.spec.term_fee, abs=1e-6)


@pytest.mark.parametrize("field, value, where", [
    ("interest_only_years", 2, "interest_only_years"),
    ("interest_only_extra_months", 6, "interest_only_years"),
    ("interest_only_until_debts_repaid", True, "interest_only_years"),
])
def test_no_interest_only(field, value, where):
    c = trial_case()
    setattr(c.scenarios[0], field, value)
    with pytest.raises(ValidationError) as e:
        budget.compute(c)
    assert e.value.field == "scenarios[0]." + where


def test_fixed_periods_3_5_10_only():
    for years in (3, 5, 10):
        budget.compute(trial_case("fixed", years))
    with pytest.raises(ValidationError) as e:
        budget.compute(trial_case("fixed", 20))
    assert e.value.field == "scenarios[0].fixed_years"


def test_year10_test_figures():
    c = trial_case()
    r = budget.compute(c)
    sr = r.scenarios[0]
    t = sr.year10
    price = c.housing.price
    assert t.balance == pytest.approx(sr.schedule.balloon)
    # the bands: the balance over the price after a 0/10/20/30 % fall (freehold: no common debt)
    assert c.housing.common_debt_share == 0
    for f in (0, 10, 20, 30):
        assert t.shares[f] == pytest.approx(t.balance / (price * (1 - f / 100)))
    # the banks' rule: rate + 3 pp, at least 7 %; refinanced over the 20 years left
    assert t.stress_rate_pct == pytest.approx(max(t.bank_rate_pct + 3, 7))
    assert t.bank_payment == pytest.approx(npf.pmt(t.stress_rate_pct / 1200, 240, -t.balance), abs=1e-6)
    assert t.debt_limit == pytest.approx(5 * t.gross_income)


def test_a_failed_year10_test_makes_the_scenario_tight_with_the_reason():
    c = trial_case()
    c.stress.policy_rate_pct = 0.0  # the startlån's own stress test passes easily
    base = budget.compute(c).scenarios[0]
    assert base.year10.passes_debt
    gross = base.year10.gross_income
    # a debt that outlives year 10 and pushes all debt over 5 × gross income
    c.debts.append(Debt("Studielån", "student_loan", 0.0, balance=5 * gross, rate_pct=0, remaining_years=25))
    sr = budget.compute(c).scenarios[0]
    assert not sr.year10.passes_debt
    assert sr.verdict in ("tight", "not_sustainable")
    assert sr.verdict != "ok"
    assert any("Etter 10 år" in r for r in sr.reasons)


def test_low_equity_is_a_note_never_a_block():
    c = trial_case()
    c.housing.equity = 0.02 * c.housing.price
    sr = budget.compute(c).scenarios[0]
    assert any("5 %" in n for n in sr.notes)
    c.housing.equity = 0.05 * c.housing.price
    assert not any("egenkapital" in n for n in budget.compute(c).scenarios[0].notes)


def test_other_loans_have_no_year10_test():
    r = budget.compute(example_case())
    assert all(sr.year10 is None for sr in r.scenarios)
    assert all(sr.schedule.balloon == 0 for sr in r.scenarios)


def test_case_file_round_trip():
    c = trial_case("fixed", 5)
    back = casefile.loads(casefile.dumps(c))
    assert back.scenarios[0].repayment == loans.TRIAL
    assert budget.compute(back).scenarios[0].year10.balance == pytest.approx(
        budget.compute(c).scenarios[0].year10.balance)


def test_explanation_quotes_the_figures():
    r = budget.compute(trial_case())
    text = r.scenarios[0].year10.explanation()
    from startlan_desktop.core.formatting import fmt_kr
    assert fmt_kr(r.scenarios[0].year10.balance) in text
    assert trial.MIN_EQUITY_PCT == 5.0
