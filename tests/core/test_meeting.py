"""The meeting with the applicant (issue 22): the verdict in words and the bars,
checked against hand computations and the budget's own identity."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from startlan_desktop.core import meeting
from startlan_desktop.core.budget import compute, rate_point
from startlan_desktop.core.example import example_case


@pytest.fixture(scope="module")
def result():
    return compute(example_case())


def _annuity(amount, rate_pct, n):
    r = rate_pct / 1200
    return amount * r / (1 - (1 + r) ** -n)


def _first_year_interest(amount, rate_pct, n):
    r, b, pay, total = rate_pct / 1200, amount, _annuity(amount, rate_pct, n), 0.0
    for _ in range(12):
        total += b * r
        b -= pay - b * r
    return total


def test_the_loan_segment_is_the_annuity_plus_fee_less_the_deduction(result):
    # 2 050 000 kr over 50 years at 4,131 + 0,25 = 4,381 %, 30 kr term fee, 22 % interest deduction (2026)
    bar = meeting.month_bars(result, 2)[0]
    loan = dict((s.key, s.amount) for s in bar.segments)["loan"]
    expected = _annuity(2_050_000, 4.381, 600) + 30 - 0.22 * _first_year_interest(2_050_000, 4.381, 600) / 12
    assert loan == pytest.approx(expected, abs=0.01)


def test_each_month_bar_adds_up_to_the_income(result):
    income = sum(i.net_monthly for i in result.incomes)
    for i in range(len(result.scenarios)):
        for bar in meeting.month_bars(result, i):
            assert sum(s.amount for s in bar.segments) == pytest.approx(income, abs=1e-6)


def test_the_bars_end_in_the_budgets_residuals(result):
    sr = result.scenarios[1]  # fixed 10 years: three bars
    today, stressed, after = meeting.month_bars(result, 1)
    assert (today.left, stressed.left, after.left) == pytest.approx(
        (sr.residual, sr.residual_stressed, sr.residual_after_fixed))
    assert [b.key for b in meeting.month_bars(result, 0)] == ["today", "stress"]
    assert after.title.replace("\u00a0", " ") == "Når bindingstiden er over (4,381 %)"


@settings(max_examples=25, deadline=None)
@given(st.floats(0.0, 14.0))
def test_the_slider_bar_adds_up_and_falls_as_the_rate_rises(rate):
    r = compute(example_case())
    bar, higher = meeting.bar_at_rate(r, 2, rate), meeting.bar_at_rate(r, 2, rate + 0.5)
    assert sum(s.amount for s in bar.segments) == pytest.approx(r.income_total, abs=1e-6)
    assert higher.left < bar.left


def test_the_home_bar_is_the_total_cost(result):
    # price 2 050 000 + document fee 2,5 % (51 250) + registration 1 170 = 2 102 420 kr
    for sr in result.scenarios:
        assert sum(s.amount for s in meeting.home_bar(sr)) == 2_102_420
    assert [s.label for s in meeting.home_bar(result.scenarios[0])] == ["Egne penger", "Startlån", "Tilskudd"]


def test_verdicts_in_words(result):
    # the example's 50 years hold at the stress rate but not in 2029-2030 (Adam's SFO, new SIFO bands: issue 19)
    ahead = meeting.verdict(result.scenarios[2])
    assert ahead.key == "tight" and ahead.headline == "Dette går opp i dag, men ikke om noen år"
    assert ahead.figure == result.scenarios[2].lowest_ahead.text and ahead.figure.startswith("Trangest i 2030")
    holds = example_case()
    holds.members[3].kindergarten = False  # Adam at home: no kindergarten, so no SFO ahead
    ok = meeting.verdict(compute(holds).scenarios[2])
    assert ok.key == "ok" and ok.headline.replace("\u00a0", " ") == "Dette går opp, også hvis renten stiger til 7,00 %"
    assert ok.mark == "✔"
    tight = meeting.verdict(result.scenarios[0])
    assert tight.headline == "Dette går opp i dag, men ikke hvis renten stiger mye" and tight.mark == "!"
    # the break-even rate lies between today's 4,381 % and the stress rate 7 %, named by the last
    # 0,001 step that still holds (5,879 % would already fail)
    assert "høyere enn 5,878\u00a0%" in tight.figure
    assert rate_point(result, 0, 5.878).residual >= 0 > rate_point(result, 0, 5.879).residual


def test_a_budget_that_fails_today_says_so_with_the_shortfall():
    case = example_case()
    case.scenarios[0] = dataclasses.replace(case.scenarios[0], base_rate_pct=9.0)
    sr = compute(case).scenarios[0]
    v = meeting.verdict(sr)
    assert sr.residual < 0 and v.key == "no" and v.headline == "Dette går ikke opp"
    # 2 050 000 kr, 30 years at 9,25 %: the payment alone is ~16 865 kr, far past what is left
    assert _annuity(2_050_000, 9.25, 360) > 16_800
    assert "mangler" in v.figure
