"""Workloads that benchmarks/run.py starts as separate processes, one per
sample, so that each sample pays what a caseworker pays (imports, first
paint, teardown). Each prints one JSON line on stdout.

    python benchmarks/probe.py minimal-window     a minimal PySide6 window, shown and painted once
    python benchmarks/probe.py app-window         the app's window, the example case, painted once
    python benchmarks/probe.py edit CASE N        N keystrokes typed into an income field → painted
    python benchmarks/probe.py first-pdf          the window's first PDF export (cold)
    python benchmarks/probe.py read-json DIR      read and parse every case file in DIR (baseline)
    python benchmarks/probe.py expiry-window DIR  the expiry list in the window: longest freeze
    python benchmarks/probe.py idle-window MS     the same window idle for MS: the freeze baseline
    python benchmarks/probe.py table-update N     the comparison table alone: N updates and repaints (CPU)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _paint_probe(widget, *more):
    """An event filter that records when `widget` (or any of `more`) was last painted."""
    from PySide6.QtCore import QEvent, QObject

    class Probe(QObject):
        painted = 0.0

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                Probe.painted = time.perf_counter()
            return False

    probe = Probe(widget)
    for w in (widget, *more):
        w.installEventFilter(probe)
    return Probe


def _wait_painted(app, probe, since: float, timeout: float = 5.0) -> float:
    """Process events until the probed widget is painted after `since`."""
    end = since + timeout
    while probe.painted <= since and time.perf_counter() < end:
        app.processEvents()
    return probe.painted


def minimal_window() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    w = QLabel("Startlån")
    w.resize(1440, 900)
    probe = _paint_probe(w)
    w.show()
    _wait_painted(app, probe, 0.0)
    return {}


def _window(case):
    from PySide6.QtCore import QSettings

    from startlan_desktop.ui.app import build_qt_namespace, make_app
    from startlan_desktop.ui.main_window import MainWindow
    from startlan_desktop.ui.settings import AppSettings

    app = make_app()
    build_qt_namespace()  # as the app does once its window is up (ui/app.after_start)
    d = tempfile.mkdtemp()
    os.environ["STARTLAN_DATA_DIR"] = d
    w = MainWindow(AppSettings(QSettings(str(Path(d) / "s.ini"), QSettings.Format.IniFormat)))
    w.set_case(case)
    w.resize(1366, 768)
    w.show()
    for _ in range(3):
        app.processEvents()
    return app, w


def edit(which: str, n: int) -> dict:
    """Type into the first income amount, one key at a time (a digit, then
    Backspace), each time until the comparison table is repainted: the real
    path of a caseworker's edit (field → model → compute → every view)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from startlan_desktop.core.example import example_case, large_case
    from startlan_desktop.ui.widgets import NumberEdit

    app, w = _window(large_case() if which == "large" else example_case())
    w.inputs.setCurrentIndex(1)  # Inntekter
    app.processEvents()
    field = next(e for e in w.incomes.findChildren(NumberEdit) if e.isVisible())
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "490000")  # as a caseworker types it: digits, no spaces
    for _ in range(3):
        app.processEvents()
    assert w.error is None, w.error
    # the comparison's cells and its titles (the verdicts are in the header): an edit repaints
    # the part that changed, the cells only when a figure in sight changed
    probe = _paint_probe(w.table.viewport(), w.table.horizontalHeader().viewport(),
                         w.table.verticalHeader().viewport())
    recomputed: list[float] = []  # when each recomputation had rendered its result
    w.recomputed.connect(lambda: recomputed.append(time.perf_counter()))
    times = []
    for i in range(n + 3):
        t = time.perf_counter()
        if i % 2 == 0:
            QTest.keyClick(field, Qt.Key.Key_5)
        else:
            QTest.keyClick(field, Qt.Key.Key_Backspace)
        # the comparison shows the new figures when it is painted after the recomputation;
        # a repaint before it (the field's row relaid out) still shows the old ones
        end = t + 5
        while not (recomputed and recomputed[-1] > t) and time.perf_counter() < end:
            app.processEvents()
        painted = _wait_painted(app, probe, recomputed[-1] if recomputed else t)
        assert w.case.incomes[0].amount == (4_900_005 if i % 2 == 0 else 490_000), "typing did not reach the model"
        if i >= 3:  # the first edits build lazily made parts
            times.append((painted - t) * 1000)
    assert w.error is None, w.error
    assert max(times) < 4000, "an edit never repainted the comparison"
    w.setWindowModified(False)
    return {"ms": times}


def first_pdf() -> dict:
    """The first export from the window, clicked two seconds after the window is up
    (the app warms the export in the background meanwhile, as `ui.app.run`
    schedules it), to the file written; then the second export in the same process."""
    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui import warmup

    app, w = _window(example_case())
    warmup.schedule(w)
    end = time.perf_counter() + 2.0
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    out = Path(tempfile.mkdtemp()) / "x.pdf"
    w.exports.ask_pdf_path = lambda: str(out)
    t = time.perf_counter()
    w.export_pdf()
    cold = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    w.export_pdf()
    warm = (time.perf_counter() - t) * 1000
    assert out.read_bytes()[:5] == b"%PDF-"
    w.setWindowModified(False)
    return {"cold_ms": cold, "warm_ms": warm}


def read_json(folder: str) -> dict:
    n = 0
    for p in sorted(Path(folder).glob("*.startlan")):
        json.loads(p.read_bytes().decode("utf-8"))
        n += 1
    return {"files": n}


def expiry_window(folder: str) -> dict:
    """Open the expiry list over `folder` from the window; a 10 ms timer on the
    GUI thread measures the longest gap between its ticks (the freeze)."""
    from PySide6.QtCore import QTimer

    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui.followup import ExpiryListDialog

    app, w = _window(example_case())
    ticks = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    t = time.perf_counter()
    dlg = ExpiryListDialog(folder, w)
    dlg.show()
    if hasattr(dlg, "finished_scan"):  # the scan runs on a worker: the event loop keeps turning meanwhile
        while not dlg.finished_scan():
            app.processEvents()
    total = (time.perf_counter() - t) * 1000
    app.processEvents()
    ticks.append(time.perf_counter())
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    rows = len(dlg.rows)
    dlg.close()
    return {"freeze_ms": max(gaps) * 1000, "total_ms": total, "rows": rows}


def idle_window(ms: float) -> dict:
    """The baseline of the freeze: the same window and timer for `ms`, no scan
    (what the machine's load alone does to the gaps between ticks)."""
    from PySide6.QtCore import QTimer

    from startlan_desktop.core.example import example_case

    app, w = _window(example_case())
    ticks = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
    ticks.append(time.perf_counter())
    return {"freeze_ms": max(b - a for a, b in zip(ticks, ticks[1:])) * 1000}


def table_update(n: int) -> dict:
    """The comparison table's share of an edit, in main-thread CPU time (less
    disturbed by a loaded machine than wall time): show_result with a new
    result (two incomes in turn, 490 000 and 4 900 005 kr: every figure and
    the verdicts change), then a synchronous repaint of its cells and headers."""
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.example import example_case

    app, w = _window(example_case())
    results = []
    for amount in (490_000, 4_900_005):
        w.case.incomes[0].amount = amount
        results.append(compute(w.case))
    t = w.table
    update, repaint = [], []
    for i in range(n + 10):
        c0 = time.thread_time()
        t.show_result(results[i % 2])
        c1 = time.thread_time()
        for part in (t.viewport(), t.horizontalHeader().viewport(), t.verticalHeader().viewport()):
            part.repaint()
        c2 = time.thread_time()
        if i >= 10:  # the first updates measure the columns and build lazily made parts
            update.append((c1 - c0) * 1000)
            repaint.append((c2 - c1) * 1000)
    w.setWindowModified(False)
    return {"update_ms": update, "repaint_ms": repaint}


def main(argv: list[str]) -> int:
    what, args = argv[0], argv[1:]
    t = time.perf_counter()
    if what == "minimal-window":
        out = minimal_window()
    elif what == "app-window":
        from startlan_desktop.ui.app import run

        run(["--exit-after-startup"])
        out = {}
    elif what == "edit":
        out = edit(args[0], int(args[1]))
    elif what == "first-pdf":
        out = first_pdf()
    elif what == "read-json":
        out = read_json(args[0])
    elif what == "idle-window":
        out = idle_window(float(args[0]))
    elif what == "expiry-window":
        out = expiry_window(args[0])
    elif what == "table-update":
        out = table_update(int(args[0]))
    else:
        raise SystemExit(f"unknown probe {what}")
    out["wall_ms"] = (time.perf_counter() - t) * 1000
    print(json.dumps(out))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
