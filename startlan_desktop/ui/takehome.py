"""The applicant's take-home page from the main window (Fil → Ark til søkeren):
the page's language asked for, as the walk-through offers them (the window's
three and the applicant's), then the page made by `reports/applicant_sheet.py`,
the same page the walk-through and `startlan pdf --applicant` write."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from .. import i18n as app_i18n
from ..core.budget import CaseResult, compute
from ..core.i18n import language, tr
from . import dialogs


class LanguageDialog(QDialog):
    """Which language the page speaks (the window's by default), for the
    scenario chosen in the comparison."""

    def __init__(self, scenario: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Ark til søkeren (PDF) …").rstrip(" …"))
        self.setMinimumWidth(360)  # its title whole in the window frame
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Språk"))
        for code, name in app_i18n.meeting_languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language()), 0))
        form.addRow(tr("Språk"), self.language)
        form.addRow(tr("Scenario"), QLabel(scenario))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        dialogs.name_buttons(buttons)  # in the window's language, not Qt's English
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def code(self) -> str:
        return self.language.currentData()


def applicant_pdf(result: CaseResult, code: str, scenario: int, contact: str = "") -> bytes:
    """The take-home page in `code` for scenario `scenario` of `result` (the
    window's result, in the window's language): in another language the case
    is computed again there, so every text of the result (cost lines, verdict,
    labels) speaks it too, as in the walk-through."""
    from ..reports.applicant_sheet import ApplicantOptions, build_applicant_pdf  # reportlab: with the first page

    window_language = language()
    with app_i18n.speaking(code) as used:
        r = result if used == window_language else compute(result.case)
        return build_applicant_pdf(r, ApplicantOptions(scenario, contact))
