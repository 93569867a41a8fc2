"""Lock files beside open cases, the way office software does it.

Opening a case writes `.~lock.<name>#` next to it (the LibreOffice name; the
content, one item a line, in the manner of Qt's QLockFile): who has the case
open, on which machine, since when. A second instance, or a colleague on the
same shared drive, sees the lock and may open the case read-only or take it
over. A lock is stale when its process is gone on this machine, or when the
lock file is empty or damaged (a kill during its own write); a stale lock is
taken over silently. Pure Python: no Qt here.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import platform
import sys
import uuid
from pathlib import Path

from .. import __version__
from .record import record

PREFIX, SUFFIX = ".~lock.", "#"
APP = f"startlan-desktop {__version__}"


def lock_path(case_path: str | os.PathLike) -> Path:
    """The lock file of a case: beside the real file (through symlinks)."""
    real = Path(os.path.realpath(case_path))
    return real.with_name(f"{PREFIX}{real.name}{SUFFIX}")


def _host() -> str:
    return platform.node()  # the machine's own name, from uname: no socket


def _user() -> str:
    """The login name from the environment only: a passwd lookup may ask a
    directory service over the network (nscd, sssd, LDAP)."""
    for var in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(var):
            return os.environ[var]
    return ""


@record(frozen=True)
class Holder:
    """Who holds a lock."""
    pid: int
    app: str
    host: str
    user: str
    since: str  # ISO date and time
    token: str

    def text(self) -> str:
        return "\n".join([str(self.pid), self.app, self.host, self.user, self.since, self.token]) + "\n"

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        lines = text.splitlines()
        if len(lines) < 6 or not lines[0].strip().isdigit():
            return None
        return cls(int(lines[0]), lines[1], lines[2], lines[3], lines[4], lines[5])


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover (os.kill(pid, 0) would end the process there)
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def stale(holder: Holder | None) -> bool:
    """A damaged lock, or one whose process is gone on this machine. A lock
    from another machine is never judged stale: its owner may still work."""
    if holder is None:
        return True
    return holder.host == _host() and not _alive(holder.pid)


def read(case_path: str | os.PathLike) -> Holder | None:
    """The current holder of a case's lock, None when it is free or stale."""
    p = lock_path(case_path)
    try:
        with open(p, encoding="utf-8", errors="replace") as fh:
            h = Holder.parse(fh.read(4096))
    except OSError:
        return None
    return None if stale(h) else h


class Locked(Exception):
    def __init__(self, holder: Holder):
        super().__init__(f"{holder.user}@{holder.host}")
        self.holder = holder


class CaseLock:
    """This instance's lock on one case file."""

    def __init__(self, case_path: str | os.PathLike):
        self.path = lock_path(case_path)
        self.holder = Holder(os.getpid(), APP, _host(), _user(), dt.datetime.now().isoformat(timespec="seconds"),
                             uuid.uuid4().hex)

    @classmethod
    def acquire(cls, case_path: str | os.PathLike, force: bool = False) -> CaseLock:
        """Lock the case, or raise Locked naming who holds it. `force` takes a
        live lock over (the caseworker chose to)."""
        lock = cls(case_path)
        for _ in range(3):
            try:
                fd = os.open(lock.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                current = read(case_path)
                if current is not None and not force:
                    raise Locked(current) from None
                lock.path.unlink(missing_ok=True)  # stale, or taken over
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(lock.holder.text())
            return lock
        raise Locked(read(case_path) or lock.holder)

    def held(self) -> bool:
        """Still ours (a colleague may have taken it over)."""
        try:
            with open(self.path, encoding="utf-8", errors="replace") as fh:
                h = Holder.parse(fh.read(4096))
        except OSError:
            return False
        return h is not None and h.token == self.holder.token

    def release(self) -> None:
        if self.held():
            self.path.unlink(missing_ok=True)
