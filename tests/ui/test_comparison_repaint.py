"""The comparison after an edit (issue 23): a verdict that changes repaints the
titles that changed, not every cell of the table a moment later, and the
table shows exactly what a table built afresh for the same result shows."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from startlan_desktop.core.budget import compute
from startlan_desktop.core.rows import ROWS
from startlan_desktop.ui.results import ComparisonTable
from startlan_desktop.ui.table_model import header_at, text_at


class Paints(QObject):
    def __init__(self, *widgets):
        super().__init__()
        self.seen = {w: 0 for w in widgets}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and obj in self.seen:
            self.seen[obj] += 1
        return False


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def shown(table) -> tuple:
    """Every title and cell a table shows, with the roles it paints."""
    m = table.model()
    def font(value):
        return None if value is None else value.toString()

    def shade(value):
        return None if value is None else value.name()  # a colour: the view paints it solid

    titles = [(header_at(table, c), header_at(table, c, role=Qt.ItemDataRole.ToolTipRole),
               font(header_at(table, c, role=Qt.ItemDataRole.FontRole))) for c in range(m.columnCount())]
    cells = [[(text_at(table, r, c), shade(text_at(table, r, c, Qt.ItemDataRole.BackgroundRole)),
               font(text_at(table, r, c, Qt.ItemDataRole.FontRole))) for c in range(m.columnCount())]
             for r in range(m.rowCount())]
    hidden = [table.isRowHidden(r) for r in range(m.rowCount())]
    return titles, cells, hidden


def test_a_verdict_that_changes_repaints_the_titles_not_the_cells(window):
    window.case.incomes[0].amount = 4_900_005
    window.recompute()
    _settle()
    t = window.table
    before = [header_at(t, c) for c in range(t.model().columnCount())]
    paints = Paints(t.viewport(), t.horizontalHeader().viewport())
    window.case.incomes[0].amount = 490_000  # every verdict turns; the rows in sight are the loans' (unchanged)
    window.recompute()
    _settle()
    after = [header_at(t, c) for c in range(t.model().columnCount())]
    assert all(a != b for a, b in zip(after, before))
    assert paints.seen[t.horizontalHeader().viewport()] >= 1
    assert paints.seen[t.viewport()] == 0  # no cell in sight changed: none repainted


def test_the_table_after_edits_shows_what_a_new_table_shows(window):
    t = window.table
    for amount in (4_900_005, 490_000, 612_345):
        window.case.incomes[0].amount = amount
        window.recompute()
        _settle()
        fresh = ComparisonTable()
        fresh.show_result(window.result)
        fresh.model().set_selected(t.selected)
        assert shown(t) == shown(fresh)
        assert t.cell_text("residual", 0) == ROWS[[r.key for r in ROWS].index("residual")].cell(
            window.result.scenarios[0]).shown
        fresh.deleteLater()


def test_the_header_grows_with_a_title_of_more_lines(window):
    """A title of three lines makes the header taller, and the cells move down under it."""
    t = window.table
    h = t.horizontalHeader()
    _settle()
    low = h.height()
    window.case.scenarios[0].label = "Tre\nlinjer"
    window.result = compute(window.case)
    t.show_result(window.result)
    _settle()
    assert h.height() > low
    assert t.viewport().geometry().top() >= h.geometry().bottom()
    assert h.height() == h.sizeHint().height()


def test_a_row_figure_unchanged_by_an_edit_is_not_measured_again(window):
    """The net per month of the incomes not typed into keeps its text and size
    without measuring its text again; a label changed meanwhile is shown anew."""
    window.inputs.setCurrentIndex(1)
    _settle()
    info = window.incomes.rows.extra_info[1]
    sized = []
    real = info.setFixedSize
    info.setFixedSize = lambda *a: sized.append(a) or real(*a)
    text, size = info.text(), info.size()
    window.case.incomes[0].amount += 10_000  # the first income: the second's figure stays
    window.recompute()
    _settle()
    assert sized == [] and info.text() == text and info.size() == size
    info.setText("")
    window.case.incomes[0].amount += 10_000
    window.recompute()
    assert info.text() == text and len(sized) == 1
