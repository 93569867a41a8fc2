"""The scenario's name in other languages (issue 22): the label the caseworker
typed, given per language for the walk-through and the take-home page
(English for the window too). Empty: the typed label is used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from .. import i18n as app_i18n
from ..core.casefile import clean_text
from ..core.i18n import SOURCE_LANGUAGE, tr
from ..core.model import Scenario
from ..core.validation import MAX_TEXT


class LabelTranslations(QDialog):
    def __init__(self, scenario: Scenario, parent=None):
        super().__init__(parent)
        self.scenario = scenario
        self.setWindowTitle(tr("Navnet på andre språk"))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Navnet «{label}» slik søkeren ser det i gjennomgangen og på arket til søkeren. "
                          "Tomt: navnet på bokmål.").format(label=scenario.label))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for code, name in app_i18n.meeting_languages().items():
            if code == SOURCE_LANGUAGE:
                continue
            edit = QLineEdit(scenario.label_translations.get(code, ""))
            edit.setMaxLength(MAX_TEXT)
            edit.setAccessibleName(name)
            if app_i18n.right_to_left(code):
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            form.addRow(name, edit)
            self.edits[code] = edit
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def values(self) -> dict[str, str]:
        """The names typed, by language; the empty ones left out."""
        return {code: clean_text(e.text().strip()) for code, e in self.edits.items() if e.text().strip()}

    def apply(self) -> bool:
        """Store the names on the scenario; True when they changed."""
        new = self.values()
        if new == self.scenario.label_translations:
            return False
        self.scenario.label_translations = new
        return True


def edit(parent, scenario: Scenario) -> bool:
    """Ask for the scenario's name per language; True when it changed."""
    dialog = LabelTranslations(scenario, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.apply()
