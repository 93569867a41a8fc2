"""Issue 14, done-when: over random cases, the residual at `max_loan_today` and at
the break-even rate is 0 kr within 1 kr, and without a bank loan the rate curve at
the stress rate equals `residual_stressed`. The break-even check re-prices the case
with every rate moved (no floating other debts, so nothing else moves), and the
closed-form phase figures are checked against the full payment plan."""

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from startlan_desktop.core import budget, loans
from startlan_desktop.core.errors import ValidationError
from startlan_desktop.core.example import example_case
from startlan_desktop.core.model import BankLoan, Debt, Scenario
from startlan_desktop.core.scenario import part_figures


@st.composite
def scenarios(draw) -> Scenario:
    term = draw(st.integers(10, 50))
    tpy = draw(st.sampled_from([12, 4, 2]))
    kind = draw(st.sampled_from(["floating", "fixed", "split"]))
    fixed_years = draw(st.sampled_from([y for y in (3, 5, 10, 20) if y < term]))
    io = draw(st.integers(0, min(8, term - 2)))
    return Scenario("S", draw(st.floats(200_000, 4_000_000)), term, repayment=draw(st.sampled_from(["annuity", "serial"])),
                    terms_per_year=tpy, rate_type=kind, fixed_years=fixed_years,
                    base_rate_pct=draw(st.floats(1.0, 9.0)), markup_pp=draw(st.sampled_from([0.0, 0.25])),
                    interest_only_years=io, term_fee=draw(st.sampled_from([0.0, 30.0])),
                    fixed_share_pct=draw(st.floats(10, 90)),
                    floating_base_rate_pct=draw(st.floats(1.0, 9.0)) if kind == "split" else None,
                    interest_only_until_debts_repaid=draw(st.booleans()) and io == 0)


@st.composite
def cases(draw, bank=True, floating_debts=True):
    c = example_case()
    c.floating_rate_pct = draw(st.floats(1.0, 8.0))
    c.stress.policy_rate_pct = draw(st.floats(0.0, 7.0))
    c.stress.rule = draw(st.sampled_from(["policy", "policy", "margin"]))
    c.incomes[0].amount = draw(st.floats(300_000, 1_500_000))
    c.debts[1] = Debt("Lån", draw(st.sampled_from(["consumer_loan", "car_loan"])), draw(st.floats(0, 5_000)),
                      balance=draw(st.floats(0, 400_000)), rate_pct=draw(st.floats(0, 20)),
                      floating=floating_debts and draw(st.booleans()), remaining_years=draw(st.floats(0, 15)))
    if bank and draw(st.booleans()):
        c.housing.bank_loan = BankLoan(draw(st.floats(100_000, 1_500_000)), draw(st.floats(2, 9)), 30)
    c.housing.common_debt_share = draw(st.sampled_from([0.0, 300_000.0])) if floating_debts else 0.0
    c.include_interest_deduction = draw(st.booleans())
    c.scenarios = [draw(scenarios())]
    return c


def computed(c):
    try:
        return budget.compute(c)
    except ValidationError:
        assume(False)


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(cases())
def test_residual_at_max_loan_today_is_zero(c):
    sr = computed(c).scenarios[0]
    assume(1_000 < sr.max_loan_today < 50_000_000)
    c.scenarios[0].amount = sr.max_loan_today
    assert computed(c).scenarios[0].residual == pytest.approx(0, abs=1)


@SETTINGS
@given(cases())
def test_stressed_residual_at_max_loan_is_zero(c):
    sr = computed(c).scenarios[0]
    assume(1_000 < sr.max_loan < 50_000_000)
    c.scenarios[0].amount = sr.max_loan
    assert computed(c).scenarios[0].residual_stressed == pytest.approx(0, abs=1)


@SETTINGS
@given(cases(bank=False, floating_debts=False))
def test_residual_at_the_break_even_rate_is_zero(c):
    r = computed(c)
    sr = r.scenarios[0]
    be = sr.break_even_rate_pct
    assume(be is not None and be < budget.RATE_MAX)
    rise = be - sr.nominal_rate_pct
    s = c.scenarios[0]
    # every rate of the startlån moves by the rise: its own, the floating part's, the one after the binding
    after = s.rate_after_fixed_pct if s.rate_after_fixed_pct is not None else c.floating_rate_pct + s.markup_pp
    floating_base = s.floating_base_rate_pct if s.floating_base_rate_pct is not None else c.floating_rate_pct
    assume(min(s.base_rate_pct, floating_base, after - s.markup_pp, c.floating_rate_pct) + rise >= 0)
    s.base_rate_pct += rise
    s.floating_base_rate_pct = floating_base + rise if s.rate_type == "split" else None
    s.rate_after_fixed_pct = after + rise
    moved = computed(c).scenarios[0]
    assert moved.residual == pytest.approx(0, abs=1)


@SETTINGS
@given(cases(bank=False))
def test_curve_at_the_stress_rate_is_the_stressed_residual_without_a_bank_loan(c):
    r = computed(c)
    sr = r.scenarios[0]
    assert budget.rate_point(r, 0, sr.stress_rate_pct).residual == pytest.approx(sr.residual_stressed, abs=1e-6)
    assert budget.rate_point(r, 0, sr.nominal_rate_pct).residual == pytest.approx(sr.residual, abs=1e-6)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([12, 4, 2]), st.integers(2, 600), st.integers(0, 96), st.integers(0, 600),
       st.sampled_from(["annuity", "serial"]), st.floats(0, 15), st.floats(0, 15), st.floats(-3, 3))
def test_phase_figures_match_the_payment_plan(tpy, n, io, fixed, repayment, r1, r2, rise):
    per = 12 // tpy
    n, io, fixed = max(n // per, 2) * per, io // per * per, fixed // per * per
    assume(io < n and fixed < n)
    spec = loans.LoanSpec(1.0, r1, n, repayment, tpy, io, 0, 0, fixed, r2 if fixed else None)
    moved = loans.LoanSpec(1.0, max(r1 + rise, 0), n, repayment, tpy, io, 0, 0, fixed,
                           max(r2 + rise, 0) if fixed else None)
    plan = loans.build_schedule(moved)
    for t0 in {0, spec.interest_only_terms, max(spec.fixed_terms, spec.interest_only_terms)}:
        if t0 >= spec.n_terms:
            continue
        pay, interest = part_figures(spec, t0, rise)
        assert pay == pytest.approx(plan.interest[t0] + plan.principal[t0], rel=1e-9, abs=1e-12)
        assert interest == pytest.approx(math.fsum(plan.interest[t0:t0 + tpy]), rel=1e-9, abs=1e-12)

