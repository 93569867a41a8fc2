"""Print measured figures for the engine, the case computation and the CLI.

    python benchmarks/run.py           full run (a few seconds)
    python benchmarks/run.py --quick   smoke run for CI (figures not meaningful)

Each figure is a median of repeated runs, with the target it answers to.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(fn, repeat: int, inner: int = 1) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - t) / inner * 1000)
    return statistics.median(times)


def six_scenario_case():
    from startlan_desktop.core.example import example_case
    from startlan_desktop.core.model import Scenario

    case = example_case()
    case.scenarios += [Scenario("Serie 30 år", 2_050_000, 30, repayment="serial", base_rate_pct=4.025),
                       Scenario("Avdragsfri 3 år", 2_050_000, 40, base_rate_pct=4.025, interest_only_years=3)]
    return case


def bench_core(repeat: int) -> list[tuple[str, float, str, str]]:
    from startlan_desktop.core import loans
    from startlan_desktop.core.budget import compute

    case = six_scenario_case()
    compute(case)  # warm caches (data files)
    rows = [("compute case, 6 scenarios", median_ms(lambda: compute(case), repeat, 5), "ms", "< 5 ms")]
    spec = loans.LoanSpec(2_000_000, 4.275, 600, term_fee=30)
    rows.append(("600-term schedule", median_ms(lambda: loans.build_schedule(spec), repeat, 20), "ms", "–"))
    sched = loans.build_schedule(spec)
    rows.append(("effective rate, 600 terms",
                 median_ms(lambda: loans.effective_rate_pct(2e6, sched.payments, 12), repeat, 20), "ms", "–"))
    amounts = [1_000_000 + 1000 * i for i in range(1000)]
    rates = [3 + (i % 50) / 10 for i in range(1000)]
    rows.append(("1 000 × 50-year schedules, vectorised",
                 median_ms(lambda: loans.batch_annuity_balances(amounts, rates, 600), repeat), "ms", "–"))
    specs = [loans.LoanSpec(a, r, 600) for a, r in zip(amounts[:1000], rates)]
    rows.append(("1 000 × 50-year schedules, plain loop",
                 median_ms(lambda: [loans.build_schedule(s, check=False) for s in specs], max(repeat // 3, 1)),
                 "ms", "–"))
    c2 = copy.deepcopy(case)
    rows.append(("recalculate after an edit (core)",
                 median_ms(lambda: (setattr(c2.scenarios[0], "term_years", 50), compute(c2)), repeat, 5), "ms",
                 "< 5 ms"))
    return rows


def bench_ui(repeat: int) -> list[tuple[str, float, str, str]]:
    """Recalculation after an edit with the views updated (tables, charts, schedule)."""
    from PySide6.QtCore import QSettings

    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui.app import make_app
    from startlan_desktop.ui.main_window import MainWindow
    from startlan_desktop.ui.settings import AppSettings

    app = make_app()
    with tempfile.TemporaryDirectory() as d:
        w = MainWindow(AppSettings(QSettings(str(Path(d) / "s.ini"), QSettings.Format.IniFormat)))
        w.set_case(example_case())
        w.resize(1440, 900)
        w.show()
        app.processEvents()
        years = iter([40, 50, 35, 30] * 1000)

        def edit():
            w.case.scenarios[0].term_years = next(years)
            w.recompute()
            app.processEvents()

        edit()
        ms = median_ms(edit, repeat)
        w.setWindowModified(False)
        w.close()
    return [("recalculate after an edit (core + views), 4 scenarios", ms, "ms", "< 16 ms")]


def bench_pdf(repeat: int) -> list[tuple[str, float, str, str]]:
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.example import example_case
    from startlan_desktop.core.model import Member, Scenario
    from startlan_desktop.reports.budget_sheet import SheetOptions, build_pdf

    example = compute(example_case())
    build_pdf(example)  # fonts registered, imports done
    rows = [("PDF export, example case (4 pages, PDF/A)", median_ms(lambda: build_pdf(example), repeat), "ms",
             "< 500 ms")]
    big = example_case()
    big.members += [Member("child", age_years=a) for a in (16, 8, 1)]
    big.scenarios += [Scenario(f"{y} år", 2_050_000, y, base_rate_pct=4.025) for y in (25, 35, 40, 45)]
    result = compute(big)
    rows.append(("PDF export, 7 persons, 8 scenarios, schedule",
                 median_ms(lambda: build_pdf(result, SheetOptions(schedule=True)), repeat), "ms", "–"))
    return rows


def bench_cli(repeat: int) -> list[tuple[str, float, str, str]]:
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import example_case

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "ex.startlan"
        casefile.save(example_case(), p)
        cmd = [sys.executable, "-m", "startlan_desktop.cli", "compute", str(p)]
        run = lambda: subprocess.run(cmd, check=True, capture_output=True)
        run()
        wall = median_ms(run, repeat)
        base = median_ms(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), repeat)
    return [("`startlan compute` process, example case", wall, "ms", "< 500 ms"),
            ("bare `python -c pass` (baseline)", base, "ms", f"ratio {wall / base:.1f}x")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smoke run: few repetitions")
    args = ap.parse_args(argv)
    repeat = 3 if args.quick else 21
    rows = bench_core(repeat) + bench_ui(repeat) + bench_pdf(3 if args.quick else 11) + bench_cli(3 if args.quick else 11)
    w = max(len(r[0]) for r in rows)
    print(f"{'figure':<{w}}  {'median':>10}  target")
    print("-" * (w + 30))
    for name, value, unit, target in rows:
        print(f"{name:<{w}}  {value:>7.2f} {unit:<2}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
