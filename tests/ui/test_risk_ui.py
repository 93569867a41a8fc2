"""The forced-sale and break-cost views: render the core's texts, nothing else."""

from startlan_desktop.core.breakcost import table_for_case
from startlan_desktop.core.breakcost import table_rows as bc_rows
from startlan_desktop.core.forcedsale import for_scenario
from startlan_desktop.core.forcedsale import table_rows as fs_rows
from startlan_desktop.ui.risk import BreakCostView, ForcedSaleView
from startlan_desktop.ui.table_model import text_at
from startlan_desktop.ui.tabs import View


def cells(table):
    m = table.model()
    return [[text_at(table, r, c) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_forced_sale_view_shows_the_core_table_and_follows_the_scenario(window, qtbot):
    window.bottom.setCurrentIndex(5)
    view = window.view(View.FORCED_SALE)
    assert isinstance(view, ForcedSaleView)
    fs = for_scenario(window.result, 0)
    assert cells(view.table) == fs_rows(fs, short=True)[1]
    assert view.sentence.text().startswith(fs.sentence())
    assert view.chart.debt.count() == len(fs.years) and len(view.chart.bands) == 4
    window.select_scenario(2)
    fs50 = for_scenario(window.result, 2)
    assert cells(view.table) == fs_rows(fs50, short=True)[1]
    assert view.sentence.text().startswith(fs50.sentence()) and fs50.left(3, 20) > fs.left(3, 20)


def test_forced_sale_view_without_a_price_says_what_to_do(window, qtbot):
    window.bottom.setCurrentIndex(5)
    window.case.housing.price = 0
    window.on_edit()
    # the view below the table follows an edit on its own timer (issue 23)
    qtbot.waitUntil(lambda: not window.updates_pending(), timeout=5000)
    view = window.view(View.FORCED_SALE)
    assert view.table.isHidden() and "kjøpesum" in view.sentence.text()


def test_break_cost_view_uses_the_first_fixed_scenario_for_a_floating_one(window, qtbot):
    window.bottom.setCurrentIndex(6)
    view = window.view(View.BREAK_COST)
    assert isinstance(view, BreakCostView)
    t = table_for_case(window.result, 0)
    assert t.label == window.result.scenarios[1].label
    assert cells(view.table) == bc_rows(t)[1]
    assert view.sentence.text() == t.sentence()


def test_caseworker_sets_the_sale_costs_in_the_housing_tab(window, qtbot):
    window.inputs.setCurrentIndex(3)
    edit = next(f.widget for f in window.housing.form.fields if f.attr == "agent_cost_pct")
    assert edit.text() == "" and "2,5" in edit.placeholderText()
    edit.setFocus()
    qtbot.keyClicks(edit, "0")
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not window.edit_pending(), timeout=2000)
    assert window.case.housing.agent_cost_pct == 0
    fs = for_scenario(window.result, 0)
    assert fs.proceeds[0] == 2_050_000 - 15_000  # no agent's cost, the default fee
