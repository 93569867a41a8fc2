"""The start and end month of income and cost lines (issue 19 item 2), under
the rows of the income and debt sections: one line per row with its
description and two month fields. Folded away until asked for, open when a
line has a date, so the rows never scroll sideways at 1366 pixels. Dates are
parsed by core/parsing.parse_date (in DateEdit); a bad one is named at the
section's field messages and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..core.i18n import tr
from . import style
from .widgets import DateEdit, FieldMessages

FIELDS = ("start", "end")


class LineDates(QWidget):
    changed = Signal()

    def __init__(self, messages: FieldMessages, label_of, parent: QWidget | None = None):
        super().__init__(parent)
        self.messages, self.label_of = messages, label_of  # label_of(item) -> the row's description
        self.items: list = []
        self.edits: list[dict[str, DateEdit]] = []
        self.labels: list[QLabel] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(tr("Fra og til (måned linjen starter eller slutter)"))
        self.toggle.setToolTip(tr("Valgfritt: når en inntekt eller utgift starter eller slutter, f.eks. AAP, "
                                  "overgangsstønad, en bidragsavtale eller et billån. Se «De neste årene»."))
        self.toggle.toggled.connect(self._show)
        lay.addWidget(self.toggle)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        lay.addWidget(self.body)
        self._show(False)

    def _show(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def set_items(self, items: list) -> None:
        self.items = items
        self._rebuild()
        if any(it.start or it.end for it in items):
            self.toggle.setChecked(True)

    def refresh_labels(self) -> None:
        for label, item in zip(self.labels, self.items):
            label.setText(self.label_of(item))

    def edit(self, row: int, attr: str) -> DateEdit:
        return self.edits[row][attr]

    def _rebuild(self) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                self.messages.forget(w)
                w.hide()
                w.deleteLater()
        self.edits, self.labels = [], []
        for c, text in enumerate((tr("Linje"), tr("Fra"), tr("Til"))):
            h = QLabel(text)
            style.column_header(h)
            self.grid.addWidget(h, 0, c)
        for r, item in enumerate(self.items, start=1):
            label = QLabel(self.label_of(item))
            self.grid.addWidget(label, r, 0)
            self.labels.append(label)
            edits = {}
            for c, attr in enumerate(FIELDS, start=1):
                w = DateEdit(month=True)
                w.setIso(getattr(item, attr))
                name = tr("{column} (rad {row})").format(column=tr("Fra") if attr == "start" else tr("Til"), row=r)
                w.setAccessibleName(name)
                w.setMinimumWidth(84)
                w.isoChanged.connect(lambda v, it=item, a=attr: self._set(it, a, v))
                self.messages.watch(w, name)
                self.grid.addWidget(w, r, c)
                edits[attr] = w
            self.edits.append(edits)
        self.grid.setColumnStretch(3, 1)

    def _set(self, item, attr: str, iso: str) -> None:
        setattr(item, attr, iso)
        self.changed.emit()
