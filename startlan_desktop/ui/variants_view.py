"""The "Livshendelser" view below the comparison: the case beside a copy with
one life event each, for every scenario (prudent residual with its verdict
mark, never colour alone), and the selected scenario's income break-even.
Render only: every figure and text comes from core.variants, computed when
the tab is shown, once per result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..core.budget import VERDICT_LABELS, CaseResult
from ..core.errors import ValidationError
from ..core.formatting import fmt_kr
from ..core.i18n import tr
from ..core.rows import MARKS
from .style import font


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
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(tr("Livshendelser"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(19)
        lay.addWidget(self.table, 1)
        self.break_even = QLabel()
        self.break_even.setWordWrap(True)
        font(self.break_even, bold=True)
        lay.addWidget(self.break_even)

    def show_result(self, r: CaseResult, index: int = 0) -> None:
        from ..core.variants import compute_variants, income_break_even

        if not r.scenarios:
            self.break_even.setText(tr("Legg inn et scenario for å se livshendelsene."))
            self.table.setRowCount(0)
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
        t, data = self.table, self.table_data
        t.setColumnCount(len(data.labels))
        t.setRowCount(len(data.rows))
        t.setHorizontalHeaderLabels(data.labels)
        t.setVerticalHeaderLabels([row.variant.label for row in data.rows])
        for i, row in enumerate(data.rows):
            for c, scenario in enumerate(data.labels):
                if row.result is None:
                    text, tip = "–", row.error
                else:
                    verdict = row.verdict(c)
                    text = f"{fmt_kr(row.prudent(c))} {MARKS[verdict]}"
                    tip = tr(VERDICT_LABELS[verdict]) + (f". {row.variant.note}" if row.variant.note else "")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(tip)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.variant.label}, {scenario}: {text}, {tip}")
                t.setItem(i, c, item)
        h = t.horizontalHeader()
        for c in range(len(data.labels)):  # whole figures, never elided: the table scrolls instead
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
