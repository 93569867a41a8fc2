"""The charts' lines (reports/charts.py `Plot`, issue 23) are drawn operator for
operator as reportlab's own LinePlot draws them, only without a style object
per point: each chart of the sheet, drawn both ways, gives the same PDF."""

import pytest
from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.lineplots import LinePlot

from startlan_desktop.core.budget import compute, years_ahead
from startlan_desktop.core.forcedsale import for_scenario
from startlan_desktop.reports import charts


def drawn(d) -> bytes:
    return renderPDF.drawToString(d)


@pytest.fixture
def invariant(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setattr(rl_config, "pageCompression", 0)  # the drawing operators in the clear


def both(make, monkeypatch) -> tuple[bytes, bytes]:
    """The drawing `make()` gives, drawn with the charts' lines and with reportlab's."""
    ours = drawn(make())
    with monkeypatch.context() as m:
        m.setattr(charts.Plot, "makeLines", LinePlot.makeLines)
        theirs = drawn(make())
    return ours, theirs


@pytest.mark.parametrize("index", [0, 2])
def test_each_chart_draws_as_reportlabs_line_plot(case, index, invariant, monkeypatch):
    r = compute(case)
    tl, fs = years_ahead(r), for_scenario(r, index)
    made = {"rate": lambda: charts.rate_chart(r, index, 480, 200), "balance": lambda: charts.balance_chart(r, 480, 200),
            "timeline": lambda: charts.timeline_chart(tl, index, 480, 210),
            "forced sale": lambda: charts.forced_sale_chart(fs, 480, 200)}
    for name, make in made.items():
        ours, theirs = both(make, monkeypatch)
        assert ours == theirs, name
        assert ours.count(b" l") > 20  # lines were drawn


def test_what_it_does_not_handle_goes_to_reportlab(invariant, monkeypatch):
    from reportlab.graphics.shapes import Drawing

    def make(**style):
        lp = charts.Plot()
        lp.data = [[(0, 1), (1, 2), (2, 1.5)]]
        for k, v in style.items():
            setattr(lp, k, v)
        lp.lines[0, 1].strokeColor = charts.colors.red  # one point styled on its own
        d = Drawing(200, 100)
        d.add(lp)
        return d

    ours, theirs = both(make, monkeypatch)
    assert ours == theirs
    ours, theirs = both(lambda: make(lineLabelFormat="%2.0f"), monkeypatch)  # labels at the points
    assert ours == theirs
