"""The "Hva skal til?" view below the comparison: for the selected scenario,
each figure solved so the prudent residual is 0 kr, and the refusal paragraph
to copy. Render only: every figure and text comes from core.goalseek."""

from __future__ import annotations

from operator import itemgetter

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.budget import CaseResult
from ..core.errors import ValidationError
from ..core.i18n import tr
from .table_model import show_text, text_table


class GoalSeekView(QWidget):
    def __init__(self):
        super().__init__()
        self._key = None
        self.goal = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("goalseekTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        # the refusal paragraph: read in the tooltip, copied in one click, printed on the budget sheet
        self.copy = QPushButton(tr("Kopier tekst til vedtaket"))
        self.copy.clicked.connect(self.copy_text)
        top.addWidget(self.copy)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = text_table(tr("Hva skal til"))
        lay.addWidget(self.table, 1)
        self.refusal_text = ""

    def show_result(self, r: CaseResult, index: int = 0) -> None:
        from ..core.goalseek import goal_seek, refusal_paragraph, summary, table_rows, title

        if not r.scenarios:
            self.title.setText(tr("Legg inn et scenario for å se hva som skal til."))
            return
        key = (r, index)  # holds the result, so a new one is never mistaken for it
        if self._key is not None and self._key[0] is r and self._key[1] == index:
            return  # the same result: nothing to solve again
        try:
            self.goal = goal_seek(r.case, index)
        except ValidationError as exc:
            self.title.setText(exc.message)
            return
        self._key = key
        g = self.goal
        self.title.setText(title(g))
        self.summary.setText(summary(g))
        header, rows = table_rows(g)
        # the change column is on paper and in the CLI; on screen the figure beside today's says it
        self._fill([h for i, h in enumerate(header) if i != 3], [[c for i, c in enumerate(r) if i != 3] for r in rows])
        self.refusal_text = refusal_paragraph(g)
        self.copy.setToolTip(self.refusal_text)

    def _fill(self, header: list[str], rows: list[list[str]]) -> None:
        # figures right; the "what it takes" text stretches, and its tooltip holds it whole
        show_text(self.table, header, rows, numeric=lambda c: c in (1, 2),
                  tip=lambda c: itemgetter(3) if c == 3 else None)
        h = self.table.horizontalHeader()
        for c in range(len(header)):
            mode = QHeaderView.ResizeMode.Stretch if c == 3 else QHeaderView.ResizeMode.ResizeToContents
            h.setSectionResizeMode(c, mode)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.refusal_text)
