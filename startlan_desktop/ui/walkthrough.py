"""Walk-through mode (Gjennomgang): the case explained to the applicant across
the table, one step per screen, large type, arrow keys, F11 for full screen.
Only first names are shown; notes and settings stay hidden. Every figure is
the core's (the rate slider asks core.budget.rate_point: every floating rate
moves with the slider, as in the stress test)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
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

from ..core import meeting
from ..core.budget import CaseResult, rate_curve, rate_point
from ..core.formatting import fmt_kr, fmt_pct, fmt_rate
from ..core.i18n import QT_TR_NOOP, tr
from ..core.rows import MARKS
from . import style

STEPS = (QT_TR_NOOP("Pengene dere har"), QT_TR_NOOP("Hva livet koster"), QT_TR_NOOP("Hva boligen koster utenom lånet"),
         QT_TR_NOOP("Lånealternativene"), QT_TR_NOOP("Hvis renten stiger"), QT_TR_NOOP("Oppsummert"))
#: Dark enough for white-room contrast; the mark (✔ ! ✖) says the same without colour.
VERDICT_COLOURS = {"ok": "#1e6b2c", "tight": "#7a4a00", "no": "#a50f15", "no_amount": "#000000"}
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
        self.setAccessibleName(tr("Igjen hver måned: {left}, behov {need}").format(left=fmt_kr(value), need=fmt_kr(need)))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        w = self.width() * max(min(self.value / self.top, 1.0), 0.0)
        p.fillRect(self.rect(), QColor("#e6e6e6"))
        p.fillRect(QRectF(0, 4, w, self.height() - 8), QColor("#2d7f3b" if self.ok else "#a50f15"))
        x = self.width() * self.need / self.top
        p.fillRect(QRectF(x - 1.5, 0, 3, self.height()), QColor("#000000"))
        p.end()


class Walkthrough(QDialog):
    languageRequested = Signal(str)  # the window switches language, then calls rebuild()

    def __init__(self, result: CaseResult, index: int = 0, parent=None):
        super().__init__(parent)
        self.index = index
        self.resize(1280, 720)
        self.setLayout(QVBoxLayout())
        self.content: QWidget | None = None
        self.rebuild(result)
        # arrow keys page through the steps wherever focus is (but on the rate
        # slider, where they move the rate); F11 toggles full screen
        QApplication.instance().installEventFilter(self)
        self.finished.connect(lambda _r: QApplication.instance().removeEventFilter(self))

    def rebuild(self, result: CaseResult) -> None:
        """Build the pages for `result` in the current language, on the same step."""
        step = self.stack.currentIndex() if self.content is not None else 0
        if self.content is not None:
            self.layout().removeWidget(self.content)
            self.content.deleteLater()
        self.r = result
        self.index = min(self.index, len(result.scenarios) - 1)
        self.setWindowTitle(tr("Gjennomgang"))
        self.content = QWidget()
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 0, 0, 0)
        self.step_label = big(scale=1.2)
        lay.addWidget(self.step_label)
        self.stack = QStackedWidget()
        for build in (self._incomes, self._living, self._housing, self._options, self._rate, self._summary):
            page = QWidget()
            build(QVBoxLayout(page))
            self.stack.addWidget(page)
        lay.addWidget(self.stack, 1)
        lay.addLayout(self._nav())
        self.layout().addWidget(self.content)
        self.stack.setCurrentIndex(step)
        self.go(0)

    def _nav(self) -> QHBoxLayout:
        from ..core.i18n import language
        from ..i18n import LANGUAGES

        nav = QHBoxLayout()
        self.back = QPushButton(tr("◀ Tilbake"))
        self.next = QPushButton(tr("Neste ▶"))
        for b in (self.back, self.next):
            style.font(b, scale=1.5)
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Språk"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(language()))
        style.font(self.language, scale=1.2)
        self.language.activated.connect(lambda i: self.languageRequested.emit(self.language.itemData(i)))
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.language)
        nav.addStretch(1)
        nav.addWidget(self.next)
        return nav

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
        self.step_label.setText((tr("Eksempelsak") + " · " if self.r.case.example else "")
                                + tr("Steg {step} av {steps}: {title}").format(step=i + 1, steps=len(STEPS),
                                                                              title=tr(STEPS[i])))
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
        lay.addWidget(big(tr("Dette kommer inn hver måned, etter skatt:"), 1.6))
        self._rows(lay, [(i.label, fmt_kr(i.net_monthly)) for i in self.r.incomes if i.net_monthly],
                   (tr("Til sammen"), fmt_kr(self.r.income_total)))

    def _living(self, lay: QVBoxLayout) -> None:
        lc = self.r.living
        lay.addWidget(big(tr("Mat, klær, transport og annet dere trenger hver måned:"), 1.6))
        rows = [(tr("Etter SIFOs referansebudsjett"), fmt_kr(lc.sifo_total)),
                (tr("Med deres egne tall"), fmt_kr(lc.chosen)),
                (tr("Laveste beløp vi kan regne med (NAV)"), fmt_kr(lc.nav_floor)),
                (tr("Andre faste utgifter (lån, kort, bidrag)"), fmt_kr(self.r.other_costs_total))]
        self._rows(lay, rows, (tr("Vi regner med til livsopphold"), fmt_kr(lc.used)))

    def _housing(self, lay: QVBoxLayout) -> None:
        h = self.r.case.housing
        lay.addWidget(big(tr("Dette koster boligen hver måned, i tillegg til lånet:"), 1.6))
        rows = [(c.label, fmt_kr(c.amount)) for c in self.r.housing_costs]
        if h.rent_today:
            rows.append((tr("Til sammenligning: husleie i dag"), fmt_kr(h.rent_today)))
        self._rows(lay, rows, (tr("Boutgifter utenom lånet"), fmt_kr(self.r.housing_total)))

    def _options(self, lay: QVBoxLayout) -> None:
        lay.addWidget(big(tr("Hva lånet koster i måneden, og hva dere har igjen:"), 1.6))
        grid = QGridLayout()
        need = self.r.living.used
        top = max([s.left_for_living for s in self.r.scenarios] + [need]) * 1.15
        for row, sr in enumerate(self.r.scenarios):
            mark = MARKS[sr.verdict]
            grid.addWidget(big(sr.label, 1.5, True), row, 0)
            grid.addWidget(big(tr("Lånet: {amount}").format(amount=fmt_kr(sr.monthly_payment)), 1.5), row, 1)
            grid.addWidget(big(tr("Igjen: {amount}").format(amount=fmt_kr(sr.left_for_living)), 1.5), row, 2)
            grid.addWidget(ResidualBar(sr.left_for_living, need, top, sr.residual >= 0), row, 3)
            grid.addWidget(big(f"{mark} {sr.verdict_label}", 1.5, True), row, 4)
        grid.setColumnStretch(3, 1)
        lay.addLayout(grid)
        lay.addWidget(big(tr("«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det "
                             "dere trenger: {need}. Grønt forbi streken er nok.").format(need=fmt_kr(need)), 1.3))
        lay.addStretch(1)

    def _rate(self, lay: QVBoxLayout) -> None:
        sr = self.r.scenarios[self.index] if self.r.scenarios else None
        lay.addWidget(big(tr("Flytt på renten og se hva som skjer med «{scenario}»:").format(
            scenario=sr.label if sr else ""), 1.6))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_MAX)
        self.slider.setSingleStep(SLIDER_SCALE // 20)
        self.slider.setPageStep(SLIDER_SCALE // 2)
        self.slider.setAccessibleName(tr("Rente"))
        self.rate_label = big(scale=2.2, bold=True)
        self.residual_label = big(scale=2.2, bold=True)
        self.break_label = big(scale=1.5)
        self.moves_label = big(scale=1.2)
        lay.addWidget(self.slider)
        lay.addWidget(self.rate_label)
        lay.addWidget(self.residual_label)
        lay.addWidget(self.break_label)
        lay.addWidget(self.moves_label)
        lay.addStretch(1)
        self.slider.valueChanged.connect(self._rate_moved)
        if sr:
            be = sr.break_even_rate_pct
            self.break_label.setText(
                tr("Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. "
                   "Stresstest: {stress}.").format(rate=fmt_pct(be), today=fmt_rate(sr.nominal_rate_pct),
                                                   stress=fmt_rate(sr.stress_rate_pct))
                if be is not None else tr("Budsjettet går ikke opp selv uten rente."))
            curve = rate_curve(self.r, self.index, 1)  # for its words only
            self.moves_label.setText(curve.moves + (" " + curve.off_curve_reason if curve.off_curve_reason else ""))
            self.slider.setValue(round(sr.nominal_rate_pct * SLIDER_SCALE))
            self._rate_moved(self.slider.value())

    def _rate_moved(self, value: int) -> None:
        if not self.r.scenarios:
            return
        rate = value / SLIDER_SCALE
        point = rate_point(self.r, self.index, rate)
        residual, left = point.residual, point.left_for_living
        self.rate_label.setText(tr("Rente: {rate}").format(rate=fmt_rate(rate)))
        ok = residual >= 0
        enough = tr("nok") if ok else tr("{amount} for lite").format(amount=fmt_kr(-residual))
        self.residual_label.setText(("✔ " if ok else "✖ ") + tr("Igjen hver måned: {left} ({enough})").format(
            left=fmt_kr(left), enough=enough))
        self.residual_label.setStyleSheet(f"color: {'#1e6b2c' if ok else '#a50f15'};")

    def _summary(self, lay: QVBoxLayout) -> None:
        if self.r.scenarios:  # the verdict first, in words, with the figure that decides it
            v = meeting.verdict(self.r.scenarios[self.index])
            self.verdict_label = big(f"{v.mark} {v.headline}", 2.4, True)
            self.verdict_label.setStyleSheet(f"color: {VERDICT_COLOURS[v.key]};")
            self.verdict_figure = big(v.figure, 1.8)
            lay.addWidget(self.verdict_label)
            lay.addWidget(self.verdict_figure)
        for sr in self.r.scenarios:
            text = f"{meeting.verdict(sr).mark} {sr.label}: " + sr.summary_text()
            p = sr.plan
            if p is not None and p.price and not sr.carries_no_loan and sr.verdict != "no_amount":
                text += " " + tr("Slik betales boligen ({total}): egne penger {equity}, banklån {bank}, startlån "
                                 "{startlan}").format(total=fmt_kr(p.total_cost), equity=fmt_kr(p.equity),
                                                      bank=fmt_kr(p.bank_loan), startlan=fmt_kr(p.startlan))
                if p.common_debt:
                    text += tr(", overtatt fellesgjeld {amount}").format(amount=fmt_kr(p.common_debt))
                text += " " + tr("og tilskudd {amount}.").format(amount=fmt_kr(p.grant))
            lay.addWidget(big(text, 1.1))
        lay.addStretch(1)
