"""The budget sheet's life events for its one scenario (`scenario_variants`, issue 23)
are the full table's figures for that scenario, and its income break-even is the
goal-seek's own lowest-income answer: computed once, not again."""

import pytest

from startlan_desktop.core import budget, casefile, goalseek, variants
from startlan_desktop.core.example import example_case
from startlan_desktop.core.model import Income, Member, Scenario


def saved():
    """A case as read from a file: with its data snapshot, which the variants share."""
    return casefile.loads(casefile.dumps(example_case()))


def full_house():
    """15 members, the most allowed: "a new child" fails validation."""
    c = example_case()
    c.members += [Member(role="child", name=f"Barn {i}", age_years=2 + i) for i in range(15 - len(c.members))]
    return c


def unmarked():
    """Incomes marked with no person: losing one adult's income is not possible (a note)."""
    c = example_case()
    for i in c.incomes:
        i.member = None
    return c


def split_and_trial():
    c = example_case()
    c.scenarios += [Scenario("Delt", 2_050_000, 40, rate_type="split", fixed_years=5, base_rate_pct=4.2,
                             floating_base_rate_pct=4.0, fixed_share_pct=50, interest_only_years=2),
                    Scenario("Til nedbetalt gjeld", 1_800_000, 30, base_rate_pct=4.1,
                             interest_only_until_debts_repaid=True)]
    c.incomes.append(Income("Leie", "rental", -1_200.0))
    return c


def figures(row, sr):
    return (row.variant.key, row.variant.label, row.variant.note, row.error,
            None if sr is None else (sr.residual, sr.residual_stressed, sr.residual_after_fixed, sr.verdict,
                                     sr.reasons, sr.lowest_ahead, sr.label))


CASES = {"example": example_case, "saved": saved, "full house": full_house, "unmarked": unmarked,
         "split and trial": split_and_trial}


@pytest.mark.parametrize("name", CASES)
def test_one_scenario_rows_are_the_full_tables(name):
    case = CASES[name]()
    result = budget.compute(case)
    table = variants.compute_variants(case)
    for i in range(len(result.scenarios)):
        full = [figures(r, None if r.result is None else r.result.scenarios[i]) for r in table.rows]
        one = [figures(r, r.result) for r in variants.scenario_variants(result, i)]
        assert one == full, (name, i)
        assert [r.prudent for r in variants.scenario_variants(result, i)] == [r.prudent(i) for r in table.rows]
    errors = {r.variant.key: r.error for r in table.rows if r.error}
    if name == "full house":
        assert "new_child" in errors
    if name == "unmarked":
        assert any(k.startswith("income_lost") for k in errors)


def test_the_case_and_its_snapshot_are_left_alone():
    case = saved()
    before = casefile.dumps(case)
    rows = variants.scenario_variants(budget.compute(case), 0)
    assert casefile.dumps(case) == before
    changed = [r.variant.case for r in rows[1:] if r.variant.case is not None]
    assert all(c.data_snapshot is case.data_snapshot for c in changed)  # shared, never copied or changed
    assert all(len(c.scenarios) == 1 for c in changed)


def test_given_original_is_not_computed_again(monkeypatch):
    case = example_case()
    result = budget.compute(case)
    calls = []
    real = variants.compute
    monkeypatch.setattr(variants, "compute", lambda c, **kw: calls.append(c) or real(c, **kw))
    table = variants.compute_variants(case, original=result)
    assert table.original is result and all(c is not case for c in calls)
    assert len(calls) == len(table.rows) - 1 - sum(r.result is None for r in table.rows)


@pytest.mark.parametrize("name", CASES)
def test_break_even_is_the_goal_seeks_income_answer(name):
    case = CASES[name]()
    for i in range(len(case.scenarios)):
        a = goalseek.goal_seek(case, i).answer("income")
        assert a == goalseek.lowest_income(case, i)
        assert variants.break_even(a, i) == variants.income_break_even(case, i)
