"""Issue 19 item 2 on screen: an income or cost line's start and end month,
typed in the row (core/parsing.py parse_date), bad dates named at the field."""

from startlan_desktop.core import budget
from tests.ui.test_input_traps import flush, new_income, type_keys


def test_an_end_month_typed_in_an_income_row_ends_it_in_the_timeline(window, qtbot):
    row = new_income(window, qtbot, kind="benefit")
    type_keys(qtbot, window.incomes.rows.cell(row, "amount"), "9000")
    dates = window.incomes.dates
    assert not dates.body.isVisible()  # folded until asked for: the rows never scroll sideways
    dates.toggle.click()
    type_keys(qtbot, dates.edit(row, "end"), "05.2027")
    flush(qtbot, window)
    assert window.case.incomes[row].end == "2027-05-01"
    assert dates.edit(row, "end").text() == "05.2027"
    assert window.result.incomes[row].net_monthly == 9000  # runs today (November 2026)
    events = budget.years_ahead(window.result).events
    assert [(e.month, e.kind) for e in events if e.kind == "line_ends"] == [(7, "line_ends")]


def test_a_start_date_later_leaves_todays_budget(window, qtbot):
    window.inputs.setCurrentIndex(2)
    before = window.result.other_costs_total
    window.debts.dates.toggle.click()
    type_keys(qtbot, window.debts.dates.edit(0, "start"), "01.03.2028")
    flush(qtbot, window)
    assert window.case.debts[0].start == "2028-03-01"
    assert window.result.other_costs_total == before - window.case.debts[0].monthly_payment
    assert "(fra 01.03.2028)" in window.result.other_costs[0].label


def test_a_bad_date_is_named_at_the_field_and_changes_nothing(window, qtbot):
    row = new_income(window, qtbot, kind="benefit")
    window.incomes.dates.toggle.click()
    type_keys(qtbot, window.incomes.dates.edit(row, "end"), "31.02.2027")
    flush(qtbot, window)
    assert window.case.incomes[row].end == ""
    assert "Skriv datoen som dd.mm.åååå" in window.incomes.messages.text()


def test_the_dates_follow_the_rows_and_open_when_a_line_has_one(window, qtbot):
    case = window.case
    case.incomes[1].end = "2030-12-31"
    window.set_case(case)
    dates = window.incomes.dates
    assert dates.toggle.isChecked() and dates.edit(1, "end").text() == "12.2030"
    assert [lbl.text() for lbl in dates.labels] == [i.label for i in case.incomes]
    window.incomes.rows.add_button.click()
    assert len(dates.edits) == len(case.incomes) == 4
