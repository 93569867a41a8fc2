"""The file behind the window's case: where it lives, what it was on disk when
last loaded or saved (its stamp), and this instance's lock on it.

Three promises rest here. A save never writes over a file that is not the one
the case came from, or that changed on disk since (another instance, a
colleague on the shared drive): the caseworker is asked. A case open elsewhere
is opened read-only, or taken over by choice. A read-only file is overwritten
only after asking.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox

from ..core import casefile, lock
from ..core.errors import CaseFileError, ValidationError
from ..core.formatting import fmt_date
from ..core.i18n import tr

SB = QMessageBox.StandardButton
READ_ONLY, TAKE_OVER, CANCEL = "read_only", "take_over", "cancel"


def absolute(path: str | Path) -> Path:
    """Absolute, but a symlink keeps its own name (the save resolves it)."""
    return Path(path).expanduser().absolute()


class Document:
    """State and checks for one window's file; the questions are methods so
    tests can answer them."""

    def __init__(self, window):
        self.window = window
        self.path: Path | None = None
        self.stamp: casefile.Stamp | None = None
        self.lock: lock.CaseLock | None = None
        self.read_only = False

    # --- state -----------------------------------------------------------------

    def attach(self, path: Path | None, stamp: casefile.Stamp | None, case_lock: lock.CaseLock | None = None,
               read_only: bool = False) -> None:
        if self.lock is not None and self.lock is not case_lock:
            self.lock.release()
        self.path = absolute(path) if path is not None else None
        self.stamp, self.lock, self.read_only = stamp, case_lock, read_only

    def release(self) -> None:
        self.attach(None, None)

    def changed_on_disk(self) -> bool:
        """The file at our path is no longer the one we loaded or saved."""
        return self.path is not None and not casefile.same_file(self.stamp, self.path)

    # --- questions ---------------------------------------------------------------

    def ask_locked(self, holder: lock.Holder) -> str:
        from .dialogs import _box

        who = holder.user or tr("en annen bruker")
        since = fmt_date(holder.since[:10]) + " " + holder.since[11:16]
        box = _box(self.window, QMessageBox.Icon.Warning, tr(
            "Saken er allerede åpen hos {user} på maskinen {host} (siden {since}). Lagrer dere begge, går den "
            "enes endringer tapt.").format(user=who, host=holder.host or "?", since=since), SB.Cancel)
        ro = box.addButton(tr("Åpne &skrivebeskyttet"), QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(tr("Åpne og &overta"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(ro)
        box.exec()
        return {id(ro): READ_ONLY, id(take): TAKE_OVER}.get(id(box.clickedButton()), CANCEL)

    def ask_changed(self, path: Path) -> SB:
        """Save (write over) / Cancel; the window offers Save as on its own."""
        from .dialogs import ask

        if not path.exists():
            text = tr("Filen {file} er flyttet eller slettet siden saken ble åpnet. Vil du lagre saken der likevel?")
        elif self.stamp is None or self.stamp.path != str(casefile.target(path)):
            text = tr("Filen {file} er ikke den saken ble åpnet fra, eller det kan ikke avgjøres. Den kan høre til "
                      "en annen søker. Vil du lagre over den likevel?")
        else:
            text = tr("Filen {file} er endret på disken siden saken ble åpnet eller lagret (av et annet program "
                      "eller en annen saksbehandler). Lagrer du, går de endringene tapt. Vil du lagre over den?")
        return ask(self.window, text.format(file=path.name), SB.Save | SB.Cancel, SB.Cancel)

    def ask_read_only_file(self, path: Path) -> bool:
        from .dialogs import ask

        return ask(self.window, tr("Filen {file} er skrivebeskyttet. Vil du lagre over den likevel?").format(
            file=path.name), SB.Yes | SB.No, SB.No) == SB.Yes

    # --- opening -------------------------------------------------------------------

    def load(self, path: str | Path):
        """(case, stamp) of a file, or a message for the caseworker."""
        name = Path(path).name
        try:
            raw = casefile.read_bytes(path)
            case = casefile.load_bytes(raw)
            from ..core.budget import compute

            compute(copy.deepcopy(case))  # refuse a file whose figures are out of range
        except CaseFileError as exc:
            return None, tr("Kunne ikke åpne {file}.").format(file=name) + f"\n\n{exc}"
        except ValidationError as exc:
            return None, tr("Kunne ikke åpne {file}: saken har ugyldige verdier.").format(file=name) + \
                f"\n\n{exc.message}"
        return (case, casefile.stamp(path, raw)), ""

    def take_lock(self, path: Path, ask: bool = True):
        """(lock or None, read_only) for a file being opened; None when the
        caseworker cancels."""
        if self.lock is not None and self.lock.path == lock.lock_path(path) and self.lock.held():
            return self.lock, False  # the case this window has open already
        try:
            return lock.CaseLock.acquire(path), False
        except lock.Locked as exc:
            choice = self.ask_locked(exc.holder) if ask else READ_ONLY
        except OSError:  # a read-only folder: nobody can save there, no lock needed
            return None, False
        if choice == READ_ONLY:
            return None, True
        if choice == TAKE_OVER:
            try:
                return lock.CaseLock.acquire(path, force=True), False
            except (OSError, lock.Locked):
                return None, True
        return None

    # --- saving ----------------------------------------------------------------------

    def may_write(self, path: Path) -> bool | None:
        """True: write. False: do not. None: the caseworker wants Save as."""
        path = absolute(path)
        same = self.path is not None and casefile.target(path) == casefile.target(self.path)
        if same and self.read_only:
            from .dialogs import warn

            warn(self.window, tr("Saken er åpnet skrivebeskyttet fordi den er åpen et annet sted. Lagre den under "
                                 "et annet navn."))
            return None
        if not same:
            holder = lock.read(path)
            if holder is not None:
                from .dialogs import warn

                warn(self.window, tr("{file} er åpen hos {user} på maskinen {host}. Velg et annet navn.").format(
                    file=path.name, user=holder.user or "?", host=holder.host or "?"))
                return False
        if same and self.changed_on_disk() and self.ask_changed(path) != SB.Save:
            return False
        if casefile.read_only(path) and not self.ask_read_only_file(path):
            return False
        return True

    def saved(self, path: Path, stamp: casefile.Stamp | None) -> None:
        """After a successful write: the new stamp, and the lock moves with the file."""
        path = absolute(path)
        if self.lock is not None and self.lock.path == lock.lock_path(path) and self.lock.held():
            self.attach(path, stamp, self.lock)
            return
        try:
            new_lock = lock.CaseLock.acquire(path)
        except (lock.Locked, OSError):
            new_lock = None
        self.attach(path, stamp, new_lock)


class ShortcutGuard(QObject):
    """The window's own shortcuts win over a text field's key bindings. On X11
    (and in KDE and GNOME) a line edit claims Ctrl+E for "end of line", so the
    export shortcut did nothing while a text field had the focus. Installed on
    each line edit as it gets the focus: no filter on every event of the app."""

    def __init__(self, parent, keys: tuple[str, ...]):
        super().__init__(parent)
        self.keys = {QKeySequence(k)[0].toCombined() for k in keys}

    def focus_changed(self, _old, new) -> None:
        if isinstance(new, QLineEdit) and not new.property("shortcutGuard"):
            new.installEventFilter(self)
            new.setProperty("shortcutGuard", True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination().toCombined() in self.keys:
            event.ignore()  # not claimed by the field: the shortcut map runs the action
            return True
        return False
