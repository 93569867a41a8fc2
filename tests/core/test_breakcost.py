"""Break cost of a fixed rate (over-/underkurs), against hand computations."""

import doctest

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core import breakcost, budget, loans
from startlan_desktop.core.breakcost import break_cost, scenario_table, table_for_schedule


def test_doctests():
    assert doctest.testmod(breakcost).failed == 0


def test_one_case_by_hand():
    """1 000 000 kr, annuity over 20 years with half-yearly terms at 5 %, fixed
    for 3 years; repaid after 2 years with the market 1 pp lower (4 %).

    Per term r = 0.025, n = 40. Payment P = 1e6 * 0.025 / (1 - 1.025^-40) =
    39 836.23 kr. Balance after k terms: B_k = 1e6 * 1.025^k - P (1.025^k - 1) / 0.025:
    B_4 = 1 103 812.89 - 39 836.23 * 4.152516 = 938 392.31 kr,
    B_5 = 1 131 408.21 - 39 836.23 * 5.256329 = 922 015.88 kr.
    Two terms remain, each with 0.5 % of the opening balance more interest than the
    market, discounted at 2 % a term:
    K = 0.005 * 938 392.31 / 1.02 + 0.005 * 922 015.88 / 1.02^2 = 4 599.96 + 4 431.06 = 9 031.03 kr."""
    sched = loans.build_schedule(loans.LoanSpec(1_000_000, 5.0, 240, terms_per_year=2, fixed_months=36,
                                                rate_after_fixed_pct=4.0))
    t = table_for_schedule(sched, 5.0, 3, years=(2,), moves_pp=(-1.0,))
    cell = t.cell(2, -1.0)
    assert cell.balance == pytest.approx(938_392.31, abs=0.01)
    assert cell.remaining_months == 12
    assert cell.cost == pytest.approx(9_031.03, abs=0.01)


def test_example_fixed_scenario_against_numpy_financial(case):
    """The example's 30-year fixed scenario, after 1 year with the market 1 pp
    lower: balances from numpy-financial's fv, discounted by hand."""
    r = budget.compute(case)
    sr = r.scenarios[1]
    assert sr.scenario.rate_type == "fixed"
    t = scenario_table(sr)
    ra = sr.scenario.nominal_rate_pct / 1200
    rn = ra - 0.01 / 12
    pmt = -npf.pmt(ra, 360, sr.spec.amount)
    expected = sum(0.01 / 12 * -npf.fv(ra, k, -pmt, sr.spec.amount) / (1 + rn) ** (k - 11)
                   for k in range(12, 120))
    assert t.cell(1, -1.0).cost == pytest.approx(expected, rel=1e-9)
    assert t.cell(1, 0.0).cost == 0
    assert t.fixed_years == 10 and t.cell(5, 1.0).remaining_months == 60


def test_floating_has_no_table_and_ended_period_no_cell(case):
    r = budget.compute(case)
    assert scenario_table(r.scenarios[0]) is None
    case.scenarios[1].fixed_years = 3
    t = scenario_table(budget.compute(case).scenarios[1])
    assert t.cell(1, 1.0) is not None and t.cell(3, 1.0) is None and t.cell(5, -2.0) is None


def test_split_loan_counts_the_fixed_part_only(case):
    case.scenarios[1].rate_type = "split"
    case.scenarios[1].fixed_share_pct = 40
    whole = scenario_table(budget.compute(case).scenarios[1])
    case.scenarios[1].rate_type = "fixed"
    full = scenario_table(budget.compute(case).scenarios[1])
    assert whole.fixed_amount == pytest.approx(0.4 * full.fixed_amount)
    assert whole.cell(3, -2.0).cost == pytest.approx(0.4 * full.cell(3, -2.0).cost, rel=1e-9)


def test_sentence_quotes_the_table(case):
    t = scenario_table(budget.compute(case).scenarios[1])
    text = t.sentence()
    assert "etter 1 år" in text and "overkurs" in text and "underkurs" in text


@given(balance=st.floats(10_000, 5_000_000), rate=st.floats(0.5, 10), move=st.floats(0.01, 3),
       terms=st.integers(1, 240))
def test_sign_and_bound(balance, rate, move, terms):
    """Rates down: the borrower pays; up: gains. Never more than the plain
    interest difference over the remaining time (discounting only shrinks it)."""
    path = [balance] * terms
    down = break_cost(path, rate, max(rate - move, 0), 12)
    up = break_cost(path, rate, rate + move, 12)
    assert down >= 0 >= up
    assert down <= balance * move / 1200 * terms * (1 + 1e-12)
    assert -up <= balance * move / 1200 * terms * (1 + 1e-12)


@given(rate=st.floats(1, 8))
def test_cost_falls_as_the_market_rises(rate):
    sched = loans.build_schedule(loans.LoanSpec(2_000_000, rate, 360, fixed_months=120, rate_after_fixed_pct=rate))
    t = table_for_schedule(sched, rate, 10)
    for y in t.years:
        costs = [t.cell(y, m).cost for m in t.moves_pp]
        assert costs == sorted(costs, reverse=True)
    # less time left, less at stake
    assert abs(t.cell(5, -1.0).cost) < abs(t.cell(1, -1.0).cost)
