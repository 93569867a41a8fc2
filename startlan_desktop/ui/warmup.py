"""The PDF export from the window, as quick as it can be (issue 23: ≤ 150 ms
from the click to the file written).

Cold, the first export imported reportlab and Pillow's colour management,
parsed the embedded TrueType fonts and filled reportlab's caches: several
hundred milliseconds the caseworker waited for. That work is done once, on a
worker thread, shortly after the window is up, with a throwaway budget sheet
of the case on screen.

Every export then needs the sheet's own figures (the goal-seek, the life
events, the years ahead: a third of a sheet's work). They are made ahead on
the worker too, each time the window has been idle `AHEAD_MS` after a
recomputation or a change of scenario, and the export uses them only when
they are for exactly what it exports: the result on screen (a new one after
every edit), the case as it is now (compared field by field with the copy
they were made from), the scenario, the language, the data in force and the
date. Anything else and the export computes them itself, as before.

The export runs on the GUI thread; it waits for the start-up warm-up first,
so the two never import the same module at once, and for a preparation of
its own figures still under way. Only modules without Qt run on the worker
(reportlab, the core), from a copy of the case, and the core's data selection
is a context variable, so the worker's figures never mix with the window's.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading

from ..core import data, i18n
from ..core.record import record

#: After the first frame and the first view below the table: the window is up
#: and idle before the warm-up competes with it for the interpreter.
DELAY_MS = 400
#: Idle this long after a recomputation before the sheet's figures are made (never while typing).
AHEAD_MS = 800

_thread: threading.Thread | None = None  # the start-up warm-up (once per process)


@record(frozen=True, eq=False)  # a record: nothing compiled at start-up (issue 23)
class Key:
    """What a budget sheet's figures depend on, as it was when they were made."""

    result: object  # the window's result (by identity: a result never changes, an edit makes a new one)
    case: object  # a copy of the case (by value; the data snapshot, only ever replaced, is shared)
    index: int
    language: str
    data: dict  # the data in force (by identity: `data.reload()` makes a new one)
    today: dt.date

    def matches(self, other: Key) -> bool:
        return (self.result is other.result and self.index == other.index and self.language == other.language
                and self.data is other.data and self.today == other.today and self.case == other.case)


class _Ahead:
    """The figures made last, and the preparation under way."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.key: Key | None = None
        self.figures = None
        self.running: Key | None = None
        self.thread: threading.Thread | None = None


_ahead = _Ahead()


def key_of(window) -> Key | None:
    """The key of the sheet `window` would export now; None when it would refuse
    to (no result, an error, stale figures) or a recomputation is pending."""
    r = window.result
    timer = getattr(window, "_timer", None)  # the recomputation an edit starts
    if (r is None or not r.scenarios or window.error is not None or window.stale
            or (timer is not None and timer.isActive())):
        return None
    case = window.case
    mine = copy.deepcopy(case, {id(case.data_snapshot): case.data_snapshot})
    index = min(max(window.selected, 0), len(r.scenarios) - 1)
    return Key(r, mine, index, i18n.language(), data.in_force(), dt.date.today())


def schedule(window, delay_ms: int = DELAY_MS) -> None:
    """Warm the export for `window` `delay_ms` after now, then keep its figures
    made ahead whenever the window has been idle a while."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(delay_ms, window, lambda: start(window))
    idle = QTimer(window, singleShot=True, interval=AHEAD_MS)
    idle.timeout.connect(lambda: prepare(window))
    window.recomputed.connect(idle.start)
    window.table.scenarioActivated.connect(lambda *_: idle.start())


def start(window) -> None:
    """Start the warm-up once per process (later calls do nothing)."""
    global _thread
    if _thread is not None:
        return
    key = key_of(window)
    _thread = threading.Thread(target=_warm, args=(key,), name="startlan-pdf-warm-up", daemon=True)
    _thread.start()


def wait() -> None:
    """Block until a started warm-up has ended (at once when none was started)."""
    if _thread is not None:
        _thread.join()


def prepare(window) -> None:
    """Make the figures of the sheet `window` would export now, on a worker
    (nothing when they are made or under way already, or during the warm-up,
    which makes them itself)."""
    if _thread is None or _thread.is_alive():
        return
    key = key_of(window)
    if key is None:
        return
    with _ahead.lock:
        if any(k is not None and k.matches(key) for k in (_ahead.key, _ahead.running)):
            return
        if _ahead.thread is not None and _ahead.thread.is_alive():
            return  # one at a time: the next idle moment makes these
        _ahead.running = key
        _ahead.thread = threading.Thread(target=_make, args=(key,), name="startlan-pdf-ahead", daemon=True)
        _ahead.thread.start()


def figures_for(window):
    """The figures made ahead for the sheet `window` exports now, or None."""
    wait()
    key = key_of(window)
    if key is None:
        return None
    with _ahead.lock:
        running = _ahead.thread if _ahead.running is not None and _ahead.running.matches(key) else None
    if running is not None:
        running.join()
    with _ahead.lock:
        return _ahead.figures if _ahead.key is not None and _ahead.key.matches(key) else None


def _make(key: Key):
    """The result and figures for `key`, the figures kept as the latest (None, None on
    any error: the export then computes them)."""
    result = figures = None
    try:
        from ..core.budget import compute
        from ..reports.budget_sheet import sheet_figures

        result = compute(key.case)  # the copy: the window may change its own case meanwhile
        figures = sheet_figures(result, key.index)
    except Exception:  # noqa: BLE001 (made ahead only: the export computes and reports for itself)
        result = None
    with _ahead.lock:
        if figures is not None:
            _ahead.key, _ahead.figures = key, figures
        if _ahead.running is key:
            _ahead.running = None
    return result, figures


def _warm(key: Key | None) -> None:
    try:
        from ..reports import pdfa
        from ..reports.budget_sheet import SheetOptions, build_pdf
        from ..reports.fonts import register

        register()
        pdfa.srgb_profile()
        if key is not None:
            result, figures = _make(key)
            if result is not None:  # thrown away: it fills reportlab's own caches, as a first build does
                build_pdf(result, SheetOptions(scenario=key.index), figures)
    except Exception:  # noqa: BLE001 (a warm-up only: the real export reports any error)
        pass
