"""The user's folders (data and logs) and the one file lock the app uses: the layer
under the data in force, the recovery files and the portfolio log."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP, AUTHOR = "Startlan Desktop", "Startlan"


def data_dir() -> Path:
    """The user data folder (STARTLAN_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get("STARTLAN_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP, AUTHOR))


def log_dir() -> Path:
    override = os.environ.get("STARTLAN_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP, AUTHOR))


def cache_dir() -> Path:
    """Derived files the app can make again (the PDF's parsed fonts)."""
    override = os.environ.get("STARTLAN_DATA_DIR")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP, AUTHOR))


def try_lock(fh) -> bool:
    """Take an exclusive lock on an open file without waiting; False when another process holds it."""
    # imported with the first lock, not at start-up: a C module loaded for nothing before the
    # window's first frame (~0.4 ms, issue 23), where no case file is open yet
    try:
        if sys.platform == "win32":  # pragma: no cover
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
