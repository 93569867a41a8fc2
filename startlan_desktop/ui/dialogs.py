"""Message boxes with button texts in the app's language.

Qt names its standard buttons from its own catalogue, which has nynorsk and
English but no bokmål; the app names them itself so every language is whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

APP_NAME = "Startlån Desktop"
# By the standard buttons' names: Qt's message box and button box types are
# built on first use, not at start (~12 M instructions before the first frame, issue 23).
BUTTON_TEXTS = {"Save": QT_TR_NOOP("&Lagre"), "Discard": QT_TR_NOOP("&Ikke lagre"), "Cancel": QT_TR_NOOP("Avbryt"),
                "Yes": QT_TR_NOOP("&Ja"), "No": QT_TR_NOOP("&Nei"), "Ok": QT_TR_NOOP("OK"), "Close": QT_TR_NOOP("Lukk")}


def __getattr__(name: str):
    """`dialogs.SB`, Qt's standard buttons, made when first asked for (PEP 562)."""
    if name == "SB":
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.StandardButton
    raise AttributeError(name)


def name_buttons(box: QMessageBox | QDialogButtonBox) -> None:
    """Set the texts of a box's standard buttons."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    buttons = QDialogButtonBox.StandardButton if isinstance(box, QDialogButtonBox) else QMessageBox.StandardButton
    for which, text in BUTTON_TEXTS.items():
        button = box.button(getattr(buttons, which))
        if button is not None:
            button.setText(tr(text))


def _box(parent: QWidget | None, icon, text: str, buttons, default=None, title: str = APP_NAME) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, buttons, parent)
    if default is not None:
        box.setDefaultButton(default)
    name_buttons(box)
    return box


def ask(parent, text: str, buttons, default) -> QMessageBox.StandardButton:
    """A question; returns the standard button chosen."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton(_box(parent, QMessageBox.Icon.Question, text, buttons, default).exec())


def confirm(parent, text: str, default_yes: bool) -> bool:
    """A yes/no question; True for yes. `default_yes` picks the button Enter presses."""
    from PySide6.QtWidgets import QMessageBox

    sb = QMessageBox.StandardButton
    return ask(parent, text, sb.Yes | sb.No, sb.Yes if default_yes else sb.No) == sb.Yes


def warn(parent, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _box(parent, QMessageBox.Icon.Warning, text, QMessageBox.StandardButton.Ok).exec()


def inform(parent, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _box(parent, QMessageBox.Icon.Information, text, QMessageBox.StandardButton.Ok, title=title).exec()


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


# Every file dialog of the app goes through these three: each forgets the folders it
# showed, and QFileDialog is built only when the caseworker first asks for a file.

def save_file(parent: QWidget | None, title: str, start: str | Path, file_filter: str) -> str:
    """The path to save to, or "" when the caseworker cancels."""
    from PySide6.QtWidgets import QFileDialog

    return forgetting(QFileDialog.getSaveFileName(parent, title, str(start), file_filter))[0]


def open_file(parent: QWidget | None, title: str, start: str | Path, file_filter: str) -> str:
    """The path of the file to open, or "" when the caseworker cancels."""
    from PySide6.QtWidgets import QFileDialog

    return forgetting(QFileDialog.getOpenFileName(parent, title, str(start), file_filter))[0]


def choose_folder(parent: QWidget | None, title: str, start: str | Path) -> str:
    """The folder chosen, or "" when the caseworker cancels."""
    from PySide6.QtWidgets import QFileDialog

    return forgetting(QFileDialog.getExistingDirectory(parent, title, str(start)))
