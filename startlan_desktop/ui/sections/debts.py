"""Gjeld: the household's other debts, row by row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
)

from ...core.budget import DEBT_LABELS, CaseResult
from ...core.formatting import fmt_kr
from ...core.i18n import tr
from ...core.model import Case, Debt
from ..binding import Column, RowEditor
from .base import Section, breakable_kr, dated_lines

WIDEST_COUNTED = 999_999  # kr: the widest amount per month a debt row plausibly counts (its label's room)


class DebtSection(Section):
    def __init__(self):
        super().__init__(tr("Gjeld og faste utgifter"), tr("Terminbeløp per måned. Kredittkort regnes som en andel av "
                                                           "rammen. Restgjeld, rente og år igjen brukes i stresstesten "
                                                           "for lån med flytende rente."))
        cols = [Column("label", tr("Beskrivelse"), "text", width=72),
                Column("kind", tr("Type"), "combo", [(k, tr(label)) for k, label in DEBT_LABELS.items()], 100),
                Column("monthly_payment", tr("Per mnd"), "money", width=64),
                Column("credit_limit", tr("Ramme"), "money", width=64, tip=tr("Kredittramme (kredittkort)")),
                Column("balance", tr("Restgjeld"), "money", width=64),
                Column("rate_pct", tr("Rente"), "number", decimals=2, unit="%", maximum=40, width=48),
                Column("floating", tr("Flyt."), "check", tip=tr("Flytende rente: stiger i stresstesten")),
                Column("remaining_years", tr("År igjen"), "number", decimals=1, unit=tr("år"), maximum=50, width=44)]
        self.rows = RowEditor(cols, lambda: Debt(kind="consumer_loan"), tr("Legg til gjeld eller utgift"),
                              self.messages, max_rows=30)
        self.rows.changed.connect(self.changed)
        self.layout_.addWidget(self.rows)
        self.dates = dated_lines(self, lambda d: d.label or tr(DEBT_LABELS[d.kind]), lambda c: c.debts)
        self.car_note = QLabel()
        self.car_note.setWordWrap(True)
        self.car_note.setObjectName("carNote")
        self.car_note.hide()
        self.layout_.addWidget(self.car_note)
        self.total = self.total_label()
        self.finish()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.rows.set_items(case.debts)
        self.dates.set_items(case.debts)

    def show_result(self, result: CaseResult) -> None:
        for i, line in enumerate(result.other_costs):
            if i in self.rows.extra_info:
                # sized for the widest plausible figure, as the incomes' net per month: typing a
                # payment repaints this label alone, not the whole tab (issue 23)
                self.rows.extra_info[i].show_text(tr("teller {amount}").format(amount=breakable_kr(line.amount)),
                                                  tr("teller {amount}").format(amount=breakable_kr(WIDEST_COUNTED)))
        from ...core.hints import car_note

        note = car_note(result.case)
        self.car_note.setText("ℹ " + note if note else "")
        self.car_note.setVisible(bool(note))
        self.total.setText(tr("Sum andre faste utgifter: {amount} per måned").format(amount=fmt_kr(result.other_costs_total)))
