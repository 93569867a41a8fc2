"""Print the time a goal-seek takes ("Hva skal til?", issue 19): budget 50 ms per scenario.

    python benchmarks/goalseek.py [--repeat 15]

For each scenario of the example case: the median and the fastest of
repeated in-process runs of goal_seek() (every figure solved), the number of
compute() calls it made, the median CPU time of this process (less
touched by other processes' load than the wall clock), and one compute() of the same one-scenario case for
scale. The machine is shared, so the fastest run is the figure least touched
by other load; both are printed. Separate from benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import timed  # noqa: E402 (benchmarks/, the script's own folder)

BUDGET_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=15)
    args = p.parse_args(argv)
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.example import example_case
    from startlan_desktop.core.goalseek import goal_seek

    case = example_case()
    goal_seek(case, 0)  # warm the data caches
    print(f"goal-seek, example case, {args.repeat} runs each (budget {BUDGET_MS:.0f} ms per scenario)")
    print(f"{'scenario':<22} {'median ms':>10} {'fastest ms':>11} {'CPU ms':>7} {'compute() calls':>16} "
          f"{'one compute() ms':>17}")
    worst = worst_cpu = 0.0
    for i, s in enumerate(case.scenarios):
        runs = timed(lambda i=i: goal_seek(case, i), args.repeat)
        cpu = statistics.median(timed(lambda i=i: goal_seek(case, i), args.repeat, time.process_time))
        one = replace(case, scenarios=[s])
        single = statistics.median(timed(lambda one=one: compute(one), args.repeat))
        calls = goal_seek(case, i).evaluations
        worst, worst_cpu = max(worst, min(runs)), max(worst_cpu, cpu)
        print(f"{s.label:<22} {statistics.median(runs):>10.1f} {min(runs):>11.1f} {cpu:>7.1f} {calls:>16} {single:>17.2f}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"wall clock, worst scenario's fastest run: {worst:.1f} ms, {'within' if worst <= BUDGET_MS else 'OVER'} "
          f"the budget (load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"CPU time, worst scenario's median: {worst_cpu:.1f} ms, {'within' if worst_cpu <= BUDGET_MS else 'OVER'} "
          "the budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
