"""The right-hand side of the window: the strips and the banner, the summary,
the scenario comparison (or, for a follow-up, the relief comparison) and the
result views below it. It only shows what the window hands it."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ..core.budget import CaseResult
from . import qtvalues as qv
from .results import ComparisonTable, SummaryStrip
from .tabs import Tabs, View

CHARTS_MIN_SHARE = 220  # pixels the charts keep before the table starts to scroll


def show_view(name: View, view, result: CaseResult, selected: int) -> None:
    """A result view for the chosen scenario (the balance chart shows them all)."""
    shown = getattr(view, "shown_result", None)  # (result, scenario) it was last given
    if shown is not None and shown[0] is result and shown[1] == selected:
        return  # it shows this result already (a result is never changed once computed)
    if name == View.BALANCE_CHART:
        view.show_result(result)
    else:
        view.show_result(result, selected)
    view.shown_result = (result, selected)


class Centre(QWidget):
    def __init__(self, bars: tuple[QWidget, ...], tabs: Tabs):
        super().__init__()
        self.tabs = tabs
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        for bar in bars:
            lay.addWidget(bar)
        self.summary = SummaryStrip()
        lay.addWidget(self.summary)
        self.table = ComparisonTable()
        self.vsplit = vsplit = QSplitter()
        qv.set_enum(vsplit, "orientation", qv.VERTICAL)  # Qt's enums not built before the first frame
        vsplit.addWidget(self.table)
        self.relief_table = None  # made when a case has an existing loan (follow-up)
        vsplit.addWidget(tabs.bottom)
        vsplit.setStretchFactor(0, 0)
        vsplit.setStretchFactor(1, 1)
        vsplit.setChildrenCollapsible(False)
        lay.addWidget(vsplit, 1)

    def show_result(self, result: CaseResult) -> None:
        self.summary.show_result(result)
        self.table.show_result(result)

    def show_scenario(self, result: CaseResult, selected: int, painted: bool, views: bool = True) -> None:
        """Only the visible view, and only with `views`: the others render when they are shown."""
        self.summary.show_scenario(result, selected)
        if not views:
            return
        name = self.tabs.current_view()
        if not self.tabs.view_built(name) and not painted:
            return  # the first frame comes first: the window builds and renders this view right after
        show_view(name, self.tabs.view(name), result, selected)

    def arrange(self, result: CaseResult, followup_result, followup: bool) -> None:
        """New-loan scenarios in the centre; the relief comparison instead when
        `followup` (a follow-up case without scenarios, or the follow-up tab open)."""
        if followup and self.relief_table is None:
            from .followup import ReliefTable  # with the first follow-up case, not at start-up

            self.relief_table = ReliefTable()
            self.vsplit.insertWidget(1, self.relief_table)
        if self.relief_table is not None:
            self.relief_table.setVisible(followup)
            if followup:
                self.relief_table.show_followup(followup_result)
        self.table.setVisible(not followup)
        self.tabs.bottom.setVisible(bool(result.scenarios) and not followup)

    def balance(self) -> None:
        """The whole comparison when there is room; on a small screen the charts
        keep a readable height and the table scrolls (the verdict is in its header)."""
        total = sum(self.vsplit.sizes()) or self.vsplit.height()
        if total <= 0:
            return
        charts = max(CHARTS_MIN_SHARE, total - self.table.full_height())
        self.vsplit.setSizes([max(total - charts, 0), charts])
