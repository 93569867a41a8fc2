"""The one Row spec (core/rows.py): how a figure is written, the verdict state it
marks, the all-dash rule; the comparison, plan, relief and expiry rows read it."""

import datetime as dt
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core import budget
from startlan_desktop.core.example import example_case, followup_case
from startlan_desktop.core.followup import compute_followup
from startlan_desktop.core.rows import (
    DASH,
    EXPIRY_COLUMNS,
    MARKS,
    PLAN_ROWS,
    PLAN_TABLE,
    PORTFOLIO_COLUMNS,
    RELIEF_ROWS,
    ROWS,
    Row,
    blank,
    cells,
    plan_cells,
    rows_shown,
    sign_state,
    text_columns,
    verdict_state,
)

NB = "\u00a0"


def row(key, rows=ROWS):
    return next(r for r in rows if r.key == key)


def test_a_row_writes_a_number_a_word_or_a_dash():
    r = Row("x", "X", lambda item: item)
    assert r.text(1234.4) == f"1{NB}234{NB}kr"  # fmt_kr: whole kroner, narrow groups
    assert r.text("innenfor") == "innenfor"
    assert r.text(None) == DASH == "–"
    assert Row("x", "X", lambda item: None, missing="").text(0) == ""


def test_a_missing_figure_is_never_marked():
    r = Row("x", "X", lambda item: item, state=sign_state)
    assert r.cell(None) == (DASH, None, "")
    assert r.cell(-1).shown == f"✖ −1{NB}kr" and r.cell(0).shown == f"✔ 0{NB}kr"


@given(st.floats(min_value=-1e7, max_value=1e7, allow_nan=False))
def test_sign_state_marks_from_zero_kroner_up(value):
    assert (sign_state(None, value) == "ok") == (value >= 0)
    cell = Row("x", "X", lambda item: item, state=sign_state).cell(value)
    assert cell.shown == f"{MARKS[cell.state]} {cell.text}"  # the mark always beside the figure


def test_blank_is_the_all_dash_rule():
    assert blank(["–", "–"]) and blank([])
    assert not blank(["–", "0 kr"])


def test_comparison_states_follow_the_verdict_and_the_sign():
    r = budget.compute(example_case())
    for sr in r.scenarios:
        assert row("residual").cell(sr).state == sr.verdict == row("verdict").cell(sr).state
        stressed = row("residual_stressed").cell(sr)
        assert stressed.state == ("ok" if sr.residual_stressed >= 0 else "not_sustainable")
        assert row("loan_amount").cell(sr).state is None  # a figure without a verdict
    sr = r.scenarios[0]
    assert verdict_state(SimpleNamespace(verdict="no_amount")) is None  # no loan yet: nothing to mark
    floating = next(s for s in r.scenarios if s.payment_after_fixed is None)
    assert row("residual_after_fixed").cell(floating) == (DASH, None, "")
    assert row("residual", ROWS).bold and not row("loan_amount").bold
    assert sr.spec.amount == 2_050_000 and row("loan_amount").text(sr) == f"2{NB}050{NB}000{NB}kr"


def test_rows_shown_leave_out_what_is_dash_everywhere():
    r = budget.compute(example_case())  # no trial loan, no interest-only period in the example
    keys = [x.key for x in rows_shown(r.scenarios)]
    assert "balance_year10" not in keys and "interest_only_payment" not in keys and "residual" in keys
    cli = [x.key for x in rows_shown(r.scenarios, only_trial=True)]
    assert "interest_only_payment" in cli and "balance_year10" not in cli  # the CLI keeps every other row


def test_plan_rows_add_up_as_written():
    sr = budget.compute(example_case()).scenarios[0]
    p = sr.plan
    texts = dict(zip([x.key for x in PLAN_ROWS], plan_cells(sr)))
    assert texts["price"] == f"2{NB}050{NB}000{NB}kr"
    assert p.total_cost == p.price + p.common_debt + p.document_fee + p.registration_fees + p.other_costs
    assert [x.key for x in PLAN_TABLE if x.bold] == ["total_cost", "grant", "total_sources"]
    assert PLAN_TABLE[-1].text(sr) in ("behovet", "betjeningsevnen", "kommunens tak (kjøpesum og kjøpskostnader)")
    assert len(cells(PLAN_TABLE, sr)) == len(PLAN_ROWS) + 1


def test_relief_rows_mark_residuals_only_where_there_is_a_figure():
    fu = compute_followup(followup_case())
    none = fu.reliefs[0]  # "no change": no relief months
    assert none.relief_months == 0
    assert row("residual_during", RELIEF_ROWS).cell(none) == (DASH, None, "")
    assert row("relief_months", RELIEF_ROWS).text(none) == DASH
    after = row("residual_after", RELIEF_ROWS).cell(none)
    assert after.mark == ("✔" if none.residual_after >= 0 else "✖")
    io = next(r for r in fu.reliefs if r.relief_months)
    assert row("relief_months", RELIEF_ROWS).text(io) == str(io.relief_months)


def test_expiry_columns_write_what_the_list_shows():
    e = SimpleNamespace(fixed_until=dt.date(2027, 3, 1), months_left=3, payment_now=8371.2, payment_after=9680.0,
                        jump=1308.8, residual_after=-5329.0)
    line = SimpleNamespace(reference="", file="a.startlan", expiry=e)
    assert [c.cell(line).shown for c in EXPIRY_COLUMNS] == [
        "–", "a.startlan", "01.03.2027", "3", f"8{NB}371{NB}kr", f"9{NB}680{NB}kr", f"1{NB}309{NB}kr",
        f"⚠ −5{NB}329{NB}kr"]
    e.residual_after = 10.0
    assert EXPIRY_COLUMNS[-1].cell(line).shown == f"10{NB}kr"  # only a shortfall is flagged


def test_portfolio_columns_sort_by_the_figure_not_its_text():
    loan = SimpleNamespace(number="7001006", name="Jonas Lie", fixed_until=dt.date(2028, 11, 1), balance=650_000,
                           terms_per_year=4)
    e = SimpleNamespace(loan=loan, months_left=23, ended=False, payment_now=18_687.0, payment_after=19_922.0,
                        jump=1235.0, jump_pct=6.6, residual_after=None)
    texts = [c.text(e) for c in PORTFOLIO_COLUMNS]
    assert texts[5] == f"18{NB}687{NB}kr *" and texts[9] == ""  # paid quarterly: marked; no case: left empty
    assert row("jump", PORTFOLIO_COLUMNS).sort_key(e) == 1235.0
    assert row("residual_after", PORTFOLIO_COLUMNS).sort_key(e) == float("inf")  # no case: last
    assert row("name", PORTFOLIO_COLUMNS).sort_key(e) == "jonas lie"
    assert row("payment_now", PORTFOLIO_COLUMNS).tip(e) == "Terminbeløp per termin (4 terminer per år)"


def test_text_columns_show_strings_as_written():
    cols = text_columns(["År", "Gjeld"])
    assert [c.text(["1", "2 000 kr"]) for c in cols] == ["1", "2 000 kr"]
    assert [c.numeric for c in cols] == [False, True] and cols[0].label == "År"
