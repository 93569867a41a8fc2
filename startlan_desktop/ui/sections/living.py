"""Livsopphold: SIFO living costs per category, and the NAV floor."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
)

from ...core import data
from ...core.budget import CaseResult
from ...core.formatting import fmt_kr
from ...core.i18n import tr
from ...core.living import CATEGORIES, CATEGORY_LABELS
from ...core.model import Case, ExtraCost
from .. import help_texts, style
from ..binding import BoundForm, Column, RowEditor
from ..widgets import NumberEdit, combo, money, spin
from .base import Section


class LivingSection(Section):
    def __init__(self):
        super().__init__(tr("Livsopphold"), tr(help_texts.LIVING))
        top = BoundForm(lambda: self.case.living if self.case else None, self.messages)
        top.add(tr("SIFO-år"), "sifo_year", combo([(y, str(y)) for y in reversed(data.SIFO_YEARS)]))
        top.add(tr("Bensin-/dieselbiler"), "petrol_cars", spin(0, 5))
        top.add(tr("Elbiler"), "electric_cars", spin(0, 5))
        top.add(tr("Barnehage, 1. barn (tomt = SIFO)"), "kindergarten_first", money(99_999, allow_empty=True))
        top.add(tr("Barnehage, 2. barn"), "kindergarten_second", money(99_999, allow_empty=True))
        top.add(tr("SFO/AKS heltid (tomt = SIFO)"), "after_school_full", money(99_999, allow_empty=True),
                tip=tr("Pris per barn per måned. 1.–3. trinn har 12 gratis timer i uka: skriv prisen etter "
                       "gratistimene."))
        self.sfo_note = QLabel()
        self.sfo_note.setWordWrap(True)
        style.muted(self.sfo_note)
        self.sfo_note.hide()
        top.form.addRow("", self.sfo_note)
        top.changed.connect(self.changed)
        self.top = top
        self.layout_.addWidget(top)
        self.grid = QGridLayout()
        for c, h in enumerate((tr("Kategori"), "SIFO", tr("Eget beløp"), tr("Brukt"))):
            lab = QLabel(h)
            lab.setObjectName("columnHeader")
            style.column_header(lab)
            self.grid.addWidget(lab, 0, c)
        self.sifo_labels: dict[str, QLabel] = {}
        self.used_labels: dict[str, QLabel] = {}
        self.overrides: dict[str, NumberEdit] = {}
        for r, cat in enumerate(CATEGORIES, start=1):
            self.grid.addWidget(QLabel(tr(CATEGORY_LABELS[cat])), r, 0)
            self.sifo_labels[cat] = QLabel()
            self.used_labels[cat] = QLabel()
            for lab in (self.sifo_labels[cat], self.used_labels[cat]):
                lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            ov = money(999_999, allow_empty=True)
            ov.setMaximumWidth(130)
            ov.setPlaceholderText(tr("SIFO"))
            ov.setAccessibleName(tr("Eget beløp, {category}").format(category=tr(CATEGORY_LABELS[cat])))
            ov.valueChanged.connect(lambda v, k=cat: self._override(k, v))
            self.messages.watch(ov, tr(CATEGORY_LABELS[cat]))
            self.overrides[cat] = ov
            self.grid.addWidget(self.sifo_labels[cat], r, 1)
            self.grid.addWidget(ov, r, 2)
            self.grid.addWidget(self.used_labels[cat], r, 3)
        self.layout_.addLayout(self.grid)
        self.layout_.addWidget(QLabel(tr("Andre utgifter til livsopphold")))
        self.extra = RowEditor([Column("label", tr("Beskrivelse"), "text", width=200),
                                Column("amount", tr("Per mnd"), "money", width=90)],
                               lambda: ExtraCost(tr("Annet"), 0), tr("Legg til linje"), self.messages, max_rows=20)
        self.extra.changed.connect(self.changed)
        self.layout_.addWidget(self.extra)
        self.total = QLabel()
        self.total.setObjectName("sectionTotal")
        style.total(self.total)
        self.total.setWordWrap(True)
        self.layout_.addWidget(self.total)
        self.finish()

    def _override(self, cat: str, v) -> None:
        if self.case is None:
            return
        if v is None:
            self.case.living.overrides.pop(cat, None)
        else:
            self.case.living.overrides[cat] = float(v)
        self.changed.emit()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.top.load()
        for cat, ov in self.overrides.items():
            with QSignalBlocker(ov):
                ov.setValue(case.living.overrides.get(cat))
        self.extra.set_items(case.living.extra)

    def show_result(self, result: CaseResult) -> None:
        from ...core.hints import sfo_note

        note = sfo_note(result.case)
        self.sfo_note.setText(note)
        self.sfo_note.setVisible(bool(note))
        lc = result.living
        for line in lc.lines:
            self.sifo_labels[line.category].setText(fmt_kr(line.sifo))
            self.used_labels[line.category].setText(fmt_kr(line.used) + (" *" if line.overridden else ""))
        floor_note = "  " + tr("⚠ under NAV-gulvet: NAV-satsen brukes") if lc.below_floor else ""
        self.total.setText(
            tr("SIFO {year} ({status}): {sifo}.  Valgt: {chosen}.  NAVs veiledende satser (gulv): {nav}.  "
               "Brukt i budsjettet: {used}.").format(
                year=lc.sifo_year, status=data.status_text("transcribed" if lc.status == "transcribed" else "confirmed"),
                sifo=fmt_kr(lc.sifo_total), chosen=fmt_kr(lc.chosen), nav=fmt_kr(lc.nav_floor), used=fmt_kr(lc.used))
            + floor_note + "\n"
            + tr("Livsoppholdssats (namsmannen) til sammenligning: {rate}.  * eget beløp").format(
                rate=fmt_kr(lc.enforcement_rate)))
        self.total.setToolTip(tr(help_texts.NAV))
