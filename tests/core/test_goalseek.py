"""Goal-seek: every answer plugs back to a prudent residual of 0 kr (within 1 kr),
checked by compute() afresh, and the simple cases against hand computations."""

import math

import numpy_financial as npf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from startlan_desktop.core import goalseek as gs
from startlan_desktop.core.budget import compute
from startlan_desktop.core.model import (
    Case,
    Debt,
    Housing,
    Income,
    LivingCostChoices,
    Member,
    Scenario,
    StressSettings,
)

STRESS = StressSettings(policy_rate_pct=4.5, addon_pp=2.5)  # stress rate 7 %


def simple_case(net=45_000.0, amount=1_500_000.0, term=30, price=0.0, equity=0.0, **kw) -> Case:
    """One adult, a net wage, a floating annuity with no fees, no interest deduction."""
    return Case(members=[Member(age_years=40)], incomes=[Income(kind="wage", amount=net)],
                include_interest_deduction=False, stress=STRESS,
                housing=Housing(price=price, equity=equity, ownership="cooperative"),
                scenarios=[Scenario(label="Test", amount=amount, term_years=term, base_rate_pct=4.0,
                                    markup_pp=0.25, **kw)])


def check_plug_back(case, index, g):
    for a in g.answers:
        if a.value is None or a.limit in ("not_needed", "nav_floor"):
            continue
        r = gs.plug_back(case, index, a)
        if a.exact:
            assert abs(r) < 1.0, (a.key, a.value, r)
        else:
            assert r >= 0, (a.key, a.value, r)


# --- hand computations ---------------------------------------------------------

def test_lowest_income_is_income_less_the_residual_when_income_is_net():
    c = simple_case()
    res = compute(c)
    g = gs.goal_seek(c, 0)
    r = g.residual
    assert r == pytest.approx(res.scenarios[0].residual_stressed)  # floating: the stressed residual binds
    assert g.answer("income").value == pytest.approx(res.income_total - r, abs=0.01)
    # and the living costs the budget allows: today's + the residual
    assert g.answer("living").value == pytest.approx(res.living.used + r, abs=0.01)
    # a fixed payment on other debt as large as the residual
    assert g.answer("other_debt").value == pytest.approx(res.other_costs_total + r, abs=0.01)


def test_largest_loan_and_shortest_term_against_numpy_financial():
    c = simple_case(amount=1_000_000.0)
    res = compute(c)
    room = res.available_for_startlan  # what is left for the startlån: no fees, no deduction, no other debt
    per_krone = -npf.pmt(0.07 / 12, 360, 1)  # the stress rate 7 %
    g = gs.goal_seek(c, 0)
    assert g.answer("amount").value == pytest.approx(room / per_krone, abs=1.0)
    shortest = math.ceil(npf.nper(0.07 / 12, -room, 1_000_000.0))
    assert g.answer("term").value == shortest
    assert not g.answer("term").exact


def test_price_grant_and_equity_move_the_startlan_one_for_one():
    # cooperative: no document fee, so price, equity and the grant each move the startlån krone for krone
    c = simple_case(net=25_000.0, amount=2_000_000.0, price=2_100_000.0, equity=100_000.0)
    g = gs.goal_seek(c, 0)
    largest = g.answer("amount").value
    assert largest < 2_000_000.0  # this case does not hold
    assert g.answer("price").value == pytest.approx(2_100_000.0 - (2_000_000.0 - largest), abs=0.01)
    assert g.answer("grant").value == pytest.approx(2_000_000.0 - largest, abs=0.01)
    assert g.answer("equity").value == pytest.approx(100_000.0 + 2_000_000.0 - largest, abs=0.01)
    check_plug_back(c, 0, g)


def test_a_holding_case_needs_no_grant():
    c = simple_case(net=80_000.0, amount=1_000_000.0, price=1_100_000.0, equity=100_000.0)
    g = gs.goal_seek(c, 0)
    assert g.holds
    assert g.answer("grant").value == 0 and g.answer("grant").limit == "not_needed"
    assert "går budsjettet opp" in gs.refusal_paragraph(g)


def test_fifty_years_needed_is_marked():
    room = compute(simple_case()).available_for_startlan
    per_krone = lambda years: -npf.pmt(0.07 / 12, years * 12, 1)  # noqa: E731
    # a loan that 45 years carry at the stress rate, and one only 50 years carry
    t45 = gs.goal_seek(simple_case(amount=room / per_krone(45) * 0.999), 0).answer("term")
    assert t45.value == math.ceil(npf.nper(0.07 / 12, -room, room / per_krone(45) * 0.999))
    assert 44 * 12 < t45.value <= 45 * 12 and t45.limit == "term_special"
    t50 = gs.goal_seek(simple_case(amount=room / per_krone(50) * 0.9999), 0).answer("term")
    assert t50.value == 600 and t50.limit == "term_50"
    too_much = gs.goal_seek(simple_case(amount=room / per_krone(50) * 1.01), 0).answer("term")
    assert too_much.value is None and too_much.limit == "unreachable"


def test_interest_only_limit_of_eight_years():
    c = simple_case(net=90_000.0, amount=1_000_000.0)
    a = gs.goal_seek(c, 0).answer("interest_only")
    assert a.value == 96 and a.limit == "interest_only_8"


def test_living_costs_below_the_nav_floor_cannot_help():
    c = simple_case(net=20_000.0, amount=2_000_000.0)
    res = compute(c)
    g = gs.goal_seek(c, 0)
    a = g.answer("living")
    assert a.value == pytest.approx(res.living.used + g.residual, abs=0.01)
    assert a.value < res.living.nav_floor and a.limit == "nav_floor"
    assert a.references["nav_floor"] == res.living.nav_floor and a.references["sifo"] == res.living.sifo_total


def test_no_income_at_all_is_unreachable():
    c = simple_case(net=0.0)
    g = gs.goal_seek(c, 0)
    assert g.answer("income").limit == "unreachable"
    assert g.answer("amount").value is None and g.answer("term").limit == "unreachable"


def test_fixed_period_after_fixed_binds():
    # a low fixed rate and a dear rate after it: the residual after the binding period binds
    c = simple_case(amount=1_500_000.0, rate_type="fixed", fixed_years=3, rate_after_fixed_pct=9.0)
    res = compute(c)
    sr = res.scenarios[0]
    g = gs.goal_seek(c, 0)
    assert g.residual == pytest.approx(min(sr.residual_stressed, sr.residual_after_fixed))
    check_plug_back(c, 0, g)


def test_refusal_names_the_conditions_and_the_children():
    c = simple_case(net=25_000.0, amount=2_500_000.0, price=2_500_000.0)
    c.members.append(Member(role="child", age_years=7))
    g = gs.goal_seek(c, 0)
    text = gs.refusal_paragraph(g)
    assert not g.holds and text.startswith("Budsjettet med «Test» mangler")
    assert "Søknaden kunne vært innvilget dersom" in text and "Barnas beste" in text
    assert "1 barn" in text


def test_the_example_case_plugs_back(case):
    for i in range(len(case.scenarios)):
        check_plug_back(case, i, gs.goal_seek(case, i))


def test_bad_scenario_number(case):
    with pytest.raises(IndexError):
        gs.goal_seek(case, 9)


# --- the property: any case, every answer plugs back ------------------------------

@st.composite
def cases(draw):
    kids = draw(st.integers(0, 3))
    couple = draw(st.booleans())
    members = [Member(age_years=draw(st.integers(20, 70)))]
    if couple:
        members.append(Member(role="co_applicant", age_years=draw(st.integers(20, 70)), sex="m"))
    members += [Member(role="child", age_years=draw(st.integers(0, 17))) for _ in range(kids)]
    gross = draw(st.booleans())
    wage = draw(st.floats(300_000, 900_000)) if gross else draw(st.floats(15_000, 80_000))
    incomes = [Income(kind="wage", amount=wage, gross_yearly=gross, member=0 if gross else None)]
    if draw(st.booleans()):
        incomes.append(Income(kind="benefit", amount=draw(st.floats(0, 10_000))))
    debts = []
    if draw(st.booleans()):
        debts.append(Debt(kind="car_loan", monthly_payment=draw(st.floats(500, 5_000)), balance=draw(
            st.floats(20_000, 300_000)), rate_pct=draw(st.floats(3, 12)), remaining_years=draw(st.floats(1, 8))))
    if draw(st.booleans()):
        debts.append(Debt(kind="student_loan", monthly_payment=draw(st.floats(500, 3_000)), floating=False))
    rate_type = draw(st.sampled_from(["floating", "fixed", "split"]))
    term = draw(st.integers(15, 50))
    fixed_years = draw(st.sampled_from([p for p in (3, 5, 10, 20) if p < term]))
    price = draw(st.sampled_from([0.0, 2_000_000.0, 3_500_000.0]))
    scenario = Scenario(label="S", amount=draw(st.floats(200_000, 4_000_000)), term_years=term,
                        rate_type=rate_type, fixed_years=fixed_years, base_rate_pct=draw(st.floats(3, 6)),
                        interest_only_years=draw(st.integers(0, 3)), term_fee=draw(st.sampled_from([0.0, 30.0])),
                        establishment_fee=600.0)
    return Case(members=members, incomes=incomes, debts=debts, stress=STRESS,
                include_interest_deduction=draw(st.booleans()),
                housing=Housing(price=price, equity=draw(st.floats(0, 300_000)), common_costs=draw(st.floats(0, 5_000)),
                                ownership=draw(st.sampled_from(["freehold", "cooperative"]))),
                living=LivingCostChoices(petrol_cars=draw(st.integers(0, 1))), scenarios=[scenario])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_answer_plugs_back(c):
    g = gs.goal_seek(c, 0)
    check_plug_back(c, 0, g)
    for a in g.answers:
        if a.value is not None and not a.exact and a.key in ("term", "interest_only") and a.limit == "":
            # a whole-step answer: one term further no longer holds
            step = compute(c).scenarios[0].spec.months_per_term
            nxt = a.value - step if a.key == "term" else a.value + step
            worse = gs.Answer(a.key, a.current, nxt, None, "", False, "months")
            assert gs.plug_back(c, 0, worse) < 0, (a.key, a.value)


def test_doctests():
    import doctest

    assert doctest.testmod(gs).failed == 0
