"""Measured figures for Startlån Desktop, each against its budget and, where a
baseline exists, as a ratio to that baseline measured in the same run.

    python benchmarks/run.py              full run (5-10 minutes on 2 shared cores)
    python benchmarks/run.py --pairs 12   fewer A/B pairs
    python benchmarks/run.py --quick      smoke run for CI (few samples, figures not meaningful)
    python benchmarks/run.py --markdown   the table as Markdown (benchmarks/RESULTS.md)
    python benchmarks/run.py --bundle     also build the bundle and a minimal PySide6 bundle to size them
    python benchmarks/run.py --only instructions
                                          the start-up counted in instructions (valgrind's callgrind,
                                          ~40 s; part of every full run): the same figure whatever the
                                          machine's load, for comparing sessions and machines

Honesty rules (issue 23): the app (A) and its baseline (B) run alternately,
pair by pair, as whole processes, with the order inside a pair swapped every
pair, so machine load hits both alike; the ratio is taken per pair and its
median and spread (p10–p90) are reported. The package is byte-compiled
first (an installed app runs from bytecode; PYTHONDONTWRITEBYTECODE is set
on these machines). Edits are typed into a field with QTest, the path a
caseworker's keystroke takes, and timed until the comparison is repainted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = str(ROOT / "benchmarks" / "probe.py")
LOAD_AT_START: list[float] = []  # the machine's load average when the run began
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The baseline window: a QLabel the size of the app's window, shown, painted once, exit.
MINIMAL_WINDOW = """\
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
class P(QObject):
    done = False
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not P.done:
            P.done, P.at = True, time.time()
        return False
app = QApplication([])
w = QLabel("Startlån")
w.resize(1440, 900)
p = P(w)
w.installEventFilter(p)
w.show()
end = time.perf_counter() + 5
while not P.done and time.perf_counter() < end:
    app.processEvents()
print(f"first-paint {P.at:.6f}", flush=True)
"""


@dataclass
class Spread:
    median: float
    p10: float
    p90: float
    n: int

    @classmethod
    def of(cls, xs: list[float]) -> Spread:
        xs = sorted(xs)
        if len(xs) == 1:
            return cls(xs[0], xs[0], xs[0], 1)
        q = statistics.quantiles(xs, n=10, method="inclusive")
        return cls(statistics.median(xs), q[0], q[8], len(xs))

    def text(self, unit: str, digits: int = 1) -> str:
        return f"{self.median:.{digits}f} {unit} ({self.p10:.{digits}f}–{self.p90:.{digits}f})"


@dataclass
class Figure:
    name: str
    value: Spread
    unit: str
    budget: str
    met: bool | None
    baseline: str = ""
    base: Spread | None = None
    ratio: Spread | None = None
    digits: int = 1


# --- measuring -----------------------------------------------------------------------


def measure(cmd: list[str], env: dict) -> tuple[float, float, float, str]:
    """(ms, peak RSS MB, CPU ms, stdout) of one whole process: ms to the first
    paint when the process reports one ("first-paint <epoch>"), else to its end;
    os.wait4 gives this child's own peak RSS and its CPU time (user + system,
    the workers it waited for included: what the process costs, where the wall
    time on a shared machine also holds the waiting for a core)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t, spawned = time.perf_counter(), time.time()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - t) * 1000
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait again
        if p.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {err.read().decode(errors='replace')[-2000:]}")
        out.seek(0)
        text = out.read().decode()
        painted = [float(line.split()[1]) for line in text.splitlines() if line.startswith("first-paint ")]
        if painted:  # start-up: to the first paint, not to the end of the process
            wall = (painted[0] - spawned) * 1000
        return wall, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000, text


def pairs(a: list[str], b: list[str], n: int, env: dict) -> tuple[list, list]:
    """n samples each of processes a and b, alternating, the order swapped every pair."""
    measure(a, env), measure(b, env)  # warm the disk cache
    ra, rb = [], []
    for i in range(n):
        if i % 2:
            rb.append(measure(b, env))
            ra.append(measure(a, env))
        else:
            ra.append(measure(a, env))
            rb.append(measure(b, env))
    return ra, rb


def in_process_pairs(fa, fb, n: int, inner: int = 1) -> tuple[list[float], list[float]]:
    """The same alternation for two in-process callables (ms per call)."""
    def once(f):
        t = time.perf_counter()
        for _ in range(inner):
            f()
        return (time.perf_counter() - t) / inner * 1000

    once(fa), once(fb)
    ta, tb = [], []
    for i in range(n):
        if i % 2:
            tb.append(once(fb))
            ta.append(once(fa))
        else:
            ta.append(once(fa))
            tb.append(once(fb))
    return ta, tb


def ratio_figure(name, ta, tb, unit, baseline, budget_ratio, digits=1, budget_abs=None) -> Figure:
    ratios = [x / y for x, y in zip(ta, tb)]
    r = Spread.of(ratios)
    a = Spread.of(ta)
    met = r.median <= budget_ratio if budget_ratio is not None else None
    budget = f"≤ {budget_ratio}×" if budget_ratio is not None else ""
    if budget_abs is not None:
        budget = (budget + " and " if budget else "") + f"≤ {budget_abs:g} {unit}"
        met = (met if met is not None else True) and a.median <= budget_abs
    return Figure(name, a, unit, budget, met, baseline, Spread.of(tb), r, digits)


def env_with_data(d: str) -> dict:
    return dict(os.environ, STARTLAN_DATA_DIR=d, QT_QPA_PLATFORM="offscreen")


# --- the figures -----------------------------------------------------------------------


def bench_startup(n: int, env: dict) -> list[Figure]:
    app = [sys.executable, "-m", "startlan_desktop", "--exit-after-startup"]
    minimal = [sys.executable, "-c", MINIMAL_WINDOW]
    ra, rb = pairs(app, minimal, n, env)
    wall = ratio_figure("start-up: process start to the first painted window", [r[0] for r in ra],
                        [r[0] for r in rb], "ms", "minimal PySide6 window", 1.6)
    mem = ratio_figure("peak memory (RSS) of that start", [r[1] for r in ra], [r[1] for r in rb], "MB",
                       "minimal PySide6 window", 1.4)
    return [wall, mem]


# Both starts end at their first paint (os._exit): the count is of the start, not the teardown.
APP_TO_FIRST_PAINT = """\
import os
from startlan_desktop.ui import app
real = app.wait_first_paint
def first_paint(qapp, win, timeout_s=10.0):
    real(qapp, win, timeout_s)
    os._exit(0)
app.wait_first_paint = first_paint
app.run(["--exit-after-startup"])
"""


def instructions(code: str, env: dict) -> float:
    """Millions of instructions a Python process runs (valgrind's callgrind):
    the same count for the same code whatever else the machine does, where
    milliseconds on these shared cores move by a fifth from run to run."""
    with tempfile.TemporaryDirectory() as d:
        out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={d}/out",
                              sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    total = [line for line in out.stderr.splitlines() if "Collected :" in line]
    return int(total[-1].split(":")[-1]) / 1e6


def bench_instructions(env: dict) -> list[Figure]:
    if shutil.which("valgrind") is None:
        return []
    report = 'print(f"first-paint {P.at:.6f}", flush=True)'
    assert report in MINIMAL_WINDOW  # else the baseline would be counted with its teardown
    minimal = MINIMAL_WINDOW.replace(report, "import os; os._exit(0)")
    a, b = instructions(APP_TO_FIRST_PAINT, env), instructions(minimal, env)
    return [ratio_figure("start-up to the first paint, instructions (callgrind; independent of load)", [a], [b],
                         "M", "minimal PySide6 window", 1.6, digits=0)]


def bench_edit(n: int, env: dict) -> list[Figure]:
    out = []
    for which, label in (("example", "example case"), ("large", "large case (8 persons, 10 split 50-y scenarios)")):
        *_, text = measure([sys.executable, PROBE, "edit", which, str(n)], env)
        ms = json.loads(text.strip().splitlines()[-1])["ms"]
        s = Spread.of(ms)
        out.append(Figure(f"edit → comparison repainted, {label}, typed", s, "ms",
                          "≤ 16 ms at p90", s.p90 <= 16))
    return out


def write_cases(folder: Path, n: int) -> None:
    """n follow-up case files with fixed rates ending on different dates."""
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import followup_case

    for i in range(n):
        c = followup_case()
        c.reference = f"2026/{i:04d}"
        c.existing.balance = 900_000 + 997 * i
        c.existing.fixed_until = f"{2027 + i % 4}-{1 + i % 12:02d}-01"
        (folder / f"sak-{i:05d}{casefile.SUFFIX}").write_text(casefile.dumps(c), encoding="utf-8")


def bench_files(n: int, files: int, env: dict) -> list[Figure]:
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import example_case

    out = []
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "ex.startlan"
        p.write_text(casefile.dumps(example_case()), encoding="utf-8")
        ta, tb = in_process_pairs(lambda: casefile.load(p), lambda: json.loads(p.read_bytes().decode("utf-8")),
                                  max(n * 3, 5), inner=20)
        out.append(ratio_figure("load a case file (read, parse, check, validate)", ta, tb, "ms",
                                "read + parse the JSON", None, digits=2))
        folder = Path(d) / "cases"
        folder.mkdir()
        write_cases(folder, files)
        cli = [sys.executable, "-m", "startlan_desktop.cli", "expiries", str(folder)]
        base = [sys.executable, PROBE, "read-json", str(folder)]
        ra, rb = pairs(cli, base, max(n // 3, 2), env)
        budget = 5000 * files / 10_000  # the 5 s for 10 000 files, pro rata
        f = ratio_figure(f"`startlan expiries` over {files} case files (process)", [r[0] for r in ra],
                         [r[0] for r in rb], "ms", "a process that reads + parses the same JSON", None,
                         budget_abs=budget)
        out.append(f)
        freezes, idle, totals = [], [], []
        for _ in range(max(n // 5, 2)):
            *_, text = measure([sys.executable, PROBE, "expiry-window", str(folder)], env)
            r = json.loads(text.strip().splitlines()[-1])
            freezes.append(r["freeze_ms"])
            totals.append(r["total_ms"])
            *_, text = measure([sys.executable, PROBE, "idle-window", str(r["total_ms"])], env)
            idle.append(json.loads(text.strip().splitlines()[-1])["freeze_ms"])
        f = ratio_figure(f"expiry list in the window over {files} files: longest event-loop freeze (list ready "
                         f"after {statistics.median(totals):.0f} ms)", freezes, idle, "ms",
                         "the same window idle as long", None, budget_abs=100)
        f.budget = "never freezes: ≤ 100 ms"
        out.append(f)
    return out


def bench_pdf(n: int, env: dict) -> list[Figure]:
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import example_case

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "ex.startlan"
        p.write_text(casefile.dumps(example_case()), encoding="utf-8")
        pdf = [sys.executable, "-m", "startlan_desktop.cli", "pdf", str(p), "-o", str(Path(d) / "x.pdf")]
        compute = [sys.executable, "-m", "startlan_desktop.cli", "compute", str(p)]
        ra, rb = pairs(pdf, compute, n, env)
        proc = ratio_figure("`startlan pdf`, example case (process)", [r[0] for r in ra], [r[0] for r in rb], "ms",
                            "`startlan compute` process", None, budget_abs=400)
        cpu = ratio_figure("`startlan pdf`, example case (process, CPU time)", [r[2] for r in ra], [r[2] for r in rb],
                           "ms", "`startlan compute` (CPU)", None)
        cold, warm = [], []
        for _ in range(max(n // 3, 2)):
            *_, text = measure([sys.executable, PROBE, "first-pdf"], env)
            r = json.loads(text.strip().splitlines()[-1])
            cold.append(r["cold_ms"])
            warm.append(r["warm_ms"])
        first = ratio_figure("first PDF export from the window, 2 s after start (warmed in the background)", cold, warm, "ms",
                             "the second export in the same process", None, budget_abs=150)
    return [proc, cpu, first]


def bench_core(n: int) -> list[Figure]:
    """In-process core timings, for locating a regression (no budget of their own)."""
    from startlan_desktop.core import loans
    from startlan_desktop.core.example import example_case, large_case

    compute = _compute()
    ex, big = example_case(), large_case()
    out = []
    for label, case in (("example case", ex), ("large case", big)):
        ta, _ = in_process_pairs(lambda c=case: compute(c), lambda: None, max(n, 5), inner=3)
        out.append(Figure(f"core: compute the {label} (in process)", Spread.of(ta), "ms", "", None, digits=2))
    spec = loans.LoanSpec(2_050_000, 4.275, 600)
    parts = [loans.build_schedule(loans.LoanSpec(1_025_000, r, 600)) for r in (4.1, 4.3)]
    ta, _ = in_process_pairs(lambda: loans.combine(parts, spec), lambda: None, max(n, 5), inner=20)
    out.append(Figure("core: combine two 600-term parts (split loan)", Spread.of(ta), "ms", "", None, digits=2))
    return out


def bench_cli(n: int, env: dict, quick: bool) -> list[Figure]:
    """`startlan expiries` over 10 000 real files (benchmarks/cli_bench.py),
    wall and CPU time, against its baseline in the same run."""
    from cli_bench import bench_expiries_10k

    return bench_expiries_10k(2 if quick else max(n // 4, 3), env, 500 if quick else 10_000)


def _compute():
    try:
        from startlan_desktop.core.scenario import compute
    except ImportError:
        from startlan_desktop.core.budget import compute
    return compute


def dir_mb(path: Path) -> float:
    """Size in MiB, as `du -sh` shows it (the unit of the issue's 230 and 180)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def bench_bundle(build: bool) -> list[Figure]:
    app, minimal = ROOT / "build" / "dist" / "startlan-desktop", ROOT / "build" / "dist" / "minimal-pyside6"
    if build:
        subprocess.run(["bash", str(ROOT / "build" / "bundle.sh")], check=True)
        subprocess.run(["bash", str(ROOT / "build" / "bundle.sh"), "--minimal"], check=True)
    if not (app.is_dir() and minimal.is_dir()):
        return [Figure("bundle size (not measured: run with --bundle)", Spread(float("nan"), float("nan"),
                       float("nan"), 0), "MB", "≤ 180 MB", None)]
    a, b = dir_mb(app), dir_mb(minimal)
    return [Figure("bundle size (one folder, MiB)", Spread(a, a, a, 1), "MB", "≤ 180 MB", a <= 180,
                   "minimal PySide6 bundle", Spread(b, b, b, 1), Spread(a / b, a / b, a / b, 1))]


# --- output ------------------------------------------------------------------------------


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

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    start = f"{LOAD_AT_START[0]:.1f} at the start, " if LOAD_AT_START else ""
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores (load {start}{load:.1f} at the end), "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}")


def cells(f: Figure) -> list[str]:
    value = "–" if f.value.n == 0 else f.value.text(f.unit, f.digits)
    base = "" if f.base is None else f"{f.baseline}: {f.base.text(f.unit, f.digits)}"
    ratio = "" if f.ratio is None else f.ratio.text("×", 2)
    verdict = {True: "met", False: "NOT met", None: ""}[f.met]
    return [f.name, value, base, ratio, f.budget, verdict]


def render(figures: list[Figure], markdown: bool, args) -> str:
    head = ["figure", "median (p10–p90)", "baseline, same run", "ratio per pair", "budget", ""]
    rows = [cells(f) for f in figures]
    if markdown:
        lines = [f"# Benchmark results\n\nMeasured {dt.date.today():%d.%m.%Y} on {machine()}, with "
                 f"`python benchmarks/run.py --markdown{' --bundle' if args.bundle else ''}` ({args.pairs} pairs). "
                 "App and baseline alternate pair by pair as whole processes; ratios are per pair, "
                 "medians with p10–p90.\n",
                 "| " + " | ".join(head) + " |", "|---|---:|---|---:|---|---|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    widths[0] = min(widths[0], 70)
    out = ["  ".join(h.ljust(w) for h, w in zip(head, widths)), "-" * (sum(widths) + 10)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    out.append(machine())
    return "\n".join(out)


def byte_compile() -> None:
    """An installed app runs from bytecode (pip byte-compiles, the bundle ships
    .pyc); PYTHONDONTWRITEBYTECODE would otherwise make every start compile."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "startlan_desktop"), PROBE], check=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smoke run: few samples (for CI)")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--bundle", action="store_true", help="build the bundles first and size them (minutes)")
    ap.add_argument("--pairs", type=int, default=None, help="A/B pairs per process figure (default 30, quick 3)")
    ap.add_argument("--only", default="", help="comma-separated: startup,instructions,edit,files,pdf,core,cli,bundle")
    args = ap.parse_args(argv)
    args.pairs = args.pairs or (3 if args.quick else 30)
    files = 100 if args.quick else 1000
    edits = 10 if args.quick else 60
    byte_compile()
    LOAD_AT_START.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan"))
    only = set(filter(None, args.only.split(",")))
    want = lambda k: not only or k in only
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as d:
        env = env_with_data(d)
        if want("startup"):
            figures += bench_startup(args.pairs, env)
        if want("instructions") and not args.quick:  # ~40 s under valgrind
            figures += bench_instructions(env)
        if want("edit"):
            figures += bench_edit(edits, env)
        if want("files"):
            figures += bench_files(args.pairs, files, env)
        if want("pdf"):
            figures += bench_pdf(args.pairs, env)
        if want("core"):
            figures += bench_core(args.pairs)
        if want("cli"):
            figures += bench_cli(args.pairs, env, args.quick)
    if want("bundle"):
        figures += bench_bundle(args.bundle)
    print(render(figures, args.markdown, args))
    shutil.rmtree(ROOT / "benchmarks" / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
