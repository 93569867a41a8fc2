"""Looks, without an application-wide style sheet: a global QSS routes every
widget through Qt's style-sheet engine, which cost ~140 ms at start-up.
Fonts are set in code; only the few widgets that change colour (an invalid
field, the messages, the banner) get a style sheet of their own."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

INVALID = "border: 2px solid #b00020; background: #fff0f0; color: #000000;"
BANNER = {"warning": "background: #fbe7b0; border: 1px solid #b07d00; color: #000000; padding: 3px 6px;",
          "error": "background: #f6cccc; border: 2px solid #b00020; color: #000000; padding: 3px 6px; "
                   "font-weight: bold;"}


def font(widget: QWidget, bold: bool = False, scale: float = 1.0) -> None:
    f = QFont(widget.font())
    f.setBold(bold)
    if scale != 1.0:
        f.setPointSizeF(max(f.pointSizeF(), 8.0) * scale)
    widget.setFont(f)


def heading(label: QLabel) -> None:
    font(label, bold=True, scale=1.6)


def column_header(label: QLabel) -> None:
    font(label, bold=True)


def total(label: QLabel) -> None:
    font(label, bold=True)


def muted(label: QLabel) -> None:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(pal)


def small(label: QLabel) -> None:
    font(label, scale=0.9)


def big_value(label: QLabel) -> None:
    font(label, bold=True, scale=1.45)


def error_text(label: QLabel) -> None:
    label.setStyleSheet("color: #b00020; font-weight: bold; padding: 4px;")


def invalid(widget: QWidget, bad: bool) -> None:
    widget.setStyleSheet(INVALID if bad else "")


def banner(label: QLabel, level: str) -> None:
    if label.styleSheet() != BANNER[level]:  # setting it again repolishes and relayouts the window
        label.setStyleSheet(BANNER[level])


def panel(frame: QFrame) -> None:
    frame.setFrameShape(QFrame.Shape.StyledPanel)
