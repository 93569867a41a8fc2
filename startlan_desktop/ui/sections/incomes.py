"""Inntekter: the household's incomes, row by row."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
)

from ...core import tax
from ...core.budget import INCOME_LABELS, CaseResult, child_benefit_notes
from ...core.formatting import fmt_kr
from ...core.i18n import tr
from ...core.model import Case, Income
from .. import help_texts
from ..binding import Column, RowEditor
from .base import Section, breakable_kr, dated_lines
from .household import member_names

WIDEST_NET_MONTHLY = 999_999  # kr: the widest net per month a row plausibly shows (its label's room)


class IncomeSection(Section):
    def __init__(self):
        super().__init__(tr("Inntekter"), tr("Netto per måned (fra lønnsslipp eller vedtak), eller brutto per år med "
                                             "skatteanslag. Barnetrygd legges til automatisk for barn under 18 år."))
        kinds = [(k, tr(label)) for k, label in INCOME_LABELS.items()]
        cols = [Column("label", tr("Beskrivelse"), "text", width=88),
                Column("kind", tr("Type"), "combo", kinds, 105),
                Column("amount", tr("Beløp"), "money", minimum=-999_999_999, width=84),
                Column("gross_yearly", tr("Brutto/år"), "check", tip=tr(help_texts.GROSS)),
                Column("member", tr("Person"), "member", width=80, tip=tr("Samme person: skatten beregnes samlet")),
                Column("estimate", tr("Usikkert"), "check", tip=tr("Merk beløp som er anslag, f.eks. søkt bostøtte"))]
        self.rows = RowEditor(cols, lambda: Income(kind="wage"), tr("Legg til inntekt"), self.messages, max_rows=30)
        self.rows.on_set = self._row_set
        self.rows.changed.connect(self.changed)
        self.layout_.addWidget(self.rows)
        self.dates = dated_lines(self, lambda inc: inc.label or tr(INCOME_LABELS[inc.kind]), lambda c: c.incomes)
        self.auto = QCheckBox(tr("Regn med barnetrygd automatisk"))
        self.auto.toggled.connect(self._auto)
        self.layout_.addWidget(self.auto)
        self.total = self.total_label()
        self.finish()

    def _row_set(self, row: int, attr: str) -> None:
        """Extended child benefit chosen on an empty line: today's rate from the data, editable."""
        inc = self.case.incomes[row] if self.case and row < len(self.case.incomes) else None
        if inc is None or attr != "kind" or inc.kind != "extended_child_benefit" or inc.amount:
            return
        inc.amount, _since = tax.extended_child_benefit(self.case.tax_year, self.case.assessment_date.isoformat())
        inc.gross_yearly = False
        edit = self.rows.cell(row, "amount")
        if edit is not None:
            with QSignalBlocker(edit):
                edit.setValue(inc.amount)
        box = self.rows.cell(row, "gross_yearly")
        if box is not None:
            with QSignalBlocker(box):
                box.setChecked(False)

    def _auto(self, v: bool) -> None:
        if self.case is not None:
            self.case.auto_child_benefit = v
            self.changed.emit()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.rows.member_names = member_names(case)
        self.rows.set_items(case.incomes)
        self.dates.set_items(case.incomes)
        with QSignalBlocker(self.auto):
            self.auto.setChecked(case.auto_child_benefit)

    def refresh_members(self) -> None:
        if self.case is not None:
            self.rows.member_names = member_names(self.case)
            self.rows.set_items(self.case.incomes)

    def show_result(self, result: CaseResult) -> None:
        for i, line in enumerate(result.incomes[:len(result.case.incomes)]):
            info = self.rows.extra_info.get(i)
            if info is None:
                continue
            suffix = " " + tr("(anslag)") if line.tax_yearly is not None else ""
            # the room of the widest plausible net per month: typing an amount repaints the label alone;
            # "kr" may wrap below the amount, so the narrow column keeps the ✕ buttons in sight
            info.show_text(tr("= {amount}/mnd").format(amount=breakable_kr(line.net_monthly)) + suffix,
                           tr("= {amount}/mnd").format(amount=breakable_kr(WIDEST_NET_MONTHLY)) + suffix)
            tip = tr("Netto per måned: {amount}").format(amount=fmt_kr(line.net_monthly))
            if line.tax_yearly is not None:
                tip += ". " + tr("Skatt anslått til {tax} per år ({year}-regler).").format(
                    tax=fmt_kr(line.tax_yearly), year=result.case.tax_year)
            info.setToolTip(tip)
        extra = [ln for ln in result.incomes[len(result.case.incomes):]]
        auto = "".join(f"\n{ln.label}: {fmt_kr(ln.net_monthly)}" for ln in extra)
        notes = "".join("\n⚠ " + n for n in child_benefit_notes(result.case))
        self.total.setText(tr("Sum netto per måned: {amount}").format(amount=fmt_kr(result.income_total)) + auto + notes)
