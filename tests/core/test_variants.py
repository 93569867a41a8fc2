"""Life-event variants (issue 19 item 4) against hand computations from the
published rates (domain.md § 4a SIFO 2026, § 5 child benefit 2 012 kr,
extended child benefit 2 572 kr), and the income break-even by plugging back."""

import pytest

from startlan_desktop.core import budget, casefile, goalseek, variants
from startlan_desktop.core.model import Case, Income, Member, Scenario


def single(**kw) -> Case:
    """A woman of 40 with a net income (no tax estimate) and no interest deduction: every change is one for one."""
    c = Case(date="2026-11-23", include_interest_deduction=False, floating_rate_pct=4.131,
             members=[Member(role="applicant", name="Kari", age_years=40, sex="f")],
             incomes=[Income("Lønn", "wage", 38_000.0)],
             scenarios=[Scenario("30 år", 1_500_000, 30, base_rate_pct=4.131, markup_pp=0.25)])
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def couple() -> Case:
    c = single()
    c.members = [Member(role="applicant", name="Amina", age_years=34, sex="f"),
                 Member(role="co_applicant", name="Yusuf", age_years=38, sex="m"),
                 Member(role="child", name="Sara", age_years=11, sex="f"),
                 Member(role="child", name="Adam", age_years=4, sex="m")]
    c.incomes = [Income("Lønn", "wage", 30_000.0, member=0), Income("Lønn", "wage", 25_000.0, member=1),
                 Income("Bidrag", "child_support", 1_500.0)]
    return c


def row(table, key):
    return next(r for r in table.rows if r.variant.key == key)


def test_one_income_lost_and_at_66_percent():
    t = variants.compute_variants(single())
    base = t.rows[0].prudent(0)
    assert t.rows[0].variant.key == "original"
    assert row(t, "income_lost:0").prudent(0) == pytest.approx(base - 38_000)
    assert row(t, "income_66:0").prudent(0) == pytest.approx(base - 38_000 * 0.34)  # 66 % of 38 000 = 25 080
    assert row(t, "income_lost:0").verdict(0) == "not_sustainable"


def test_each_partner_in_turn():
    t = variants.compute_variants(couple())
    base = t.rows[0].prudent(0)
    assert row(t, "income_lost:0").prudent(0) == pytest.approx(base - 30_000)
    assert row(t, "income_lost:1").prudent(0) == pytest.approx(base - 25_000)
    assert row(t, "income_66:1").prudent(0) == pytest.approx(base - 25_000 * 0.34)
    assert row(t, "income_lost:0").variant.label == "Amina mister inntekten"


def test_a_new_child_by_hand():
    """An infant beside a single mother, SIFO 2026: food 0–5 months 1 065, clothes 730, care 530, play 160,
    baby top-up 535, the household rows one person up (other goods +50, articles +50, furniture +130,
    media +50); child benefit 2 012 kr. The NAV floor (7 850 + 3 850) stays below."""
    t = variants.compute_variants(single())
    living = 1_065 + 730 + 530 + 160 + 535 + 50 + 50 + 130 + 50
    assert living == 3_300
    v = row(t, "new_child")
    assert v.result.living.used - t.original.living.used == pytest.approx(living)
    assert v.result.income_total - t.original.income_total == pytest.approx(2_012)
    assert v.prudent(0) == pytest.approx(t.rows[0].prudent(0) + 2_012 - 3_300)


def test_separation_each_adult_alone_with_the_children():
    c = couple()
    v = variants.separation(c, 1)
    assert [m.name for m in v.case.members] == ["Yusuf", "Sara", "Adam"]
    assert [(i.kind, i.amount, i.member) for i in v.case.incomes] == [
        ("wage", 25_000.0, 0), ("child_support", 1_500.0, None), ("extended_child_benefit", 2_572.0, None)]
    assert v.label == "Yusuf alene med barna"
    t = variants.compute_variants(c)
    sep = row(t, "separation:0").result
    # Amina's wage, child support, child benefit for two (2 × 2 012) and extended child benefit 2 572
    assert sep.income_total == pytest.approx(30_000 + 1_500 + 2 * 2_012 + 2_572)
    assert "separation:0" not in {r.variant.key for r in variants.compute_variants(single()).rows}


def test_price_shock_raises_every_living_line():
    t = variants.compute_variants(single(), price_shock_pct=10)
    v = row(t, "price_shock")
    assert v.variant.label == "Livsopphold 10\u00a0% dyrere"
    assert v.result.living.used == pytest.approx(1.1 * t.original.living.used)
    assert v.prudent(0) == pytest.approx(t.rows[0].prudent(0) - 0.1 * t.original.living.used)


def test_the_case_itself_never_changes(case):
    before = casefile.dumps(case)
    variants.compute_variants(case)
    assert casefile.dumps(case) == before


def test_an_income_without_a_person_in_a_couple_is_named():
    c = couple()
    c.incomes[1].member = None
    v = variants.income_lost(c, 1)
    assert v.case is None and "Yusuf" in v.note
    t = variants.compute_variants(c)
    assert row(t, "income_lost:1").result is None and row(t, "income_lost:1").error


def test_income_break_even_plugs_back():
    c = single()
    b = variants.income_break_even(c, 0)
    r0 = goalseek.prudent_residual(budget.compute(c).scenarios[0])
    assert b.fall == pytest.approx(r0, abs=0.02)  # net income: the residual moves one for one
    c.incomes[0].amount = b.lowest
    assert goalseek.prudent_residual(budget.compute(c).scenarios[0]) == pytest.approx(0, abs=1.0)
    assert b.text().startswith("Nettoinntekten kan falle med")


def test_income_break_even_when_it_must_rise():
    c = single()
    c.incomes[0].amount = 20_000
    b = variants.income_break_even(c, 0)
    assert b.fall < 0 and b.text().startswith("Nettoinntekten må øke med")
