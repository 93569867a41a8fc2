"""The expiry list over 10 000 real case files (issue 23), wall and CPU time
(both from run.measure), each with the baseline measured alternately in the
same run (run.pairs).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from run import PROBE, Figure, Spread, pairs, ratio_figure, write_cases


def _two(label: str, ra, rb, baseline: str, budget_ms: float | None) -> list[Figure]:
    wall = ratio_figure(f"{label} (process, wall)", [r[0] for r in ra], [r[0] for r in rb], "ms", baseline, None,
                        budget_abs=budget_ms)
    cpu = ratio_figure(f"{label} (process, CPU time)", [r[2] for r in ra], [r[2] for r in rb], "ms",
                       baseline + " (CPU)", None)
    return [wall, cpu]


def bench_expiries_10k(n: int, env: dict, files: int = 10_000) -> list[Figure]:
    """`startlan expiries` over `files` case files written by the app (the
    follow-up example, fixed rates ending on different dates, each with its
    data snapshot, as saved), against a process that reads and parses the
    same files with json."""
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "cases"
        folder.mkdir()
        t = time.perf_counter()
        write_cases(folder, files)
        print(f"wrote {files} case files in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        cli = [sys.executable, "-m", "startlan_desktop.cli", "expiries", str(folder)]
        base = [sys.executable, PROBE, "read-json", str(folder)]
        ra, rb = pairs(cli, base, n, env)
    return _two(f"`startlan expiries` over {files} case files", ra, rb, "read + parse the same JSON",
                5000 * files / 10_000)  # the 5 s for 10 000 files, pro rata


def load_note() -> str:
    """The load average, to print beside a run (every figure depends on it)."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"


__all__ = ["Spread", "bench_expiries_10k", "load_note"]
