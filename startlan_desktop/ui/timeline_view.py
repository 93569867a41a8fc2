"""The "De neste årene" view below the comparison: the residual month by
month for the first ten years for every scenario, the events numbered on the
chart and listed beside it, and the tightest month named in words. Render
only: every figure and text comes from core.timeline (via budget.years_ahead).

The chart reads without colour: each scenario has its own line style (as in
ui/charts.py), the selected one is drawn thicker, events are numbers, and
the tightest month of each scenario is a marker with its own shape. The
ten-year budget is computed when this tab is shown, once per result.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QSizePolicy, QVBoxLayout, QWidget

from ..core.budget import CaseResult, years_ahead
from ..core.formatting import fmt_kr
from ..core.i18n import tr
from ..core.timeline import VERDICT_MONTHS, basis_text
from .charts import PALETTE, STYLES
from .style import font, muted

MARKERS = ("circle", "square", "triangle", "diamond")  # the tightest month, one shape per scenario
GRID = QColor("#d0d0d0")
EVENT = QColor("#555555")
SHADE = QColor(0, 0, 0, 14)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 × 10^k kr) giving about `ticks` ticks over `span`."""
    raw = max(span, 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def event_numbers(tl, index: int) -> list[tuple[int, int, list]]:
    """(number, month, events) per month with events, for the household and scenario `index`."""
    by_month: dict[int, list] = {}
    for e in tl.all_events(index):
        by_month.setdefault(e.month, []).append(e)
    return [(n + 1, m, evs) for n, (m, evs) in enumerate(sorted(by_month.items()))]


class TimelineChart(QWidget):
    """Residual per month, one step line per scenario, events numbered at the top."""

    LEFT, RIGHT, TOP, AXIS = 74, 12, 38, 18  # TOP: two rows of event numbers; AXIS: the year labels
    CIRCLE = 15

    def __init__(self):
        super().__init__()
        self.tl = None
        self.index = 0
        self.setMinimumSize(360, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Diagram: restbeløp per måned de neste ti årene for hvert scenario"))

    def show_timeline(self, tl, index: int) -> None:
        self.tl, self.index = tl, index
        self.update()

    # --- geometry ---
    def _range(self) -> tuple[float, float, float]:
        values = [v for st in self.tl.scenarios for v in st.residual] + [0.0]
        lo, hi = min(values), max(values)
        step = nice_step(hi - lo)
        return math.floor(lo / step) * step, math.ceil(hi / step) * step, step

    def _plot_rect(self) -> QRectF:
        return QRectF(self.LEFT, self.TOP, max(self.width() - self.LEFT - self.RIGHT, 10),
                      max(self.height() - self.TOP - self.AXIS, 10))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        if not self.tl or not self.tl.scenarios:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Ingen scenarioer å vise."))
            return
        rect = self._plot_rect()
        lo, hi, step = self._range()
        n = self.tl.months
        x = lambda m: rect.left() + rect.width() * m / n  # noqa: E731
        y = lambda v: rect.bottom() - rect.height() * (v - lo) / ((hi - lo) or 1)  # noqa: E731
        p.fillRect(QRectF(x(0), rect.top(), x(VERDICT_MONTHS) - x(0), rect.height()), SHADE)
        self._axes(p, rect, lo, hi, step, x, y)
        self._events(p, rect, x)
        order = [i for i in range(len(self.tl.scenarios)) if i != self.index] + [self.index]
        for i in order:  # the selected scenario last, on top
            self._line(p, i, x, y)
        for i in order:
            self._lowest(p, i, x, y)

    def _axes(self, p: QPainter, rect: QRectF, lo, hi, step, x, y) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        p.setFont(small)
        v = lo
        while v <= hi + step / 2:
            yy = y(v)
            p.setPen(QPen(QColor("#000000") if abs(v) < 1e-9 else GRID, 1.4 if abs(v) < 1e-9 else 1.0))
            p.drawLine(QPointF(rect.left(), yy), QPointF(rect.right(), yy))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, yy - 8, self.LEFT - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fmt_kr(v))
            v += step
        first = self.tl.start
        for m in range(self.tl.months):
            d = self.tl.date_of(m)
            if d.month != 1 and m != 0:
                continue
            xx = x(m)
            p.setPen(QPen(GRID, 1.0))
            p.drawLine(QPointF(xx, rect.top()), QPointF(xx, rect.bottom()))
            p.setPen(self.palette().text().color())
            if d.month == 1 or first.month <= 10:
                p.drawText(QRectF(xx - 2, rect.bottom() + 2, 40, 14), Qt.AlignmentFlag.AlignLeft, str(d.year))

    def _events(self, p: QPainter, rect: QRectF, x) -> None:
        pen = QPen(EVENT, 1.0, Qt.PenStyle.DotLine)
        last = [-1e9, -1e9]  # the last circle's x on each of the two rows
        d = self.CIRCLE
        for number, month, _evs in event_numbers(self.tl, self.index):
            xx = x(month)
            # the upper row when it is free, else the lower; close neighbours never share a row
            row = 0 if xx - last[0] >= d + 1 else 1 if xx - last[1] >= d + 1 else min((0, 1), key=lambda r: last[r])
            last[row] = xx
            p.setPen(pen)
            p.drawLine(QPointF(xx, rect.top() - (d + 2) * (1 - row)), QPointF(xx, rect.bottom()))
            p.setPen(QPen(EVENT, 1.0))
            circle = QRectF(xx - d / 2, rect.top() - (d + 2) * (2 - row), d, d)
            p.setBrush(self.palette().base())
            p.drawEllipse(circle)
            p.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _pen(self, i: int) -> QPen:
        return line_pen(i, i == self.index)

    def _line(self, p: QPainter, i: int, x, y) -> None:
        res = self.tl.scenarios[i].residual
        path = QPainterPath(QPointF(x(0), y(res[0])))
        for m in range(1, len(res)):  # steps: a month holds its figure to the next
            path.lineTo(QPointF(x(m), y(res[m - 1])))
            path.lineTo(QPointF(x(m), y(res[m])))
        path.lineTo(QPointF(x(len(res)), y(res[-1])))
        p.setPen(self._pen(i))
        p.drawPath(path)

    def _lowest(self, p: QPainter, i: int, x, y) -> None:
        low = self.tl.scenarios[i].lowest
        c = QPointF(x(low.month + 0.5), y(low.residual))
        r = 6.0 if i == self.index else 4.5
        pen = QPen(QColor(PALETTE[i % len(PALETTE)]), 2.0)
        p.setPen(pen)
        p.setBrush(QColor(PALETTE[i % len(PALETTE)]) if i == self.index else self.palette().base())
        marker(p, MARKERS[i % len(MARKERS)], c, r)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if i == self.index:
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(c.x() + 8, c.y() - 2, 160, 16), Qt.AlignmentFlag.AlignLeft,
                       tr("Trangest: {amount}").format(amount=fmt_kr(low.residual)))


def line_pen(i: int, selected: bool) -> QPen:
    pen = QPen(QColor(PALETTE[i % len(PALETTE)]))
    pen.setStyle(STYLES[i % len(STYLES)])
    pen.setWidthF(3.0 if selected else 1.6)
    return pen


class Legend(QWidget):
    """The key beside the chart: each scenario's line and marker with its tightest month, and the shading."""

    ROW = 16

    def __init__(self):
        super().__init__()
        self.rows: list[tuple[int | None, str]] = []
        self.index = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[int | None, str]], index: int) -> None:
        self.rows, self.index = rows, index
        self.setFixedHeight(self.ROW * len(rows) + 2)
        self.setAccessibleName("; ".join(text for _, text in rows))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for n, (i, text) in enumerate(self.rows):
            yy = n * self.ROW + 2
            if i is None:  # the shaded five years the verdict looks at
                p.fillRect(QRectF(1, yy + 1, 26, 12), SHADE)
                p.setPen(QPen(GRID, 1.0))
                p.drawRect(QRectF(1, yy + 1, 26, 12))
            else:
                p.setPen(line_pen(i, i == self.index))
                p.drawLine(QPointF(1, yy + 7), QPointF(27, yy + 7))
                p.setPen(QPen(QColor(PALETTE[i % len(PALETTE)]), 2.0))
                p.setBrush(self.palette().base())
                marker(p, MARKERS[i % len(MARKERS)], QPointF(14, yy + 7), 3.5)
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self.palette().text().color())
            f = QFont(self.font())
            f.setBold(i == self.index)
            p.setFont(f)
            p.drawText(QRectF(34, yy - 2, self.width() - 34, self.ROW), Qt.AlignmentFlag.AlignVCenter, text)


def marker(p: QPainter, shape: str, c: QPointF, r: float) -> None:
    if shape == "circle":
        p.drawEllipse(c, r, r)
    elif shape == "square":
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
    elif shape == "triangle":
        p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r), QPointF(c.x() - r, c.y() + r)]))
    else:
        p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                                 QPointF(c.x() - r, c.y())]))


class TimelineView(QWidget):
    def __init__(self):
        super().__init__()
        self._result = None
        self.timeline = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.lowest = QLabel()
        self.lowest.setObjectName("timelineLowest")
        self.lowest.setWordWrap(True)
        font(self.lowest, bold=True)
        lay.addWidget(self.lowest)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.hide()
        lay.addWidget(self.notes)
        row = QHBoxLayout()
        self.chart = TimelineChart()
        row.addWidget(self.chart, 3)
        side = QVBoxLayout()
        key = QLabel(tr("Trangeste måned i ti år:"))
        font(key, bold=True)
        side.addWidget(key)
        self.legend = Legend()
        side.addWidget(self.legend)
        self.events = QListWidget()
        self.events.setAccessibleName(tr("Hendelser de neste ti årene"))
        self.events.setWordWrap(True)
        self.events.setMinimumHeight(40)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.events, 1)
        row.addLayout(side, 2)
        lay.addLayout(row, 1)
        self.basis = QLabel(tr("Dagens kroner: satser, normer og renter som i dag, uten prisstigning."))
        self.basis.setToolTip(basis_text())  # the whole assumption, on paper in full
        self.basis.setAccessibleDescription(basis_text())
        muted(self.basis)
        lay.addWidget(self.basis)

    def show_result(self, r: CaseResult, index: int = 0) -> None:
        if not r.scenarios:
            self.lowest.setText(tr("Legg inn et scenario for å se de neste årene."))
            self.timeline = None
            self.chart.show_timeline(None, 0)
            self.events.clear()
            return
        if r is not self._result:  # one ten-year budget per result; a new scenario choice only redraws
            self.timeline, self._result = years_ahead(r), r
        tl = self.timeline
        index = min(index, len(tl.scenarios) - 1)
        st = tl.scenarios[index]
        self.lowest.setText(f"«{st.label}»: {st.lowest.text}")
        self.notes.setText("\n".join("⚠ " + n for n in tl.notes))
        self.notes.setVisible(bool(tl.notes))
        self.lowest.setAccessibleName(self.lowest.text())
        self.legend.set_rows([(i, tr("{label}: {amount} ({year})").format(
            label=o.label, amount=fmt_kr(o.lowest.residual), year=o.lowest.date.year)) for i, o in enumerate(tl.scenarios)]
            + [(None, tr("Vurderingen: de første fem årene"))], index)
        self.events.clear()
        for number, month, evs in event_numbers(tl, index):
            d = tl.date_of(month)
            for e in evs:
                self.events.addItem(f"{number}  {d.month:02d}.{d.year}  {e.title}")
        if not self.events.count():
            self.events.addItem(tr("Ingen hendelser de neste ti årene."))
        self.chart.show_timeline(tl, index)
