"""Message boxes with button texts in the app's language.

Qt names its standard buttons from its own catalogue, which has nynorsk and
English but no bokmål; the app names them itself so every language is whole.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from ..core.i18n import QT_TR_NOOP, tr

APP_NAME = "Startlån Desktop"
SB = QMessageBox.StandardButton
BUTTON_TEXTS = {SB.Save: QT_TR_NOOP("&Lagre"), SB.Discard: QT_TR_NOOP("&Ikke lagre"), SB.Cancel: QT_TR_NOOP("Avbryt"),
                SB.Yes: QT_TR_NOOP("&Ja"), SB.No: QT_TR_NOOP("&Nei"), SB.Ok: QT_TR_NOOP("OK"),
                SB.Close: QT_TR_NOOP("Lukk")}


def name_buttons(box: QMessageBox | QDialogButtonBox) -> None:
    """Set the texts of a box's standard buttons."""
    for which, text in BUTTON_TEXTS.items():
        button = box.button(QDialogButtonBox.StandardButton(which.value) if isinstance(box, QDialogButtonBox)
                            else which)
        if button is not None:
            button.setText(tr(text))


def _box(parent: QWidget | None, icon, text: str, buttons, default=None, title: str = APP_NAME) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    if default is not None:
        box.setDefaultButton(default)
    name_buttons(box)
    return box


def ask(parent, text: str, buttons, default) -> QMessageBox.StandardButton:
    """A question; returns the standard button chosen."""
    return SB(_box(parent, QMessageBox.Icon.Question, text, buttons, default).exec())


def warn(parent, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, text, SB.Ok).exec()


def inform(parent, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, text, SB.Ok, title=title).exec()


def forget_file_dialog_history() -> None:
    """Qt's file dialog remembers the folders and files it showed in its own
    settings file (QtProject.conf): paths that can name applicants. Drop them."""
    from PySide6.QtCore import QSettings

    qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    if "FileDialog" in qs.childGroups():
        qs.remove("FileDialog")
        qs.sync()


def forgetting(result):
    """Pass a file dialog's result through, forgetting the dialog's history."""
    forget_file_dialog_history()
    return result
