"""The edit path's shortcuts (issue 23) change no figure.

`compute()` keeps what does not depend on an edit between edits (the part
figures per krone, the payment plans) and prices the five years' look-ahead
at the months where the household changes. Each test runs a sequence of
edits with every shortcut in place and compares the whole result after each
edit (every scenario, every figure, every text and every cell of the
comparison) with the result computed the slow way: every figure worked out
afresh, every plan built afresh, every month priced. Equal means equal to
the last bit, of the same type and the same sign of zero."""

from __future__ import annotations

import copy
import dataclasses
import math
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from startlan_desktop.core import budget, loans, scenario, timeline
from startlan_desktop.core.example import example_case, large_case
from startlan_desktop.core.model import Debt, Member, Scenario
from startlan_desktop.core.rows import ROWS


def fresh_part_figures(part: loans.LoanSpec, start_term: int, rise_pp: float = 0.0) -> tuple[float, float]:
    """`scenario.part_figures` worked out afresh on every call, as before it kept any."""
    tpy = part.terms_per_year
    r1 = max(part.rate_pct + rise_pp, 0.0) / 100 / tpy
    after = part.rate_after_fixed_pct if part.rate_after_fixed_pct is not None else part.rate_pct
    r2 = max(after + rise_pp, 0.0) / 100 / tpy
    return scenario._shape_figures(part.n_terms, part.interest_only_terms, tpy, part.sizing_terms,
                                   part.fixed_terms if part.fixed_months else 0, part.annuity_like, part.repayment,
                                   start_term, r1, r2)


@contextmanager
def slow_way():
    """compute() without its shortcuts: no kept figure or plan, every month of the look-ahead priced."""
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(scenario, "part_figures", fresh_part_figures)
        mp.setattr(scenario, "_schedule", scenario._schedule.__wrapped__)
        mp.setattr(timeline, "change_months", lambda case, persons, months: list(range(1, months)))
        yield
    finally:
        mp.undo()


def same(a, b, path: str = "result") -> None:
    """a and b equal to the last bit: the same types, the same values, the same signs of zero."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, float):
        assert (a == b and math.copysign(1, a) == math.copysign(1, b)) or (math.isnan(a) and math.isnan(b)), \
            f"{path}: {a!r} != {b!r}"
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), f"{path}: keys {list(a)} != {list(b)}"
        for k in a:
            same(a[k], b[k], f"{path}[{k!r}]")
    elif isinstance(a, loans.Schedule):
        for name in ("spec", "interest", "principal", "balance", "rate_pct", "balloon", "payments", "total_interest",
                     "total_fees", "total_paid", "effective_rate_pct", "first_payment", "first_repayment_term"):
            same(getattr(a, name), getattr(b, name), f"{path}.{name}")
        same(a.first_year(), b.first_year(), f"{path}.first_year()")
        same(a.rows(True), b.rows(True), f"{path}.rows(yearly)")
    elif dataclasses.is_dataclass(a) and not isinstance(a, type):
        for f in dataclasses.fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def same_result(fast: budget.CaseResult, slow: budget.CaseResult) -> None:
    same(fast, slow)
    for i, (x, y) in enumerate(zip(fast.scenarios, slow.scenarios)):  # what the screen, the PDF and the CLI show
        assert [row.cell(x) for row in ROWS] == [row.cell(y) for row in ROWS], f"scenario {i}: the comparison"
        for name in ("label", "verdict_label", "summary_text", "binding_phase", "payment_after_deduction",
                     "carries_no_loan", "fixed_years", "total_interest", "total_paid", "effective_rate_pct"):
            value = getattr(x, name)
            same(value() if callable(value) else value, getattr(y, name)() if callable(value) else getattr(y, name),
                 f"scenarios[{i}].{name}")


def edits(case):
    """Edits a caseworker makes, one after another: each leaves the case changed for the next."""
    def income(c, amount):
        c.incomes[0].amount = amount

    def loan(c):
        c.scenarios[0].amount -= 50_000

    def rate(c):
        c.floating_rate_pct += 0.25

    def fixed_rate(c):
        s = c.scenarios[-1]
        s.rate_type, s.fixed_years, s.base_rate_pct = "fixed", 5, 4.6

    def member(c):
        c.members[-1].age_years += 1

    def debt(c):
        c.debts.append(Debt(kind="car_loan", balance=150_000, rate_pct=7.9, remaining_years=3, floating=True))

    def deduction(c):
        c.include_interest_deduction = not c.include_interest_deduction

    def policy(c):
        c.stress.policy_rate_pct += 0.5

    def zero_rate(c):
        s = c.scenarios[0]
        s.rate_type, s.base_rate_pct, s.markup_pp = "floating", 0.0, 0.0

    def interest_only(c):
        c.scenarios[0].interest_only_years = 3

    return [("as loaded", lambda c: None), ("income 4 900 005", lambda c: income(c, 4_900_005)),
            ("income 490 000", lambda c: income(c, 490_000)), ("income 4 900 005 again", lambda c: income(c, 4_900_005)),
            ("loan amount", loan), ("floating rate", rate), ("fixed rate", fixed_rate), ("member's age", member),
            ("a floating debt", debt), ("interest deduction", deduction), ("income 490 000", lambda c: income(c, 490_000)),
            ("policy rate", policy), ("zero rate", zero_rate), ("interest-only", interest_only),
            ("income 4 900 005", lambda c: income(c, 4_900_005))]


@pytest.mark.parametrize("make", [example_case, large_case], ids=["example", "large"])
def test_every_figure_after_every_edit_is_the_slow_ways(make):
    case = make()
    for name, edit in edits(case):
        edit(case)
        fast = budget.compute(case)
        with slow_way():
            slow = budget.compute(copy.deepcopy(case))
        same_result(fast, slow)
        assert any(sr.verdict != "no_amount" for sr in fast.scenarios), name


@pytest.mark.parametrize("make", [example_case, large_case], ids=["example", "large"])
def test_the_slow_way_is_the_way_without_kept_figures(make):
    """The reference itself: with the shortcuts gone, nothing is taken from a cache."""
    case = make()
    scenario._figures.cache_clear()
    scenario._schedule.cache_clear()
    with slow_way():
        budget.compute(case)
        assert scenario.part_figures is fresh_part_figures
    assert scenario._figures.cache_info().currsize == 0 and scenario._schedule.cache_info().currsize == 0
    budget.compute(case)
    assert scenario._figures.cache_info().currsize > 0 and scenario._schedule.cache_info().currsize > 0
    hits = scenario._figures.cache_info().hits
    case.incomes[0].amount += 10_000
    budget.compute(case)
    assert scenario._figures.cache_info().hits > hits  # an income edit reuses the loans' figures


@settings(max_examples=200, deadline=None)
@given(rate=st.one_of(st.just(0.0), st.just(-0.0), st.floats(0, 15)), after=st.one_of(st.none(), st.floats(0, 15)),
       years=st.integers(2, 50), repayment=st.sampled_from(["annuity", "serial", loans.TRIAL]),
       tpy=st.sampled_from([12, 4, 2]), io_years=st.integers(0, 8), fixed_years=st.integers(0, 20),
       start=st.integers(0, 120), rise=st.one_of(st.just(0.0), st.just(-0.0), st.floats(-15, 15)),
       whole=st.booleans())
def test_kept_part_figures_are_worked_out_afresh_ones(rate, after, years, repayment, tpy, io_years, fixed_years,
                                                     start, rise, whole):
    """Any loan shape, rate and rise: the kept figures are those worked out afresh
    (twice: once made, once taken), with the types and signs of a fresh result."""
    term = 120 if repayment == loans.TRIAL else years * 12
    io = 0 if repayment == loans.TRIAL else min(io_years * 12, term - 12)
    fixed = min(fixed_years * 12, term - 12) if after is not None else 0
    spec = loans.LoanSpec(1.0, int(rate) if whole and rate == int(rate) else rate, term, repayment, tpy, io,
                          fixed_months=fixed, rate_after_fixed_pct=after)
    t0 = min(start, spec.n_terms - 1)
    fresh = fresh_part_figures(spec, t0, rise)
    same(scenario.part_figures(spec, t0, rise), fresh)
    same(scenario.part_figures(spec, t0, rise), fresh)
    same(scenario.part_figures(replace_amount(spec, 2_000_000.0), t0, rise), fresh)  # per krone: the amount aside


def replace_amount(spec: loans.LoanSpec, amount: float) -> loans.LoanSpec:
    return dataclasses.replace(spec, amount=amount)


@pytest.mark.parametrize("s", [Scenario("flytende", 2_000_000, 30, base_rate_pct=4, markup_pp=0, term_fee=30,
                                        establishment_fee=600),
                               Scenario("fast", 1_500_000.0, 25, rate_type="fixed", fixed_years=5, base_rate_pct=4.6,
                                        interest_only_years=2, repayment="serial"),
                               Scenario("delt", 2_050_000, 50, rate_type="split", fixed_years=10, base_rate_pct=4.3,
                                        floating_base_rate_pct=4.025, fixed_share_pct=40, term_fee=45.5)],
                         ids=lambda s: s.label)
def test_a_loans_parts_are_the_loan_with_its_fees_left_out(s):
    """`loan_parts` builds each part directly: the same specs (types too) as
    `dataclasses.replace` on the whole loan gives."""
    case = example_case()
    spec = scenario.scenario_spec(case, s)
    if s.rate_type == "split":
        fixed_amount = s.amount * scenario.fixed_share(s)
        want = [dataclasses.replace(spec, amount=fixed_amount, rate_pct=s.nominal_rate_pct, establishment_fee=0.0,
                                    term_fee=0.0),
                dataclasses.replace(spec, amount=s.amount - fixed_amount, rate_pct=scenario.floating_part_rate(case, s),
                                    establishment_fee=0.0, term_fee=0.0, fixed_months=0, rate_after_fixed_pct=None)]
    else:
        want = [dataclasses.replace(spec, establishment_fee=0.0, term_fee=0.0)]
    got = scenario.loan_parts(case, s, spec)
    same(got, want)
    assert [dataclasses.astuple(p) for p in got] == [dataclasses.astuple(p) for p in want]


def test_the_nav_floor_counts_adults_and_each_child_once():
    """NAV's rates by hand: a couple, a lodger, a 17-year-old living as an adult
    (not a child), and three children, two of them alike (equal members count twice)."""
    from startlan_desktop.core import data, living

    case = example_case()
    t = data.nav_floor_table(case.assessment_date)
    members = [Member(role="applicant", age_years=40), Member(role="co_applicant", age_years=38),
               Member(role="other_adult", age_years=67), Member(role="other_adult", age_years=17),
               Member(role="child", age_years=4), Member(role="child", age_years=4), Member(role="child", age_years=12)]
    want = t["ektepar_samboere"] + 2 * t["person_i_bofellesskap"] + 2 * t["barn_0_5"] + t["barn_11_17"]
    assert living.nav_floor(members, case.assessment_date) == want
    assert living.nav_floor(members[:1] + members[4:5], case.assessment_date) == t["enslige"] + t["barn_0_5"]
