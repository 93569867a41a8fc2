"""The charts on a small screen and for a new case: readable axis labels, never
"…", and a message instead of an empty plot."""

from PySide6.QtWidgets import QApplication

from startlan_desktop.core.budget import compute
from startlan_desktop.core.example import blank_case, example_case
from startlan_desktop.ui.charts import COMPACT_BELOW, BalanceChart, RateChart


def _shown(qtbot, chart, height):
    chart.resize(660, height)
    chart.show()
    qtbot.waitExposed(chart)
    QApplication.processEvents()


def test_rate_chart_of_a_new_case_says_what_to_fill_in(qtbot):
    c = RateChart()
    qtbot.addWidget(c)
    c.show_result(compute(blank_case()), 0)  # no loan amount yet
    _shown(qtbot, c, 260)
    assert "lånebeløpet er fylt inn" in c.chart_.title() and c.empty_label == c.chart_.title()
    assert not c.ax.isVisible() and not c.ay.isVisible() and not c.chart_.legend().isVisible()
    assert not any(s.isVisible() for s in c.chart_.series())
    for height in (COMPACT_BELOW - 60, COMPACT_BELOW + 60):  # a resize keeps it empty: no axis titles come back
        c.resize(660, height)
        QApplication.processEvents()
        assert not c.ax.isTitleVisible() and not c.ay.isTitleVisible() and c.chart_.title() == c.empty_label
    c.show_result(compute(example_case()), 0)  # the amount filled in: the chart comes back
    assert c.empty_label == "" and c.ax.isVisible() and c.curve.isVisible()
    assert c.chart_.title().startswith("Restbeløp ved ulik rente: 30 år, flytende")
    assert not c.stress_point.isVisible()  # still only where the stress figure lies off the curve
    assert c.ax.isTitleVisible() and c.chart_.legend().isVisible()
    assert "Null" not in [m.label() for m in c.chart_.legend().markers() if m.isVisible()]


def test_a_short_chart_is_compact_and_a_tall_one_is_not(qtbot):
    """On 1366x768 a chart gets ~140 px: no axis titles (their room cut the labels
    to "…"), the y unit in the chart's title, the rate's unit on its labels."""
    c = RateChart()
    qtbot.addWidget(c)
    c.show_result(compute(example_case()), 0)
    _shown(qtbot, c, COMPACT_BELOW - 60)
    assert not c.ax.isTitleVisible() and not c.ay.isTitleVisible()
    assert c.chart_.title().endswith("(tusen kr/mnd)") and c.ax.labelFormat() == "%.0f %%"
    assert [m.label() for m in c.chart_.legend().markers() if m.isVisible()][:1] == ["Restbeløp"]
    c.resize(660, COMPACT_BELOW + 80)
    QApplication.processEvents()
    assert c.ax.isTitleVisible() and c.ay.isTitleVisible() and c.ax.labelFormat() == "%.0f"
    assert c.chart_.title() == "Restbeløp ved ulik rente: 30 år, flytende"
    b = BalanceChart()
    qtbot.addWidget(b)
    b.show_result(compute(example_case()))
    _shown(qtbot, b, COMPACT_BELOW - 60)
    assert b.chart_.title() == "Restgjeld over tid (tusen kr)" and not b.ay.isTitleVisible()


def test_the_zero_line_has_no_legend_entry(qtbot):
    c = RateChart()
    qtbot.addWidget(c)
    c.show_result(compute(example_case()), 0)
    assert "Null" not in [m.label() for m in c.chart_.legend().markers() if m.isVisible()]
