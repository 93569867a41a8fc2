"""Where the main window opens: inside the screen it is on (a 1366x768 laptop is
common), never the full 1440x900 beyond its edges."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

DEFAULT_SIZE = (1440, 900)
FRAME_MARGIN = (16, 48)  # room for the window frame and title bar, which the size leaves out


def fit_to_screen(window) -> None:
    """The offscreen platform's 800x600 screen is not a real one: there the
    default size stands (tests and screenshots set their own)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        window.resize(*DEFAULT_SIZE)
        return
    fit_to(window, screen.availableGeometry())


def fit_to(window, available) -> None:
    """Size and place `window` inside `available` (a QRect), centred."""
    w = min(DEFAULT_SIZE[0], available.width() - FRAME_MARGIN[0])
    h = min(DEFAULT_SIZE[1], available.height() - FRAME_MARGIN[1])
    window.resize(w, h)
    window.move(available.x() + (available.width() - w - FRAME_MARGIN[0]) // 2,
                available.y() + (available.height() - h - FRAME_MARGIN[1]) // 2)
