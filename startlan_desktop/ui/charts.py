"""Charts (QtCharts): remaining balance per scenario, the monthly budget of a
scenario, and the residual as a function of the interest rate. Series differ
by line style as well as colour, so the charts read in grey too. Every value
comes from the core result. Series and axes are made once and only their
points change on an edit: rebuilding them costs a full chart relayout."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..core.budget import CaseResult, rate_curve
from ..core.formatting import fmt_break_even_rate, fmt_kr, fmt_rate
from ..core.i18n import QT_TR_NOOP, tr

PALETTE = ("#1f4e79", "#b35806", "#2d7f3b", "#7b3294", "#5e5e5e", "#a50f15", "#0f6e6e", "#6b4c00")
CHART_MIN_HEIGHT = 130  # the charts give way first on a 720-pixel screen
# Below this height a chart is compact: no axis titles (the y unit joins the chart's title, the x
# unit its labels) and the legend on the right. With both titles and the legend below, the
# ~140 pixels a chart gets on a 1366x768 screen left the axis labels cut to "…".
COMPACT_BELOW = 200
STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)


def pen(i: int, width: float = 2.0) -> QPen:
    p = QPen(QColor(PALETTE[i % len(PALETTE)]))
    p.setWidthF(width)
    p.setStyle(STYLES[i % len(STYLES)])
    return p


class _Chart(QChartView):
    X_LABELS = ("%.0f", "%.0f")  # the x axis' label format: (with its title, compact)
    COMPACT_LEGEND = Qt.AlignmentFlag.AlignRight  # where a compact chart's legend goes

    def __init__(self, title: str, accessible: str, x_title: str, y_title: str, y_unit: str = ""):
        self.chart_ = QChart()
        self._title, self._y_unit, self._compact = title, y_unit or y_title, False
        self.chart_.setTitle(title)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(self.chart_.margins() * 0)
        super().__init__(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(accessible)
        self.setMinimumHeight(CHART_MIN_HEIGHT)
        self.ax, self.ay = QValueAxis(), QValueAxis()
        self.ax.setTitleText(x_title)
        self.ay.setTitleText(y_title)
        self.ax.setLabelFormat("%.0f")
        self.ay.setLabelFormat("%.0f")
        self.chart_.addAxis(self.ax, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.ay, Qt.AlignmentFlag.AlignLeft)
        self.empty_label = ""  # the message shown instead of the chart (empty state), or ""

    def set_title(self, title: str) -> None:
        """The chart's title (the empty state's message instead while it is empty);
        compact, with the y axis' unit after it."""
        self._title = title
        shown = self.empty_label or (f"{title} ({self._y_unit})" if self._compact else title)
        if self.chart_.title() != shown:
            self.chart_.setTitle(shown)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        compact = self.height() < COMPACT_BELOW
        if compact != self._compact:
            self._compact = compact
            self._look()

    def _look(self) -> None:
        """Axes, their titles and the legend for the chart's height and its state (empty or not)."""
        empty, compact = bool(self.empty_label), self._compact
        for axis in (self.ax, self.ay):
            axis.setVisible(not empty)
            axis.setTitleVisible(not empty and not compact)  # a hidden axis still shows a visible title
        self.ax.setLabelFormat(self.X_LABELS[compact])
        legend = self.chart_.legend()
        legend.setAlignment(self.COMPACT_LEGEND if compact else Qt.AlignmentFlag.AlignBottom)
        legend.setVisible(not empty)
        self.set_title(self._title)

    def show_empty(self, message: str) -> None:
        """The empty state: `message` where the chart would be (no axes, no "…"
        labels for a case with nothing to draw); "" shows the chart again."""
        if message == self.empty_label:
            return
        self.empty_label = message
        for series in self.chart_.series():
            series.setVisible(not message)
        self.setToolTip(message)
        self._look()

    def _line(self, i: int, width: float = 2.0) -> QLineSeries:
        s = QLineSeries()
        s.setPen(pen(i, width))
        self.chart_.addSeries(s)
        s.attachAxis(self.ax)
        s.attachAxis(self.ay)
        return s

    def _ranges(self, x_range, y_range) -> None:
        """Set the axes' ranges when they change: each setting relayouts the chart
        (a few milliseconds), and an edit seldom moves them."""
        ranges = (tuple(x_range), tuple(y_range))
        if ranges == getattr(self, "_set_ranges", None):
            return
        self._set_ranges = ranges
        self.ax.setRange(*x_range)
        self.ay.setRange(*y_range)
        self.ay.applyNiceNumbers()


class BalanceChart(_Chart):
    def __init__(self):
        super().__init__(tr("Restgjeld over tid"), tr("Diagram: restgjeld per år for hvert scenario"), tr("År"),
                         tr("Restgjeld (tusen kr)"), tr("tusen kr"))
        self.lines: list[QLineSeries] = []

    def show_result(self, r: CaseResult) -> None:
        while len(self.lines) < len(r.scenarios):
            self.lines.append(self._line(len(self.lines)))
        while len(self.lines) > len(r.scenarios):
            self.chart_.removeSeries(self.lines.pop())
        top, years = 1.0, 1
        for s, sr in zip(self.lines, r.scenarios):
            points = sr.schedule.balance_at_year_ends()
            s.setName(sr.label)
            s.replace([QPointF(y, b / 1000) for y, b in enumerate(points)])
            top = max(top, max(points) / 1000)
            years = max(years, len(points) - 1)
        self.ax.setTickCount(6 if years > 30 else 7)
        self._ranges((0, years), (0, top * 1.05))


class BudgetChart(QChartView):
    LABELS = (QT_TR_NOOP("Netto inntekt"), QT_TR_NOOP("Livsopphold"), QT_TR_NOOP("Andre faste utgifter"),
              QT_TR_NOOP("Boutgifter"), QT_TR_NOOP("Startlån"), QT_TR_NOOP("Restbeløp"))

    def __init__(self):
        self.chart_ = QChart()
        self.chart_.setMargins(self.chart_.margins() * 0)
        super().__init__(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(tr("Diagram: månedsbudsjett for valgt scenario"))
        self.setMinimumHeight(CHART_MIN_HEIGHT)
        self.bars = QBarSet(tr("kr per måned"))
        self.bars.setColor(QColor("#8fa9c4"))
        self.bars.setBorderColor(QColor("#1f4e79"))
        self.bars.append([0.0] * len(self.LABELS))
        self.series = QHorizontalBarSeries()
        self.series.append(self.bars)
        # Qt's bar labels print "35.82" and "-10.97": the Norwegian figure goes in the category instead
        self.series.setLabelsVisible(False)
        self.chart_.addSeries(self.series)
        self.cats = cats = QBarCategoryAxis()
        cats.append([tr(label) for label in reversed(self.LABELS)])
        cats.setTruncateLabels(False)
        self.ax = QValueAxis()
        self.ax.setTitleText(tr("tusen kr per måned (startlån etter rentefradrag)"))
        self.ax.setLabelFormat("%.0f")
        self.chart_.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.ax, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(cats)
        self.series.attachAxis(self.ax)
        self.chart_.legend().hide()

    def show_result(self, r: CaseResult, index: int) -> None:
        if not r.scenarios:
            return
        sr = r.scenarios[min(index, len(r.scenarios) - 1)]
        self.chart_.setTitle(tr("Månedsbudsjett: {scenario}").format(scenario=sr.label))
        values = (r.income_total, r.living.used, r.other_costs_total, r.housing_total,
                  sr.payment_after_deduction, sr.residual)
        for i, v in enumerate(reversed(values)):
            self.bars.replace(i, v / 1000)
        self.cats.setCategories([f"{tr(label)}  {fmt_kr(v)}" for label, v in zip(reversed(self.LABELS), reversed(values))])
        self.ax.setRange(min(0.0, min(values) / 1000) * 1.1, max(values) / 1000 * 1.1)


class RateChart(_Chart):
    """Residual against the startlån rate, with today's, the stress and the
    break-even rate marked (by line style and legend text, not colour alone)."""

    MAX_RATE = 12.0
    KEYS = ("today", "stress", "break_even")
    X_LABELS = ("%.0f", "%.0f %%")  # compact: the rate's unit on its labels

    def __init__(self):
        super().__init__(tr("Restbeløp ved ulik rente"), tr("Diagram: restbeløp som funksjon av renten"),
                         tr("Rente (%)"), tr("tusen kr/mnd"))
        self.curve = self._line(0, 2.5)
        self.curve.setName(tr("Restbeløp"))
        self.zero = self._line(0, 1)
        self.zero.setName(tr("Null"))
        zp = QPen(QColor("#000000"))
        zp.setWidthF(1)
        self.zero.setPen(zp)
        self.chart_.legend().markers(self.zero)[0].setVisible(False)  # the black line at 0 needs no entry
        self.marker_lines = {k: self._line(i, 1.8) for i, k in enumerate(self.KEYS, start=1)}
        self.markers: dict[str, float] = {}
        self.stress_point = QScatterSeries()  # the stress test's own figure, when it lies off the curve
        self.stress_point.setName(tr("Stresstestens restbeløp"))
        self.stress_point.setMarkerSize(9)
        self.stress_point.setColor(QColor(PALETTE[2]))
        self.chart_.addSeries(self.stress_point)
        self.stress_point.attachAxis(self.ax)
        self.stress_point.attachAxis(self.ay)
        self.stress_point.setVisible(False)
        self.moves = ""
        self.ax.setTickCount(7)

    def show_result(self, r: CaseResult, index: int) -> None:
        if not r.scenarios:
            return
        sr = r.scenarios[min(index, len(r.scenarios) - 1)]
        if sr.verdict == "no_amount":  # a new case: no loan yet, so no rate to vary
            self.show_empty(tr("Restbeløpet ved ulik rente vises når lånebeløpet er fylt inn "
                               "(under «Lån og scenarioer»)."))
            return
        title = tr("Restbeløp ved ulik rente: {scenario}").format(scenario=sr.label)
        self.show_empty("")
        self.set_title(title)
        c = rate_curve(r, sr.index)
        top_rate = c.top_rate_pct
        self.curve.replace([QPointF(p.rate_pct, p.residual / 1000) for p in c.points])
        values = [p.residual for p in c.points] + [c.stress.residual]
        lo, hi = min(values + [0]) / 1000, max(values + [0]) / 1000
        pad = (hi - lo) * 0.08 or 1
        self.zero.replace([QPointF(0, 0), QPointF(top_rate, 0)])
        self.markers = {"today": c.today.rate_pct, "stress": c.stress.rate_pct}
        if c.break_even_pct is not None and c.break_even_pct < top_rate:
            self.markers["break_even"] = c.break_even_pct
        stress_name = tr("Stresstest {rate}").format(rate=fmt_rate(c.stress.rate_pct))
        if not c.stress_on_curve:
            stress_name += " " + tr("(utenfor kurven: {amount})").format(amount=fmt_kr(c.stress.residual))
        names = {"today": tr("I dag {rate}").format(rate=fmt_rate(c.today.rate_pct)), "stress": stress_name,
                 "break_even": tr("Brudd {rate}").format(rate=fmt_break_even_rate(c.break_even_pct))}
        for key, line in self.marker_lines.items():
            x = self.markers.get(key)
            line.setName(names[key])
            line.setVisible(x is not None)
            if x is not None:
                line.replace([QPointF(x, lo - pad), QPointF(x, hi + pad)])
        self.stress_point.replace([QPointF(c.stress.rate_pct, c.stress.residual / 1000)])
        self.stress_point.setVisible(not c.stress_on_curve)
        self.moves = c.moves + (" " + c.off_curve_reason if c.off_curve_reason else "")
        if self.toolTip() != self.moves:
            self.setToolTip(self.moves)
        if self.ax.titleText() != tr("Rente (%)") + " · " + c.moves:
            self.ax.setTitleText(tr("Rente (%)") + " · " + c.moves)
        self._ranges((0, top_rate), (lo - pad, hi + pad))
