"""Uncaught exceptions: log without personal data, autosave the case, and
offer to save it; the open case stays as it was."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from ..core.i18n import tr


def install(window) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return previous(exc_type, exc, tb)
        handle(window, exc_type, exc, tb)

    sys.excepthook = hook


def handle(window, exc_type, exc, tb) -> None:
    from ..core import crashlog, recovery

    try:
        log = crashlog.write(exc_type, exc, tb, recovery.log_dir())
    except OSError:
        log = None
    try:
        window.autosave()
    except Exception:  # noqa: BLE001 (the dialog below must still appear)
        pass
    ask_save(window, log)


def ask_save(window, log) -> None:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Uventet feil"))
    box.setText(tr("Det oppstod en uventet feil i programmet. Saken du arbeider med er ikke endret, og en "
                "sikkerhetskopi er lagret."))
    logged = (tr("Feilen er logget uten personopplysninger i {file}.").format(file=log) if log
              else tr("Feilen er logget uten personopplysninger."))
    box.setInformativeText(logged + " " + tr("Lagre saken nå for sikkerhets skyld."))
    save = box.addButton(tr("Lagre saken som …"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Fortsett"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is save:
        window.save_as()
