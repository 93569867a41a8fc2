"""The first PDF export from the window costs what every later one does
(issue 23: ≤ 150 ms from the click to the file written).

Cold, the first export imported reportlab and Pillow's colour
management, parsed the embedded TrueType fonts and filled reportlab's
caches: several hundred milliseconds the caseworker waited for. That work is
done once, on a worker thread, shortly after the window is up: a throwaway
budget sheet of the case on screen, thrown away. The export itself still
runs on the GUI thread, as before; it waits for the warm-up to end first, so
the two never import the same module at once.

Only modules without Qt run on the worker (reportlab, the core),
and the core's data selection is a context variable, so the worker's
figures never mix with the window's.
"""

from __future__ import annotations

import threading

#: After the first frame and the first view below the table: the window is up
#: and idle before the warm-up competes with it for the interpreter.
DELAY_MS = 400

_thread: threading.Thread | None = None


def schedule(window, delay_ms: int = DELAY_MS) -> None:
    """Warm the export for `window`'s current result `delay_ms` after now."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(delay_ms, window, lambda: start(window.result))


def start(result) -> None:
    """Start the warm-up once per process (later calls do nothing)."""
    global _thread
    if _thread is not None:
        return
    _thread = threading.Thread(target=_warm, args=(result,), name="startlan-pdf-warm-up", daemon=True)
    _thread.start()


def wait() -> None:
    """Block until a started warm-up has ended (at once when none was started)."""
    if _thread is not None:
        _thread.join()


def _warm(result) -> None:
    try:
        from ..reports import pdfa
        from ..reports.budget_sheet import SheetOptions, build_pdf
        from ..reports.fonts import register

        register()
        pdfa.srgb_profile()
        if result is not None and result.scenarios:
            build_pdf(result, SheetOptions())  # and reportlab's own caches, filled on a first build
    except Exception:  # noqa: BLE001 (a warm-up only: the real export reports any error)
        pass
