"""The base of an input tab, and the scroll area each tab sits in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.budget import CaseResult
from ...core.formatting import fmt_kr
from ...core.model import Case
from .. import style
from ..widgets import FieldMessages, heading


def breakable_kr(amount: float) -> str:
    """`fmt_kr` with an ordinary space before "kr": a row's figure may wrap there."""
    return fmt_kr(amount).replace("\u00a0kr", " kr")


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class Section(QWidget):
    """Base of a tab: a column of content with field messages at the bottom."""

    changed = Signal()

    def __init__(self, title: str, intro: str = ""):
        super().__init__()
        self.case: Case | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)  # every pixel counts beside four scenarios at 1366
        self.layout_.addWidget(heading(title))
        if intro:
            lab = QLabel(intro)
            lab.setWordWrap(True)
            lab.setObjectName("intro")
            lab.setContentsMargins(0, 0, 0, 6)
            self.layout_.addWidget(lab)
        self.messages = FieldMessages()

    def total_label(self) -> QLabel:
        """The bold line under a section that sums it up."""
        label = QLabel()
        label.setObjectName("sectionTotal")
        label.setWordWrap(True)
        style.total(label)
        self.layout_.addWidget(label)
        return label

    def finish(self) -> None:
        self.layout_.addWidget(self.messages)
        self.layout_.addStretch(1)

    def set_case(self, case: Case) -> None:
        self.case = case
        self.messages.clear_all()

    def show_result(self, result: CaseResult) -> None:
        pass


def dated_lines(section, label_of, lines_of):
    """The start/end months of a section's rows, under them (ui/line_dates.py), following the rows."""
    from ..line_dates import LineDates

    dates = LineDates(section.messages, label_of)
    dates.changed.connect(section.changed)
    section.rows.structureChanged.connect(lambda: dates.set_items(lines_of(section.case)))
    section.rows.changed.connect(dates.refresh_labels)
    section.layout_.addWidget(dates)
    return dates
