"""Result views: the summary strip, the scenario comparison table and the
payment schedule. They render a CaseResult; they never compute money."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.budget import CaseResult
from ..core.formatting import fmt_kr, fmt_number
from ..core.i18n import QT_TR_NOOP, tr
from ..core.rows import MARKS, PLAN_TABLE, ROWS, schedule_headers
from . import help_texts, style
from . import qtvalues as qv
from .table_model import FigureTable, RowTableModel

MIN_VISIBLE_ROWS = 6  # below this the table scrolls rather than squeeze the window
ROW_TIPS = {"effective_rate": help_texts.EFFECTIVE, "stress_rate": help_texts.STRESS,
            "residual": QT_TR_NOOP("Det som er igjen hver måned etter livsopphold (SIFO, minst NAV-satsen) og alle "
                                   "utgifter."),
            "break_even_rate": QT_TR_NOOP("Renten der restbeløpet blir null."),
            "max_loan": QT_TR_NOOP("Største startlån der restbeløpet er null ved stresstestrenten."),
            "total_interest": help_texts.TERM, "repayment": help_texts.REPAYMENT,
            "left_for_living": help_texts.NAV}


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


class _EmptyCell(QAbstractTableModel):
    """One cell with an empty text: what a delegate adds around a text (ComparisonTable._cell_margin)."""

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt's names)
        return 1

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 1

    def data(self, index, role=qv.DISPLAY_ROLE):
        return "" if role == qv.DISPLAY_ROLE else None


class ComparisonModel(RowTableModel):
    """The comparison's figures (core.rows.ROWS × scenarios). A change of a
    scenario's title (its verdict, in the header) goes to the header itself:
    through the model's headerDataChanged the table lays out every row and
    repaints every cell a moment later, in a second paint, although no cell
    changed (issue 23). The header repaints the titles that changed, and the
    table follows the header's height (`updateGeometries`)."""

    def __init__(self):
        super().__init__(ROWS, shade=True, row_tips=ROW_TIPS, tip_text=help_texts.text)
        self.view: QTableView | None = None

    def _header_changed(self, first: int, last: int) -> None:
        super()._header_changed(first, last)  # into the header's own model (mirror_headers)
        if self.view is not None:
            self.view.updateGeometries()


class ComparisonTable(FigureTable):
    """One column per scenario, one row per figure (core.rows.ROWS)."""

    scenarioActivated = Signal(int)  # noqa: N815

    def __init__(self):
        model = ComparisonModel()
        super().__init__(model, tr("Sammenligning av scenarioer"))
        model.view = self
        self.setObjectName("comparison")
        self.selected = 0
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # four scenarios beside the input panel on a 1366-pixel laptop: the longest row
        # labels are shortened (…) rather than push the fourth column out of sight
        self.verticalHeader().setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 25)
        self.selectionModel().currentChanged.connect(lambda cur, _prev: cur.column() >= 0 and self._choose(cur.column()))
        self.horizontalHeader().sectionClicked.connect(self._choose)
        self._fitted: tuple = ()
        self._widths: dict[tuple, int] = {}  # shown text → its width, measured once
        self._metrics: tuple[QFontMetrics, QFontMetrics] | None = None
        self._margin: int | None = None  # see _cell_margin
        # on a small screen the table scrolls; the verdict stays in sight in the header
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height() + MIN_VISIBLE_ROWS * 20)

    def _choose(self, column: int) -> None:
        if column != self.selected:
            self.selected = column
            self.model().set_selected(column)
            self.scenarioActivated.emit(column)

    def show_result(self, r: CaseResult) -> None:
        titles, tips = [], []
        for s in r.scenarios:
            titles.append(f"{s.label}\n{MARKS[s.verdict]} {s.verdict_label}")
            tip = tr("{scenario}: klikk for diagram og nedbetalingsplan, dobbeltklikk for å endre").format(scenario=s.label)
            if s.notes:
                tip += "\n⚑ " + "\n⚑ ".join(s.notes)
            tips.append(tip)
        model = self.model()
        model.set_items(r.scenarios, titles, tips, [s.label for s in r.scenarios])
        self.selected = max(min(self.selected, len(r.scenarios) - 1), 0)
        model.set_selected(self.selected)
        self.hide_blank_rows()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns stretch to fill the table but never below their text: when
        the window is too narrow the table scrolls sideways instead of clipping.
        Measured only when the longest text changes length (digits are equally
        wide), from the shown texts with the font's metrics (each text measured
        once) rather than sizeHintForColumn, which asks the model for every
        role of every cell: that keeps an edit's repaint within its budget."""
        model = self.model()
        n = model.columnCount()
        texts = [model.column_texts(c) for c in range(n)]
        titles = [model.header(c, True) for c in range(n)]
        key = tuple(max((len(t) for t, _bold in col), default=0) for col in texts) + tuple(map(len, titles))
        if key == self._fitted:
            return
        self._fitted = key
        if len(self._widths) > 4000:  # a long session: start again rather than grow
            self._widths.clear()
        margin = self._cell_margin() + (1 if self.showGrid() else 0)  # as sizeHintForColumn: text, focus frame, grid
        widest = max((self._text_width(t, bold) for col in texts for t, bold in col), default=0) + margin
        header = self.horizontalHeader()
        widest = max(widest, *(self._title_width(c, t) for c, t in enumerate(titles)), 0) + 6
        if header.minimumSectionSize() != widest:
            header.setMinimumSectionSize(widest)

    def _cell_margin(self) -> int:
        """The room the item delegate gives a cell beside its text: the style's
        focus-frame margin on both sides, read once as the delegate's width for
        an empty text. Asking the style itself (QStyle.pixelMetric) would make
        PySide build all of QStyle's enums: ~6 ms before the first frame (issue 23)."""
        if self._margin is None:
            option = QStyleOptionViewItem()
            option.initFrom(self)
            option.widget = self
            empty = _EmptyCell()  # held while the delegate reads it
            self._margin = self.itemDelegate().sizeHint(option, empty.index(0, 0)).width()
        return self._margin

    def _text_width(self, text: str, bold: bool) -> int:
        w = self._widths.get((text, bold))
        if w is None:
            if self._metrics is None:
                self._metrics = (self.fontMetrics(), QFontMetrics(self.model().bold_font(self.font())))
            w = self._widths[(text, bold)] = self._metrics[bold].horizontalAdvance(text)
        return w

    def _title_width(self, column: int, title: str) -> int:
        key = ("\0title", title, column == self.selected)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = self.horizontalHeader().sectionSizeFromContents(column).width()
        return w

    def full_height(self) -> int:
        header = self.horizontalHeader().sizeHint().height()
        rows = sum(1 for i in range(self.model().rowCount()) if not self.isRowHidden(i))
        return header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth() + 2

    def cell_text(self, key: str, column: int) -> str:
        i = [r.key for r in ROWS].index(key)
        return self.model().cell(i, column).shown


class FinancingTable(FigureTable):
    """The financing plan, one column per scenario; the smallest grant marked ★."""

    def __init__(self):
        super().__init__(RowTableModel(PLAN_TABLE), tr("Finansieringsplan per scenario"))

    def show_result(self, r: CaseResult, _index: int = 0) -> None:
        self.model().set_items(r.scenarios, [("★ " if s.best_plan else "") + s.label for s in r.scenarios],
                               names=[s.label for s in r.scenarios])


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

    def headerData(self, section, orientation, role=qv.DISPLAY_ROLE):  # noqa: N802
        if role != qv.DISPLAY_ROLE or orientation.value != qv.HORIZONTAL:
            return None
        return schedule_headers(self.yearly)[section]

    def data(self, index, role=qv.DISPLAY_ROLE):
        if role == qv.ALIGNMENT_ROLE:
            return qv.ALIGN_RIGHT | qv.ALIGN_VCENTER
        if role not in (qv.DISPLAY_ROLE, qv.ACCESSIBLE_TEXT_ROLE):
            return None
        v = self.rows_[index.row()][index.column()]
        return str(v) if index.column() == 0 else fmt_number(v)


class ScheduleView(QWidget):
    """The payment plan of one scenario, per term or per year, exportable."""

    exportRequested = Signal(int, bool)

    def __init__(self):
        from PySide6.QtWidgets import QRadioButton  # built with this tab, not before the first frame (issue 23)

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
