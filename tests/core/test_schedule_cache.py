"""The schedule cache in core/scenario.py (issue 23): a plan is built once per
distinct loan and reused while its loan inputs are unchanged. Each test
compares a cached plan with one built afresh by `loans.build_schedule` /
`loans.combine`, the uncached engine, never with the cache's own output."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from startlan_desktop.core import loans, scenario
from startlan_desktop.core.budget import compute
from startlan_desktop.core.errors import ValidationError
from startlan_desktop.core.example import example_case
from startlan_desktop.core.model import Scenario


@pytest.fixture(autouse=True)
def empty_cache():
    scenario._schedule.cache_clear()
    yield
    scenario._schedule.cache_clear()


def fresh(case, s: Scenario) -> loans.Schedule:
    """The plan as it was built before the cache: from scratch, every time."""
    spec = scenario.scenario_spec(case, s)
    if s.rate_type != "split":
        return loans.build_schedule(spec)
    return loans.combine([loans.build_schedule(p) for p in scenario.loan_parts(case, s, spec)], spec)


def cached(case, s: Scenario) -> loans.Schedule:
    return scenario.build_scenario_schedule(case, s, scenario.scenario_spec(case, s))


def same(a: loans.Schedule, b: loans.Schedule) -> None:
    """Equal to the last bit, and of the same types (2 and 2.0 print differently in JSON)."""
    assert a.spec == b.spec
    for col in ("interest", "principal", "balance", "rate_pct"):
        assert [(type(x), x) for x in getattr(a, col)] == [(type(x), x) for x in getattr(b, col)], col
    assert a.balloon == b.balloon
    assert a.payments == b.payments
    for name in ("total_interest", "total_fees", "total_paid", "effective_rate_pct"):
        x, y = getattr(a, name), getattr(b, name)
        assert type(x) is type(y) and x == y, name
    assert a.yearly() == b.yearly() and a.balance_at_year_ends() == b.balance_at_year_ends()


SCENARIOS = [
    Scenario("annuitet", 2_050_000, 30, base_rate_pct=4.025, establishment_fee=600, term_fee=30),
    Scenario("serie", 1_500_000, 25, repayment="serial", base_rate_pct=4.1, terms_per_year=4),
    Scenario("fast", 2_000_000, 40, rate_type="fixed", fixed_years=5, base_rate_pct=4.6, interest_only_years=3),
    Scenario("delt", 2_050_000, 50, rate_type="split", fixed_years=10, base_rate_pct=4.3,
             floating_base_rate_pct=4.025, fixed_share_pct=40, interest_only_years=2, term_fee=30),
    Scenario("prøvelån", 1_800_000, 10, repayment=loans.TRIAL, rate_type="fixed", fixed_years=5, base_rate_pct=4.4),
]


@pytest.mark.parametrize("s", SCENARIOS, ids=lambda s: s.label)
def test_a_cached_plan_equals_a_freshly_built_one(s):
    case = example_case()
    first = cached(case, s)  # built
    second = cached(case, s)  # from the cache
    assert scenario._schedule.cache_info().hits == 1
    same(first, fresh(case, s))
    same(second, fresh(case, s))


def test_a_changed_loan_input_gives_a_new_plan():
    case = example_case()
    s = replace(SCENARIOS[3])
    before = cached(case, s)
    for change in (dict(amount=2_000_000), dict(fixed_share_pct=60), dict(floating_base_rate_pct=4.5),
                   dict(interest_only_years=0), dict(term_fee=45)):
        t = replace(s, **change)
        after = cached(case, t)
        assert after.interest != before.interest or after.payments != before.payments, change
        same(after, fresh(case, t))
    # the split's floating part follows today's floating rate when it has none of its own
    t = replace(s, floating_base_rate_pct=None)
    a = cached(case, t)
    case.floating_rate_pct += 0.5
    b = cached(case, t)
    assert b.interest[0] > a.interest[0]
    same(b, fresh(case, t))


def test_changing_a_returned_plan_cannot_change_the_next():
    case = example_case()
    s = SCENARIOS[3]
    first = cached(case, s)
    first.interest[0] = 1e9
    first.balance.clear()
    first.payments[5] = -1.0
    first.__dict__["effective_rate_pct"] = 99.0
    first.balloon = 7.0
    same(cached(case, s), fresh(case, s))


def test_numbers_equal_but_of_another_type_or_sign_are_other_plans():
    case = example_case()
    whole = Scenario("heltall", 1_000_000, 20, base_rate_pct=4, markup_pp=0, term_fee=30, establishment_fee=600)
    same(cached(case, whole), fresh(case, whole))
    floats = replace(whole, amount=1_000_000.0, base_rate_pct=4.0, term_fee=30.0, establishment_fee=600.0)
    same(cached(case, floats), fresh(case, floats))
    assert type(cached(case, floats).total_fees) is float and type(cached(case, whole).total_fees) is int
    zero = replace(whole, amount=0.0)
    negative_zero = replace(whole, amount=-0.0)
    same(cached(case, zero), fresh(case, zero))
    same(cached(case, negative_zero), fresh(case, negative_zero))
    assert math.copysign(1, cached(case, negative_zero).balance[0]) == -1


def test_invalid_input_is_refused_on_every_call():
    case = example_case()
    s = replace(SCENARIOS[0], term_years=60)
    for _ in range(2):
        with pytest.raises(ValidationError):
            cached(case, s)
    assert scenario._schedule.cache_info().currsize == 0


def test_an_income_edit_rebuilds_no_plan(monkeypatch):
    case = example_case()
    case.housing.bank_loan.amount, case.housing.bank_loan.rate_pct = 800_000, 5.2
    first = compute(case)
    bank = loans.build_schedule(loans.LoanSpec(800_000, 5.2, 360))
    built = []
    real = loans.build_schedule
    monkeypatch.setattr(loans, "build_schedule", lambda spec, check=True: built.append(spec) or real(spec, check))
    case.incomes[0].amount += 10_000
    second = compute(case)
    assert built == []
    assert second.income_total > first.income_total
    for a, b in zip(first.scenarios, second.scenarios):
        same(a.schedule, b.schedule)
        assert a.schedule is not b.schedule
    same(second.bank_loan, bank)
    case.scenarios[0].amount -= 50_000  # a loan edit rebuilds that scenario's plan alone
    compute(case)
    assert [spec.amount for spec in built] == [case.scenarios[0].amount]


@settings(max_examples=60, deadline=None)
@given(amount=st.floats(0, 5_000_000), rate=st.floats(0, 15), years=st.integers(1, 50),
       kind=st.sampled_from(["floating", "fixed", "split"]), repayment=st.sampled_from(["annuity", "serial"]),
       share=st.floats(0, 100), fee=st.sampled_from([0, 30, 45.5]))
def test_cached_plans_equal_fresh_ones_for_any_loan(amount, rate, years, kind, repayment, share, fee):
    case = example_case()
    s = Scenario("x", amount, years, repayment=repayment, rate_type=kind, fixed_years=min(5, years - 1) or 1,
                 base_rate_pct=rate, fixed_share_pct=share, term_fee=fee)
    try:
        want = fresh(case, s)
    except ValidationError:
        with pytest.raises(ValidationError):
            cached(case, s)
        return
    same(cached(case, s), want)
    same(cached(case, s), want)
