"""Walk-through mode (Gjennomgang): the case explained to the applicant across
the table, one step per screen, large type, arrow keys, F11 for full screen.
Only first names are shown; notes and settings stay hidden. Every figure is
the core's (the rate slider asks core.budget.rate_point: every floating rate
moves with the slider, as in the stress test).

The walk-through speaks the applicant's language, which may be one the
caseworker's window does not (Ukrainian, Arabic, Somali, Tigrinya, Polish):
its pages are made under `i18n.speaking(lang)` from a result computed in that
language, Arabic mirrored right to left. A machine-translated catalogue says so
on every page, and a glossary (O) shows the key words beside the Norwegian."""

from __future__ import annotations

from contextlib import nullcontext

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import i18n as app_i18n
from ..core import glossary, meeting
from ..core.budget import CaseResult, compute, rate_curve, rate_point
from ..core.formatting import fmt_break_even_rate, fmt_kr, fmt_rate
from ..core.i18n import QT_TR_NOOP, language, right_to_left, tr
from ..core.rows import MARKS
from . import style
from .meeting_widgets import MarkedSlider, StackedBar, mark_labels, month_segments, month_top

STEPS = (QT_TR_NOOP("Pengene dere har"), QT_TR_NOOP("Hva livet koster"), QT_TR_NOOP("Hva boligen koster utenom lånet"),
         QT_TR_NOOP("Lånealternativene"), QT_TR_NOOP("Hvis renten stiger"), QT_TR_NOOP("Oppsummert"))
#: Dark enough for white-room contrast; the mark (✔ ! ✖) says the same without colour.
VERDICT_COLOURS = {"ok": "#1e6b2c", "tight": "#7a4a00", "no": "#a50f15", "no_amount": "#000000"}
SLIDER_SCALE = 1000  # thousandths of a percent: Husbanken quotes rates like 4,275 %
SLIDER_MAX = 12 * SLIDER_SCALE
#: shown, in Norwegian for the caseworker and in the language, while a catalogue is unchecked
MACHINE_TRANSLATED = QT_TR_NOOP("Maskinoversatt – ikke kvalitetssikret")


def machine_translated_note(code: str) -> str:
    """The flag of an unchecked catalogue in Norwegian and in the language ("" when checked)."""
    if not app_i18n.machine_translated(code):
        return ""
    with app_i18n.speaking(code):
        own = tr(MACHINE_TRANSLATED)
    return "⚠ " + MACHINE_TRANSLATED + ("" if own == MACHINE_TRANSLATED else f" · {own}")


def big(text: str = "", scale: float = 2.0, bold: bool = False) -> QLabel:
    """A label whose type grows with the window: `scale` times the base size
    (set by Walkthrough.apply_scale from the window's height)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if right_to_left():  # a typed Norwegian name lines up with the Arabic around it, at the right
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
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
        x = self.width() * self.need / self.top
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # Arabic: the bar grows from the right
            p.translate(self.width(), 0)
            p.scale(-1, 1)
        p.fillRect(self.rect(), QColor("#e6e6e6"))
        p.fillRect(QRectF(0, 4, w, self.height() - 8), QColor("#2d7f3b" if self.ok else "#a50f15"))
        p.fillRect(QRectF(x - 1.5, 0, 3, self.height()), QColor("#000000"))
        p.end()


class Walkthrough(QDialog):
    languageRequested = Signal(str)  # the window switches language, then calls rebuild()

    def __init__(self, result: CaseResult, index: int = 0, parent=None):
        super().__init__(parent)
        self.index = index
        self.compare: int | None = None  # a second scenario shown beside the first
        self.lang: str | None = None  # the applicant's language when not the window's (uk, ar, so, ti, pl)
        self.contact = ""  # "who to call" on the take-home page (the settings' line)
        self.reveal = None  # opens a file written (the window's PDF viewer), when the window gives one
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
        self.blank = QLabel(self)
        self.blank.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        self.blank.setStyleSheet("background: #000000; color: #505050; padding: 12px;")
        self.blank.hide()
        self._retitle()
        # arrow keys page through the steps wherever focus is (but on the rate
        # slider, where they move the rate); F11 toggles full screen
        QApplication.instance().installEventFilter(self)
        self.finished.connect(lambda _r: QApplication.instance().removeEventFilter(self))

    @property
    def language_code(self) -> str:
        """The language the walk-through speaks: the applicant's, or the window's."""
        return self.lang or language()

    def speaking(self):
        """tr() in the walk-through's language while its pages are made."""
        return app_i18n.speaking(self.lang) if self.lang else nullcontext(language())

    def rebuild(self, result: CaseResult) -> None:
        """Build the pages for `result` in the walk-through's language, on the same step."""
        self.source = result  # the window's result, in the window's language
        with self.speaking() as used:
            # every text of the result (cost lines, verdicts, labels) in the applicant's language
            r = result if used == language() and self.lang is None else compute(result.case)
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if app_i18n.right_to_left(used)
                                    else Qt.LayoutDirection.LeftToRight)
            self._rebuild(r)
            self._retitle()

    def _retitle(self) -> None:
        if hasattr(self, "blank"):
            with self.speaking():
                self.blank.setText(tr("Pause – trykk B for å fortsette"))

    def _rebuild(self, result: CaseResult) -> None:
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
        top = QHBoxLayout()
        self.step_label = big(scale=1.2)
        top.addWidget(self.step_label, 1)
        self.flag_label = big(machine_translated_note(self.language_code), 0.75, True)
        self.flag_label.setStyleSheet("color: #7a4a00;")
        self.flag_label.setAccessibleName(MACHINE_TRANSLATED)
        top.addWidget(self.flag_label)
        if not self.flag_label.text():  # a checked catalogue, or the window's languages
            self.flag_label.hide()
        lay.addLayout(top)
        self.stack = QStackedWidget()
        for build in (self._incomes, self._living, self._housing, self._options, self._rate, self._summary):
            page = QWidget()
            build(QVBoxLayout(page))
            self.stack.addWidget(page)
        lay.addWidget(self.stack, 1)
        lay.addLayout(self._nav())
        self.layout().addWidget(self.content)
        self.content.show()  # now, not on the next turn of the event loop
        self.stack.setCurrentIndex(step)
        self.glossary = self._glossary()
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
        if getattr(self, "glossary", None) is not None:
            self.glossary.setGeometry(self.rect())
        if self.content is not None:
            self.apply_scale()

    def _nav(self) -> QHBoxLayout:
        nav = QHBoxLayout()
        self.back = QPushButton(tr("◀ Tilbake"))
        self.next = QPushButton(tr("Neste ▶"))
        for b in (self.back, self.next):
            b.setProperty("wt_scale", 1.5)
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Språk"))
        languages = app_i18n.meeting_languages()
        for code, name in languages.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(languages).index(self.language_code))
        self.language.setProperty("wt_scale", 1.0)
        self.language.activated.connect(lambda i: self.set_language(self.language.itemData(i)))
        self.glossary_button = QPushButton(tr("Ordliste") + " (O)")
        self.glossary_button.setProperty("wt_scale", 1.0)
        self.glossary_button.clicked.connect(self.toggle_glossary)
        self.page_button = QPushButton(tr("Ark til søkeren (PDF) …"))
        self.page_button.setProperty("wt_scale", 1.0)
        # not the method itself: clicked passes its `checked` (False), which would be taken for the path
        self.page_button.clicked.connect(lambda: self.save_applicant_page())
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.language)
        nav.addWidget(self.glossary_button)
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
        nav.addWidget(self.page_button)
        nav.addStretch(1)
        nav.addWidget(self.next)
        return nav

    def set_language(self, code: str) -> None:
        """The walk-through's language. The window's own languages (nb, nn, en)
        switch the window too, as before; the applicant's switch only this."""
        if code in app_i18n.LANGUAGES:
            self.lang = None
            if code == language():
                self.rebuild(self.source)
            else:
                self.languageRequested.emit(code)  # the window switches, then calls rebuild()
            return
        self.lang = code
        self.rebuild(self.source)

    def _glossary(self) -> QFrame:
        """The key words: Norwegian, the word in the language, what it means (hidden until O)."""
        old = getattr(self, "glossary", None)
        shown = old is not None and old.isVisible()
        if old is not None:
            old.hide()
            old.deleteLater()
        box = QFrame(self)
        box.setAutoFillBackground(True)
        box.setFrameShape(QFrame.Shape.Box)
        box.setLineWidth(3)
        lay = QVBoxLayout(box)
        lay.addWidget(big(tr("Ordliste"), 1.6, True))
        note = machine_translated_note(self.language_code)
        if note:  # the flag stays in sight over the page too
            flag = big(note, 0.75, True)
            flag.setStyleSheet("color: #7a4a00;")
            lay.addWidget(flag)
        grid = QGridLayout()
        grid.setHorizontalSpacing(max(16, base_pixels(self.height())))
        other = self.language_code != "nb"
        for row, t in enumerate(glossary.terms()):
            grid.addWidget(big(t.norwegian, 1.4, True), row, 0)
            if other:
                grid.addWidget(big(t.word, 1.4, True), row, 1)
            grid.addWidget(big(t.meaning, 1.1), row, 2 if other else 1)
        grid.setColumnStretch(2 if other else 1, 1)
        lay.addLayout(grid)
        lay.addStretch(1)
        lay.addWidget(big(tr("Trykk O for å lukke ordlisten."), 0.8))
        box.setGeometry(self.rect())
        box.setVisible(shown)
        if shown:
            box.raise_()
        return box

    def toggle_glossary(self) -> None:
        """O or the button: the glossary over the page, and back."""
        if self.glossary.isVisible():
            self.glossary.hide()
            return
        self.glossary.setGeometry(self.rect())
        self.glossary.raise_()
        self.glossary.show()

    def save_applicant_page(self, path: str | None = None):
        """The applicant's take-home page in the walk-through's language, for the
        scenario shown; asks where to save it (unless `path`), then opens it."""
        from pathlib import Path

        from ..reports.applicant_sheet import ApplicantOptions, build_applicant_pdf
        from .dialogs import save_file

        if path is None:
            path = save_file(self, tr("Ark til søkeren (PDF) …"), Path.home() / f"startlan-{self.language_code}.pdf",
                             "PDF (*.pdf)")
            if not path:
                return None
        from ..core.casefile import atomic_write

        with self.speaking():
            pdf = build_applicant_pdf(self.r, ApplicantOptions(self.index, self.contact))
        try:
            atomic_write(path, pdf, backup=False)
        except OSError as exc:
            from ..core.casefile import os_error
            from .dialogs import warn

            warn(self, tr("Kunne ikke lagre PDF: {error}").format(error=os_error(exc)))
            return None
        if self.reveal is not None:
            self.reveal(Path(path))
        return Path(path)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget) or obj.window() is not self:
            return False
        key = event.key()
        if key in (Qt.Key.Key_B, Qt.Key.Key_Pause):
            self.toggle_pause()
            return True
        if self.blank.isVisible():  # nothing moves behind the black screen
            return True
        if key == Qt.Key.Key_O or (key == Qt.Key.Key_Escape and self.glossary.isVisible()):
            self.toggle_glossary()
            return True
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and obj is not getattr(self, "slider", None):
            forward = Qt.Key.Key_Left if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else Qt.Key.Key_Right
            self.go(1 if key == forward else -1)
            return True
        return False

    # --- navigation -----------------------------------------------------------

    def go(self, delta: int) -> None:
        i = min(max(self.stack.currentIndex() + delta, 0), self.stack.count() - 1)
        self.stack.setCurrentIndex(i)
        with self.speaking():
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
        """Show a second scenario beside the first on the month, rate and summary steps (None: one)."""
        self.compare = index
        self.rebuild(self.source)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # --- pages -------------------------------------------------------------------

    def _rows(self, lay: QVBoxLayout, rows: list[tuple[str, str]], total: tuple[str, str] | None = None,
              scale: float = 1.2) -> None:
        grid = QGridLayout()
        for i, (label, value) in enumerate(rows + ([total] if total else [])):
            bold = total is not None and i == len(rows)
            grid.addWidget(big(label, scale, bold), i, 0)
            v = big(value, scale, bold)
            # the figures at the far side: right, or left in a right-to-left window (text direction aside)
            v.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute if right_to_left()
                           else Qt.AlignmentFlag.AlignRight)
            grid.addWidget(v, i, 1)
        lay.addLayout(grid)
        lay.addStretch(1)

    def _picture(self, lay: QVBoxLayout, title: str, parts: list, top: float, scale: float = 1.3) -> StackedBar:
        """A step's picture: one bar of named parts (core.meeting), first on the page."""
        bar = StackedBar(title, [(p.key, p.label, p.amount) for p in parts], top)
        bar.setProperty("wt_scale", scale)
        lay.addWidget(bar)
        return bar

    def _incomes(self, lay: QVBoxLayout) -> None:
        r = self.r
        self.income_bar = self._picture(lay, tr("Til sammen {amount} hver måned").format(amount=fmt_kr(r.income_total)),
                                        meeting.income_parts(r), r.income_total)
        lay.addWidget(big(tr("Dette kommer inn hver måned, etter skatt:"), 1.6))
        self._rows(lay, [(i.label, fmt_kr(i.net_monthly)) for i in r.incomes if i.net_monthly],
                   (tr("Til sammen"), fmt_kr(r.income_total)))

    def _living(self, lay: QVBoxLayout) -> None:
        r, lc = self.r, self.r.living
        self.living_bar = self._picture(lay, tr("Av {income} hver måned går dette til livet:").format(
            income=fmt_kr(r.income_total)), meeting.living_parts(r), max(r.income_total, lc.used + r.other_costs_total))
        lay.addWidget(big(tr("Mat, klær, transport og annet dere trenger hver måned:"), 1.6))
        rows = [(tr("Etter SIFOs referansebudsjett"), fmt_kr(lc.sifo_total)),
                (tr("Med deres egne tall"), fmt_kr(lc.chosen)),
                (tr("Laveste beløp vi kan regne med (NAV)"), fmt_kr(lc.nav_floor)),
                (tr("Andre faste utgifter (lån, kort, bidrag)"), fmt_kr(r.other_costs_total))]
        self._rows(lay, rows, (tr("Vi regner med til livsopphold"), fmt_kr(lc.used)), 1.0)

    def _housing(self, lay: QVBoxLayout) -> None:
        r, h = self.r, self.r.case.housing
        top = max(r.housing_total, h.rent_today or 0.0)
        two = bool(h.rent_today)  # today's rent beside it, on the same scale
        self.housing_bar = self._picture(lay, tr("Boutgifter utenom lånet") + f": {fmt_kr(r.housing_total)}",
                                         meeting.housing_parts(r), top, 1.05 if two else 1.3)
        if two:
            self._picture(lay, tr("Til sammenligning: husleie i dag") + f": {fmt_kr(h.rent_today)}",
                          [meeting.Part("part3", tr("Husleie"), h.rent_today)], top, 1.05)
        lay.addWidget(big(tr("Dette koster boligen hver måned, i tillegg til lånet:"), 1.6))
        rows = [(c.label, fmt_kr(c.amount)) for c in r.housing_costs]
        if h.rent_today:
            rows.append((tr("Til sammenligning: husleie i dag"), fmt_kr(h.rent_today)))
        self._rows(lay, rows, (tr("Boutgifter utenom lånet"), fmt_kr(r.housing_total)))

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
        self._trial(lay, sr)
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

    def _trial(self, lay: QVBoxLayout, sr) -> None:
        """The first-time buyers' trial loan (issue 20): the balance due after 10 years as a bar, in words."""
        parts = meeting.trial_parts(sr) if sr is not None else []
        if not parts:
            return
        lay.addWidget(big(tr("Førstegangslån: lånet slutter etter 10 år"), 1.2, True))
        self.trial_bar = self._picture(lay, tr("Lånet: {amount}").format(amount=fmt_kr(sr.spec.amount)), parts,
                                       sr.spec.amount)
        self.trial_label = big(meeting.trial_text(sr), 0.9)
        lay.addWidget(self.trial_label)

    def _rate(self, lay: QVBoxLayout) -> None:
        sr = self.r.scenarios[self.index] if self.r.scenarios else None
        if self.compare is None:
            lay.addWidget(big(tr("Flytt på renten og se hva som skjer med «{scenario}»:").format(
                scenario=sr.label if sr else ""), 1.4))
        else:
            lay.addWidget(big(tr("Flytt på renten og se hva som skjer med «{scenario}» og «{other}»:").format(
                scenario=sr.label, other=self.r.scenarios[self.compare].label), 1.4))
        curve = rate_curve(self.r, self.index, 1) if sr else None  # its top, its marks and its words
        self.slider = MarkedSlider(SLIDER_SCALE)
        top_rate = max([curve.top_rate_pct if curve else 12]
                       + ([rate_curve(self.r, self.compare, 1).top_rate_pct] if self.compare is not None else []))
        self.slider.setRange(0, round(top_rate * SLIDER_SCALE))
        self.slider.setSingleStep(SLIDER_SCALE // 20)
        self.slider.setPageStep(SLIDER_SCALE // 2)
        self.slider.setAccessibleName(tr("Rente"))
        self.slider.setProperty("wt_scale", 1.2)
        self.rate_label = big(scale=1.8, bold=True)
        lay.addWidget(self.slider)
        lay.addWidget(self.rate_label)
        # one bar and one line per scenario shown, on one scale: the bars move with the slider
        self.rate_bars: dict[int, StackedBar] = {}
        self.residual_labels: dict[int, QLabel] = {}
        two = self.compare is not None
        tops = [month_top([meeting.bar_at_rate(self.r, i, rate) for rate in (0.0, top_rate)]) for i in self._shown()] \
            if sr else [1.0]
        row = QHBoxLayout()
        for i in self._shown() if sr else []:
            col = QVBoxLayout()
            label = big(scale=1.3 if two else 1.8, bold=True)
            bar = StackedBar("", [], max(tops))
            bar.setProperty("wt_scale", 0.9 if two else 1.15)
            col.addWidget(label)
            col.addWidget(bar)
            row.addLayout(col, 1)
            self.rate_bars[i], self.residual_labels[i] = bar, label
        lay.addLayout(row)
        if sr:
            self.rate_bar, self.residual_label = self.rate_bars[self.index], self.residual_labels[self.index]
        else:
            self.rate_bar, self.residual_label = StackedBar("", [], 1.0), big()
        self.break_label = big(scale=1.1)
        self.moves_label = big(scale=0.9)
        lay.addWidget(self.break_label)
        lay.addWidget(self.moves_label)
        lay.addStretch(1)
        self.slider.valueChanged.connect(self._rate_moved)
        if sr:
            be = curve.break_even_pct
            names = mark_labels()
            marks = [("today", names["today"], curve.today.rate_pct),
                     ("stress", names["stress"], curve.stress.rate_pct),
                     ("break", names["break"], be)]
            if two:  # where each scenario's budget breaks, named by its scenario
                other_be = rate_curve(self.r, self.compare, 1).break_even_pct
                marks[2] = ("break", f"«{sr.label}»: {names['break']}", be)
                marks.append(("break2", f"«{self.r.scenarios[self.compare].label}»: {names['break']}", other_be))
            self.slider.set_marks(marks)
            self.break_label.setText(
                tr("Budsjettet går ikke opp hvis renten blir høyere enn {rate}. Dagens rente: {today}. "
                   "Stresstest: {stress}.").format(rate=fmt_break_even_rate(be), today=fmt_rate(sr.nominal_rate_pct),
                                                   stress=fmt_rate(sr.stress_rate_pct))
                if be is not None else tr("Budsjettet går ikke opp selv uten rente."))
            if two:
                other = self.r.scenarios[self.compare]
                obe = other.break_even_rate_pct
                self.break_label.setText(f"«{sr.label}»: " + self.break_label.text() + f" «{other.label}»: " + (
                    tr("Budsjettet går ikke opp hvis renten blir høyere enn {rate}.").format(rate=fmt_break_even_rate(obe))
                    if obe is not None else tr("Budsjettet går ikke opp selv uten rente.")))
            self.moves_label.setText(curve.moves + (" " + curve.off_curve_reason if curve.off_curve_reason else ""))
            self.slider.setValue(round(sr.nominal_rate_pct * SLIDER_SCALE))
            self._rate_moved(self.slider.value())

    def _rate_moved(self, value: int) -> None:
        if not self.r.scenarios:
            return
        rate = value / SLIDER_SCALE
        with self.speaking():
            self.rate_label.setText(tr("Rente: {rate}").format(rate=fmt_rate(rate)))
            for i, label in self.residual_labels.items():
                point = rate_point(self.r, i, rate)
                residual, left = point.residual, point.left_for_living
                ok = residual >= 0
                enough = tr("nok") if ok else tr("{amount} for lite").format(amount=fmt_kr(-residual))
                name = "" if self.compare is None else f"«{self.r.scenarios[i].label}»: "
                label.setText(("✔ " if ok else "✖ ") + name + tr("Igjen hver måned: {left} ({enough})").format(
                    left=fmt_kr(left), enough=enough))
                label.setStyleSheet(f"color: {'#1e6b2c' if ok else '#a50f15'};")
                bar = meeting.bar_at_rate(self.r, i, rate)
                self.rate_bars[i].set_segments(bar.title, month_segments(bar))

    def _verdict_column(self, lay: QVBoxLayout, index: int) -> None:
        """The verdict first, in words, with the figure that decides it; then how the home is paid for."""
        sr = self.r.scenarios[index]
        v = meeting.verdict(sr)
        headline = big(f"{v.mark} {v.headline}", 2.4 if self.compare is None else 1.6, True)
        headline.setStyleSheet(f"color: {VERDICT_COLOURS[v.key]};")
        figure = big(f"«{sr.label}»: {v.figure}", 1.5 if self.compare is None else 1.1)
        lay.addWidget(headline)
        lay.addWidget(figure)
        if meeting.trial_text(sr):  # the first-time buyers' loan: the balance due after 10 years
            lay.addWidget(big(tr("Førstegangslån: lånet slutter etter 10 år") + ". " + meeting.trial_text(sr), 0.8))
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
