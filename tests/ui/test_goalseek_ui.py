"""The "Hva skal til" view: the core's goal-seek for the selected scenario, nothing computed on screen."""

from PySide6.QtGui import QGuiApplication

from startlan_desktop.core import goalseek as gs
from startlan_desktop.ui.goalseek import GoalSeekView
from startlan_desktop.ui.table_model import text_at
from startlan_desktop.ui.tabs import VIEWS, View


def cells(table):
    m = table.model()
    return [[text_at(table, r, c) for c in range(m.columnCount())] for r in range(m.rowCount())]


def core_rows(case, index):
    header, rows = gs.table_rows(gs.goal_seek(case, index))
    return [[c for i, c in enumerate(r) if i != 3] for r in rows]  # the screen leaves out the change column


def test_view_shows_the_core_figures_and_follows_the_scenario(window, qtbot):
    index = list(VIEWS).index(View.GOAL_SEEK)
    window.bottom.setCurrentIndex(index)
    view = window.view(View.GOAL_SEEK)
    assert isinstance(view, GoalSeekView)
    assert view.title.text() == "Hva skal til for at «30 år, flytende» går opp?"
    assert cells(view.table) == core_rows(window.case, 0)
    window.select_scenario(2)
    assert view.title.text() == "Hva skal til for at «50 år, flytende» går opp?"
    assert cells(view.table) == core_rows(window.case, 2)
    view.copy.click()
    assert QGuiApplication.clipboard().text() == gs.refusal_paragraph(gs.goal_seek(window.case, 2))


def test_view_updates_after_an_edit(window, qtbot):
    index = list(VIEWS).index(View.GOAL_SEEK)
    window.bottom.setCurrentIndex(index)
    view = window.view(View.GOAL_SEEK)
    assert isinstance(view, GoalSeekView)
    before = cells(view.table)
    window.case.housing.common_costs += 1000
    window.on_edit()
    # the view below the table follows an edit on its own timer (issue 23)
    qtbot.waitUntil(lambda: not window.updates_pending(), timeout=5000)
    assert cells(view.table) != before and cells(view.table) == core_rows(window.case, 0)
