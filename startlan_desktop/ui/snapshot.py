"""Waiting for a window to be fully drawn before it is grabbed to a PNG
(`startlan-desktop --screenshot`): the chart below the table is built after the
first frame and follows an edit on a timer, and a chart lays itself out on
posted events; a grab taken too early shows an empty pane or a chart whose
axes are not laid out yet."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget


class _Painted(QObject):
    """Notes which watched viewports have had a paint event."""

    def __init__(self):
        super().__init__()
        self.seen: set[int] = set()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.seen.add(id(obj))
        return False


def _charts(target: QWidget) -> list[QGraphicsView]:
    """The charts (and other graphics views) that are on screen in `target`."""
    return [v for v in target.findChildren(QGraphicsView) if v.isVisible()]


def wait_drawn(window, target: QWidget | None = None, timeout_s: float = 10.0) -> bool:
    """Process events until `window` has no pending update (`updates_pending`)
    and every chart shown in `target` (the window, or the walk-through) has
    been painted after its last change, twice over: a chart's first paint may
    post its own layout. False if that took longer than `timeout_s`."""
    app = QApplication.instance()
    target = target or window
    end = time.monotonic() + timeout_s
    while window.updates_pending():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.001)
    for _round in range(2):
        app.processEvents()
        views = _charts(target)
        probe = _Painted()
        for v in views:
            v.viewport().installEventFilter(probe)
            v.viewport().update()
        try:
            while len(probe.seen) < len(views):
                if time.monotonic() > end:
                    return False
                app.processEvents()
                time.sleep(0.001)
        finally:
            for v in views:
                v.viewport().removeEventFilter(probe)
    app.processEvents()
    return True
