"""The "Livshendelser" view below the comparison: the case beside a copy with
one life event each, for every scenario (prudent residual with its verdict
mark, never colour alone), and the selected scenario's income break-even.
Render only: every figure and text comes from core.variants, computed when
the tab is shown, once per result."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ..core.budget import VERDICT_LABELS, CaseResult
from ..core.errors import ValidationError
from ..core.formatting import fmt_kr
from ..core.i18n import tr
from ..core.rows import MARKS, Row
from .style import font
from .table_model import FigureTable, RowTableModel


class VariantsView(QWidget):
    def __init__(self):
        super().__init__()
        self._result = None
        self.table_data = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel(tr("Samme sak med én endring om gangen; saken selv endres ikke. Restbeløp ved stresstest "
                               "(eller etter bindingstiden der det er lavere)."))
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.table = FigureTable(RowTableModel(()), tr("Livshendelser"), row_height=19)
        self.table.setWordWrap(True)  # as the table was
        lay.addWidget(self.table, 1)
        self.break_even = QLabel()
        self.break_even.setWordWrap(True)
        font(self.break_even, bold=True)
        lay.addWidget(self.break_even)

    def show_result(self, r: CaseResult, index: int = 0) -> None:
        from ..core.variants import compute_variants, income_break_even

        if not r.scenarios:
            self.break_even.setText(tr("Legg inn et scenario for å se livshendelsene."))
            self.table.model().set_items([], rows=())
            return
        if r is not self._result:
            try:
                self.table_data = compute_variants(r.case)
            except ValidationError as exc:
                self.break_even.setText(exc.message)
                return
            self._result = r
            self._fill()
        index = min(index, len(r.scenarios) - 1)
        label = self.table_data.labels[index]
        self.break_even.setText(f"«{label}»: {income_break_even(r.case, index).text()}")

    def _fill(self) -> None:
        data = self.table_data
        rows = [Row(f"variant{i}", row.variant.label, partial(_cell, row), translate=False, tip=partial(_tip, row))
                for i, row in enumerate(data.rows)]
        self.table.model().set_items(range(len(data.labels)), data.labels, rows=rows)
        h = self.table.horizontalHeader()
        for c in range(len(data.labels)):  # whole figures, never elided: the table scrolls instead
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)


def _cell(row, c: int) -> str:
    """A variant's prudent residual in scenario `c`, its verdict mark after it."""
    return "–" if row.result is None else f"{fmt_kr(row.prudent(c))} {MARKS[row.verdict(c)]}"


def _tip(row, c: int) -> str:
    if row.result is None:
        return row.error
    return tr(VERDICT_LABELS[row.verdict(c)]) + (f". {row.variant.note}" if row.variant.note else "")
