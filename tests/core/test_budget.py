"""The budget: residual identity, stress rules, break-even, largest loan, verdicts."""

import copy

import pytest

from startlan_desktop.core import budget, loans
from startlan_desktop.core.errors import ValidationError
from startlan_desktop.core.model import BankLoan, Debt, Income, Member, Scenario


def test_residual_is_income_minus_all_costs(case):
    r = budget.compute(case)
    for s in r.scenarios:
        expected = (r.income_total - r.living.used - r.other_costs_total - r.housing_total
                    - s.monthly_payment + s.interest_deduction)
        assert s.residual == pytest.approx(expected)
        assert s.left_for_living == pytest.approx(s.residual + r.living.used)
        assert s.housing_cost_new == pytest.approx(r.housing_total + s.monthly_payment)
    assert r.available_for_startlan == pytest.approx(r.available_for_housing - r.housing_total)


def test_example_tells_the_30_vs_50_year_story(case):
    r = budget.compute(case)
    verdicts = [s.verdict for s in r.scenarios]
    # month one: 30 years fails the stress test, 50 years holds it ...
    assert [s.residual_stressed >= 0 for s in r.scenarios] == [False, False, True, True]
    # ... but five years ahead none holds (issue 19: Adam's school and SFO from August 2028, new SIFO
    # bands in 2029; see tests/core/test_timeline.py::test_the_example_case_no_longer_holds_five_years_ahead)
    assert verdicts == ["tight"] * 4
    p30, p50 = r.scenarios[0].monthly_payment, r.scenarios[2].monthly_payment
    assert p50 < p30 and r.scenarios[2].total_interest > r.scenarios[0].total_interest


def test_payment_matches_engine(case):
    r = budget.compute(case)
    s0 = case.scenarios[0]
    sched = loans.build_schedule(loans.LoanSpec(s0.amount, s0.base_rate_pct + s0.markup_pp, 360,
                                                establishment_fee=600, term_fee=30))
    assert r.scenarios[0].monthly_payment == pytest.approx(sched.first_payment)
    assert r.scenarios[0].effective_rate_pct == pytest.approx(sched.effective_rate_pct)


def test_stress_rate_follows_the_policy_rate(case):
    r = budget.compute(case)
    # Norges Bank 4,50 % from 24.09.2026 + Husbanken's 2,5 pp (domain § 11)
    assert r.scenarios[0].stress_rate_pct == pytest.approx(4.50 + 2.5)
    assert "Styringsrenten" in r.scenarios[0].stress_rule
    case.stress.policy_rate_pct = 5.0
    r2 = budget.compute(case)
    assert r2.scenarios[0].stress_rate_pct == pytest.approx(7.5)
    assert r2.scenarios[0].residual_stressed < r.scenarios[0].residual_stressed
    assert r2.scenarios[0].residual == pytest.approx(r.scenarios[0].residual)


def test_margin_rule_is_available(case):
    case.stress.rule = "margin"
    case.stress.margin_pp = 3.0
    r = budget.compute(case)
    assert r.scenarios[0].stress_rate_pct == pytest.approx(r.scenarios[0].nominal_rate_pct + 3)


def test_stress_never_below_the_loans_own_rate(case):
    case.scenarios[0].base_rate_pct = 7.5
    r = budget.compute(case)
    assert r.scenarios[0].stress_rate_pct == pytest.approx(7.75)


def test_bank_loan_beside_is_stressed_by_bank_rule(case):
    case.housing.bank_loan = BankLoan(amount=500_000, rate_pct=5.5, term_years=30)
    r = budget.compute(case)
    bank_line = next(c for c in r.housing_costs if c.label.startswith("Banklån"))
    stressed = 500_000 * loans.annuity_factor(8.5 / 1200, 360)  # +3 pp, above the 7 % floor
    assert bank_line.stressed == pytest.approx(stressed)
    case.housing.bank_loan.rate_pct = 3.0  # 3 + 3 < 7: the floor applies
    r = budget.compute(case)
    bank_line = next(c for c in r.housing_costs if c.label.startswith("Banklån"))
    assert bank_line.stressed == pytest.approx(500_000 * loans.annuity_factor(7 / 1200, 360))


def test_floating_consumer_debt_is_stressed_with_the_same_rise(case):
    r = budget.compute(case)
    s = r.scenarios[0]
    rise = s.stress_rate_pct - s.nominal_rate_pct
    debt = case.debts[1]
    # the rate effect alone: annuity at rate + rise − annuity at rate (not − the typed payment)
    extra = debt.balance * (loans.annuity_factor((debt.rate_pct + rise) / 1200, 48)
                            - loans.annuity_factor(debt.rate_pct / 1200, 48))
    case.debts[1].floating = False
    r_fixed = budget.compute(case)
    assert r_fixed.scenarios[0].residual_stressed - s.residual_stressed == pytest.approx(extra)


def test_break_even_rate_zeroes_the_residual(case):
    r = budget.compute(case)
    for s in r.scenarios:
        be = s.break_even_rate_pct
        assert be is not None and 0 < be < 30
        assert budget.residual_curve(r, s.index, [be])[0] == pytest.approx(0, abs=0.01)
        # at today's rate the curve gives the floating residual
    s0 = r.scenarios[0]
    assert budget.residual_curve(r, 0, [s0.nominal_rate_pct])[0] == pytest.approx(s0.residual)


def test_break_even_none_when_zero_rate_fails(case):
    case.scenarios[0].amount = 9_000_000
    assert budget.compute(case).scenarios[0].break_even_rate_pct is None


def test_max_loan_brings_stressed_residual_to_zero(case):
    r = budget.compute(case)
    for s in r.scenarios:
        c2 = copy.deepcopy(case)
        c2.scenarios = [copy.deepcopy(s.scenario)]
        c2.scenarios[0].amount = s.max_loan
        again = budget.compute(c2).scenarios[0]
        assert again.residual_stressed == pytest.approx(0, abs=0.01)
    assert r.scenarios[2].max_loan > r.scenarios[0].max_loan  # 50 years carries more


def test_fixed_rate_expiry_payment(case):
    r = budget.compute(case)
    fixed = r.scenarios[1]
    assert fixed.rate_after_fixed_pct == pytest.approx(case.floating_rate_pct + 0.25)
    assert fixed.payment_after_fixed is not None and fixed.residual_after_fixed is not None
    case.scenarios[1].rate_after_fixed_pct = 9.0
    r2 = budget.compute(case)
    assert r2.scenarios[1].payment_after_fixed > fixed.payment_after_fixed
    assert r2.scenarios[1].verdict in ("tight", "not_sustainable")
    assert r.scenarios[0].payment_after_fixed is None


def test_verdicts_and_reasons(case):
    case.scenarios[0].amount = 4_000_000
    s = budget.compute(case).scenarios[0]
    assert s.verdict == "not_sustainable" and "går ikke opp" in s.reasons[0]
    assert s.verdict_label == "Ikke bærekraftig"


def test_gross_income_is_taxed_per_person_and_marked_estimate(case):
    r = budget.compute(case)
    wage = r.incomes[0]
    from startlan_desktop.core.tax import estimate

    assert wage.estimate and wage.net_monthly == pytest.approx(estimate(490_000).net_monthly)
    case.incomes.append(Income("Pensjon", "pension", 100_000, gross_yearly=True, member=0))
    r = budget.compute(case)
    e = estimate(490_000, 100_000)
    assert r.incomes[0].net_monthly + r.incomes[-2].net_monthly == pytest.approx(e.net_monthly)


def test_child_benefit_auto_and_rental_ten_months(case):
    r = budget.compute(case)
    cb = [i for i in r.incomes if i.kind == "child_benefit"]
    assert cb and cb[0].net_monthly == 2 * 2012
    case.incomes.append(Income("Utleie sokkel", "rental", 6000))
    r2 = budget.compute(case)
    assert r2.income_total - r.income_total == pytest.approx(5000)


def test_credit_card_counts_share_of_limit(case):
    r = budget.compute(case)
    card = next(c for c in r.other_costs if "Kredittkort" in c.label)
    assert card.amount == pytest.approx(20_000 * 0.03)


def test_interest_deduction_can_be_left_out(case):
    with_d = budget.compute(case).scenarios[0]
    case.include_interest_deduction = False
    without = budget.compute(case).scenarios[0]
    assert with_d.interest_deduction == pytest.approx(0.22 * with_d.first_year_interest / 12)
    assert without.interest_deduction == 0
    assert with_d.residual - without.residual == pytest.approx(with_d.interest_deduction)


def test_sources_and_staleness_warnings(case):
    r = budget.compute(case)
    keys = {d.key: d for d in r.sources}
    assert keys["rates"].date == "2026-11-01" and not keys["rates"].stale
    assert not keys["policy"].stale  # Sep 2026 is two months before the case date, Nov 2026
    assert keys["policy"].status == "secondary"
    case.stress.policy_rate_date = "2025-09-18"  # more than six months before Nov 2026
    assert {d.key: d for d in budget.compute(case).sources}["policy"].stale
    case.rate_table_date = "2024-07-01"
    assert {d.key: d for d in budget.compute(case).sources}["rates"].stale


@pytest.mark.parametrize("mutate,field", [
    (lambda c: c.members.clear(), "members"),
    (lambda c: setattr(c.members[0], "age_years", 130), "members[0].age_years"),
    (lambda c: setattr(c.scenarios[0], "term_years", 51), "scenarios[0].term_years"),
    (lambda c: setattr(c.scenarios[0], "markup_pp", 0.5), "scenarios[0].markup_pp"),
    (lambda c: setattr(c.scenarios[0], "interest_only_years", 9), "scenarios[0].interest_only_years"),
    (lambda c: setattr(c.scenarios[0], "base_rate_pct", 31), "scenarios[0].base_rate"),
    (lambda c: setattr(c.scenarios[0], "amount", -5), "scenarios[0].amount"),
    (lambda c: c.incomes.append(Income(amount=-100)), "incomes[3].amount"),
    (lambda c: c.debts.append(Debt(monthly_payment=-1)), "debts[3].monthly_payment"),
    (lambda c: setattr(c.housing, "common_costs", 2e9), "housing.common_costs"),
    (lambda c: c.members.extend(Member("child", age_years=1) for _ in range(15)), "members"),
    (lambda c: setattr(c.scenarios[1], "fixed_years", 7), "scenarios[1].fixed_years"),
    (lambda c: setattr(c.living, "sifo_year", 2019), "living.sifo_year"),
])
def test_invalid_cases_name_the_field(case, mutate, field):
    mutate(case)
    with pytest.raises(ValidationError) as exc:
        budget.compute(case)
    assert exc.value.field == field


def test_serial_and_interest_only_scenarios(case):
    case.scenarios.append(Scenario("Serie 30 år", 2_050_000, 30, repayment="serial", base_rate_pct=4.025))
    case.scenarios.append(Scenario("Avdragsfri 3 år", 2_050_000, 30, base_rate_pct=4.025, interest_only_years=3))
    r = budget.compute(case)
    serial, io = r.scenarios[-2], r.scenarios[-1]
    assert serial.monthly_payment > r.scenarios[0].monthly_payment - 30  # serial starts higher
    assert io.first_payment < io.monthly_payment


def test_sources_on_a_leap_day():
    """Staleness is an age in days: no date arithmetic that fails on 29 February."""
    import datetime as dt

    from startlan_desktop.core import data

    srcs = {d.key: d for d in data.sources(2026, 2026, "2026-07-01", "2025-09-18", dt.date(2028, 2, 29))}
    assert srcs["nav"].stale and srcs["rates"].stale
    fresh = {d.key: d for d in data.sources(2026, 2026, "2026-07-01", "2025-09-18", dt.date(2025, 3, 1))}
    assert fresh["nav"].stale  # NAV's rates change each 1 January: the 2024 rates are past due in 2025
    in_year = {d.key: d for d in data.sources(2026, 2026, "2026-07-01", "2025-09-18", dt.date(2024, 12, 31))}
    assert not in_year["nav"].stale
