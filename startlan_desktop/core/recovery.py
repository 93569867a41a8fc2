"""Autosave and recovery of unsaved work, in the user data folder.

Each running session autosaves to `recovery/<session>.startlan` and holds an
exclusive lock on `<session>.lock` while it lives. A recovery file whose lock
can be taken belongs to a session that crashed or was killed: the next start
offers to restore it. Saving or discarding the case removes the file; a file
the caseworker declined stays until the next successful save."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import casefile
from .errors import CaseFileError, ValidationError
from .model import Case
from .userdirs import APP, AUTHOR, data_dir, log_dir, try_lock  # noqa: F401 - recovery.X as before
from .validation import check_sizes


def recovery_dir() -> Path:
    d = data_dir() / "recovery"
    d.mkdir(parents=True, exist_ok=True)
    return d


@dataclass
class Recovery:
    path: Path
    saved: str
    original: str | None  # absolute, as resolved when autosaved
    reference: str
    stamp: casefile.Stamp | None = None  # the original file as last loaded or saved
    damaged: bool = False  # unreadable: reported, removed after asking

    def load(self) -> Case:
        """The case as it was (values may be out of range, as they were on screen),
        but within the size bounds."""
        case = casefile.load_bytes(casefile.read_bytes(self.path), validate=False,
                                   extra_keys=casefile.EXTRA_TOP_KEYS)
        try:
            check_sizes(case)
        except ValidationError as exc:
            raise CaseFileError(f"{exc.message} ({exc.field})") from None
        return case


class Session:
    """One running app's autosave slot, locked while the app lives."""

    def __init__(self, session_id: str | None = None):
        self.id = session_id or f"{os.getpid()}-{dt.datetime.now():%Y%m%d%H%M%S%f}"
        folder = recovery_dir()
        self.file = folder / f"{self.id}.startlan"
        self.lock_file = folder / f"{self.id}.lock"
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        self._lock = os.fdopen(fd, "a+b")  # held for the session's life
        try_lock(self._lock)

    def autosave(self, case: Case, original: Path | None, stamp: casefile.Stamp | None = None) -> None:
        """`original`: the case's file (stored absolute and resolved, so a start
        from another folder finds the same file); `stamp`: that file as last
        loaded or saved, so a restored case is never saved over another one."""
        doc = json.loads(casefile.dumps(case))
        doc["recovery"] = {"saved": dt.datetime.now().isoformat(timespec="seconds"),
                           "original": str(casefile.target(original)) if original else None,
                           "stamp": stamp.to_dict() if stamp else None}
        casefile.atomic_write(self.file, (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8"),
                              backup=False)

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)

    def close(self, keep: bool = False) -> None:
        """End the session; `keep` leaves the autosave to be offered at the next
        start (log-out or shut-down with unsaved work)."""
        if not keep:
            self.discard()
        lock = self.lock_file
        self._lock.close()
        lock.unlink(missing_ok=True)


def orphaned(exclude: Session | None = None) -> list[Recovery]:
    """Recovery files left by sessions that are no longer running, newest first."""
    found = []
    for f in recovery_dir().glob("*.startlan"):
        if exclude is not None and f == exclude.file:
            continue
        lock = f.with_suffix(".lock")
        if lock.exists():
            with open(lock, "a+b") as fh:
                if not try_lock(fh):
                    continue  # a live session holds it
        found.append(_describe(f))
    return sorted(found, key=lambda r: r.saved, reverse=True)


def _describe(f: Path) -> Recovery:
    try:
        doc = casefile.parse(casefile.decode(casefile.read_bytes(f)))
        meta = doc.get("recovery") or {}
        ref = (doc.get("case") or {}).get("reference", "")
        original = meta.get("original")
        return Recovery(f, str(meta.get("saved", "")), str(original) if original else None, str(ref)[:200],
                        casefile.Stamp.from_dict(meta.get("stamp")))
    except (CaseFileError, AttributeError, TypeError):
        return Recovery(f, "", None, "", damaged=True)


STRAY_AGE_S = 120  # a temporary file older than this belongs to no save in progress


def clean_strays(folder: Path | None = None, now: float | None = None, pattern: str = ".*.tmp") -> list[Path]:
    """Remove the hidden `.tmp` files a kill during a save left behind (in the
    recovery folder, or in a case folder), and lock files of recovery sessions
    that are gone. Returns what was removed."""
    folder = folder or recovery_dir()
    now = time.time() if now is None else now
    removed = []
    for f in folder.glob(pattern):
        try:
            if f.is_file() and now - f.stat().st_mtime > STRAY_AGE_S:
                f.unlink()
                removed.append(f)
        except OSError:
            continue
    return removed


def remove(rec: Recovery) -> None:
    rec.path.unlink(missing_ok=True)
    rec.path.with_suffix(".lock").unlink(missing_ok=True)


def clean_old_previews() -> list[Path]:
    """Whole budget sheets that print previews of earlier versions left in the
    system's temporary folder (`startlan-*.pdf`); the preview now works from memory."""
    return clean_strays(Path(tempfile.gettempdir()), pattern="startlan-*.pdf")


def clean_case_folder(case_path: Path) -> list[Path]:
    """Stray temporary files of saves in a case's folder (only ours: `.<name>.startlan.*.tmp`)."""
    return clean_strays(Path(case_path).parent, pattern=".*" + casefile.SUFFIX + "*.tmp")


def restore(rec: Recovery) -> Case:
    """The recovered case; CaseFileError when the file is damaged (the caller
    asks before removing it)."""
    return rec.load()
