"""The file behind the window's case: where it lives, what it was on disk when
last loaded or saved (its stamp), and this instance's lock on it; and the work
of the File menu on it: new, open, save, recently used files, autosave to the
recovery folder and recovery at start.

Three promises rest here. A save never writes over a file that is not the one
the case came from, or that changed on disk since (another instance, a
colleague on the shared drive): the caseworker is asked. A case open elsewhere
is opened read-only, or taken over by choice. A read-only file is overwritten
only after asking.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from ..core.budget import compute
from ..core.data import snapshot
from ..core.errors import CaseFileError, ValidationError
from ..core.example import blank_case, example_case, followup_case
from ..core.formatting import fmt_date
from ..core.i18n import tr
from ..core.model import Case
from . import dialogs, menus
from .tabs import Input

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ..core import casefile, lock, recovery

# casefile, lock and recovery are imported where a file is opened or saved, not at
# start-up (hashlib, ctypes, uuid, platform: ~15 ms of the first frame, issue 23)

AUTOSAVE_MS = 30_000
READ_ONLY, TAKE_OVER, CANCEL = "read_only", "take_over", "cancel"


def file_filter() -> str:
    return tr("Startlån-saker (*.startlan);;Alle filer (*)")


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
        self._session: recovery.Session | None = None  # made on first use: start-up need not touch the disk
        self._declined: list = []  # recovery files the caseworker said no to: kept until the next save
        self.autosave_warning: QLabel | None = None  # in the status bar while autosaving fails
        self.autosave_timer = QTimer(window)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

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
        from ..core import casefile

        return self.path is not None and not casefile.same_file(self.stamp, self.path)

    # --- questions ---------------------------------------------------------------

    def ask_locked(self, holder: lock.Holder) -> str:
        who = holder.user or tr("en annen bruker")
        since = fmt_date(holder.since[:10]) + " " + holder.since[11:16]
        from PySide6.QtWidgets import QMessageBox

        box = dialogs._box(self.window, QMessageBox.Icon.Warning, tr(
            "Saken er allerede åpen hos {user} på maskinen {host} (siden {since}). Lagrer dere begge, går den "
            "enes endringer tapt.").format(user=who, host=holder.host or "?", since=since), QMessageBox.StandardButton.Cancel)
        ro = box.addButton(tr("Åpne &skrivebeskyttet"), QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(tr("Åpne og &overta"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(ro)
        box.exec()
        return {id(ro): READ_ONLY, id(take): TAKE_OVER}.get(id(box.clickedButton()), CANCEL)

    def ask_changed(self, path: Path) -> QMessageBox.StandardButton:
        """Save (write over) / Cancel; the window offers Save as on its own."""
        from ..core import casefile

        if not path.exists():
            text = tr("Filen {file} er flyttet eller slettet siden saken ble åpnet. Vil du lagre saken der likevel?")
        elif self.stamp is None or self.stamp.path != str(casefile.target(path)):
            text = tr("Filen {file} er ikke den saken ble åpnet fra, eller det kan ikke avgjøres. Den kan høre til "
                      "en annen søker. Vil du lagre over den likevel?")
        else:
            text = tr("Filen {file} er endret på disken siden saken ble åpnet eller lagret (av et annet program "
                      "eller en annen saksbehandler). Lagrer du, går de endringene tapt. Vil du lagre over den?")
        sb = dialogs.SB
        return dialogs.ask(self.window, text.format(file=path.name), sb.Save | sb.Cancel, sb.Cancel)

    def ask_read_only_file(self, path: Path) -> bool:
        return dialogs.confirm(self.window, tr("Filen {file} er skrivebeskyttet. Vil du lagre over den likevel?").format(
            file=path.name), default_yes=False)

    # --- opening -------------------------------------------------------------------

    def load(self, path: str | Path):
        """(case, stamp) of a file, or a message for the caseworker."""
        from ..core import casefile

        name = Path(path).name
        try:
            raw = casefile.read_bytes(path)
            case = casefile.load_bytes(raw)
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
        from ..core import lock

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
        from ..core import casefile, lock

        path = absolute(path)
        same = self.path is not None and casefile.target(path) == casefile.target(self.path)
        if same and self.read_only:
            dialogs.warn(self.window, tr("Saken er åpnet skrivebeskyttet fordi den er åpen et annet sted. Lagre den under "
                                 "et annet navn."))
            return None
        if not same:
            holder = lock.read(path)
            if holder is not None:
                dialogs.warn(self.window, tr("{file} er åpen hos {user} på maskinen {host}. Velg et annet navn.").format(
                    file=path.name, user=holder.user or "?", host=holder.host or "?"))
                return False
        if same and self.changed_on_disk() and self.ask_changed(path) != dialogs.SB.Save:
            return False
        if casefile.read_only(path) and not self.ask_read_only_file(path):
            return False
        return True

    def saved(self, path: Path, stamp: casefile.Stamp | None) -> None:
        """After a successful write: the new stamp, and the lock moves with the file."""
        from ..core import lock

        path = absolute(path)
        if self.lock is not None and self.lock.path == lock.lock_path(path) and self.lock.held():
            self.attach(path, stamp, self.lock)
            return
        try:
            new_lock = lock.CaseLock.acquire(path)
        except (lock.Locked, OSError):
            new_lock = None
        self.attach(path, stamp, new_lock)

    def title(self) -> str:
        """The window's title for the case: the file's name or the case number."""
        case = self.window.case
        name = self.path.name if self.path else (case.reference or tr("Ny sak"))
        if case.example:
            name = tr("Eksempelsak") + " " + name
        if self.read_only:
            name += " (" + tr("skrivebeskyttet") + ")"
        return name

    # --- the File menu ------------------------------------------------------------------

    def folder(self) -> Path:
        """Where the file dialogs start: the case's folder, or the home folder."""
        return self.path.parent if self.path else Path.home()

    def ask_open_path(self) -> str:
        return dialogs.open_file(self.window, tr("Åpne sak"), self.folder(), file_filter())

    def ask_save_path(self) -> str:
        from ..core import casefile

        name = (self.window.case.reference or tr("sak")).replace("/", "-") + casefile.SUFFIX
        return dialogs.save_file(self.window, tr("Lagre sak"), self.folder() / name, file_filter())

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        sb = dialogs.SB
        return dialogs.ask(self.window, tr("Saken har endringer som ikke er lagret. Vil du lagre dem?"),
                           sb.Save | sb.Discard | sb.Cancel, sb.Save)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current case."""
        if not self.window.isWindowModified():
            return True
        answer, sb = self.ask_unsaved(), dialogs.SB
        if answer == sb.Save:
            return self.save()
        if answer == sb.Discard:
            if self._session is not None:
                self._session.discard()
            return True
        return False

    def new_case(self) -> None:
        """An empty case filled in from the settings, assessed with the data in force today."""
        if not self.maybe_save():
            return
        w, s = self.window, self.window.settings
        case = blank_case(**s.scenario_defaults())
        case.municipality, case.caseworker = s.municipality, s.caseworker
        case.credit_card_share = s.credit_card_share
        case.living.sifo_year = s.sifo_year
        case.floating_rate_pct = s.rates["floating"]
        case.rate_table_date = s.rates["valid_from"]
        case.stress.rule, case.stress.policy_rate_pct = s.stress_rule, s.policy_rate_pct
        case.stress.policy_rate_date, case.stress.margin_pp = s.policy_rate_date, s.margin_pp
        case.usual_terms = s.usual_terms
        case.data_snapshot = snapshot()  # the case is assessed with the data in force today
        w.set_case(case)
        w.tabs.show_input(Input.HOUSEHOLD)
        w.household.focus_first()  # a new case starts at its first field

    def open_example(self) -> None:
        if self.maybe_save():
            self.window.set_case(example_case())

    def open_followup_example(self) -> None:
        if self.maybe_save():
            self.window.set_case(followup_case())
            self.window.tabs.show_input(Input.FOLLOWUP)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        from ..core import recovery

        loaded, message = self.load(path)
        if loaded is None:
            self.window.show_error(message)
            return False
        locked = self.take_lock(Path(path))
        if locked is None:
            return False
        recovery.clean_case_folder(Path(path).absolute())
        self.window.set_case(loaded[0], Path(path), loaded[1], *locked)
        self.window.settings.add_recent(str(Path(path).resolve()))
        menus.refresh_recent(self.window)
        return True

    def start(self) -> None:
        """At start: the last case the caseworker had, when it can still be opened;
        otherwise an empty case, with the example offered beside it."""
        recent = [p for p in self.window.settings.recent_files if Path(p).is_file()]
        if recent and self.open_path(recent[0]):
            return
        self.start_empty()

    def start_empty(self) -> None:
        """An empty case, with the example offered beside it."""
        self.new_case()
        self.window.notices.offer_example()

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        from ..core import casefile

        path = self.ask_save_path()
        if not path:
            return False
        if not path.endswith(casefile.SUFFIX):
            path += casefile.SUFFIX
        return self._write(Path(path))

    def _write(self, path: Path) -> bool:
        from ..core import casefile, recovery

        w = self.window
        allowed = self.may_write(path)
        if allowed is None:
            return self.save_as()
        if not allowed:
            return False
        try:
            stamp = casefile.save(w.case, path)
        except CaseFileError as exc:
            w.show_error(str(exc))
            return False
        self.saved(path, stamp)
        w.setWindowModified(False)
        self.autosave_failed("")
        if self._session is not None:
            self._session.discard()
        for rec in self._declined:  # the work is safe now: the old copies may go
            recovery.remove(rec)
        self._declined = []
        w.update_title()
        w.settings.add_recent(str(path.resolve()))
        menus.refresh_recent(w)
        w.statusBar().showMessage(tr("Lagret {file}").format(file=path.name), 4000)
        return True

    # --- autosave and recovery ---------------------------------------------------------

    @property
    def session(self) -> recovery.Session:
        from ..core import recovery

        if self._session is None:
            self._session = recovery.Session()
        return self._session

    def autosave(self) -> bool:
        """Write unsaved work to the recovery folder (every 30 s, on every
        scenario change, and from the crash handler)."""
        from ..core import casefile

        if not self.window.isWindowModified():
            return False
        try:
            self.session.autosave(self.window.case, self.path, self.stamp)
        except (OSError, CaseFileError) as exc:
            why = casefile.os_error(exc) if isinstance(exc, OSError) else str(exc)
            self.autosave_failed(tr("Kunne ikke lagre sikkerhetskopi av saken: {error}").format(error=why))
            return False
        self.autosave_failed("")
        return True

    def autosave_failed(self, text: str) -> None:
        """A failed autosave stays in the status bar until one succeeds (or the case is saved)."""
        if self.autosave_warning is None:
            if not text:
                return
            self.autosave_warning = QLabel()
            self.autosave_warning.setObjectName("autosaveWarning")
            self.window.statusBar().insertPermanentWidget(0, self.autosave_warning)
        self.autosave_warning.setText("⚠ " + text if text else "")
        self.autosave_warning.setVisible(bool(text))

    def ask_restore(self, rec) -> bool:
        when = fmt_date(rec.saved) + " " + rec.saved[11:16]
        text = tr("Programmet ble avsluttet uten at saken {reference} ble lagret. En sikkerhetskopi fra {when} "
                  "finnes. Vil du gjenopprette den?").format(reference=rec.reference or tr("(uten saksnummer)"),
                                                             when=when)
        if rec.original:
            text += "\n\n" + tr("Saken ble åpnet fra {file}.").format(file=rec.original)
        return dialogs.confirm(self.window, text, default_yes=True)

    def ask_remove_damaged(self, rec) -> bool:
        text = tr("En sikkerhetskopi fra en tidligere økt er skadet og kan ikke gjenopprettes: {file}. "
                  "Vil du slette den?").format(file=rec.path)
        return dialogs.confirm(self.window, text, default_yes=False)

    def offer_recovery(self) -> bool:
        """At start: offer to restore work a crashed or killed session left.
        A declined copy stays until the next successful save (the status bar
        says where); a damaged one is removed only when the caseworker agrees."""
        from ..core import recovery

        recovery.clean_strays()
        recovery.clean_old_previews()
        for rec in recovery.orphaned(exclude=self.session):
            if rec.damaged:
                if self.ask_remove_damaged(rec):
                    recovery.remove(rec)
                continue
            if not self.ask_restore(rec):
                self._declined.append(rec)
                self.window.statusBar().showMessage(tr("Sikkerhetskopien er beholdt til neste lagring: {file}").format(
                    file=rec.path))
                continue
            try:
                case = recovery.restore(rec)
            except CaseFileError as exc:
                rec.damaged = True
                self.window.show_error(tr("Sikkerhetskopien kunne ikke leses: {error}").format(error=exc))
                if self.ask_remove_damaged(rec):
                    recovery.remove(rec)
                continue
            self._restore(case, rec)
            recovery.remove(rec)
            return True
        return False

    def _restore(self, case: Case, rec) -> None:
        """The recovered case, tied to its file only as far as the file is still
        the one the case came from (a later save checks the stamp and asks)."""
        original = Path(rec.original) if rec.original else None
        locked = (None, False)
        if original is not None and original.exists():
            locked = self.take_lock(original) or (None, True)
        self.window.set_case(case, original, rec.stamp, *locked)
        self.window.setWindowModified(True)
        self.autosave()

    def shutdown(self) -> None:
        """End without asking (log-out, SIGTERM): unsaved work stays in the
        recovery folder for the next start; the lock on the case is released."""
        self.autosave_timer.stop()
        modified = self.window.isWindowModified() and self.autosave()
        if self._session is not None:
            self._session.close(keep=modified)
            self._session = None  # Qt 6's quit() closes the window next: nothing left to discard
        self.release()

    def close(self) -> bool:
        """When the window closes: False when the caseworker cancels."""
        if not self.maybe_save():
            return False
        self.autosave_timer.stop()
        if self._session is not None:
            self._session.close()
            self._session = None
        self.release()
        return True


class ShortcutGuard(QObject):
    """The window's own shortcuts win over a text field's key bindings. On X11
    (and in KDE and GNOME) a line edit claims Ctrl+E for "end of line", so the
    export shortcut did nothing while a text field had the focus. Installed on
    each line edit as it gets the focus: no filter on every event of the app."""

    def __init__(self, parent, keys: tuple[str, ...]):
        super().__init__(parent)
        self._names, self._keys = keys, None

    @property
    def keys(self) -> set[int]:
        """The guarded keys, read when first needed: QKeySequence is not
        built before the first frame (issue 23)."""
        if self._keys is None:
            from PySide6.QtGui import QKeySequence

            self._keys = {QKeySequence(k)[0].toCombined() for k in self._names}
        return self._keys

    def focus_changed(self, _old, new) -> None:
        if isinstance(new, QLineEdit) and not new.property("shortcutGuard"):
            new.installEventFilter(self)
            new.setProperty("shortcutGuard", True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination().toCombined() in self.keys:
            event.ignore()  # not claimed by the field: the shortcut map runs the action
            return True
        return False
