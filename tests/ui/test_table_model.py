"""The one table model (ui/table_model.py): an edit announces only the cells that
changed, never a reset; the marks and shading come from the Row's state."""

from PySide6.QtCore import Qt

from startlan_desktop.core.rows import Row, sign_state
from startlan_desktop.ui.table_model import STATE_COLOURS, RowTableModel, _blocks, header_at, text_at

ROWS = (Row("a", "A", lambda item: item[0]), Row("b", "B", lambda item: item[1], state=sign_state, bold=True))


def spy(model):
    seen = {"reset": 0, "changed": [], "headers": 0}
    model.modelReset.connect(lambda: seen.__setitem__("reset", seen["reset"] + 1))
    model.dataChanged.connect(lambda tl, br, _roles=(): seen["changed"].append(
        (tl.row(), tl.column(), br.row(), br.column())))
    model.headerDataChanged.connect(lambda *_: seen.__setitem__("headers", seen["headers"] + 1))
    return seen


def test_an_update_announces_the_changed_blocks_only(qapp):
    m = RowTableModel(ROWS, shade=True)
    m.set_items([(1, 1), (2, 2), (3, 3)], ["x", "y", "z"])
    seen = spy(m)
    m.set_items([(1, 1), (2, -2), (3, 3)], ["x", "y", "z"])  # one figure moved
    assert seen == {"reset": 0, "changed": [(1, 1, 1, 1)], "headers": 0}
    m.set_items([(1, 1), (2, -2), (3, 3)], ["x", "y", "z"])  # nothing moved: nothing to repaint
    assert seen["changed"] == [(1, 1, 1, 1)]
    m.set_items([(9, 1), (2, -2), (3, 4)], ["x", "y!", "z"])
    assert seen["changed"][-1] == (0, 0, 1, 2) and seen["headers"] == 1 and seen["reset"] == 0
    m.set_items([(9, 1), (2, -2)], ["x", "y!"])  # a scenario fewer: the shape changes
    assert seen["reset"] == 1
    assert _blocks([(0, 0), (1, 2), (3, 1), (4, 1), (4, 3)]) == [(0, 0, 1, 2), (3, 1, 4, 3)]  # row 2 unchanged


def test_cells_show_the_mark_and_the_shade_of_their_state(qapp):
    m = RowTableModel(ROWS, shade=True)
    m.set_items([(1, 5), (2, -5)], ["x", "y"], names=["X", "Y"])
    assert m.index(1, 0).data() == "✔ 5\u00a0kr" and m.index(1, 1).data() == "✖ −5\u00a0kr"
    assert m.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).name() == STATE_COLOURS["not_sustainable"]
    assert m.index(1, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert m.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # no state, no shade
    assert m.index(1, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "B, Y: −5\u00a0kr, går ikke opp"
    assert m.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "går ikke opp"
    assert m.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    m.set_selected(1)
    assert m.headerData(1, Qt.Orientation.Horizontal) == "▶ y"


def test_without_shade_the_mark_alone_says_it(qapp):
    m = RowTableModel(ROWS)
    m.set_items([(1, -5)], ["x"])
    assert m.index(1, 0).data() == "✖ −5\u00a0kr"
    assert m.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert m.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()  # a bold row: its figures bold


def test_a_transposed_list_reads_a_line_per_item(qapp):
    m = RowTableModel(ROWS, transposed=True)
    m.set_items([(1, 2), (3, -4)], names=["first", "second"])
    assert (m.rowCount(), m.columnCount()) == (2, 2)
    assert m.index(1, 1).data() == "✖ −4\u00a0kr"
    assert m.headerData(1, Qt.Orientation.Horizontal) == "B"
    assert m.headerData(1, Qt.Orientation.Vertical) == 2  # lines numbered
    assert m.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "second, A: 3\u00a0kr"


def test_the_window_tables_read_through_the_model(window):
    assert text_at(window.table, 0, 0) == window.table.cell_text("loan_amount", 0)
    assert header_at(window.table, 0).startswith("▶ ")
    hidden = [i for i in range(window.table.model().rowCount()) if window.table.isRowHidden(i)]
    assert hidden == [i for i, b in enumerate(window.table.model().blank_rows()) if b]


def test_tab_leaves_the_financing_plan(window, qtbot):
    window.bottom.setCurrentWidget(window.financing)
    t = window.financing
    t.setFocus()
    qtbot.waitUntil(t.hasFocus)
    qtbot.keyClick(t, Qt.Key.Key_Tab)
    assert not t.hasFocus()


def test_edit_model_keeps_what_is_typed_and_only_in_editable_columns(qtbot):
    from startlan_desktop.ui.table_model import EditTableModel, edit_table

    model = EditTableModel(["Tall", "Verdi", "Enhet"], editable=(1,), right=(1,))
    view = edit_table(model, "test")
    qtbot.addWidget(view)
    model.set_rows([["G", "130 160", "kr"], ["Gebyr", "1 000", "kr"]])
    assert not model.set_text(0, 0, "x") and model.text(0, 0) == "G"  # a name is not typed over
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.set_text(1, 1, " -5 ") and text_at(view, 1, 1) == " -5 "  # as typed: core reads it
    assert model.append() == 2 and model.text(2, 1) == "" and model.rowCount() == 3
    model.mark((1, 1))
    assert text_at(view, 1, 1, Qt.ItemDataRole.BackgroundRole) is not None
    assert text_at(view, 0, 1, Qt.ItemDataRole.BackgroundRole) is None
    assert header_at(view, 1, Qt.Orientation.Vertical) == "2" and header_at(view, 2) == "Enhet"
    assert model.removeRows(0, 1) and [model.text(r, 0) for r in range(2)] == ["Gebyr", ""]
    assert not model.removeRows(5, 1)


def _shown_headers(view):
    """Each header section as its header view shows it (the header's own model)."""
    out = []
    for header, orientation in ((view.horizontalHeader(), Qt.Orientation.Horizontal),
                                (view.verticalHeader(), Qt.Orientation.Vertical)):
        hm = header.model()
        out.append([tuple(hm.headerData(s, orientation, role) for role in
                          (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole))
                    for s in range(header.count())])
    return out


def _model_headers(m):
    return [[tuple(m.headerData(s, orientation, role) for role in
                   (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole))
             for s in range(count)]
            for orientation, count in ((Qt.Orientation.Horizontal, m.columnCount()),
                                       (Qt.Orientation.Vertical, m.rowCount()))]


def test_a_figure_tables_headers_show_what_its_model_says(qtbot):
    """The header views read models of their own (C++, so no Qt.Orientation is handed to
    Python before the first frame): they follow every change the model makes."""
    from startlan_desktop.ui.table_model import FigureTable

    m = RowTableModel(ROWS, shade=True, row_tips={"a": "about A"})
    view = FigureTable(m, "t")
    qtbot.addWidget(view)
    assert view.horizontalHeader().model() is not m
    m.set_items([(1, 1), (2, -2)], ["x", "y"], ["tip x", ""])
    assert _shown_headers(view) == _model_headers(m)
    assert _shown_headers(view)[0][1][0] == "y" and _shown_headers(view)[1][0][1] == "about A"
    m.set_items([(1, 1), (2, 2)], ["x", "y changed"], ["tip x", "tip y"])  # titles only: no reset
    m.set_selected(1)
    assert _shown_headers(view) == _model_headers(m) and _shown_headers(view)[0][1][0] == "▶ y changed"
    assert _shown_headers(view)[0][1][2].bold() and _shown_headers(view)[0][0][2] is None
    m.set_items([(1, 1), (2, 2), (3, 3)], ["x", "y", "z"])  # a scenario more: a reset
    m.set_selected(0)
    assert view.horizontalHeader().count() == 3 and _shown_headers(view) == _model_headers(m)
    m.set_items([(1, 1)], ["x"], rows=ROWS[:1])  # other rows
    assert (view.horizontalHeader().count(), view.verticalHeader().count()) == (1, 1)
    assert _shown_headers(view) == _model_headers(m)
