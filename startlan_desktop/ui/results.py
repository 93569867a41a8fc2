"""Result views: the summary strip, the scenario comparison table and the
payment schedule. They render a CaseResult; they never compute money."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.budget import CaseResult, ScenarioResult
from ..core.formatting import fmt_kr, fmt_number
from ..core.i18n import QT_TR_NOOP, tr
from ..core.rows import MARKS, ROWS, schedule_headers
from . import help_texts, style

MIN_VISIBLE_ROWS = 6  # below this the table scrolls rather than squeeze the window
STATE_COLOURS = {"ok": "#d5efd9", "tight": "#fbe7b0", "not_sustainable": "#f6cccc"}
STATE_WORDS = {"ok": QT_TR_NOOP("går opp"), "tight": QT_TR_NOOP("stramt"), "not_sustainable": QT_TR_NOOP("går ikke opp")}
ROW_TIPS = {"effective_rate": help_texts.EFFECTIVE, "stress_rate": help_texts.STRESS,
            "residual": QT_TR_NOOP("Det som er igjen hver måned etter livsopphold (SIFO, minst NAV-satsen) og alle "
                                   "utgifter."),
            "break_even_rate": QT_TR_NOOP("Renten der restbeløpet blir null."),
            "max_loan": QT_TR_NOOP("Største startlån der restbeløpet er null ved stresstestrenten."),
            "total_interest": help_texts.TERM, "repayment": help_texts.REPAYMENT,
            "left_for_living": help_texts.NAV}


def cell_state(key: str, sr: ScenarioResult) -> str | None:
    """Which state a residual cell shows: the verdict for today's residual and
    the verdict row, the sign for the stressed and after-fixed residuals."""
    if sr.verdict == "no_amount":  # no loan yet: nothing to mark green or red
        return None
    if key in ("residual", "verdict"):
        return sr.verdict
    value = getattr(sr, key, None)
    if value is None:
        return None
    return "ok" if value >= 0 else "not_sustainable"


class SummaryStrip(QFrame):
    """The budget before the startlån, in five figures."""

    ITEMS = (("income", QT_TR_NOOP("Netto inntekt")), ("living", QT_TR_NOOP("Livsopphold")),
             ("other", QT_TR_NOOP("Andre faste utgifter")), ("housing", QT_TR_NOOP("Boutgifter utenom lånet")),
             ("available", QT_TR_NOOP("Disponibelt til startlån")))

    def __init__(self):
        super().__init__()
        self.setObjectName("summaryStrip")
        style.panel(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        self.values: dict[str, QLabel] = {}
        for c, (key, label) in enumerate(self.ITEMS):
            label = tr(label)
            cap = QLabel(label)
            cap.setObjectName("summaryCaption")
            style.small(cap)
            val = QLabel("–")
            val.setObjectName("summaryValue")
            style.big_value(val)
            val.setAccessibleName(label)
            grid.addWidget(cap, 0, c)
            grid.addWidget(val, 1, c)
            self.values[key] = val
        self.living_note = QLabel()
        self.living_note.setWordWrap(True)
        self.living_note.setObjectName("summaryNote")
        style.small(self.living_note)
        grid.addWidget(self.living_note, 2, 0, 1, 2)
        self.rent_note = QLabel()
        self.rent_note.setWordWrap(True)
        self.rent_note.setObjectName("summaryNote")
        style.small(self.rent_note)
        self.rent_note.setAccessibleName(tr("Boutgift sammenlignet med husleie"))
        grid.addWidget(self.rent_note, 2, 2, 1, 3)

    def show_scenario(self, r: CaseResult, index: int) -> None:
        """The new monthly housing cost of the chosen scenario beside today's rent."""
        if not r.scenarios:
            return
        sr = r.scenarios[min(index, len(r.scenarios) - 1)]
        h = r.case.housing
        text = tr("Ny boutgift: {amount}").format(amount=fmt_kr(sr.housing_cost_new)) + " · "
        text += (tr("husleie i dag: {rent}").format(rent=fmt_kr(h.rent_today)) if h.rent_today
                 else tr("husleie i dag: ikke oppgitt"))
        if h.rent_alternative:
            text += " · " + tr("egnet leiebolig: {rent}").format(rent=fmt_kr(h.rent_alternative))
        self.rent_note.setText(text)
        self.rent_note.setToolTip(tr("Boutgifter i ny bolig med «{scenario}», sammenlignet med husleie").format(
            scenario=sr.label))

    def show_result(self, r: CaseResult) -> None:
        lc = r.living
        self.values["income"].setText(fmt_kr(r.income_total))
        self.values["living"].setText(fmt_kr(lc.used))
        self.values["other"].setText(fmt_kr(r.other_costs_total))
        self.values["housing"].setText(fmt_kr(r.housing_total))
        self.values["available"].setText(fmt_kr(r.available_for_startlan))
        note = tr("SIFO: {sifo} · NAV-gulv: {nav}").format(sifo=fmt_kr(lc.chosen), nav=fmt_kr(lc.nav_floor))
        if lc.below_floor:
            note += " · " + tr("⚠ NAV-gulvet brukes")
        self.living_note.setToolTip(tr(help_texts.NAV))
        self.living_note.setText(note)


class ComparisonTable(QTableWidget):
    """One column per scenario, one row per figure (core.rows.ROWS)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Ctrl+Tab and Ctrl+Shift+Tab leave the table as Tab does: it never traps the focus."""
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            back = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.focusNextPrevChild(not back)
            return
        super().keyPressEvent(event)

    scenarioActivated = Signal(int)

    def __init__(self):
        super().__init__(len(ROWS), 0)
        self.setObjectName("comparison")
        self.setAccessibleName(tr("Sammenligning av scenarioer"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        # no selection colour: it would paint over the verdict colours; the chosen
        # scenario is marked in its header instead
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.selected = 0
        self.setVerticalHeaderLabels([r.label for r in ROWS])
        for i, row in enumerate(ROWS):
            item = self.verticalHeaderItem(i)
            if row.key in ROW_TIPS:
                item.setToolTip(tr(ROW_TIPS[row.key]))
            if row.residual or row.key == "verdict":
                f = item.font()
                f.setBold(True)
                item.setFont(f)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(20)
        # four scenarios beside the input panel on a 1366-pixel laptop: the longest row
        # labels are shortened (…) rather than push the fourth column out of sight
        self.verticalHeader().setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 25)
        for i, row in enumerate(ROWS):
            item = self.verticalHeaderItem(i)
            if not item.toolTip():
                item.setToolTip(row.label)
        self.setWordWrap(False)
        self.currentCellChanged.connect(lambda r, c, *_: c >= 0 and self._choose(c))
        self.horizontalHeader().sectionClicked.connect(self._choose)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._fitted: tuple = ()
        # on a small screen the table scrolls; the verdict stays in sight in the header
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height() + MIN_VISIBLE_ROWS * 20)

    def _choose(self, column: int) -> None:
        if column != self.selected:
            self.selected = column
            self._mark_header()
            self.scenarioActivated.emit(column)

    def _mark_header(self) -> None:
        for c in range(self.columnCount()):
            item = self.horizontalHeaderItem(c)
            if item is None:
                continue
            label = item.data(Qt.ItemDataRole.UserRole) or item.text()
            item.setData(Qt.ItemDataRole.UserRole, label)
            item.setText(f"▶ {label}" if c == self.selected else label)
            item.setFont(self._bold if c == self.selected else self.font())

    def show_result(self, r: CaseResult) -> None:
        sel = self.selected
        if self.columnCount() != len(r.scenarios):
            self.setColumnCount(len(r.scenarios))
        for c, s in enumerate(r.scenarios):
            # update header items in place: replacing them relayouts and repaints the whole table
            h = self.horizontalHeaderItem(c)
            if h is None:
                h = QTableWidgetItem(s.label)
                self.setHorizontalHeaderItem(c, h)
            h.setData(Qt.ItemDataRole.UserRole, f"{s.label}\n{MARKS[s.verdict]} {s.verdict_label}")
            tip = tr("{scenario}: klikk for diagram og nedbetalingsplan, dobbeltklikk for å endre").format(scenario=s.label)
            if s.notes:
                tip += "\n⚑ " + "\n⚑ ".join(s.notes)
            if h.toolTip() != tip:
                h.setToolTip(tip)
        for c, sr in enumerate(r.scenarios):
            for i, row in enumerate(ROWS):
                text = row.text(sr)
                item = self.item(i, c)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.setItem(i, c, item)
                state = cell_state(row.key, sr) if (row.residual or row.key == "verdict") else None
                access = f"{row.label}, {sr.label}: {text}"
                if state:
                    text = f"{MARKS[state]} {text}"
                    access += ", " + tr(STATE_WORDS[state])
                if item.data(Qt.ItemDataRole.UserRole) != state:  # restyle only when the state changes
                    item.setData(Qt.ItemDataRole.UserRole, state)
                    # empty brushes, not setData(role, None): PySide6 6.12 over-releases
                    # None there and aborts the interpreter after a few hundred edits
                    item.setBackground(QBrush(QColor(STATE_COLOURS[state])) if state else QBrush())
                    item.setForeground(QBrush(QColor("#000000")) if state else QBrush())
                    item.setFont(self._bold if state else self.font())
                if state:
                    tip = " ".join(sr.reasons) if row.key in ("residual", "verdict") else tr(STATE_WORDS[state])
                    if item.toolTip() != tip:
                        item.setToolTip(tip)
                if item.text() != text:
                    item.setText(text)
                if item.data(Qt.ItemDataRole.AccessibleTextRole) != access:
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, access)
        for i in range(len(ROWS)):  # a row that says "–" for every scenario is noise
            hide = all(self.item(i, c).text() == "–" for c in range(len(r.scenarios)))
            if self.isRowHidden(i) != hide:
                self.setRowHidden(i, hide)
        self.selected = max(min(sel, len(r.scenarios) - 1), 0)
        self._mark_header()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns stretch to fill the table but never below their text: when
        the window is too narrow the table scrolls sideways instead of clipping.
        Measured only when the longest text changes length (digits are equally
        wide), which keeps an edit's repaint within its budget."""
        key = tuple(max((len(self.item(r, c).text()) for r in range(self.rowCount())), default=0)
                    for c in range(self.columnCount()))
        key += tuple(len(self.horizontalHeaderItem(c).text()) for c in range(self.columnCount()))
        if key == self._fitted:
            return
        self._fitted = key
        widest = max((self.sizeHintForColumn(c) for c in range(self.columnCount())), default=0)
        widest = max(widest, *(self.horizontalHeader().sectionSizeFromContents(c).width()
                               for c in range(self.columnCount())), 0) + 6
        if self.horizontalHeader().minimumSectionSize() != widest:
            self.horizontalHeader().setMinimumSectionSize(widest)

    def full_height(self) -> int:
        header = self.horizontalHeader().sizeHint().height()
        rows = sum(1 for i in range(self.rowCount()) if not self.isRowHidden(i))
        return header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth() + 2

    def cell_text(self, key: str, column: int) -> str:
        i = [r.key for r in ROWS].index(key)
        return self.item(i, column).text()


class FinancingTable(QTableWidget):
    """The financing plan, one column per scenario; the smallest grant marked ★."""

    def __init__(self):
        from ..core.rows import CAP_LABEL, PLAN_ROWS

        super().__init__(len(PLAN_ROWS) + 1, 0)
        self.setAccessibleName(tr("Finansieringsplan per scenario"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalHeaderLabels([tr(label) for _, label in PLAN_ROWS] + [tr(CAP_LABEL)])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(20)
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def show_result(self, r: CaseResult, _index: int = 0) -> None:
        from ..core.rows import CAP_LABEL, CAP_REASONS, PLAN_EMPHASIS, PLAN_ROWS, plan_cells

        self.setColumnCount(len(r.scenarios))
        self.setHorizontalHeaderLabels([("★ " if s.best_plan else "") + s.label for s in r.scenarios])
        for c, sr in enumerate(r.scenarios):
            cells = plan_cells(sr) + [tr(CAP_REASONS[sr.plan.startlan_cap_reason])]
            for i, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label = tr(PLAN_ROWS[i][1] if i < len(PLAN_ROWS) else CAP_LABEL)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}, {sr.label}: {text}")
                if i < len(PLAN_ROWS) and PLAN_ROWS[i][0] in PLAN_EMPHASIS:
                    item.setFont(self._bold)
                self.setItem(i, c, item)


class ScheduleModel(QAbstractTableModel):
    def __init__(self):
        super().__init__()
        self.rows_: list[tuple] = []
        self.yearly = False

    def set_rows(self, rows: list[tuple], yearly: bool) -> None:
        self.beginResetModel()
        self.rows_, self.yearly = rows, yearly
        self.endResetModel()

    def rowCount(self, parent=None):  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows_)

    def columnCount(self, parent=None):  # noqa: N802
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return schedule_headers(self.yearly)[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        v = self.rows_[index.row()][index.column()]
        return str(v) if index.column() == 0 else fmt_number(v)


class ScheduleView(QWidget):
    """The payment plan of one scenario, per term or per year, exportable."""

    exportRequested = Signal(int, bool)

    def __init__(self):
        super().__init__()
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(tr("Scenario for nedbetalingsplan"))
        self.monthly = QRadioButton(tr("Per termin"))
        self.yearly = QRadioButton(tr("Per år"))
        self.yearly.setChecked(True)
        self.export = QPushButton(tr("Eksporter CSV …"))
        bar.addWidget(QLabel(tr("Scenario:")))
        bar.addWidget(self.scenario, 1)
        bar.addWidget(self.monthly)
        bar.addWidget(self.yearly)
        bar.addWidget(self.export)
        lay.addLayout(bar)
        self.model = ScheduleModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Nedbetalingsplan"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        lay.addWidget(self.table)
        self.result: CaseResult | None = None
        self.scenario.currentIndexChanged.connect(lambda _i: self.refresh())
        self.yearly.toggled.connect(lambda _v: self.refresh())
        self.export.clicked.connect(lambda: self.exportRequested.emit(self.scenario.currentIndex(),
                                                                      self.yearly.isChecked()))

    def show_result(self, r: CaseResult, index: int | None = None) -> None:
        self.result = r
        current = self.scenario.currentIndex() if index is None else index
        self.scenario.blockSignals(True)
        self.scenario.clear()
        self.scenario.addItems([s.label for s in r.scenarios])
        self.scenario.setCurrentIndex(min(max(current, 0), len(r.scenarios) - 1))
        self.scenario.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if not self.result or self.scenario.currentIndex() < 0:
            return
        sched = self.result.scenarios[self.scenario.currentIndex()].schedule
        yearly = self.yearly.isChecked()
        self.model.set_rows(sched.rows(yearly), yearly)
