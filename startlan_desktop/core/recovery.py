"""Autosave and recovery of unsaved work, in the user data folder.

Each running session autosaves to `recovery/<session>.startlan` and holds an
exclusive lock on `<session>.lock` while it lives. A recovery file whose lock
can be taken belongs to a session that crashed or was killed: the next start
offers to restore it. Saving or discarding the case removes the file."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import casefile
from .errors import CaseFileError
from .model import Case

APP, AUTHOR = "Startlan Desktop", "Startlan"


def data_dir() -> Path:
    """The user data folder (STARTLAN_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get("STARTLAN_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, AUTHOR))


def log_dir() -> Path:
    override = os.environ.get("STARTLAN_DATA_DIR")
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, AUTHOR))


def recovery_dir() -> Path:
    d = data_dir() / "recovery"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _try_lock(fh) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


@dataclass
class Recovery:
    path: Path
    saved: str
    original: str | None
    reference: str

    def load(self) -> Case:
        """The case as it was (values may be out of range, as they were on screen),
        but within the size bounds."""
        from .errors import ValidationError
        from .validation import check_sizes

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
        self._lock = open(folder / f"{self.id}.lock", "a+b")  # noqa: SIM115 (held for the session's life)
        _try_lock(self._lock)

    def autosave(self, case: Case, original: Path | None) -> None:
        doc = casefile.to_dict(case)
        doc["recovery"] = {"saved": dt.datetime.now().isoformat(timespec="seconds"),
                           "original": str(original) if original else None}
        casefile.atomic_write(self.file, (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8"),
                              backup=False)

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)

    def close(self) -> None:
        self.discard()
        lock = Path(self._lock.name)
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
                if not _try_lock(fh):
                    continue  # a live session holds it
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
            meta = doc.get("recovery", {})
            ref = doc.get("case", {}).get("reference", "")
            found.append(Recovery(f, str(meta.get("saved", "")), meta.get("original"), str(ref)))
        except (OSError, ValueError, AttributeError):
            continue
    return sorted(found, key=lambda r: r.saved, reverse=True)


def remove(rec: Recovery) -> None:
    rec.path.unlink(missing_ok=True)
    rec.path.with_suffix(".lock").unlink(missing_ok=True)


def restore(rec: Recovery) -> Case:
    try:
        return rec.load()
    except CaseFileError:
        remove(rec)
        raise
