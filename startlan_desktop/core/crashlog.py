"""A crash log without personal data: the exception's type and where it
happened (file, line, function), never its message or any values, which may
hold names or amounts."""

from __future__ import annotations

import datetime as dt
import os
import platform
import traceback
from pathlib import Path

from .. import __version__


def describe(exc_type, exc, tb) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"{dt.datetime.now().isoformat(timespec='seconds')} startlan-desktop {__version__} "
             f"Python {platform.python_version()} {platform.system()}",
             f"{exc_type.__module__}.{exc_type.__qualname__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines) + "\n"


def write(exc_type, exc, tb, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "startlan-crash.log"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)  # owner only, like every file the app writes
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(describe(exc_type, exc, tb) + "\n")
    return path
