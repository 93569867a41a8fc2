"""Uncaught exceptions: log without personal data, autosave the case, mark the
figures stale, and say exactly what was done; the open case stays as it was."""

from __future__ import annotations

import sys

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
        window.mark_stale()
    except Exception:  # noqa: BLE001 (the dialog below must still appear)
        pass
    autosaved: bool | None
    try:
        autosaved = window.autosave() if window.isWindowModified() else None
    except Exception:  # noqa: BLE001
        autosaved = False
    ask_save(window, log, autosaved)


def message(log, autosaved: bool | None) -> tuple[str, str]:
    """(text, details) that state only what happened: the log and the backup
    are mentioned as written only when they were."""
    text = tr("Det oppstod en uventet feil i programmet. Tallene på skjermen kan være feil til saken er beregnet "
              "på nytt.")
    if autosaved is None:
        backup = tr("Saken hadde ingen ulagrede endringer.")
    elif autosaved:
        backup = tr("En sikkerhetskopi av saken er lagret.")
    else:
        backup = tr("Sikkerhetskopi av saken kunne ikke lagres: lagre saken nå.")
    logged = (tr("Feilen er logget uten personopplysninger i {file}.").format(file=log) if log
              else tr("Feilen kunne ikke logges."))
    return text, backup + " " + logged


def ask_save(window, log, autosaved: bool | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # built only if it is ever needed (issue 23)

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Uventet feil"))
    text, details = message(log, autosaved)
    box.setText(text)
    box.setInformativeText(details)
    save = box.addButton(tr("Lagre saken som …"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Fortsett"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is save:
        window.save_as()
