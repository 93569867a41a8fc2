"""Walk-through mode (Gjennomgang): the case explained to the applicant across
the table, one step per screen, large type, arrow keys, F11 for full screen.
Only first names are shown; notes and settings stay hidden. Every figure is
the core's (the rate slider asks core.budget.residual_curve)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.budget import CaseResult, residual_curve
from ..core.formatting import fmt_kr, fmt_pct, fmt_rate
from . import style

STEPS = ("Pengene dere har", "Hva livet koster", "Hva boligen koster utenom lånet", "Lånealternativene",
         "Hvis renten stiger", "Oppsummert")
SLIDER_SCALE = 1000  # thousandths of a percent: Husbanken quotes rates like 4,275 %
SLIDER_MAX = 12 * SLIDER_SCALE


def big(text: str = "", scale: float = 2.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    style.font(label, bold=bold, scale=scale)
    return label


class ResidualBar(QWidget):
    """What is left each month as a bar, with a line where the household's need
    (the living-cost norm) is: past the line is enough."""

    def __init__(self, value: float, need: float, top: float, ok: bool):
        super().__init__()
        self.value, self.need, self.top, self.ok = value, need, max(top, 1.0), ok
        self.setMinimumHeight(28)
        self.setAccessibleName(f"Igjen hver måned: {fmt_kr(value)}, behov {fmt_kr(need)}")

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        w = self.width() * max(min(self.value / self.top, 1.0), 0.0)
        p.fillRect(self.rect(), QColor("#e6e6e6"))
        p.fillRect(QRectF(0, 4, w, self.height() - 8), QColor("#2d7f3b" if self.ok else "#a50f15"))
        x = self.width() * self.need / self.top
        p.fillRect(QRectF(x - 1.5, 0, 3, self.height()), QColor("#000000"))
        p.end()


class Walkthrough(QDialog):
    def __init__(self, result: CaseResult, index: int = 0, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Gjennomgang")
        self.r, self.index = result, index
        self.resize(1280, 720)
        lay = QVBoxLayout(self)
        self.step_label = big(scale=1.2)
        lay.addWidget(self.step_label)
        self.stack = QStackedWidget()
        for build in (self._incomes, self._living, self._housing, self._options, self._rate, self._summary):
            page = QWidget()
            build(QVBoxLayout(page))
            self.stack.addWidget(page)
        lay.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        self.back = QPushButton("◀ Tilbake")
        self.next = QPushButton("Neste ▶")
        for b in (self.back, self.next):
            style.font(b, scale=1.5)
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.next)
        lay.addLayout(nav)
        # arrow keys page through the steps wherever focus is (but on the rate
        # slider, where they move the rate); F11 toggles full screen
        QApplication.instance().installEventFilter(self)
        self.finished.connect(lambda _r: QApplication.instance().removeEventFilter(self))
        self.go(0)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget) or obj.window() is not self:
            return False
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and obj is not getattr(self, "slider", None):
            self.go(1 if key == Qt.Key.Key_Right else -1)
            return True
        return False

    # --- navigation -----------------------------------------------------------

    def go(self, delta: int) -> None:
        i = min(max(self.stack.currentIndex() + delta, 0), self.stack.count() - 1)
        self.stack.setCurrentIndex(i)
        self.step_label.setText(f"Steg {i + 1} av {len(STEPS)}: {STEPS[i]}")
        self.back.setEnabled(i > 0)
        self.next.setEnabled(i < self.stack.count() - 1)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # --- pages -------------------------------------------------------------------

    def _rows(self, lay: QVBoxLayout, rows: list[tuple[str, str]], total: tuple[str, str] | None = None) -> None:
        grid = QGridLayout()
        for i, (label, value) in enumerate(rows + ([total] if total else [])):
            bold = total is not None and i == len(rows)
            grid.addWidget(big(label, 1.6, bold), i, 0)
            v = big(value, 1.6, bold)
            v.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(v, i, 1)
        lay.addLayout(grid)
        lay.addStretch(1)

    def _incomes(self, lay: QVBoxLayout) -> None:
        lay.addWidget(big("Dette kommer inn hver måned, etter skatt:", 1.6))
        self._rows(lay, [(i.label, fmt_kr(i.net_monthly)) for i in self.r.incomes if i.net_monthly],
                   ("Til sammen", fmt_kr(self.r.income_total)))

    def _living(self, lay: QVBoxLayout) -> None:
        lc = self.r.living
        lay.addWidget(big("Mat, klær, transport og annet dere trenger hver måned:", 1.6))
        rows = [("Etter SIFOs referansebudsjett", fmt_kr(lc.sifo_total)),
                ("Med deres egne tall", fmt_kr(lc.chosen)),
                ("Laveste beløp vi kan regne med (NAV)", fmt_kr(lc.nav_floor)),
                ("Andre faste utgifter (lån, kort, bidrag)", fmt_kr(self.r.other_costs_total))]
        self._rows(lay, rows, ("Vi regner med til livsopphold", fmt_kr(lc.used)))

    def _housing(self, lay: QVBoxLayout) -> None:
        h = self.r.case.housing
        lay.addWidget(big("Dette koster boligen hver måned, i tillegg til lånet:", 1.6))
        rows = [(c.label, fmt_kr(c.amount)) for c in self.r.housing_costs]
        if h.rent_today:
            rows.append(("Til sammenligning: husleie i dag", fmt_kr(h.rent_today)))
        self._rows(lay, rows, ("Boutgifter utenom lånet", fmt_kr(self.r.housing_total)))

    def _options(self, lay: QVBoxLayout) -> None:
        lay.addWidget(big("Hva lånet koster i måneden, og hva dere har igjen:", 1.6))
        grid = QGridLayout()
        need = self.r.living.used
        top = max([s.left_for_living for s in self.r.scenarios] + [need]) * 1.15
        for row, sr in enumerate(self.r.scenarios):
            mark = {"ok": "✔", "tight": "!", "not_sustainable": "✖"}[sr.verdict]
            grid.addWidget(big(sr.label, 1.5, True), row, 0)
            grid.addWidget(big(f"Lånet: {fmt_kr(sr.monthly_payment)}", 1.5), row, 1)
            grid.addWidget(big(f"Igjen: {fmt_kr(sr.left_for_living)}", 1.5), row, 2)
            grid.addWidget(ResidualBar(sr.left_for_living, need, top, sr.residual >= 0), row, 3)
            grid.addWidget(big(f"{mark} {sr.verdict_label}", 1.5, True), row, 4)
        grid.setColumnStretch(3, 1)
        lay.addLayout(grid)
        lay.addWidget(big(f"«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det "
                          f"dere trenger: {fmt_kr(need)}. Grønt forbi streken er nok.", 1.3))
        lay.addStretch(1)

    def _rate(self, lay: QVBoxLayout) -> None:
        sr = self.r.scenarios[self.index] if self.r.scenarios else None
        lay.addWidget(big(f"Flytt på renten og se hva som skjer med «{sr.label if sr else ''}»:", 1.6))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_MAX)
        self.slider.setSingleStep(SLIDER_SCALE // 20)
        self.slider.setPageStep(SLIDER_SCALE // 2)
        self.slider.setAccessibleName("Rente")
        self.rate_label = big(scale=2.2, bold=True)
        self.residual_label = big(scale=2.2, bold=True)
        self.break_label = big(scale=1.5)
        lay.addWidget(self.slider)
        lay.addWidget(self.rate_label)
        lay.addWidget(self.residual_label)
        lay.addWidget(self.break_label)
        lay.addStretch(1)
        self.slider.valueChanged.connect(self._rate_moved)
        if sr:
            be = sr.break_even_rate_pct
            self.break_label.setText(
                f"Budsjettet går ikke opp hvis renten blir høyere enn {fmt_pct(be)}. Dagens rente: "
                f"{fmt_rate(sr.nominal_rate_pct)}. Stresstest: {fmt_rate(sr.stress_rate_pct)}."
                if be is not None else "Budsjettet går ikke opp selv uten rente.")
            self.slider.setValue(round(sr.nominal_rate_pct * SLIDER_SCALE))
            self._rate_moved(self.slider.value())

    def _rate_moved(self, value: int) -> None:
        if not self.r.scenarios:
            return
        rate = value / SLIDER_SCALE
        residual = residual_curve(self.r, self.index, [rate])[0]
        self.rate_label.setText(f"Rente: {fmt_rate(rate)}")
        left = residual + self.r.living.used
        ok = residual >= 0
        self.residual_label.setText(f"{'✔' if ok else '✖'} Igjen hver måned: {fmt_kr(left)} "
                                    f"({'nok' if ok else f'{fmt_kr(-residual)} for lite'})")
        self.residual_label.setStyleSheet(f"color: {'#1e6b2c' if ok else '#a50f15'};")

    def _summary(self, lay: QVBoxLayout) -> None:
        for sr in self.r.scenarios:
            text = sr.summary_text()
            p = sr.plan
            if p is not None and p.price:
                text += (f" Slik betales boligen ({fmt_kr(p.total_cost)}): egne penger {fmt_kr(p.equity)}, "
                         f"banklån {fmt_kr(p.bank_loan)}, startlån {fmt_kr(p.startlan)}"
                         + (f", overtatt fellesgjeld {fmt_kr(p.common_debt)}" if p.common_debt else "")
                         + f" og tilskudd {fmt_kr(p.grant)}.")
            lay.addWidget(big(text, 1.4))
        lay.addStretch(1)
