"""Pictures for the meeting with the applicant (issue 22): stacked bars and a
rate slider with marks. Painting only: every amount comes from core.meeting
or the budget's results. Each segment has its own fill pattern and its
label and amount written beside it, so colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget

from ..core.formatting import fmt_break_even_rate, fmt_kr, fmt_rate
from ..core.i18n import tr

#: fill, pattern: dark and light alternate so neighbours differ in lightness too
FILLS = {
    "living": ("#3b5b92", Qt.BrushStyle.SolidPattern),
    "other": ("#c9d6ea", Qt.BrushStyle.BDiagPattern),
    "housing": ("#7a4a00", Qt.BrushStyle.SolidPattern),
    "loan": ("#f2c14e", Qt.BrushStyle.SolidPattern),
    "left": ("#2d7f3b", Qt.BrushStyle.SolidPattern),
    "short": ("#a50f15", Qt.BrushStyle.DiagCrossPattern),
    "equity": ("#2d7f3b", Qt.BrushStyle.SolidPattern),
    "bank": ("#3b5b92", Qt.BrushStyle.SolidPattern),
    "common_debt": ("#c9d6ea", Qt.BrushStyle.BDiagPattern),
    "startlan": ("#f2c14e", Qt.BrushStyle.SolidPattern),
    "grant": ("#7a4a00", Qt.BrushStyle.Dense4Pattern),
    "rest": ("#ffffff", Qt.BrushStyle.SolidPattern),  # what the first steps leave for the home and the loan
    # the parts of the first three steps' bars (incomes, cost lines), in turn
    "part0": ("#3b5b92", Qt.BrushStyle.SolidPattern),
    "part1": ("#f2c14e", Qt.BrushStyle.SolidPattern),
    "part2": ("#2d7f3b", Qt.BrushStyle.SolidPattern),
    "part3": ("#c9d6ea", Qt.BrushStyle.BDiagPattern),
    "part4": ("#7a4a00", Qt.BrushStyle.SolidPattern),
    "part5": ("#e6e6e6", Qt.BrushStyle.FDiagPattern),
}
DARK = {"living", "housing", "left", "equity", "bank", "short", "part0", "part2", "part4"}


def px(widget: QWidget, scale: float = 1.0, bold: bool = False) -> QFont:
    """The widget's font at `scale` times the walk-through's base size."""
    f = QFont(widget.font())
    f.setPixelSize(max(int(f.pixelSize() * scale) if f.pixelSize() > 0 else int(f.pointSizeF() * 1.33 * scale), 9))
    f.setBold(bold)
    return f


class StackedBar(QWidget):
    """One bar: a title on its own line, the segments side by side with their
    amounts inside (where they fit), and below, each segment's name; a
    negative last segment (a shortfall) is drawn past the end, cross-hatched,
    with a line where the income ends. `top` is the scale shared by a group."""

    def __init__(self, title: str, segments: list[tuple[str, str, float]], top: float, total_label: str = ""):
        super().__init__()
        self.title, self.segments, self.top, self.total_label = title, segments, max(top, 1.0), total_label
        self.setMinimumHeight(60)
        self.setAccessibleName(title + ": " + ", ".join(f"{label} {fmt_kr(v)}" for _k, label, v in segments))

    def set_segments(self, title: str, segments: list[tuple[str, str, float]]) -> None:
        self.title, self.segments = title, segments
        self.setAccessibleName(title + ": " + ", ".join(f"{label} {fmt_kr(v)}" for _k, label, v in segments))
        self.update()

    def sizeHint(self):  # noqa: N802
        from PySide6.QtCore import QSize

        h = px(self).pixelSize()
        return QSize(400, int(h * 7.6))  # title, bar and up to four rows of names

    def minimumSizeHint(self):  # noqa: N802
        return self.sizeHint()

    def _m(self, rect: QRectF) -> QRectF:
        """`rect` mirrored in a right-to-left window (Arabic): the bar starts at the right."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _shortfall(self, p: QPainter, rect: QRectF, label: str, value: float, names: list) -> None:
        """The part of the costs the income does not cover: cross-hatched over
        the last segments, a thick line where the income ends, ✖ and the amount."""
        m = self._m(rect)
        p.fillRect(m, QBrush(QColor(FILLS["short"][0]), FILLS["short"][1]))
        p.setPen(QPen(QColor("#a50f15"), 3))
        p.drawRect(m)
        p.setPen(QPen(QColor("#000000"), 5))
        edge = m.right() if m is not rect else m.left()
        p.drawLine(int(edge), int(m.top() - 8), int(edge), int(m.bottom() + 8))
        names.append((rect.left(), rect.width(), f"✖ {label} −{fmt_kr(-value)}"))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # each text by its first letter, as a QLabel
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = px(self)
        fh = f.pixelSize()
        p.setFont(px(self, 1.0, True))
        p.setPen(QColor("#000000"))
        start = Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else Qt.AlignmentFlag.AlignLeft
        p.drawText(QRectF(0, 0, self.width(), fh * 1.3),
                   start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter, self.title)
        top_y, bar_h = fh * 1.4, fh * 2.0
        scale = (self.width() - 2) / self.top
        x = 1.0
        label_font = px(self, 0.8)
        names: list[tuple[float, float, str]] = []
        for key, label, value in self.segments:
            short = value < 0
            w = abs(value) * scale
            if short:  # the costs run past the income: the overflow is the shortfall
                self._shortfall(p, QRectF(x - w, top_y, w, bar_h), label, value, names)
                continue
            colour, pattern = FILLS[key]
            rect = self._m(QRectF(x, top_y, w, bar_h))
            p.fillRect(rect, QColor("#ffffff"))
            p.fillRect(rect, QBrush(QColor(colour), pattern))
            p.setPen(QPen(QColor("#000000"), 1.5))
            p.drawRect(rect)
            text = fmt_kr(value)
            p.setFont(px(self, 0.9, True))
            if p.fontMetrics().horizontalAdvance(text) + 8 < w:
                dark = key in DARK and pattern == Qt.BrushStyle.SolidPattern
                p.setPen(QColor("#ffffff" if dark else "#000000"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                names.append((x, w, label))
            else:
                names.append((x, w, f"{label} {text}"))
            x += w
        # names under the segments, on two rows when they would overlap
        p.setFont(label_font)
        p.setPen(QColor("#000000"))
        fm = p.fontMetrics()
        ends: list[float] = []
        y0 = top_y + bar_h + 2
        for sx, w, name in names:
            tw = fm.horizontalAdvance(name)
            left = min(max(sx + w / 2 - tw / 2, 0), self.width() - tw)
            row = next((i for i, end in enumerate(ends) if left >= end), len(ends))
            if row == len(ends):
                ends.append(0.0)
            ends[row] = left + tw + fm.horizontalAdvance("  ")
            p.drawText(self._m(QRectF(left, y0 + row * fm.height(), tw + 2, fm.height())),
                       Qt.AlignmentFlag.AlignCenter, name)
        p.end()


def month_segments(bar) -> list[tuple[str, str, float]]:
    """A core.meeting.MonthBar as painted segments (the other costs left out when none)."""
    return [(s.key, s.label, s.amount) for s in bar.segments if s.amount or s.key == "left"]


def month_top(bars) -> float:
    """The shared scale of a group of month bars: the income, or more with a shortfall."""
    return max(b.income + max(-b.left, 0.0) for b in bars)


class MarkedSlider(QSlider):
    """The rate slider with marks on its track: today's rate (solid line, ▼),
    the stress rate (dashed, ◆) and where the budget breaks (dotted, ✖; the
    second scenario's shown beside it dash-dotted), each labelled with its rate
    below the track."""

    STYLES = {"today": (Qt.PenStyle.SolidLine, "▼"), "stress": (Qt.PenStyle.DashLine, "◆"),
              "break": (Qt.PenStyle.DotLine, "✖"), "break2": (Qt.PenStyle.DashDotLine, "✖")}

    def __init__(self, scale: int):
        super().__init__(Qt.Orientation.Horizontal)
        self.scale = scale
        self.marks: list[tuple[str, str, float]] = []  # (key, label, rate %)

    def set_marks(self, marks: list[tuple[str, str, float]]) -> None:
        self.marks = [m for m in marks if m[2] is not None and 0 <= m[2] * self.scale <= self.maximum()]
        self.update()

    def sizeHint(self):  # noqa: N802
        from PySide6.QtCore import QSize

        return QSize(400, int(px(self).pixelSize() * 6))

    def minimumSizeHint(self):  # noqa: N802
        return self.sizeHint()

    def mark_text(self, key: str, label: str, rate: float) -> str:
        """A mark's label: a break-even rate named as everywhere else, by the last
        0,001 step at which the budget holds (fmt_break_even_rate)."""
        shown = fmt_break_even_rate(rate) if key.startswith("break") else fmt_rate(rate)
        return f"{self.STYLES[key][1]} {label} {shown}"

    def x_of(self, rate_pct: float) -> float:
        """Where a rate lies on the track, as Qt's style places the handle's centre."""
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                             QStyle.SubControl.SC_SliderHandle, self)
        span = self.width() - handle.width()
        # upsideDown: mirrored in a right-to-left window, as Qt's style places the handle
        pos = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), round(rate_pct * self.scale), span,
                                             opt.upsideDown)
        return pos + handle.width() / 2

    def paintEvent(self, event) -> None:  # noqa: N802
        # the track and handle in the top third, the marks' labels below
        p = QPainter(self)
        p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        fh = px(self).pixelSize()
        groove_y = fh * 1.2
        p.setPen(QPen(QColor("#000000"), 2))
        p.fillRect(QRectF(0, groove_y - 4, self.width(), 8), QColor("#c8c8c8"))
        for key, _label, rate in self.marks:
            style, _symbol = self.STYLES[key]
            x = self.x_of(rate)
            p.setPen(QPen(QColor("#000000"), 3, style))
            p.drawLine(int(x), 0, int(x), int(groove_y + fh * 0.8))
        # the handle: a thick black bar with a white core (visible on any mark)
        x = self.x_of(self.value() / self.scale)
        p.fillRect(QRectF(x - fh * 0.45, groove_y - fh * 0.9, fh * 0.9, fh * 1.8), QColor("#000000"))
        p.fillRect(QRectF(x - fh * 0.15, groove_y - fh * 0.6, fh * 0.3, fh * 1.2), QColor("#ffffff"))
        # labels, staggered on rows so close rates do not overwrite each other
        p.setFont(px(self, 0.85, True))
        fm = p.fontMetrics()
        ends: list[float] = []
        for key, label, rate in sorted(self.marks, key=lambda m: m[2]):
            text = self.mark_text(key, label, rate)
            tw = fm.horizontalAdvance(text)
            left = min(max(self.x_of(rate) - tw / 2, 0), self.width() - tw)
            row = next((i for i, end in enumerate(ends) if left >= end), len(ends))
            if row == len(ends):
                ends.append(0.0)
            ends[row] = left + tw + fm.horizontalAdvance("   ")
            p.setPen(QColor("#000000"))
            p.drawText(QRectF(left, groove_y + fh * 1.0 + row * fm.height(), tw + 2, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, text)
        p.end()


def mark_labels() -> dict[str, str]:
    return {"today": tr("Dagens rente"), "stress": tr("Stresstest"), "break": tr("Går ikke opp over")}
