"""The timing loop the separate benchmark scripts share (timeline.py,
goalseek.py, portfolio.py); benchmarks/run.py alternates A and B instead
(`pairs`, `in_process_pairs`)."""

from __future__ import annotations

import time
from collections.abc import Callable


def timed(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Milliseconds of each of `repeat` calls of `fn`, one after another, by
    `clock`: `time.perf_counter` for the wall clock, `time.process_time` for
    this process's CPU time (less touched by other processes' load)."""
    out = []
    for _ in range(repeat):
        t = clock()
        fn()
        out.append((clock() - t) * 1000)
    return out
