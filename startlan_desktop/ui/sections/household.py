"""Husstand: the case's own fields (case number, caseworker, notes) and the
household's members."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from ...core.budget import CaseResult
from ...core.formatting import fmt_kr
from ...core.i18n import tr
from ...core.model import Case, Member
from .. import help_texts
from ..binding import Column, RowEditor
from .base import Section


def role_options() -> list[tuple[str, str]]:
    return [("applicant", tr("Søker")), ("co_applicant", tr("Medsøker")), ("child", tr("Barn")),
            ("other_adult", tr("Annen voksen"))]


def sex_options() -> list[tuple[str, str]]:
    return [("f", tr("Kvinne")), ("m", tr("Mann"))]


def member_flags() -> list[tuple[str, str]]:
    return [("pregnant", tr("Gravid")), ("breastfeeding", tr("Ammer")), ("student", tr("Student")),
            ("pensioner", tr("Pensjonist")), ("kindergarten", tr("Barnehage")), ("after_school", tr("SFO/AKS"))]


class CaseIdentity(QGroupBox):
    """The case's own fields: case number, caseworker, municipality and notes.
    They are printed on the sheet; settings only fill them in for a new case."""

    changed = Signal()

    def __init__(self):
        super().__init__(tr("Saken"))
        self.case: Case | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        self.reference, self.caseworker, self.municipality = QLineEdit(), QLineEdit(), QLineEdit()
        for col, (label, attr, edit) in enumerate(((tr("Saksnr."), "reference", self.reference),
                                                   (tr("Saksbehandler"), "caseworker", self.caseworker),
                                                   (tr("Kommune"), "municipality", self.municipality))):
            edit.setMaxLength(120)
            edit.setAccessibleName(label.replace("&", ""))
            edit.textEdited.connect(lambda t, a=attr: self._set(a, t))
            lab = QLabel(label)
            lab.setBuddy(edit)
            grid.addWidget(lab, 0, col)
            grid.addWidget(edit, 1, col)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes; they are not a place for tab stops
        self.notes.setAccessibleName(tr("Notater"))
        self.notes.setPlaceholderText(tr("Notater til saken (skrives ut på budsjettarket)"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.notes.textChanged.connect(self._notes_edited)
        grid.addWidget(self.notes, 2, 0, 1, 3)

    def _set(self, attr: str, value: str) -> None:
        if self.case is not None:
            setattr(self.case, attr, value)
            self.changed.emit()

    def _notes_edited(self) -> None:
        if self.case is not None and self.notes.toPlainText() != self.case.notes:
            self._set("notes", self.notes.toPlainText())

    def set_case(self, case: Case) -> None:
        self.case = None  # no edits while filling in
        self.reference.setText(case.reference)
        self.caseworker.setText(case.caseworker)
        self.municipality.setText(case.municipality)
        self.notes.setPlainText(case.notes)
        self.case = case


class HouseholdSection(Section):
    def __init__(self):
        super().__init__(tr("Husstand"), tr("Søker, medsøker og barn. Alder styrer SIFO-satsene og NAVs veiledende "
                                            "satser; navn er valgfritt."))
        # the narrowest each column may get (combos and the flags are cut with "…" below their
        # full width): every column in sight beside a vertical scroll bar at 1366x768, English
        cols = [Column("role", tr("Rolle"), "combo", role_options(), 84),
                Column("name", tr("Navn"), "text", width=60, tip=tr("Valgfritt; bare fornavn vises i gjennomgangen")),
                Column("age_years", tr("Alder (år)"), "int", maximum=120, width=44),
                Column("age_months", tr("Mnd"), "int", maximum=11, width=44, tip=tr("Måneder utover hele år (spedbarn)")),
                Column("birth_date", tr("Fødselsdato"), "date", width=80, tip=tr("Valgfritt; går foran alder")),
                Column("sex", tr("Kjønn"), "combo", sex_options(), 72, tip=tr("For barn: jente eller gutt")),
                Column("ticket", tr("Billett"), "tristate", width=58, tip=tr(help_texts.TICKET)),
                Column("pregnant", tr("Forhold"), "flags", member_flags(), 76)]
        self.identity = CaseIdentity()
        self.identity.changed.connect(self.changed)
        self.layout_.addWidget(self.identity)
        self.rows = RowEditor(cols, lambda: Member(role="child", age_years=5), tr("Legg til person"), self.messages,
                              min_rows=1, max_rows=15)
        self.rows.changed.connect(self.changed)
        self.layout_.addWidget(self.rows)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.finish()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.identity.set_case(case)
        self.rows.set_items(case.members)

    def focus_first(self) -> None:
        self.identity.reference.setFocus()  # Qt.FocusReason.OtherFocusReason

    def show_result(self, result: CaseResult) -> None:
        lc = result.living
        n = len(result.case.members)
        text = (tr("1 person. SIFO {year}: {sifo} per måned; NAVs veiledende satser: {nav}.") if n == 1 else
                tr("{n} personer. SIFO {year}: {sifo} per måned; NAVs veiledende satser: {nav}."))
        self.summary.setText(text.format(
            n=n, year=lc.sifo_year, sifo=fmt_kr(lc.sifo_total), nav=fmt_kr(lc.nav_floor)))
        self.summary.setToolTip(tr(help_texts.NAV))


def member_names(case: Case) -> list[tuple[int, str]]:
    role = dict(role_options())
    return [(i, m.name or f"{role[m.role]} {i + 1}") for i, m in enumerate(case.members)]
