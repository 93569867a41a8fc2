"""The "De neste årene" view: the core's ten-year budget drawn and named,
computed only when the tab is shown, once per result."""

from startlan_desktop.core import budget
from startlan_desktop.ui.tabs import VIEWS, View
from startlan_desktop.ui.timeline_view import TimelineView, event_numbers, nice_step


def _index(window) -> int:
    return list(VIEWS).index(View.TIMELINE)


def test_view_names_the_tightest_month_and_lists_the_events(window, qtbot):
    index = _index(window)
    assert not window.tabs.view_built(View.TIMELINE)  # not built (nor computed) before it is shown
    window.bottom.setCurrentIndex(index)
    view = window.view(View.TIMELINE)
    assert isinstance(view, TimelineView)
    tl = budget.years_ahead(window.result)
    assert view.lowest.text() == f"«30 år, flytende»: {tl.scenarios[0].lowest.text}"
    items = [view.events.item(i).text() for i in range(view.events.count())]
    assert len(items) == len(tl.all_events(0))
    assert items[0] == "1  08.2028  Adam begynner på skolen og i SFO"
    assert view.chart.grab().width() > 0  # paints
    assert view.basis.toolTip() == budget.timeline.basis_text()  # today's kroner, stated
    low = tl.scenarios[0].lowest
    assert f"30 år, flytende: {budget.fmt_kr(low.residual)} ({low.date.year})" in view.legend.accessibleName()


def test_choosing_a_scenario_redraws_without_computing_again(window, qtbot):
    index = _index(window)
    window.bottom.setCurrentIndex(index)
    view = window.view(View.TIMELINE)
    first = view.timeline
    window.select_scenario(2)
    assert view.timeline is first and view.chart.index == 2
    assert view.lowest.text().startswith("«50 år, flytende»: Trangest i 2030")
    window.case.housing.common_costs += 500
    window.on_edit()
    qtbot.waitUntil(lambda: not window.updates_pending(), timeout=3000)
    assert view.timeline is not first  # a new result: computed again
    assert view.timeline.scenarios[2].residual[0] == first.scenarios[2].residual[0] - 500


def test_events_in_the_same_month_share_a_number():
    from startlan_desktop.core.example import example_case

    tl = budget.years_ahead(budget.compute(example_case()))
    numbers = event_numbers(tl, 0)
    assert [m for _n, m, _e in numbers] == sorted({e.month for e in tl.all_events(0)})
    assert [n for n, _m, _e in numbers] == list(range(1, len(numbers) + 1))


def test_nice_step():
    assert nice_step(7_000) == 2_000 and nice_step(900) == 200 and nice_step(24_000) == 5_000
