"""Result views for the explanation duty's hard topics: debt left after a
forced sale (a table and a chart of the debt against the sale value at falling
prices) and the break cost of a fixed rate (over-/underkurs). Render only:
every figure and text comes from core.forcedsale and core.breakcost."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.budget import CaseResult
from ..core.i18n import tr
from .charts import _Chart
from .table_model import show_text, text_table


def _table(name: str) -> QTableView:
    t = text_table(name)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return t


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SaleChart(_Chart):
    """The loans' balance per year against the sale value at each fall in prices."""

    def __init__(self):
        super().__init__(tr("Gjeld mot salgsverdi"), tr("Diagram: gjeld per år mot salgsverdien ved prisfall"),
                         tr("År"), tr("tusen kr"))
        self.debt = self._line(0, 2.5)
        self.bands = []

    def show_sale(self, fs) -> None:
        from ..core.forcedsale import fall_label

        while len(self.bands) < len(fs.falls):
            self.bands.append(self._line(len(self.bands) + 1, 1.3))
        last = len(fs.years) - 1
        self.debt.setName(tr("Gjeld"))
        self.debt.replace([QPointF(y.year, y.debt / 1000) for y in fs.years])
        for line, fall in zip(self.bands, fs.falls):
            line.setName(fall_label(fall, short=True))
            line.replace([QPointF(0, fs.proceeds[fall] / 1000), QPointF(last, fs.proceeds[fall] / 1000)])
        top = max([y.debt for y in fs.years] + list(fs.proceeds.values())) / 1000
        low = min(list(fs.proceeds.values()) + [0.0]) / 1000
        self.ax.setTickCount(last // 10 + 1 if last % 10 == 0 else 5)
        self._ranges((0, last), (low, top * 1.05))


class ForcedSaleView(QWidget):
    """Debt after a forced sale: the sentence for the applicant, the table by
    year and fall in prices, and the chart beside it."""

    def __init__(self):
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        left = QVBoxLayout()
        self.sentence = _label()
        left.addWidget(self.sentence)
        self.table = _table(tr("Gjeld etter tvangssalg per år og prisfall"))
        left.addWidget(self.table, 1)
        self.legend = _label()
        small = self.legend.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.legend.setFont(small)
        left.addWidget(self.legend)
        self.chart = SaleChart()
        self.chart.setMinimumWidth(220)
        legend = self.chart.chart_.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)  # short names: beside the plot costs less than below
        font = legend.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        legend.setFont(font)
        row.addLayout(left, 2)
        row.addWidget(self.chart, 1)

    def show_result(self, r: CaseResult, index: int = 0) -> None:
        from ..core.forcedsale import for_scenario, legend, table_rows

        fs = for_scenario(r, index) if r.scenarios else None
        self.table.setVisible(fs is not None)
        self.chart.setVisible(fs is not None)
        self.legend.setVisible(fs is not None)
        if fs is None:
            self.sentence.setText(tr("Legg inn kjøpesum under Bolig for å se gjelden etter et salg."))
            return
        self.sentence.setText(fs.sentence() + (" " + fs.contrast_sentence() if fs.contrast else ""))
        show_text(self.table, *table_rows(fs, short=True))
        self.legend.setText(legend(fs))
        self.chart.show_sale(fs)


class BreakCostView(QWidget):
    """Over-/underkurs of the scenario's fixed rate (or the case's first fixed
    scenario when the chosen one floats)."""

    def __init__(self):
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.title = _label()
        lay.addWidget(self.title)
        self.table = _table(tr("Over- og underkurs etter år og renteendring"))
        lay.addWidget(self.table)
        self.sentence = _label()
        lay.addWidget(self.sentence)
        self.legend = _label()
        lay.addWidget(self.legend)
        lay.addStretch(1)

    def show_result(self, r: CaseResult, index: int = 0) -> None:
        from ..core.breakcost import table_for_case

        self.show_table(table_for_case(r, index),
                        tr("Ingen scenarioer har fast rente, så det blir ikke over- eller underkurs."))

    def show_table(self, t, empty: str = "") -> None:
        """Show a break-cost table (a scenario's or an existing loan's); None: the `empty` text."""
        from ..core.breakcost import legend, table_rows

        self.table.setVisible(t is not None)
        self.legend.setVisible(t is not None)
        if t is None:
            self.title.setText(empty)
            self.sentence.setText("")
            return
        self.title.setText(t.title())
        show_text(self.table, *table_rows(t))
        rows = self.table.model().rowCount()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + 19 * rows + 4)
        self.sentence.setText(t.sentence())
        self.legend.setText(legend())
