"""Work done ahead on the machine's second core while this process goes on
(issue 23). `startlan pdf` spends its time in two halves that do not need each
other: loading reportlab with the fonts, and computing the sheet's figures
(the goal-seek, the years ahead, the life events). On Linux the figures are
computed in a forked child while the parent loads reportlab.

The child's answer comes back pickled through a pipe from our own fork, so no
foreign data is unpickled. Whatever goes wrong in the child (an error in the
case, a refused fork, an answer that does not pickle, a signal) comes back as
no answer, and the caller then does the work itself: its errors, messages and
exit codes are those of the sequential path. Never used in the window: a
process with Qt's threads must not fork.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any

NO_FORK = "STARTLAN_NO_FORK"  # set (to anything) to do everything in one process


def _may_fork() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get(NO_FORK):
        return False  # macOS and Windows: no fork worth having; the caller works sequentially
    # on one core the child would only take turns with the parent
    return len(os.sched_getaffinity(0)) >= 2 and single_threaded()


def single_threaded() -> bool:
    """Is this process one thread (Linux)? A fork copies only the thread that
    calls it: a lock another thread holds (Qt's, a library's) would stay held
    in the child forever, so a process with threads does not fork."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class Ahead:
    """A computation started in a forked child: `result(fallback)` waits for
    its answer, or returns fallback() when there is none. Use it as a context
    manager, so a child whose answer is not asked for is ended, not left behind."""

    def __init__(self, pid: int | None = None, fd: int | None = None):
        self._pid, self._fd = pid, fd

    @property
    def forked(self) -> bool:
        return self._pid is not None

    def result(self, fallback: Callable[[], Any]) -> Any:
        if self._pid is None or self._fd is None:
            return fallback()
        with os.fdopen(self._fd, "rb") as pipe:
            data = pipe.read()
        self._fd = None
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if os.waitstatus_to_exitcode(status) != 0 or not data:
            return fallback()
        try:
            return pickle.loads(data)
        except Exception:  # noqa: BLE001 (a broken answer is no answer)
            return fallback()

    def close(self) -> None:
        """End a child whose answer was not asked for."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            except OSError:  # already gone
                pass
            self._pid = None

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start(fn: Callable[[], Any]) -> Ahead:
    """Run `fn` in a forked child where that helps (Linux, two cores or more);
    otherwise nothing starts and `result(fallback)` runs the fallback."""
    if not _may_fork():
        return Ahead()
    try:
        sys.stdout.flush()  # what the parent has buffered is written once, by the parent
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed or gone output: nothing to fork for
        return Ahead()
    r, w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        return Ahead()
    if pid == 0:  # pragma: no cover (the child; its effect is tested through the parent)
        _child(fn, r, w)
    os.close(w)
    return Ahead(pid, r)


def _child(fn: Callable[[], Any], r: int, w: int) -> None:  # pragma: no cover (runs in the child)
    code = 1
    try:
        os.close(r)
        quiet = os.open(os.devnull, os.O_WRONLY)  # the parent alone speaks to the user
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        data = pickle.dumps(fn(), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(w, "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:  # noqa: BLE001, S110 (no answer: the parent works it out itself)
        pass
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's copied buffers
