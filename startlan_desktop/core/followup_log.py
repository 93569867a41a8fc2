"""The follow-up log of a loan portfolio: per loan, what was done and when
(letter sent, called, meeting, relief granted, no action), by whom, with a
note. It is the only thing the portfolio keeps: it names loans by number and
lives in a portfolio file beside the loan list (`startlan-oppfolging.json`),
so next month's list in the same folder finds it again.

The file is written atomically after every entry (a temporary file, fsynced,
renamed over the old one, the previous version kept as `.bak`; the
temporary file is created 0600), so a killed process leaves the old or the
new log, never half of one. While a log is open it holds a lock
(`.<name>.lock`), so two windows cannot write over each other's entries.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from dataclasses import asdict
from pathlib import Path

from .casefile import atomic_write
from .i18n import QT_TR_NOOP, tr
from .record import record
from .userdirs import try_lock

FORMAT = "startlan-portfolio"
VERSION = 1
FILENAME = "startlan-oppfolging.json"
MAX_BYTES = 20 * 1024 * 1024
ACTIONS = {"letter": QT_TR_NOOP("Brev sendt"), "called": QT_TR_NOOP("Ringt"), "meeting": QT_TR_NOOP("Møte"),
           "relief": QT_TR_NOOP("Lettelse innvilget"), "none": QT_TR_NOOP("Ingen tiltak")}
MAX_NOTE = 2000


class LogError(ValueError):
    """A log that cannot be opened or written; the message is for the user."""


def action_label(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


@record(frozen=True)
class Entry:
    loan: str  # the loan number
    date: str  # ISO date
    action: str  # a key of ACTIONS
    by: str = ""
    note: str = ""


def log_path_for(list_path: str | Path) -> Path:
    """The portfolio file beside a loan list."""
    return Path(list_path).resolve().parent / FILENAME


def _check_entry(e, i: int) -> Entry:
    if not isinstance(e, dict) or set(e) - {"loan", "date", "action", "by", "note"}:
        raise LogError(tr("Oppføring {n} i oppfølgingsloggen er ugyldig.").format(n=i + 1))
    try:
        entry = Entry(**{k: e[k] for k in ("loan", "date", "action")}, by=e.get("by", ""), note=e.get("note", ""))
    except KeyError:
        raise LogError(tr("Oppføring {n} i oppfølgingsloggen er ugyldig.").format(n=i + 1)) from None
    if not all(isinstance(v, str) for v in asdict(entry).values()) or entry.action not in ACTIONS:
        raise LogError(tr("Oppføring {n} i oppfølgingsloggen er ugyldig.").format(n=i + 1))
    try:
        dt.date.fromisoformat(entry.date)
    except ValueError:
        raise LogError(tr("Oppføring {n} i oppfølgingsloggen har en ugyldig dato.").format(n=i + 1)) from None
    return entry


def read_entries(path: str | Path) -> list[Entry]:
    """The entries of a log, read without locking it (for a listing)."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        if path.stat().st_size > MAX_BYTES:
            raise LogError(tr("Oppfølgingsloggen er for stor (over 20 MB)."))
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise LogError(tr("Oppfølgingsloggen {file} er skadet og kan ikke leses; den er ikke endret.").format(
            file=path.name)) from None
    except PermissionError:
        raise LogError(tr("Mangler tilgang til å lese {file}.").format(file=path.name)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("entries"), list):
        raise LogError(tr("{file} er ikke en oppfølgingslogg fra Startlån Desktop.").format(file=path.name))
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        raise LogError(tr("Oppfølgingsloggen er laget av en nyere versjon av programmet."))
    return [_check_entry(e, i) for i, e in enumerate(doc["entries"])]


class FollowUpLog:
    """An open log: read at open, locked until `close()`, saved on every add."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock_path = self.path.with_name(f".{self.path.name}.lock")
        try:
            self._lock = open(self._lock_path, "a+b")  # noqa: SIM115 (held while the log is open)
        except OSError as exc:
            raise LogError(tr("Kan ikke åpne oppfølgingsloggen: {error}.").format(error=exc.strerror or exc)) from None
        if not try_lock(self._lock):
            self._lock.close()
            raise LogError(tr("Oppfølgingsloggen {file} er åpen i et annet vindu eller hos en annen bruker.").format(
                file=self.path.name))
        try:
            self.entries = read_entries(self.path)
        except LogError:
            self.close()
            raise
        self._remove_stale_temporaries()

    def _remove_stale_temporaries(self) -> None:
        """A write killed before its rename leaves `.<name>.*.tmp`: ours, since we hold the lock."""
        for p in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            p.unlink(missing_ok=True)

    def __enter__(self) -> FollowUpLog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._lock is not None and not self._lock.closed:
            self._lock.close()

    def dumps(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "entries": [asdict(e) for e in self.entries]}
        return (json.dumps(doc, ensure_ascii=False, indent=0) + "\n").encode("utf-8")

    def save(self) -> None:
        try:
            atomic_write(self.path, self.dumps())
            os.chmod(self.path, 0o600)
        except OSError as exc:
            raise LogError(tr("Kunne ikke lagre oppfølgingsloggen: {error}.").format(error=exc.strerror or exc)) from None

    def add(self, loan: str, action: str, by: str = "", note: str = "", date: dt.date | None = None) -> Entry:
        """Record one thing done for a loan, and save at once."""
        return self.add_many([loan], action, by, note, date)[0]

    def add_many(self, loans: list[str], action: str, by: str = "", note: str = "",
                 date: dt.date | None = None) -> list[Entry]:
        if action not in ACTIONS:
            raise LogError(tr("Ukjent tiltak «{action}».").format(action=action))
        if len(note) > MAX_NOTE:
            raise LogError(tr("Notatet kan være høyst 2000 tegn."))
        day = (date or dt.date.today()).isoformat()
        new = [Entry(str(n), day, action, by.strip(), note.strip()) for n in loans]
        self.entries = self.entries + new
        try:
            self.save()
        except LogError:
            self.entries = self.entries[:-len(new)]
            raise
        return new

    def for_loan(self, loan: str) -> list[Entry]:
        return [e for e in self.entries if e.loan == loan]

    def last(self) -> dict[str, Entry]:
        """The latest entry per loan (entries are kept in the order made)."""
        out: dict[str, Entry] = {}
        for e in sorted(self.entries, key=lambda e: e.date):
            out[e.loan] = e
        return out

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";", lineterminator="\n")
        w.writerow(["lanenummer", "dato", "tiltak", "utfort_av", "notat"])
        for e in self.entries:
            w.writerow([e.loan, e.date, action_label(e.action), e.by, e.note])
        return buf.getvalue()
