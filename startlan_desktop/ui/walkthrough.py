"""Walk-through mode (Gjennomgang): the case explained to the applicant across
the table, one step per screen, large type, arrow keys, F11 for full screen.
Only first names are shown; notes and settings stay hidden. Every figure is
the core's (the rate slider asks core.budget.rate_point: every floating rate
moves with the slider, as in the stress test)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
from .meeting_widgets import MarkedSlider, StackedBar, mark_labels, month_segments, month_top

STEPS = (QT_TR_NOOP("Pengene dere har"), QT_TR_NOOP("Hva livet koster"), QT_TR_NOOP("Hva boligen koster utenom lånet"),
         QT_TR_NOOP("Lånealternativene"), QT_TR_NOOP("Hvis renten stiger"), QT_TR_NOOP("Oppsummert"))
#: Dark enough for white-room contrast; the mark (✔ ! ✖) says the same without colour.
VERDICT_COLOURS = {"ok": "#1e6b2c", "tight": "#7a4a00", "no": "#a50f15", "no_amount": "#000000"}
SLIDER_SCALE = 1000  # thousandths of a percent: Husbanken quotes rates like 4,275 %
SLIDER_MAX = 12 * SLIDER_SCALE


def big(text: str = "", scale: float = 2.0, bold: bool = False) -> QLabel:
    """A label whose type grows with the window: `scale` times the base size
    (set by Walkthrough.apply_scale from the window's height)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("wt_scale", scale)
    label.setProperty("wt_bold", bold)
    style.font(label, bold=bold, scale=scale)
    return label


def base_pixels(height: int) -> int:
    """The walk-through's base type in pixels: 1/34 of the window's height
    (31 px on a 1080-line meeting screen, about 8 mm on a 55-inch screen and
    readable at 3 m; 21 px at 720), never below 12."""
    return max(12, height // 34)


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
        self.compare: int | None = None  # a second scenario shown beside the first
        self.resize(1280, 720)
        # high contrast: black on white, whatever the desktop's theme
        pal = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, "#ffffff"), (QPalette.ColorRole.WindowText, "#000000"),
                             (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Text, "#000000"),
                             (QPalette.ColorRole.Button, "#f0f0f0"), (QPalette.ColorRole.ButtonText, "#000000")):
            pal.setColor(role, QColor(colour))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setLayout(QVBoxLayout())
        self.content: QWidget | None = None
        self.rebuild(result)
        # the pause: a black screen over everything (the figures off the wall when someone comes in)
        self.blank = QLabel(tr("Pause – trykk B for å fortsette"), self)
        self.blank.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        self.blank.setStyleSheet("background: #000000; color: #505050; padding: 12px;")
        self.blank.hide()
        # arrow keys page through the steps wherever focus is (but on the rate
        # slider, where they move the rate); F11 toggles full screen
        QApplication.instance().installEventFilter(self)
        self.finished.connect(lambda _r: QApplication.instance().removeEventFilter(self))

    def rebuild(self, result: CaseResult) -> None:
        """Build the pages for `result` in the current language, on the same step."""
        step = self.stack.currentIndex() if self.content is not None else 0
        if self.content is not None:
            self.layout().removeWidget(self.content)
            self.content.hide()  # not painted again before Qt deletes it
            self.content.deleteLater()
        self.r = result
        self.index = min(self.index, len(result.scenarios) - 1)
        if self.compare is not None and (self.compare >= len(result.scenarios) or self.compare == self.index):
            self.compare = None
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
        self.apply_scale()
        self.go(0)

    def apply_scale(self) -> None:
        """Every label, button and picture at its scale of the base size."""
        base = base_pixels(self.height())
        f = QFont(self.font())
        f.setPixelSize(base)
        self.setFont(f)
        for w in self.findChildren(QWidget):
            scale = w.property("wt_scale")
            if scale is None:
                continue
            wf = QFont(w.font())
            wf.setPixelSize(max(int(base * float(scale)), 9))
            wf.setBold(bool(w.property("wt_bold")))
            w.setFont(wf)
            w.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if hasattr(self, "blank"):
            self.blank.setGeometry(self.rect())
        if self.content is not None:
            self.apply_scale()

    def _nav(self) -> QHBoxLayout:
        from ..core.i18n import language
        from ..i18n import LANGUAGES

        nav = QHBoxLayout()
        self.back = QPushButton(tr("◀ Tilbake"))
        self.next = QPushButton(tr("Neste ▶"))
        for b in (self.back, self.next):
            b.setProperty("wt_scale", 1.5)
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Språk"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(language()))
        self.language.setProperty("wt_scale", 1.0)
        self.language.activated.connect(lambda i: self.languageRequested.emit(self.language.itemData(i)))
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.language)
        self.compare_box = QComboBox()
        self.compare_box.setAccessibleName(tr("Vis ved siden av"))
        self.compare_box.addItem(tr("Ett alternativ"), None)
        for i, sr in enumerate(self.r.scenarios):
            if i != self.index:
                self.compare_box.addItem(tr("Ved siden av: {scenario}").format(scenario=sr.label), i)
        self.compare_box.setCurrentIndex(max(self.compare_box.findData(self.compare), 0))
        self.compare_box.setProperty("wt_scale", 1.0)
        self.compare_box.activated.connect(lambda i: self.show_beside(self.compare_box.itemData(i)))
        nav.addWidget(self.compare_box)
        nav.addStretch(1)
        nav.addWidget(self.next)
        return nav

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget) or obj.window() is not self:
            return False
        key = event.key()
        if key in (Qt.Key.Key_B, Qt.Key.Key_Pause):
            self.toggle_pause()
            return True
        if self.blank.isVisible():  # nothing moves behind the black screen
            return True
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

    def toggle_pause(self) -> None:
        """B or Pause: the screen goes black and back."""
        if self.blank.isVisible():
            self.blank.hide()
            return
        self.blank.setGeometry(self.rect())
        self.blank.raise_()
        self.blank.show()

    @property
    def paused(self) -> bool:
        return self.blank.isVisible()

    def show_beside(self, index: int | None) -> None:
        """Show a second scenario beside the first on the month and summary steps (None: one)."""
        self.compare = index
        self.rebuild(self.r)

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

    def _shown(self) -> list[int]:
        """The scenarios on the month and summary steps: the chosen one, and the one beside it."""
        return [self.index] + ([self.compare] if self.compare is not None else [])

    def _columns(self, lay: QVBoxLayout, build) -> None:
        """One column per scenario shown, side by side; each headed by its name when two."""
        row = QHBoxLayout()
        for i in self._shown():
            col = QVBoxLayout()
            if self.compare is not None:
                col.addWidget(big(f"«{self.r.scenarios[i].label}»", 1.3, True))
            build(col, i)
            row.addLayout(col, 1)
        lay.addLayout(row)

    def _month_bars(self, lay: QVBoxLayout, index: int) -> None:
        """The month as one bar today, at the stress rate and after the fixed period,
        on a scale shared with the scenario beside it."""
        bars = meeting.month_bars(self.r, index)
        top = max(month_top(meeting.month_bars(self.r, i)) for i in self._shown())
        for bar in bars:
            widget = StackedBar(f"{meeting.MARK['ok' if bar.ok else 'no']} {bar.title}", month_segments(bar), top)
            widget.setProperty("wt_scale", 1.15)
            lay.addWidget(widget)

    def _options(self, lay: QVBoxLayout) -> None:
        sr = self.r.scenarios[self.index] if self.r.scenarios else None
        if sr is not None and self.compare is None:
            lay.addWidget(big(tr("Slik fordeles inntekten på {income} hver måned med «{scenario}»:").format(
                income=fmt_kr(self.r.income_total), scenario=sr.label), 1.3, True))
            self._month_bars(lay, self.index)
        elif sr is not None:
            lay.addWidget(big(tr("Slik fordeles inntekten på {income} hver måned:").format(
                income=fmt_kr(self.r.income_total)), 1.3, True))
            self._columns(lay, self._month_bars)
        grid = QGridLayout()
        need = self.r.living.used
        top = max([s.left_for_living for s in self.r.scenarios] + [need]) * 1.15
        for row, sr in enumerate(self.r.scenarios):
            mark = MARKS[sr.verdict]
            grid.addWidget(big(sr.label, 1.0, True), row, 0)
            grid.addWidget(big(tr("Lånet: {amount}").format(amount=fmt_kr(sr.monthly_payment)), 1.0), row, 1)
            grid.addWidget(big(tr("Igjen: {amount}").format(amount=fmt_kr(sr.left_for_living)), 1.0), row, 2)
            grid.addWidget(ResidualBar(sr.left_for_living, need, top, sr.residual >= 0), row, 3)
            grid.addWidget(big(f"{mark} {sr.verdict_label}", 1.0, True), row, 4)
        grid.setColumnStretch(3, 1)
        lay.addLayout(grid)
        lay.addWidget(big(tr("«Igjen» er det som er igjen til livsopphold hver måned. Den svarte streken er det "
                             "dere trenger: {need}. Grønt forbi streken er nok.").format(need=fmt_kr(need)), 0.9))
        lay.addStretch(1)

    def _rate(self, lay: QVBoxLayout) -> None:
        sr = self.r.scenarios[self.index] if self.r.scenarios else None
        lay.addWidget(big(tr("Flytt på renten og se hva som skjer med «{scenario}»:").format(
            scenario=sr.label if sr else ""), 1.4))
        curve = rate_curve(self.r, self.index, 1) if sr else None  # its top, its marks and its words
        self.slider = MarkedSlider(SLIDER_SCALE)
        self.slider.setRange(0, round((curve.top_rate_pct if curve else 12) * SLIDER_SCALE))
        self.slider.setSingleStep(SLIDER_SCALE // 20)
        self.slider.setPageStep(SLIDER_SCALE // 2)
        self.slider.setAccessibleName(tr("Rente"))
        self.slider.setProperty("wt_scale", 1.2)
        self.rate_label = big(scale=1.8, bold=True)
        self.residual_label = big(scale=1.8, bold=True)
        self.rate_bar = StackedBar("", [], 1.0)
        self.rate_bar.setProperty("wt_scale", 1.15)
        self.break_label = big(scale=1.1)
        self.moves_label = big(scale=0.9)
        lay.addWidget(self.slider)
        row = QHBoxLayout()
        row.addWidget(self.rate_label)
        row.addWidget(self.residual_label, 1)
        lay.addLayout(row)
        lay.addWidget(self.rate_bar)
        lay.addWidget(self.break_label)
        lay.addWidget(self.moves_label)
        lay.addStretch(1)
        self.slider.valueChanged.connect(self._rate_moved)
        if sr:
            be = curve.break_even_pct
            names = mark_labels()
            self.slider.set_marks([("today", names["today"], curve.today.rate_pct),
                                   ("stress", names["stress"], curve.stress.rate_pct),
                                   ("break", names["break"], be)])
            ends = [meeting.bar_at_rate(self.r, self.index, rate) for rate in (0.0, curve.top_rate_pct)]
            self.rate_bar.top = month_top(ends)
            self.break_label.setText(
                tr("Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. "
                   "Stresstest: {stress}.").format(rate=fmt_pct(be), today=fmt_rate(sr.nominal_rate_pct),
                                                   stress=fmt_rate(sr.stress_rate_pct))
                if be is not None else tr("Budsjettet går ikke opp selv uten rente."))
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
        bar = meeting.bar_at_rate(self.r, self.index, rate)
        self.rate_bar.set_segments(bar.title, month_segments(bar))

    def _verdict_column(self, lay: QVBoxLayout, index: int) -> None:
        """The verdict first, in words, with the figure that decides it; then how the home is paid for."""
        sr = self.r.scenarios[index]
        v = meeting.verdict(sr)
        headline = big(f"{v.mark} {v.headline}", 2.4 if self.compare is None else 1.6, True)
        headline.setStyleSheet(f"color: {VERDICT_COLOURS[v.key]};")
        figure = big(f"«{sr.label}»: {v.figure}", 1.5 if self.compare is None else 1.1)
        lay.addWidget(headline)
        lay.addWidget(figure)
        if index == self.index:
            self.verdict_label, self.verdict_figure = headline, figure
        home = meeting.home_bar(sr)
        if home:
            total = sum(seg.amount for seg in home)
            bar = StackedBar(tr("Slik betales boligen ({total})").format(total=fmt_kr(total)),
                             [(seg.key, seg.label, seg.amount) for seg in home], total)
            bar.setProperty("wt_scale", 1.15 if self.compare is None else 0.9)
            lay.addWidget(bar)
        lay.addStretch(1)

    def _summary(self, lay: QVBoxLayout) -> None:
        if self.r.scenarios:
            self._columns(lay, self._verdict_column)
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
            lay.addWidget(big(text, 0.9))
        lay.addStretch(1)


def meeting_screen(screens: list, current):
    """The screen for the walk-through: another one than the caseworker's window
    is on, when there is one (the meeting-room screen); else None."""
    return next((s for s in screens if s is not current), None)


def show_on_meeting_screen(dialog: Walkthrough, main: QWidget) -> None:
    """Show the walk-through as its own window; with a second screen, full
    screen on it, so the caseworker's window stays usable on theirs."""
    from PySide6.QtGui import QGuiApplication

    other = meeting_screen(QGuiApplication.screens(), main.screen())
    if other is None:
        dialog.show()
        return
    dialog.setScreen(other)
    dialog.setGeometry(other.availableGeometry())
    dialog.showFullScreen()
