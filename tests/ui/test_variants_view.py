"""The "Livshendelser" view: the core's variants for every scenario, computed when shown, once per result."""

from PySide6.QtCore import Qt

from startlan_desktop.core import variants
from startlan_desktop.core.formatting import fmt_kr
from startlan_desktop.core.rows import MARKS
from startlan_desktop.ui.table_model import header_at, text_at
from startlan_desktop.ui.tabs import VIEWS, View
from startlan_desktop.ui.variants_view import VariantsView


def test_view_shows_each_variant_beside_the_case(window, qtbot):
    index = list(VIEWS).index(View.VARIANTS)
    assert not window.tabs.view_built(View.VARIANTS)
    window.bottom.setCurrentIndex(index)
    view = window.view(View.VARIANTS)
    assert isinstance(view, VariantsView)
    table = variants.compute_variants(window.case)
    t = view.table
    m = t.model()
    assert m.rowCount() == len(table.rows) and m.columnCount() == 4
    assert [header_at(t, i, Qt.Orientation.Vertical) for i in range(m.rowCount())] == [r.variant.label for r in table.rows]
    for i, row in enumerate(table.rows):
        for c in range(4):
            assert text_at(t, i, c) == f"{fmt_kr(row.prudent(c))} {MARKS[row.verdict(c)]}"
    first = view.table_data
    window.select_scenario(2)
    assert view.table_data is first  # a scenario choice only changes the break-even line
    assert view.break_even.text() == f"«50 år, flytende»: {variants.income_break_even(window.case, 2).text()}"
