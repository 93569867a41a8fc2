"""Charts for the PDF (reportlab graphics), legible in grey: series differ by
dash pattern and grey level, markers are named in the legend."""

from __future__ import annotations

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Group, PolyLine, String
from reportlab.graphics.widgetbase import tpcGetItem
from reportlab.graphics.widgets.markers import uSymbol2Symbol
from reportlab.lib import colors
from reportlab.lib.utils import flatten

from ..core.budget import CaseResult, rate_curve
from ..core.formatting import fmt_break_even_rate, fmt_kr, fmt_number, fmt_rate
from ..core.i18n import tr
from .fonts import register

GREYS = (colors.black, colors.Color(0.35, 0.35, 0.35), colors.Color(0.55, 0.55, 0.55), colors.Color(0.2, 0.2, 0.2))
DASHES = (None, (6, 3), (1.5, 2.5), (8, 3, 2, 3))


class Plot(LinePlot):
    """reportlab's LinePlot, its lines drawn without a style lookup per point.

    `LinePlot.makeLines` asks the line styles, for every point of a series
    without a marker, whether that one point has a marker of its own, and the
    asking makes a style object per point: 40 ms of a budget sheet for the ten
    years' 960 points (issue 23). These charts never style a single point, so
    each series is its polyline and, where it has a marker, a marker at each
    point, added in the same order as reportlab's: the same drawing, operator
    for operator (a test compares the PDF drawn by both). Anything else these
    charts do not use (fills, bars, labels, bubbles, reversed order) goes to
    reportlab's own."""

    def makeLines(self):
        lines = self.lines
        styles = len(lines)
        plain = (self.lineLabelFormat is None and not getattr(self, "_inFill", None) and not self._pairInFills
                 and not getattr(self, "_bubblePlot", None) and not self.reversePlotOrder
                 and not getattr(self, "_lineG", None) and not any(len(k) > 1 for k in lines._children)
                 and all(getattr(lines[n % styles], "lineStyle", None) == "joinedLine"
                         and not getattr(lines[n % styles], "inFill", False)
                         and not getattr(lines[n % styles], "shader", None) for n in range(len(self._positions))))
        if not plain:
            return super().makeLines()
        g = Group()
        for n, row in enumerate(self._positions):
            style = lines[n % styles]
            colour = getattr(style, "strokeColor", None)
            width = style.strokeWidth if hasattr(style, "strokeWidth") else getattr(lines, "strokeWidth", None)
            dash = getattr(style, "strokeDashArray", None)
            line = PolyLine(flatten(row), strokeColor=colour, strokeLineCap=0, strokeLineJoin=1)
            if width:
                line.strokeWidth = width
            if dash:
                line.strokeDashArray = dash
            g.add(line)
            symbol = style.symbol if hasattr(style, "symbol") else getattr(lines, "symbol", None)
            if not symbol:
                continue
            for j, (x, y) in enumerate(row):
                g.add(uSymbol2Symbol(tpcGetItem(symbol, j), x, y, colour))
        return g


def _plot(width: float, height: float) -> LinePlot:
    font, _ = register()
    lp = Plot()
    lp.x, lp.y = 50, 56
    lp.width, lp.height = width - 70, height - 86
    for axis in (lp.xValueAxis, lp.yValueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
        axis.strokeWidth = 0.5
    lp.yValueAxis.labelTextFormat = lambda v: fmt_number(v)
    lp.xValueAxis.labelTextFormat = lambda v: fmt_number(v)
    lp.yValueAxis.visibleGrid = True
    lp.yValueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    lp.yValueAxis.gridStrokeWidth = 0.3
    return lp


def _legend(d: Drawing, items, x: float, y: float, columns: int, width: float) -> None:
    font, _ = register()
    leg = Legend()
    leg.x, leg.y = x, y
    leg.fontName, leg.fontSize = font, 7
    leg.alignment = "right"
    rows = max(1, (len(items) + columns - 1) // columns)
    leg.columnMaximum = rows
    leg.dxTextSpace = 4
    leg.dx, leg.dy = 18, 2
    leg.deltay = 9
    leg.deltax = (width - x - 10) / columns
    leg.y = y + (rows - 1) * 9
    from reportlab.graphics.charts.legends import LineSwatch

    swatches = []
    for colour, dash, label in items:
        sw = LineSwatch()
        sw.strokeColor, sw.strokeDashArray, sw.strokeWidth = colour, dash, 1.5
        swatches.append((sw, label))
    leg.colorNamePairs = swatches
    leg.swatchMarker = None
    d.add(leg)


def _title(d: Drawing, text: str, width: float, height: float) -> None:
    _, bold = register()
    d.add(String(width / 2, height - 12, text, fontName=bold, fontSize=9, textAnchor="middle"))


def _axis_titles(d: Drawing, lp: LinePlot, x: str, y: str) -> None:
    font, _ = register()
    d.add(String(lp.x + lp.width / 2, lp.y - 22, x, fontName=font, fontSize=7, textAnchor="middle"))
    d.add(String(lp.x, lp.y + lp.height + 5, y, fontName=font, fontSize=7, textAnchor="start"))


def rate_chart(r: CaseResult, index: int, width: float = 480, height: float = 210) -> Drawing:
    """Residual per month against the startlån rate, today's / stress / break-even marked."""
    sr = r.scenarios[index]
    c = rate_curve(r, index, 48)
    top = c.top_rate_pct
    rates = [p.rate_pct for p in c.points]
    values = [p.residual / 1000 for p in c.points]
    lo, hi = min(values + [0, c.stress.residual / 1000]), max(values + [0])
    pad = (hi - lo) * 0.08 or 1
    lines = [list(zip(rates, values)), [(0, 0), (top, 0)]]
    stress_label = tr("Stresstest {rate}").format(rate=fmt_rate(c.stress.rate_pct))
    if not c.stress_on_curve:
        stress_label += " " + tr("(utenfor kurven: {amount})").format(amount=fmt_kr(c.stress.residual))
    marks = [(c.today.rate_pct, tr("Dagens rente {rate}").format(rate=fmt_rate(c.today.rate_pct))),
             (c.stress.rate_pct, stress_label)]
    if c.break_even_pct is not None and c.break_even_pct < top:
        marks.append((c.break_even_pct, tr("Går ikke opp over {rate}").format(rate=fmt_break_even_rate(c.break_even_pct))))
    lines += [[(x, lo - pad), (x, hi + pad)] for x, _ in marks]
    if not c.stress_on_curve:  # the stress test's own figure, a short bold tick off the curve
        lines.append([(c.stress.rate_pct - top / 80, c.stress.residual / 1000),
                      (c.stress.rate_pct + top / 80, c.stress.residual / 1000)])
    d = Drawing(width, height)
    lp = _plot(width, height)
    lp.data = lines
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax = 0, top
    lp.xValueAxis.valueStep = 2
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax = lo - pad, hi + pad
    styles = [(colors.black, None, 2.0), (colors.Color(0.5, 0.5, 0.5), None, 0.6)]
    styles += [(GREYS[(i + 1) % 4], DASHES[i + 1], 1.2) for i in range(len(marks))]
    if not c.stress_on_curve:
        styles.append((colors.black, None, 3.0))
    for i, (colour, dash, w) in enumerate(styles):
        lp.lines[i].strokeColor, lp.lines[i].strokeDashArray, lp.lines[i].strokeWidth = colour, dash, w
    d.add(lp)
    _title(d, tr("Restbeløp per måned ved ulik rente – {scenario}").format(scenario=sr.label), width, height)
    _axis_titles(d, lp, tr("Rente på startlånet (%)") + " · " + c.moves, tr("tusen kr per måned"))
    legend = [(colors.black, None, tr("Restbeløp"))] + [(GREYS[(i + 1) % 4], DASHES[i + 1], label)
                                                    for i, (_, label) in enumerate(marks)]
    _legend(d, legend, 50, 4, 2, width)
    return d


def balance_chart(r: CaseResult, width: float = 480, height: float = 210) -> Drawing:
    """Remaining balance per year for every scenario."""
    d = Drawing(width, height)
    lp = _plot(width, height)
    data, top, years = [], 1.0, 1
    for sr in r.scenarios:
        pts = sr.schedule.balance_at_year_ends()
        data.append([(y, b / 1000) for y, b in enumerate(pts)])
        top, years = max(top, max(pts) / 1000), max(years, len(pts) - 1)
    lp.data = data
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax, lp.xValueAxis.valueStep = 0, years, 5 if years <= 30 else 10
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax = 0, top * 1.05
    for i in range(len(data)):
        lp.lines[i].strokeColor = GREYS[i % 4]
        lp.lines[i].strokeDashArray = DASHES[i % 4]
        lp.lines[i].strokeWidth = 1.6 if i < 4 else 0.9
    d.add(lp)
    _title(d, tr("Restgjeld over tid"), width, height)
    _axis_titles(d, lp, tr("År"), tr("tusen kr"))
    _legend(d, [(GREYS[i % 4], DASHES[i % 4], sr.label) for i, sr in enumerate(r.scenarios)], 50, 4, 4, width)
    return d


def forced_sale_chart(fs, width: float = 480, height: float = 210) -> Drawing:
    """The loans' balance per year against what a sale would bring at each fall
    in prices (net of sale costs): where the debt line lies above a band, a
    sale then leaves debt."""
    d = Drawing(width, height)
    lp = _plot(width, height)
    last = len(fs.years) - 1
    debt = [(y.year, y.debt / 1000) for y in fs.years]
    bands = [[(0, fs.proceeds[f] / 1000), (last, fs.proceeds[f] / 1000)] for f in fs.falls]
    lp.data = [debt] + bands
    top = max([p for _, p in debt] + [fs.proceeds[fs.falls[0]] / 1000, 1.0])
    lo = min([fs.proceeds[f] / 1000 for f in fs.falls] + [0.0])
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax, lp.xValueAxis.valueStep = 0, last, 5 if last <= 30 else 10
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax = min(lo, 0), top * 1.05
    lp.lines[0].strokeColor, lp.lines[0].strokeWidth = colors.black, 2.0
    for i in range(len(bands)):
        line = lp.lines[i + 1]
        line.strokeColor, line.strokeDashArray, line.strokeWidth = GREYS[(i + 1) % 4], DASHES[i % 4] or (3, 1), 1.1
    d.add(lp)
    _title(d, tr("Gjeld mot salgsverdi – {scenario}").format(scenario=fs.label), width, height)
    _axis_titles(d, lp, tr("År"), tr("tusen kr"))
    legend = [(colors.black, None, tr("Gjeld (startlån og banklån)"))]
    legend += [(GREYS[(i + 1) % 4], DASHES[i % 4] or (3, 1), tr("Salgsverdi ved prisfall {fall} %").format(fall=f))
               for i, f in enumerate(fs.falls)]
    _legend(d, legend, 50, 4, 3, width)
    return d


MARKER_NAMES = ("Circle", "Square", "Triangle", "Diamond")  # the tightest month, one shape per scenario


def timeline_chart(tl, index: int, width: float = 480, height: float = 220) -> Drawing:
    """The residual month by month over ten years for every scenario
    (core/timeline.py), events numbered at the top, each scenario's tightest
    month a marker of its own shape; the selected scenario drawn heaviest."""
    from reportlab.graphics.widgets.markers import makeMarker

    font, _ = register()
    d = Drawing(width, height)
    lp = _plot(width, height - 10)
    start = tl.start.year + (tl.start.month - 1) / 12
    x = lambda m: start + m / 12  # noqa: E731
    data, styles = [], []
    values = [v / 1000 for st in tl.scenarios for v in st.residual] + [0.0]
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.08 or 1
    for i, st in enumerate(tl.scenarios):
        pts = []
        for m, v in enumerate(st.residual):  # steps: a month holds its figure to the next
            pts += [(x(m), v / 1000), (x(m + 1), v / 1000)]
        data.append(pts)
        styles.append((GREYS[i % 4], DASHES[i % 4], 2.2 if i == index else 1.0, None))
    data.append([(x(0), 0), (x(tl.months), 0)])
    styles.append((colors.black, None, 0.6, None))
    numbers = []
    by_month: dict[int, int] = {}
    for e in tl.all_events(index):
        if e.month not in by_month:
            by_month[e.month] = len(by_month) + 1
            data.append([(x(e.month), lo - pad), (x(e.month), hi + pad)])
            styles.append((colors.Color(0.45, 0.45, 0.45), (1, 2), 0.5, None))
            numbers.append((x(e.month), by_month[e.month]))
    for i, st in enumerate(tl.scenarios):
        low = st.lowest
        data.append([(x(low.month + 0.5), low.residual / 1000)])
        styles.append((GREYS[i % 4], None, 0, MARKER_NAMES[i % 4]))
    lp.data = data
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax = start, x(tl.months)
    lp.xValueAxis.valueSteps = list(range(tl.start.year + 1, int(x(tl.months)) + 1))
    lp.xValueAxis.labelTextFormat = lambda v: str(int(round(v)))
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax = lo - pad, hi + pad
    for i, (colour, dash, w, symbol) in enumerate(styles):
        line = lp.lines[i]
        line.strokeColor, line.strokeDashArray, line.strokeWidth = colour, dash, w
        if symbol:
            mark = makeMarker(symbol)
            mark.size = 8 if i - (len(styles) - len(tl.scenarios)) == index else 6
            mark.fillColor = GREYS[i % 4] if i - (len(styles) - len(tl.scenarios)) == index else colors.white
            mark.strokeColor = colors.black
            mark.strokeWidth = 0.8
            line.symbol = mark
    d.add(lp)
    span = lp.xValueAxis.valueMax - lp.xValueAxis.valueMin
    last = -1e9
    for xv, n in numbers:  # the events' numbers above the plot, close neighbours on two rows
        px = lp.x + lp.width * (xv - lp.xValueAxis.valueMin) / span
        row = 1 if px - last < 9 else 0
        last = px if row == 0 else last
        d.add(String(px, lp.y + lp.height + 4 + 8 * row, str(n), fontName=font, fontSize=6.5, textAnchor="middle"))
    _title(d, tr("Restbeløp per måned de neste ti årene"), width, height)
    d.add(String(lp.x, lp.y - 26, tr("tusen kr per måned; tallene øverst er hendelsene i listen under, "
                                     "merkene hvert scenarios trangeste måned"),
                 fontName=font, fontSize=7, textAnchor="start"))
    _legend(d, [(GREYS[i % 4], DASHES[i % 4], st.label) for i, st in enumerate(tl.scenarios)], 50, 4, 4, width)
    return d
