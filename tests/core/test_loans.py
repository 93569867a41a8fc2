"""Loan engine against closed forms, numpy-financial and hand figures."""

import math

import numpy_financial as npf
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from startlan_desktop.core import loans
from startlan_desktop.core.errors import ValidationError
from startlan_desktop.core.loans import LoanSpec, build_schedule


def test_reference_payments_from_toolchain_notes():
    # 2 000 000 kr at 5 % nominal, monthly (measured with numpy-financial)
    assert build_schedule(LoanSpec(2_000_000, 5, 360)).first_payment == pytest.approx(10736.43, abs=0.005)
    assert build_schedule(LoanSpec(2_000_000, 5, 600)).first_payment == pytest.approx(9082.78, abs=0.005)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy-financial divides by a zero rate
@pytest.mark.parametrize("amount,rate,years,tpy", [
    (1_000_000, 4.275, 30, 12), (3_500_000, 6.5, 50, 12), (800_000, 4.658, 20, 4), (500_000, 4.685, 10, 2),
    (250_000, 0.0, 5, 12),
])
def test_annuity_matches_numpy_financial(amount, rate, years, tpy):
    s = build_schedule(LoanSpec(amount, rate, years * 12, terms_per_year=tpy))
    n = years * tpy
    r = rate / 100 / tpy
    expected = -npf.pmt(r, n, amount)
    assert s.first_payment == pytest.approx(expected, rel=1e-12)
    assert s.interest[5] == pytest.approx(-npf.ipmt(r, 6, n, amount), rel=1e-9)
    assert s.principal[5] == pytest.approx(-npf.ppmt(r, 6, n, amount), rel=1e-9)
    assert len(s.interest) == n
    # the balance along the way is numpy-financial's future value, and the last term
    # (which clears what is left) pays the same as every other: the plan ends at zero by
    # itself, not because the last term is forced to
    half = n // 2
    assert s.balance[half - 1] == pytest.approx(npf.fv(r, half, expected, -amount), rel=1e-9, abs=1e-6)
    assert s.payments[-1] == pytest.approx(expected, rel=1e-9)
    assert s.total_interest == pytest.approx(expected * n - amount, abs=1e-4)


def test_serial_loan_closed_form():
    s = build_schedule(LoanSpec(1_200_000, 6, 120, repayment="serial"))
    assert all(p == pytest.approx(10_000) for p in s.principal)
    assert s.first_payment == pytest.approx(10_000 + 6_000)
    assert s.payments[-1] == pytest.approx(10_000 + 50)
    # interest = r * amount * (n + 1) / 2
    assert s.total_interest == pytest.approx(0.005 * 1_200_000 * 121 / 2)


def test_interest_only_then_annuity_over_remaining_term():
    spec = LoanSpec(2_000_000, 4.8, 360, interest_only_months=36)
    s = build_schedule(spec)
    assert s.payments[:36] == pytest.approx([2_000_000 * 0.004] * 36)
    assert s.principal[:36] == [0.0] * 36
    assert s.payment_after_interest_only == pytest.approx(-npf.pmt(0.004, 324, 2_000_000))
    assert len(s.interest) == 360 and s.balance[-1] == 0


def test_fixed_then_floating_recomputes_payment_on_remaining_balance():
    spec = LoanSpec(2_000_000, 4.0, 360, fixed_months=60, rate_after_fixed_pct=6.0)
    s = build_schedule(spec)
    bal = npf.fv(4 / 1200, 60, -npf.pmt(4 / 1200, 360, 2_000_000), -2_000_000)
    assert s.balance[59] == pytest.approx(bal, rel=1e-9)
    assert s.payment_after_fixed() == pytest.approx(-npf.pmt(0.005, 300, bal), rel=1e-9)
    assert s.rate_pct[59] == 4.0 and s.rate_pct[60] == 6.0


def test_fees_enter_payments_totals_and_effective_rate():
    plain = build_schedule(LoanSpec(2_000_000, 5, 360))
    fees = build_schedule(LoanSpec(2_000_000, 5, 360, establishment_fee=600, term_fee=30))
    assert fees.first_payment == pytest.approx(plain.first_payment + 30)
    assert fees.total_paid == pytest.approx(plain.total_paid + 600 + 30 * 360)
    # no fees: effective = (1 + r/12)^12 - 1
    assert plain.effective_rate_pct == pytest.approx(((1 + 0.05 / 12) ** 12 - 1) * 100, abs=1e-9)
    # with fees the monthly IRR solves the cash flows (numpy-financial as the reference)
    irr = npf.irr([-(2_000_000 - 600)] + fees.payments[:12] + fees.payments[12:])
    assert fees.effective_rate_pct == pytest.approx(((1 + irr) ** 12 - 1) * 100, abs=1e-7)
    assert fees.effective_rate_pct > plain.effective_rate_pct


def test_max_loan_inverts_the_payment():
    spec = LoanSpec(0, 4.275, 600, term_fee=30)
    amount = loans.max_loan_for_payment(9_000, spec)
    s = build_schedule(LoanSpec(amount, 4.275, 600, term_fee=30))
    assert s.first_payment == pytest.approx(9_000)
    # PV of a level payment: the closed form
    assert loans.max_loan_for_payment(10_000, LoanSpec(0, 6, 360)) == pytest.approx(-npf.pv(0.005, 360, 10_000))
    assert loans.max_loan_for_payment(20, LoanSpec(0, 6, 360, term_fee=30)) == 0


def test_first_year_interest_closed_form_matches_schedule():
    for rep in ("annuity", "serial"):
        for io in (0, 6, 24):
            spec = LoanSpec(1_000_000, 5.5, 300, repayment=rep, interest_only_months=io)
            s = build_schedule(spec)
            assert loans.first_year_interest_per_krone(spec) * 1_000_000 == pytest.approx(s.first_year()[0])


def test_quarterly_terms():
    s = build_schedule(LoanSpec(1_000_000, 4.658, 360, terms_per_year=4))
    assert len(s.interest) == 120
    assert s.monthly(s.first_payment) == pytest.approx(s.first_payment / 3)


@pytest.mark.parametrize("kwargs,field", [
    ({"amount": -1}, "amount"), ({"rate_pct": -0.1}, "rate"), ({"rate_pct": 30.5}, "rate"),
    ({"term_months": 601}, "term"), ({"term_months": 0}, "term"), ({"interest_only_months": 97}, "interest_only"),
    ({"interest_only_months": 360}, "interest_only"), ({"repayment": "bullet"}, "repayment"),
    ({"terms_per_year": 3}, "terms_per_year"), ({"fixed_months": 360, "rate_after_fixed_pct": 5}, "fixed_period"),
    ({"rate_after_fixed_pct": 31, "fixed_months": 60}, "rate_after_fixed"), ({"term_fee": -5}, "term_fee"),
    ({"establishment_fee": -1}, "establishment_fee"), ({"amount": float("nan")}, "amount"),
    ({"terms_per_year": 4, "term_months": 13}, "term"),
])
def test_bad_input_names_the_field(kwargs, field):
    base = {"amount": 1_000_000, "rate_pct": 5, "term_months": 360}
    with pytest.raises(ValidationError) as exc:
        build_schedule(LoanSpec(**{**base, **kwargs}))
    assert exc.value.field == field
    assert exc.value.message  # Norwegian text for the user


amounts = st.floats(min_value=10_000, max_value=10_000_000)
rates = st.floats(min_value=0, max_value=30)
years = st.integers(min_value=1, max_value=50)


@settings(max_examples=150, deadline=None)
@given(amounts, rates, years, st.sampled_from(["annuity", "serial"]), st.integers(0, 8),
       st.sampled_from([12, 4, 2]))
@example(2_069_453.28125, 25.0, 47, "annuity", 0, 12)  # off by 2.6e-9 relative after 564 terms at 25 %
def test_schedule_invariants(amount, rate, y, rep, io_years, tpy):
    io = min(io_years, y - 1) * 12
    s = build_schedule(LoanSpec(amount, rate, y * 12, rep, tpy, io))
    # the last term clears the balance by construction; what can fail is that it pays
    # what the others do (annuity) or the same instalment (serial)
    k = s.spec.interest_only_terms
    if rep == "annuity" and len(s.payments) - k > 1:
        assert s.payments[-1] == pytest.approx(s.payments[k], rel=1e-6, abs=1e-4)  # float error grows as (1 + r)^n
    elif rep == "serial":
        assert s.principal[-1] == pytest.approx(amount / (len(s.payments) - k), rel=1e-9)
    assert all(b >= -1e-6 for b in s.balance)
    assert all(p >= -1e-9 for p in s.principal)
    assert s.total_paid == pytest.approx(amount + s.total_interest)


@settings(max_examples=150, deadline=None)
@given(amounts, st.floats(min_value=0.1, max_value=30), st.integers(1, 49))
def test_longer_term_never_raises_payment(amount, rate, y):
    short = build_schedule(LoanSpec(amount, rate, y * 12)).first_payment
    long = build_schedule(LoanSpec(amount, rate, (y + 1) * 12)).first_payment
    assert long <= short + 1e-9


@settings(max_examples=100, deadline=None)
@given(amounts, st.floats(min_value=0, max_value=29), years)
def test_higher_rate_never_lowers_payment_and_max_loan_inverts(amount, rate, y):
    a = build_schedule(LoanSpec(amount, rate, y * 12)).first_payment
    b = build_schedule(LoanSpec(amount, rate + 1, y * 12)).first_payment
    assert b >= a
    assert loans.max_loan_for_payment(a, LoanSpec(0, rate, y * 12)) == pytest.approx(amount, rel=1e-9)



# --- issue 14 item 9: the effective rate on small amounts -------------------------------------

def test_effective_rate_small_loan_against_numpy_financial():
    # 20 000 kr, 4.275 %, 30 years, 600 kr up front and 30 kr a term: fees 11 400 < 20 000, defined.
    spec = LoanSpec(20_000, 4.275, 360, establishment_fee=600, term_fee=30)
    s = build_schedule(spec)
    irr = npf.irr([-(20_000 - 600)] + s.payments)
    assert s.effective_rate_pct == pytest.approx(((1 + irr) ** 12 - 1) * 100, abs=1e-6)
    # a sensible figure: well above the nominal 4.275 %, far below 100 %
    assert 6 < s.effective_rate_pct < 9


def test_effective_rate_is_dash_where_fees_reach_the_amount():
    # typing 1, 15, 150, 1500 with a 30 kr term fee over 360 terms (10 800 kr of fees): undefined
    for amount in (0, 1, 15, 150, 1_500, 10_800):
        s = build_schedule(LoanSpec(amount, 4.275, 360, term_fee=30))
        assert s.effective_rate_pct is None
    assert build_schedule(LoanSpec(600, 4.275, 360, establishment_fee=600)).effective_rate_pct is None
    assert build_schedule(LoanSpec(0, 4.275, 360)).effective_rate_pct is None
    from startlan_desktop.core.formatting import fmt_pct, fmt_rate

    assert fmt_pct(None) == fmt_rate(None) == "–"


def test_effective_rate_tiny_amount_without_fees_is_the_nominal_compounded():
    # 1 kr and no fees: (1 + 4.275 % / 12)^12 - 1 = 4.3579... %
    s = build_schedule(LoanSpec(1, 4.275, 360))
    assert s.effective_rate_pct == pytest.approx(((1 + 0.04275 / 12) ** 12 - 1) * 100, abs=1e-9)


def test_effective_rate_digit_by_digit_never_raises_and_falls_as_the_amount_grows():
    shown = []
    for digits in range(1, 10):
        amount = int("15" + "0" * (digits - 2)) if digits > 1 else 1
        s = build_schedule(LoanSpec(amount, 4.275, 360, establishment_fee=600, term_fee=30))
        e = s.effective_rate_pct
        assert e is None or (math.isfinite(e) and e >= ((1 + 0.04275 / 12) ** 12 - 1) * 100)
        if e is not None:
            shown.append(e)
    assert len(shown) >= 4 and shown == sorted(shown, reverse=True)


def test_effective_rate_solver_is_finite_where_the_old_secant_overflowed():
    # 1 kr paid out, 31 kr a term for 360 terms: the root is x = 31 - 1/... (about 3 000 % a month)
    e = loans.effective_rate_pct(1.0, [31.0] * 360, 12)
    # the payments are a perpetuity to within 31^-360: 1 = 31 / x  =>  x = 31, i = 32^12 - 1
    assert e == pytest.approx((32.0 ** 12 - 1) * 100, rel=1e-9)
    assert loans.effective_rate_pct(1e-300, [1e9] * 600, 12) is None  # beyond a float: undefined
    assert loans.effective_rate_pct(-5, [10.0], 12) is None
    assert loans.effective_rate_pct(10, [], 12) is None


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=1, max_value=5_000_000), st.floats(min_value=0, max_value=15), st.integers(1, 50),
       st.sampled_from([12, 4, 2]), st.floats(min_value=0, max_value=2_000), st.floats(min_value=0, max_value=100))
def test_effective_rate_finite_sensible_or_dash(amount, rate, years, tpy, est_fee, term_fee):
    spec = LoanSpec(amount, rate, years * 12, "annuity", tpy, 0, est_fee, term_fee)
    s = build_schedule(spec)
    e = s.effective_rate_pct
    fees = est_fee + term_fee * spec.n_terms
    if fees >= amount:
        assert e is None
        return
    assert e is not None and math.isfinite(e)
    nominal_eff = ((1 + rate / 100 / tpy) ** tpy - 1) * 100
    assert e >= nominal_eff - 1e-7
    # numpy-financial as the second source, on the level-payment part (npf.rate for an annuity
    # with a fee: the payments are level up to the last term's rounding)
    if s.payments[0] == pytest.approx(s.payments[-1], rel=1e-9):
        x = npf.rate(spec.n_terms, -s.payments[0], amount - est_fee, 0, guess=max(e / 100 / tpy, 0.001))
        if math.isfinite(x) and x > -0.5:  # npf.rate's Newton stops at ~1e-6 a term: 1e-4 pp per year
            assert e == pytest.approx(((1 + x) ** tpy - 1) * 100, rel=1e-6, abs=1e-4)


def test_doctests_in_loans():
    import doctest

    failures, tried = doctest.testmod(loans)
    assert tried >= 4 and failures == 0
