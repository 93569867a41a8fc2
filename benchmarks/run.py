"""Print measured figures for Startlån Desktop, each a median of repeated runs
and a ratio to a baseline measured in the same run.

    python benchmarks/run.py              full run (about a minute)
    python benchmarks/run.py --quick      smoke run for CI (few repetitions, figures not meaningful)
    python benchmarks/run.py --markdown   the table as Markdown (benchmarks/RESULTS.md)

Baselines: start-up and memory against a minimal PySide6 window; in-process
timings against a fixed pure-Python workload (so ratios compare machines);
the vectorised engine against the plain loop.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MINIMAL_WINDOW = ("from PySide6.QtWidgets import QApplication, QLabel; app = QApplication([]); "
                  "w = QLabel('Startlån'); w.resize(1440, 900); w.show(); app.processEvents()")
PEAK_RSS = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: str
    ratio: float | None
    target: str


def median_ms(fn, repeat: int, inner: int = 1) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - t) / inner * 1000)
    return statistics.median(times)


def reference_ms(repeat: int) -> float:
    """A fixed pure-Python workload: the unit the in-process ratios are in."""
    def work():
        total = 0.0
        for i in range(200_000):
            total += i * 1.000001
        return total

    return median_ms(work, repeat)


def process_ms(cmd: list[str], repeat: int, env: dict) -> float:
    subprocess.run(cmd, check=True, capture_output=True, env=env)  # warm the disk cache
    return median_ms(lambda: subprocess.run(cmd, check=True, capture_output=True, env=env), repeat)


def peak_rss_mb(cmd: list[str], repeat: int, env: dict) -> float:
    runs = [int(subprocess.run([sys.executable, "-c", PEAK_RSS, *cmd], check=True, capture_output=True,
                               text=True, env=env).stdout.strip()) / 1024 for _ in range(repeat)]
    return statistics.median(runs)


def bench_startup(repeat: int) -> list[Figure]:
    # An installed app runs from bytecode (pip byte-compiles, the bundle ships .pyc); an editable
    # checkout under PYTHONDONTWRITEBYTECODE would recompile every module on every start.
    import compileall

    compileall.compile_dir(str(ROOT / "startlan_desktop"), quiet=1)
    with tempfile.TemporaryDirectory() as d:
        env = dict(os.environ, STARTLAN_DATA_DIR=d, QT_QPA_PLATFORM="offscreen")
        app = [sys.executable, "-m", "startlan_desktop", "--exit-after-startup"]
        minimal = [sys.executable, "-c", MINIMAL_WINDOW]
        t_app, t_min = process_ms(app, repeat, env), process_ms(minimal, repeat, env)
        m_app, m_min = peak_rss_mb(app, max(repeat // 2, 1), env), peak_rss_mb(minimal, max(repeat // 2, 1), env)
    return [Figure("start-up to shown window, example case computed", t_app, "ms", "minimal PySide6 window",
                   t_app / t_min, "≤ 2.0x (1.3x ambition)"),
            Figure("  minimal PySide6 window (baseline)", t_min, "ms", "", None, ""),
            Figure("peak memory (RSS) after start-up", m_app, "MB", "minimal PySide6 window", m_app / m_min, "≤ 1.6x"),
            Figure("  minimal PySide6 window (baseline)", m_min, "MB", "", None, "")]


def six_scenario_case():
    from startlan_desktop.core.example import example_case
    from startlan_desktop.core.model import Scenario

    case = example_case()
    case.scenarios += [Scenario("Serie 30 år", 2_050_000, 30, repayment="serial", base_rate_pct=4.025),
                       Scenario("Avdragsfri 3 år", 2_050_000, 40, base_rate_pct=4.025, interest_only_years=3)]
    return case


def bench_core(repeat: int, ref: float) -> list[Figure]:
    from startlan_desktop.core import loans
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.example import example_case

    case6 = six_scenario_case()
    compute(case6)
    out = [Figure("compute a case, 6 scenarios", median_ms(lambda: compute(case6), repeat, 5), "ms", "reference",
                  None, "< 5 ms")]
    case4 = example_case()
    years = iter([40, 50, 35, 30] * 100_000)

    def edit():
        case4.scenarios[0].term_years = next(years)
        compute(case4)

    out.append(Figure("recalculate after an edit (core), 4 scenarios", median_ms(edit, repeat, 5), "ms", "reference",
                      None, "< 5 ms"))
    spec = loans.LoanSpec(2_000_000, 4.275, 600, term_fee=30)
    out.append(Figure("one 600-term schedule", median_ms(lambda: loans.build_schedule(spec), repeat, 20), "ms",
                      "reference", None, "–"))
    amounts = [1_000_000 + 1000 * i for i in range(1000)]
    rates = [3 + (i % 50) / 10 for i in range(1000)]
    vec = median_ms(lambda: loans.batch_annuity_balances(amounts, rates, 600), repeat)
    specs = [loans.LoanSpec(a, r, 600) for a, r in zip(amounts, rates)]
    loop = median_ms(lambda: [loans.build_schedule(s, check=False) for s in specs], max(repeat // 3, 1))
    out.append(Figure("1 000 × 50-year monthly schedules, vectorised", vec, "ms", "plain loop", vec / loop, "–"))
    out.append(Figure("1 000 × 50-year monthly schedules, plain loop", loop, "ms", "reference", None, "–"))
    for f in out:
        if f.baseline == "reference":
            f.ratio = f.value / ref
    return out


def bench_ui(repeat: int, ref: float) -> list[Figure]:
    from PySide6.QtCore import QSettings

    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui.app import make_app
    from startlan_desktop.ui.main_window import MainWindow
    from startlan_desktop.ui.settings import AppSettings

    app = make_app()
    with tempfile.TemporaryDirectory() as d:
        os.environ["STARTLAN_DATA_DIR"] = d
        w = MainWindow(AppSettings(QSettings(str(Path(d) / "s.ini"), QSettings.Format.IniFormat)))
        w.set_case(example_case())
        w.resize(1440, 900)
        w.show()
        app.processEvents()
        years = iter([40, 50, 35, 30] * 100_000)

        def edit():
            w.case.scenarios[0].term_years = next(years)
            w.recompute()
            app.processEvents()

        edit()
        ms = median_ms(edit, repeat)
        w.setWindowModified(False)
        w.close()
    return [Figure("recalculate after an edit (core + views, painted)", ms, "ms", "reference", ms / ref, "< 16 ms")]


def bench_pdf(repeat: int, ref: float) -> list[Figure]:
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.example import example_case
    from startlan_desktop.core.model import Member, Scenario
    from startlan_desktop.reports.budget_sheet import SheetOptions, build_pdf

    example = compute(example_case())
    build_pdf(example)  # fonts registered, imports done
    small = median_ms(lambda: build_pdf(example), repeat)
    big = example_case()
    big.members += [Member("child", age_years=a) for a in (16, 8, 1)]
    big.scenarios += [Scenario(f"{y} år", 2_050_000, y, base_rate_pct=4.025) for y in (25, 35, 40, 45)]
    result = compute(big)
    large = median_ms(lambda: build_pdf(result, SheetOptions(schedule=True)), repeat)
    return [Figure("PDF export, example case (PDF/A)", small, "ms", "reference", small / ref, "< 500 ms"),
            Figure("PDF export, 7 persons, 8 scenarios, schedule", large, "ms", "reference", large / ref, "–")]


def bench_cli(repeat: int) -> list[Figure]:
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import example_case

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "ex.startlan"
        casefile.save(example_case(), p)
        env = dict(os.environ)
        wall = process_ms([sys.executable, "-m", "startlan_desktop.cli", "compute", str(p)], repeat, env)
        base = process_ms([sys.executable, "-c", "pass"], repeat, env)
    return [Figure("`startlan compute` process, example case", wall, "ms", "bare `python -c pass`", wall / base,
                   "< 500 ms")]


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, PySide6 {PySide6.__version__}")


def render(figures: list[Figure], markdown: bool, ref: float) -> str:
    def ratio(f: Figure) -> str:
        return "" if f.ratio is None else f"{f.ratio:.2f}x {f.baseline}"

    if markdown:
        lines = [f"# Benchmark results\n\nMeasured {dt.date.today():%d.%m.%Y} on {machine()}, with "
                 "`python benchmarks/run.py --markdown`. Medians of repeated runs. The *reference* is a "
                 f"fixed pure-Python loop ({ref:.2f} ms here), so ratios compare machines.\n",
                 "| figure | median | ratio to baseline | target |", "|---|---:|---|---|"]
        lines += [f"| {f.name.strip()} | {f.value:.2f} {f.unit} | {ratio(f)} | {f.target} |" for f in figures]
        return "\n".join(lines) + "\n"
    w = max(len(f.name) for f in figures)
    out = [f"{'figure':<{w}}  {'median':>11}  {'ratio':<34} target", "-" * (w + 60)]
    out += [f"{f.name:<{w}}  {f.value:>8.2f} {f.unit:<2}  {ratio(f):<34} {f.target}" for f in figures]
    out.append(f"(reference: pure-Python loop, {ref:.2f} ms; {machine()})")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smoke run: few repetitions")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    repeat = 3 if args.quick else 21
    proc = 2 if args.quick else 21
    ref = reference_ms(repeat)
    figures = (bench_startup(proc) + bench_core(repeat, ref) + bench_ui(repeat, ref) + bench_pdf(proc, ref)
               + bench_cli(proc))
    print(render(figures, args.markdown, ref))
    return 0


if __name__ == "__main__":
    sys.exit(main())
