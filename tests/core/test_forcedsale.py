"""Debt left after a forced sale, against hand computations."""

import doctest

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core import budget, forcedsale
from startlan_desktop.core.forcedsale import debt_after_sale, for_scenario, net_proceeds
from startlan_desktop.core.model import BankLoan


def test_doctests():
    assert doctest.testmod(forcedsale).failed == 0


def test_example_after_three_years_by_hand(case):
    """The example's 30-year floating scenario: 2 050 000 kr at 4,275 % over
    30 years. Balance after 36 terms from numpy-financial's fv; the home's value
    2 050 000 kr falls 20 % to 1 640 000 kr; the agent takes 2,5 % (41 000 kr) and
    the forced-sale fee is 15 000 kr, so the sale brings 1 584 000 kr."""
    case.scenarios[0].base_rate_pct = 4.025  # set here: the shipped rate table moves on
    r = budget.compute(case)
    fs = for_scenario(r, 0)
    rate = r.scenarios[0].nominal_rate_pct / 1200
    pmt = -npf.pmt(rate, 360, 2_050_000)
    balance3 = -npf.fv(rate, 36, -pmt, 2_050_000)
    assert fs.at(3).startlan == pytest.approx(balance3, rel=1e-9)
    assert fs.proceeds[20] == pytest.approx(1_584_000)
    assert fs.left(3, 20) == pytest.approx(balance3 - 1_584_000, rel=1e-9)
    thousands = round((balance3 - 1_584_000) / 1000)
    assert fs.sentence() == ("Hvis boligen må selges etter 3 år og prisene har falt 20 %, står dere igjen med "
                             f"{thousands}\u00a0000\u00a0kr i gjeld.")


def test_cooperative_common_debt_takes_the_fall_on_the_sellers_part():
    """Price 1 500 000 kr + 500 000 kr common debt: a 10 % fall takes the whole
    to 1 800 000 kr; the buyer takes over 500 000 kr, so the seller gets
    1 300 000 kr, less 2 % (26 000 kr) and a 10 000 kr fee: 1 264 000 kr."""
    assert net_proceeds(1_500_000, 10, 10_000, 2.0, 500_000) == pytest.approx(1_264_000)
    assert debt_after_sale(1_400_000, 1_500_000, 10, 10_000, 2.0, 500_000) == pytest.approx(136_000)


def test_bank_loan_counts_and_caseworker_costs_win(case):
    case.housing.bank_loan = BankLoan(amount=500_000, rate_pct=5.5, term_years=25)
    case.housing.forced_sale_fee = 0.0
    case.housing.agent_cost_pct = 0.0
    r = budget.compute(case)
    fs = for_scenario(r, 0)
    assert fs.fee == 0 and fs.agent_pct == 0
    bank2 = -npf.fv(0.055 / 12, 24, npf.pmt(0.055 / 12, 300, 500_000), 500_000)
    assert fs.at(2).bank == pytest.approx(bank2, rel=1e-9)
    assert fs.left(2, 30) == pytest.approx(fs.at(2).startlan + bank2 - 0.7 * 2_050_000, rel=1e-9)


def test_no_price_no_table(case):
    case.housing.price = 0
    assert for_scenario(budget.compute(case), 0) is None


def test_fifty_years_builds_equity_slower(case):
    r = budget.compute(case)
    f30, f50 = for_scenario(r, 0), for_scenario(r, 2)
    assert f50.left(10, 20) > f30.left(10, 20)
    b30, b50 = f30.contrast
    assert b30 == pytest.approx(f30.at(10).startlan, rel=1e-9)
    assert b50 == pytest.approx(f50.at(10).startlan, rel=1e-9)
    assert "30 års løpetid" in f30.contrast_sentence()


@given(debt=st.floats(0, 5e6), value=st.floats(1e5, 1e7), fee=st.floats(0, 1e5), pct=st.floats(0, 5))
def test_more_fall_more_debt(debt, value, fee, pct):
    left = [debt_after_sale(debt, value, f, fee, pct) for f in forcedsale.FALLS_PCT]
    assert left == sorted(left)
    assert left[0] == pytest.approx(debt - value * (1 - pct / 100) + fee, abs=1e-6)  # kroner, not 1e-12
