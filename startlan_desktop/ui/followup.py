"""Follow-up of an existing loan: the loan, relief options side by side with
"no change", the fixed-rate expiry check; and the expiry list over a folder."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..core import limits
from ..core.formatting import fmt_date, fmt_kr, fmt_rate
from ..core.i18n import tr
from ..core.model import Case, ExistingLoan
from ..core.rows import EXPIRY_COLUMNS, RELIEF_ROWS
from . import style
from .binding import BoundForm, Column, RowEditor
from .sections.base import Section
from .table_model import FigureTable, RowTableModel
from .widgets import DateEdit, combo, money, percent, spin


class FollowUpSection(Section):
    """An existing loan and the payment-relief options for it."""

    def __init__(self):
        super().__init__(tr("Oppfølging av eksisterende lån"),
                         tr("For husstander som allerede har startlån: sammenlign avdragsfrihet, lengre løpetid, "
                            "betalingsutsettelse og refinansiering med «ingen endring», og se hva som skjer når "
                            "fastrenten løper ut."))
        self.add_button = QPushButton(tr("Legg inn eksisterende lån"))
        self.add_button.clicked.connect(self.add_loan)
        self.layout_.addWidget(self.add_button)
        self.form = BoundForm(lambda: self.case.existing if self.case else None, self.messages)
        f = self.form
        f.add(tr("Lån"), "label", QLineEdit())
        f.add(tr("Restgjeld"), "balance", money())
        f.add(tr("Gjenstående løpetid"), "remaining_years", spin(0, limits.MAX_TERM_YEARS, " " + tr("år")))
        f.add(tr("Ekstra måneder"), "remaining_extra_months", spin(0, 11, " " + tr("mnd")))
        f.add(tr("År siden lånet startet"), "years_elapsed", spin(0, limits.MAX_TERM_YEARS, " " + tr("år")))
        f.add(tr("Rente i dag (med påslag)"), "rate_pct", percent())
        f.add(tr("Rentetype"), "rate_type", combo([("floating", tr("Flytende")), ("fixed", tr("Fast"))]))
        self.fixed_until = DateEdit()
        self.fixed_until.isoChanged.connect(self._fixed_until)
        self.fixed_until.setAccessibleName(tr("Bindingstiden slutter"))
        self.messages.watch(self.fixed_until, tr("Bindingstiden slutter"))
        f.form.addRow(tr("Bindingstiden slutter"), self.fixed_until)
        f.add(tr("Rente etter bindingstiden (tomt = dagens flytende)"), "expiry_rate_pct", percent(allow_empty=True))
        f.add(tr("Termingebyr"), "term_fee", money(9_999))
        f.add(tr("Avdragsfrihet brukt før"), "interest_only_used_months",
              spin(0, limits.MAX_INTEREST_ONLY_USED_MONTHS, " " + tr("mnd")))
        f.add(tr("Restanse"), "arrears", money())
        f.add(tr("Dager i restanse"), "arrears_days", spin(0, 9999, " " + tr("dager")))
        f.changed.connect(self.changed)
        self.layout_.addWidget(f)
        self.layout_.addWidget(QLabel(tr("Betalingslettelser (sammenlignes med den første, «Ingen endring»)")))
        # the unit in the header, not after each number: four spin boxes with "months" in them made
        # the tab wider than its pane at 1366x768 (English)
        cols = [Column("label", tr("Navn"), "text", width=150),
                Column("interest_only_months", tr("Avdragsfri (mnd)"), "int", maximum=limits.MAX_INTEREST_ONLY_MONTHS,
                       width=48),
                Column("extend_years", tr("Forleng (år)"), "int", maximum=limits.MAX_TERM_YEARS - 1, width=48),
                Column("defer_months", tr("Utsett (mnd)"), "int", maximum=limits.MAX_DEFERRAL_ENTRY_MONTHS,
                       width=48, tip=tr("Inntil {months} mnd etter forskriften § 8-8; mer gir en advarsel").format(
                           months=limits.MAX_DEFERRAL_MONTHS)),
                Column("defer_spread_months", tr("Betal over (mnd)"), "int", maximum=limits.MAX_DEFERRAL_SPREAD_MONTHS,
                       width=48,
                       tip=tr("0 = rentene legges til lånet; ellers betales de utsatte terminene over så mange mnd")),
                Column("chosen", tr("Valgt"), "check"),
                Column("reason", tr("Begrunnelse"), "text", width=100,
                       tip=tr("Hvorfor tiltaket går ut over de vanlige grensene; skrives ut med advarselen"))]
        from ..core.model import Relief

        self.reliefs = RowEditor(cols, lambda: Relief(tr("Nytt tiltak")), tr("Legg til tiltak"), self.messages, max_rows=12)
        self.reliefs.changed.connect(self.changed)
        self.layout_.addWidget(self.reliefs)
        self.refinance = RefinancePicker()
        self.refinance.changed.connect(self.changed)
        self.layout_.addWidget(self.refinance)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.layout_.addWidget(self.warnings)
        self.expiry = QLabel()
        self.expiry.setWordWrap(True)
        style.total(self.expiry)
        self.layout_.addWidget(self.expiry)
        from .risk import BreakCostView  # over-/underkurs of the loan's fixed rate (core.followup.existing_breakcost)

        self.breakcost = BreakCostView()
        self.layout_.addWidget(self.breakcost)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.layout_.addWidget(self.words)
        self.result = None
        self.finish()

    def _fixed_until(self, iso: str) -> None:
        if self.case is not None and self.case.existing is not None:
            self.case.existing.fixed_until = iso
            self.changed.emit()

    def add_loan(self) -> None:
        from ..core.followup import default_reliefs

        if self.case is None or self.case.existing is not None:
            return
        self.case.existing = ExistingLoan()
        self.case.reliefs = default_reliefs(self.case)
        self.set_case(self.case)
        self.changed.emit()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        has = case.existing is not None
        self.add_button.setVisible(not has)
        for w in (self.form, self.reliefs, self.refinance, self.warnings, self.expiry, self.breakcost, self.words):
            w.setVisible(has)
        if not has:
            return
        if not case.reliefs:
            from ..core.followup import default_reliefs

            case.reliefs = default_reliefs(case)
        self.form.load()
        with QSignalBlocker(self.fixed_until):
            self.fixed_until.setIso(case.existing.fixed_until)
        self.reliefs.set_items(case.reliefs)
        self.refinance.set_case(case)

    def show_followup(self, fu, error: str = "") -> None:
        self.result = fu
        if self.case is not None and self.case.existing is not None:
            self.refinance.set_case(self.case)  # debts or reliefs may have changed elsewhere
        if fu is None:
            self.expiry.setText(error)
            self.words.setText("")
            self.warnings.setText("")
            self.breakcost.hide()
            return
        self.breakcost.setVisible(fu.breakcost is not None)
        self.breakcost.show_table(fu.breakcost)
        flags = [f"{r.label}: {n[2:]}" for r in fu.reliefs for n in r.notes if n.startswith("⚑")]
        self.warnings.setText("\n".join("⚑ " + f for f in flags))
        e = fu.expiry
        if e is None:
            self.expiry.setText("")
        else:
            text = tr("Fastrenten løp ut {date}: terminbeløpet går fra {now} til {after} ({jump} mer, {rate}), "
                      "restbeløp etter: {residual}.") if e.ended else tr(
                "Fastrenten løper ut {date} (om {months} mnd): terminbeløpet går fra {now} til {after} ({jump} mer, "
                "{rate}), restbeløp etter: {residual}.")
            self.expiry.setText(("⚠ " if e.soon else "") + text.format(
                date=fmt_date(e.fixed_until), months=e.months_left, now=fmt_kr(e.payment_now),
                after=fmt_kr(e.payment_after), jump=fmt_kr(e.jump), rate=fmt_rate(e.rate_after),
                residual=fmt_kr(e.residual_after)))
        from ..core.followup import describe

        chosen = [describe(fu, r) for r in fu.reliefs if r.relief.chosen]
        self.words.setText(tr("Valgt: {measures}").format(measures=" ".join(chosen)) if chosen
                           else tr("Kryss av «Valgt» for tiltaket som velges."))


class RefinancePicker(QGroupBox):
    """Which debts a relief option refinances into the startlån: the caseworker
    picks per option (the default options use a 2 pp rule)."""

    changed = Signal()

    def __init__(self):
        super().__init__(tr("Gjeld som refinansieres inn i startlånet"))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Tiltak")))
        self.relief = QComboBox()
        self.relief.setAccessibleName(tr("Tiltak som refinansierer"))
        self.relief.currentIndexChanged.connect(self._load_boxes)
        row.addWidget(self.relief, 1)
        lay.addLayout(row)
        self.box_layout = QVBoxLayout()
        lay.addLayout(self.box_layout)
        self.empty = QLabel(tr("Saken har ingen annen gjeld å refinansiere."))
        lay.addWidget(self.empty)
        self.boxes: list[QCheckBox] = []
        self.case = None
        self._shape = None

    def set_case(self, case: Case) -> None:
        self.case = case
        debts = [_debt_label(d) for d in case.debts]
        shape = (tuple(r.label for r in case.reliefs), tuple(debts))
        if shape == self._shape:
            self._load_boxes()
            return
        self._shape = shape
        with QSignalBlocker(self.relief):
            current = self.relief.currentIndex()
            self.relief.clear()
            self.relief.addItems([r.label for r in case.reliefs])
            self.relief.setCurrentIndex(min(max(current, 0), len(case.reliefs) - 1))
        while self.boxes:
            self.boxes.pop().deleteLater()
        for i, text in enumerate(debts):
            box = QCheckBox(text)
            box.setProperty("has_balance", case.debts[i].balance > 0)
            if not case.debts[i].balance > 0:  # nothing to move into the loan: the payment would vanish for free
                box.setToolTip(tr("Oppgi restgjelden under Gjeld for å kunne refinansiere den."))
            box.toggled.connect(lambda on, i=i: self._toggle(i, on))
            self.box_layout.addWidget(box)
            self.boxes.append(box)
        self.empty.setVisible(not debts)
        self._load_boxes()

    def _current(self):
        i = self.relief.currentIndex()
        return self.case.reliefs[i] if self.case is not None and 0 <= i < len(self.case.reliefs) else None

    def _load_boxes(self, _index: int = 0) -> None:
        r = self._current()
        for i, box in enumerate(self.boxes):
            with QSignalBlocker(box):
                box.setChecked(r is not None and i in r.refinance_debts)
                box.setEnabled(r is not None and (box.property("has_balance") or box.isChecked()))

    def _toggle(self, debt: int, on: bool) -> None:
        r = self._current()
        if r is None:
            return
        chosen = set(r.refinance_debts)
        chosen = chosen | {debt} if on else chosen - {debt}
        r.refinance_debts = sorted(chosen)
        self.changed.emit()


def _debt_label(d) -> str:
    from ..core.budget import DEBT_LABELS
    from ..core.formatting import fmt_pct

    text = d.label or tr(DEBT_LABELS[d.kind])
    if d.balance:
        text += " – " + tr("restgjeld {balance}, {rate}").format(balance=fmt_kr(d.balance), rate=fmt_pct(d.rate_pct))
    return text


class ReliefTable(FigureTable):
    """Relief options side by side with "no change": the centre of the screen
    in a follow-up case (core.rows.RELIEF_ROWS)."""

    def __init__(self):
        super().__init__(RowTableModel(RELIEF_ROWS), tr("Sammenligning av betalingslettelser"))
        style.font(self, scale=0.92)

    def show_followup(self, fu) -> None:
        reliefs = [] if fu is None else fu.reliefs
        titles = [_two_lines(("✔ " if r.relief.chosen else "") + ("⚑ " if any(n.startswith("⚑") for n in r.notes) else "")
                             + r.label) for r in reliefs]
        # the notes (phases, arrears, refinancing) on the column title
        self.model().set_items(reliefs, titles, ["\n".join(r.notes) for r in reliefs], [r.label for r in reliefs])
        # whole figures, never "−4 124…": columns as wide as their longest figure; the table
        # scrolls sideways on a small screen instead of cutting them
        model, fm = self.model(), self.fontMetrics()
        widest = max((fm.horizontalAdvance(model.cell(i, c).shown) for c in range(model.columnCount())
                      for i in range(model.rowCount())), default=0)
        self.horizontalHeader().setMinimumSectionSize(widest + 14)


def _two_lines(label: str) -> str:
    """Break a long column label at the space nearest its middle."""
    if len(label) < 14 or " " not in label:
        return label
    mid = len(label) // 2
    cut = min((i for i, ch in enumerate(label) if ch == " "), key=lambda i: abs(i - mid))
    return label[:cut] + "\n" + label[cut + 1:]


PROGRESS_EVERY = 0.05  # s between two steps of the scan's progress bar
START_ANYWAY_MS = 200  # the scan starts after the dialog's first paint, or after this when it is not shown


class _ScanThread(QThread):
    """The expiry scan on a worker thread, so the window never freezes over a
    large folder (issue 23); the core function reports progress and stops
    when asked."""

    progressed = Signal(int, int)

    def __init__(self, paths, parent=None):
        super().__init__(parent)
        self.paths = paths
        self.result: tuple[list, list] = ([], [])
        self.stop = threading.Event()
        self._shown = 0.0  # perf_counter of the last progress sent to the bar
        self.done = 0  # files read so far (the bar may be a step behind)

    def run(self) -> None:
        from ..core.expiries import scan_files

        self.result = scan_files(self.paths, self._progress, self.stop.is_set)

    def _progress(self, done: int, total: int) -> None:
        # at most one progress step per PROGRESS_EVERY: the bar repaints on every value, and a queue
        # of a thousand of them froze the window for 100-200 ms (issue 23, measured)
        self.done, now = done, time.perf_counter()
        if done == total or now - self._shown >= PROGRESS_EVERY:
            self._shown = now
            self.progressed.emit(done, total)
        time.sleep(0)  # hand the GIL to the GUI thread between files, so input never waits a whole file


class ExpiryListDialog(QDialog):
    """Fixed-rate expiries over the case files in a folder: soonest first, then
    the smallest residual after expiry; exportable to CSV. The folder is read
    on a worker thread with a progress bar and a cancel button."""

    def __init__(self, folder: str, parent=None):
        super().__init__(parent)
        from ..core.expiries import case_files

        self.setWindowTitle(tr("Fastrenter som løper ut – {folder}").format(folder=Path(folder).name))
        self.resize(1000, 500)
        paths = case_files(folder)  # a missing folder fails here, before anything is shown
        self.rows, self.skipped, self.cancelled = [], [], False
        lay = QVBoxLayout(self)
        self.table = QTableView()
        self.table.setModel(RowTableModel(EXPIRY_COLUMNS, transposed=True, parent=self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(len(paths), 1))
        self.progress.setFormat(tr("Leser %v av %m saksfiler …"))
        self.note = QLabel()
        lay.addWidget(self.progress)
        lay.addWidget(self.note)
        bar = QHBoxLayout()
        self.cancel_button = QPushButton(tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(tr("Eksporter CSV …"))
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setEnabled(False)
        close = QPushButton(tr("Lukk"))
        close.clicked.connect(self.accept)
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(close)
        lay.addLayout(bar)
        self._total = len(paths)
        self._thread = _ScanThread(paths, self)
        self._thread.progressed.connect(self.progress.setValue)
        self._thread.finished.connect(self._show_rows)
        # the scan starts once the dialog is on screen: while the worker holds the interpreter, every
        # Python call of the first paint waits for it (the paint took 70-130 ms instead of 15, measured)
        QTimer.singleShot(START_ANYWAY_MS, self, self._start_scan)  # never shown (a test): start all the same

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._thread.isRunning() and not self._thread.isFinished():
            QTimer.singleShot(0, self, self._start_scan)  # after this paint, and the children's

    def _start_scan(self) -> None:
        if not (self._thread.isRunning() or self._thread.isFinished() or self._thread.stop.is_set()):
            self._thread.start()

    def finished_scan(self) -> bool:
        return self._thread.isFinished() and self.progress.isHidden()

    def cancel(self) -> None:
        self.cancelled = True
        self._thread.stop.set()

    def _show_rows(self) -> None:
        self.rows, self.skipped = self._thread.result
        self.progress.setValue(self._thread.done)  # the last step the bar was not sent (cancelled)
        self.table.model().set_items(self.rows, names=[r.reference or r.file for r in self.rows])
        text = tr("{n} saker med fastrente.").format(n=len(self.rows))
        if self.skipped:
            text += " " + tr("Hoppet over {n} filer som ikke kunne leses.").format(n=len(self.skipped))
        if self.cancelled:
            text += " " + tr("Avbrutt etter {done} av {total} filer: listen er ufullstendig.").format(
                done=self.progress.value(), total=self._total)
        self.note.setText(text)
        self.note.setToolTip("\n".join(f"{n}: {why}" for n, why in self.skipped))
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def done(self, result: int) -> None:  # closing: stop the worker before the dialog goes
        self._thread.stop.set()
        self._thread.wait()
        super().done(result)

    def export(self, path: str | None = None) -> None:
        from ..core.casefile import atomic_write
        from ..core.expiries import to_csv
        from .dialogs import save_file

        path = path or save_file(self, tr("Eksporter forfallsliste"), "forfallsliste.csv", "CSV (*.csv)")
        if path:
            atomic_write(path, to_csv(self.rows).encode("utf-8-sig"), backup=False)

