"""Forklaring: the topics the caseworker must explain, with notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from ...core.budget import CaseResult
from ...core.formatting import fmt_date
from ...core.i18n import tr
from ...core.model import Case, Explanation
from .. import help_texts
from .base import Section


class ExplanationSection(Section):
    """The explanation duty: five topics with the case's figures, each ticked
    with the date it was explained. Saved in the case, printed on the sheet."""

    shows_scenario = True

    def __init__(self):
        super().__init__(tr("Forklaringsplikt"), tr(help_texts.EXPLANATION))
        from ...core.explanation import TITLES

        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLabel] = {}
        self.dates: dict[str, QLabel] = {}
        for key, title in TITLES.items():
            title = tr(title)
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            text = QLabel()
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = QHBoxLayout()
            check = QCheckBox(tr("Forklart for søker"))
            check.setAccessibleName(tr("Forklart: {topic}").format(topic=title))
            check.toggled.connect(lambda v, k=key: self._tick(k, v))
            date = QLabel()
            row.addWidget(check)
            row.addWidget(date)
            row.addStretch(1)
            lay.addWidget(text)
            lay.addLayout(row)
            self.layout_.addWidget(box)
            self.boxes[key], self.texts[key], self.dates[key] = check, text, date
        self.scenario_label = QLabel()
        self.layout_.addWidget(self.scenario_label)
        self.finish()

    def _record(self, key: str):
        for e in self.case.explanations:
            if e.topic == key:
                return e
        e = Explanation(key)
        self.case.explanations.append(e)
        return e

    def _tick(self, key: str, value: bool) -> None:
        if self.case is None:
            return
        e = self._record(key)
        e.explained = value
        e.date = dt.date.today().isoformat() if value else ""
        self.changed.emit()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        for key, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(self._record(key).explained)

    def show_result(self, result: CaseResult, index: int = 0) -> None:
        from ...core.explanation import topics
        if not result.scenarios:
            return
        index = min(index, len(result.scenarios) - 1)
        for t in topics(result, index):
            self.texts[t.key].setText(t.text)
            self.dates[t.key].setText(f"({fmt_date(t.date)})" if t.explained and t.date else "")
        self.scenario_label.setText(tr("Tallene gjelder scenarioet «{scenario}» (valgt i sammenligningen).").format(
            scenario=result.scenarios[index].label))
