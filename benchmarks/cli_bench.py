"""The command-line figures of issue 23 that need more than benchmarks/run.py's
generic process pairs: the expiry list over 10 000 real case files, and the
CPU time beside the wall time for `startlan expiries` and `startlan pdf`.

CPU time (user + system of the process and the workers it waited for, from
os.wait4) is what the process itself costs; on a machine shared with other
work the wall time also holds the waiting for a core. Both are reported, each
with the baseline measured alternately in the same run (see run.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import PROBE, ROOT, Figure, Spread, ratio_figure, write_cases


def measure_cpu(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall ms, CPU ms) of one whole process, its reaped children included."""
    with open(os.devnull, "wb") as null, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=null, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - t) * 1000
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed: {err.read().decode(errors='replace')[-2000:]}")
        return wall, (usage.ru_utime + usage.ru_stime) * 1000


def cpu_pairs(a: list[str], b: list[str], n: int, env: dict) -> tuple[list, list]:
    """n samples of a and b alternating, the order swapped every pair (as run.pairs)."""
    measure_cpu(a, env), measure_cpu(b, env)  # warm the disk cache
    ra, rb = [], []
    for i in range(n):
        if i % 2:
            rb.append(measure_cpu(b, env))
            ra.append(measure_cpu(a, env))
        else:
            ra.append(measure_cpu(a, env))
            rb.append(measure_cpu(b, env))
    return ra, rb


def _two(label: str, ra, rb, baseline: str, budget_ms: float | None) -> list[Figure]:
    wall = ratio_figure(f"{label} (process, wall)", [r[0] for r in ra], [r[0] for r in rb], "ms", baseline, None,
                        budget_abs=budget_ms)
    cpu = ratio_figure(f"{label} (process, CPU time)", [r[1] for r in ra], [r[1] for r in rb], "ms",
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
        ra, rb = cpu_pairs(cli, base, n, env)
    return _two(f"`startlan expiries` over {files} case files", ra, rb, "read + parse the same JSON",
                5000 * files / 10_000)  # the 5 s for 10 000 files, pro rata


def bench_pdf_cpu(n: int, env: dict) -> list[Figure]:
    """`startlan pdf` against `startlan compute`, wall and CPU."""
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import example_case

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "ex.startlan"
        p.write_text(casefile.dumps(example_case()), encoding="utf-8")
        pdf = [sys.executable, "-m", "startlan_desktop.cli", "pdf", str(p), "-o", str(Path(d) / "x.pdf")]
        compute = [sys.executable, "-m", "startlan_desktop.cli", "compute", str(p)]
        ra, rb = cpu_pairs(pdf, compute, n, env)
    return _two("`startlan pdf`, example case", ra, rb, "`startlan compute`", 400)


def load_note() -> str:
    """The load average, to print beside a run (every figure depends on it)."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"


__all__ = ["Spread", "bench_expiries_10k", "bench_pdf_cpu", "load_note"]
