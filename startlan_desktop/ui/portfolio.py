"""The portfolio window: the municipality's loan list as an expiry list (a
model behind a sort/filter proxy, so 10 000 loans scroll smoothly), filters,
the quarters to 2028, the follow-up log per loan, letters and exports; and
the column-mapping dialog for a list whose columns are not recognised.

Every figure comes from `core.portfolio`; this module only shows it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import followup_log as fl
from ..core import portfolio as pf
from ..core.formatting import fmt_date, fmt_kr, fmt_number, fmt_rate
from ..core.i18n import QT_TR_NOOP, tr
from ..core.rows import PER_TERM_NOTE, PORTFOLIO_COLUMNS, Row, contact_row
from .dialogs import choose_folder, confirm, inform, name_buttons, open_file, save_file, warn
from .settings import AppSettings
from .table_model import SORT_ROLE, RowTableModel, show_text, text_table

MAPPINGS_KEY = "portfolio_mappings"
WITHIN = ((None, QT_TR_NOOP("Alle")), (3, QT_TR_NOOP("3 måneder")), (6, QT_TR_NOOP("6 måneder")),
          (12, QT_TR_NOOP("12 måneder")), (24, QT_TR_NOOP("24 måneder")))
PREVIEW_ROWS = 8


def remembered_mapping(settings: AppSettings, sig: str) -> dict[str, str] | None:
    try:
        return json.loads(settings._get(MAPPINGS_KEY, "{}")).get(sig)
    except (TypeError, ValueError, AttributeError):
        return None


def remember_mapping(settings: AppSettings, sig: str, mapping: dict[str, str]) -> None:
    try:
        all_ = json.loads(settings._get(MAPPINGS_KEY, "{}"))
        if not isinstance(all_, dict):
            all_ = {}
    except (TypeError, ValueError):
        all_ = {}
    all_[sig] = mapping
    settings.set(MAPPINGS_KEY, json.dumps(all_, ensure_ascii=False))


class ExpiryModel(RowTableModel):
    """The expiry list, one line per fixed-rate loan, one column per
    core.rows.PORTFOLIO_COLUMNS and the last contact from the follow-up log;
    the raw figure under SORT_ROLE for sorting. A cell is worked out when the
    view shows it, so 10 000 loans load at once."""

    def __init__(self, parent=None):
        self.last: dict[str, fl.Entry] = {}
        super().__init__((*PORTFOLIO_COLUMNS, contact_row(lambda e: self._contact(e.loan.number))),
                         transposed=True, parent=parent)

    def set_items(self, items: list[pf.ExpiryItem], last: dict[str, fl.Entry]) -> None:  # type: ignore[override]
        self.last = last
        super().set_items(items, names=[e.loan.number for e in items])

    def set_last(self, last: dict[str, fl.Entry]) -> None:
        self.last = last
        self.refresh_column("contact")

    def _contact(self, number: str) -> str:
        e = self.last.get(number)
        return tr("Ikke kontaktet") if e is None else f"{fl.action_label(e.action)} {fmt_date(e.date)}"


class ExpiryFilter(QSortFilterProxyModel):
    """The list's filters, through core.portfolio.matches."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.within: int | None = None
        self.min_kr: float | None = None
        self.min_pct: float | None = None
        self.search = ""
        self.only_uncontacted = False
        self.setSortRole(SORT_ROLE)

    def set_filters(self, within, min_kr, min_pct, search, only_uncontacted) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.10+; invalidateFilter() is deprecated there
        if begin:
            begin()
        self.within, self.min_kr, self.min_pct, self.search = within, min_kr, min_pct, search
        self.only_uncontacted = only_uncontacted
        if begin:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802
        m: ExpiryModel = self.sourceModel()
        e = m.items[row]
        open_ = (lambda n: n not in m.last) if self.only_uncontacted else None
        return pf.matches(e, self.within, self.min_kr, self.min_pct, self.search, open_)


class ColumnMappingDialog(QDialog):
    """Choose which column holds which field, seeing the file's first rows.
    The choice is remembered per file layout (the header row's signature)."""

    def __init__(self, table: pf.Table, header_index: int, mapping: dict[str, int], message: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Velg kolonner i lånelisten"))
        self.table = table
        lay = QVBoxLayout(self)
        if message:
            note = QLabel(message)
            note.setWordWrap(True)
            lay.addWidget(note)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Overskriftene står i rad")))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, max(min(len(table.rows), pf.HEADER_SCAN_ROWS), 1))
        self.header_spin.setValue(max(header_index, 0) + 1)
        self.header_spin.valueChanged.connect(self._header_changed)
        top.addWidget(self.header_spin)
        top.addStretch(1)
        lay.addLayout(top)
        width = max((len(r) for r in table.rows[:PREVIEW_ROWS + pf.HEADER_SCAN_ROWS]), default=0)
        self.preview = text_table(tr("De første radene i filen"), None, selectable=True)
        self.preview.verticalHeader().setVisible(True)  # the file's row numbers
        self._preview_columns = tuple(
            Row(str(c), _column_letter(c), lambda line, c=c: line[c] if c < len(line) else None, _cell_text,
                numeric=False, missing="", translate=False) for c in range(width))
        self.preview.setMinimumHeight(200)
        lay.addWidget(QLabel(tr("De første radene i filen:")))
        lay.addWidget(self.preview, 1)
        box = QGroupBox(tr("Felt og kolonne"))
        grid = QGridLayout(box)
        self.combos: dict[str, QComboBox] = {}
        for i, f in enumerate(pf.FIELDS):
            label = pf.field_label(f) + (" *" if f in pf.REQUIRED else "")
            combo = QComboBox()
            combo.setMinimumContentsLength(14)
            self.combos[f] = combo
            grid.addWidget(QLabel(label), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        lay.addWidget(box)
        lay.addWidget(QLabel(tr("* må velges; gjenstående løpetid eller terminbeløp må også finnes.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #a00000")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self._initial, self._initial_header = mapping, header_index
        self._header_changed(self.header_spin.value())
        self.resize(1100, 640)

    def headers(self) -> list[str]:
        i = self.header_spin.value() - 1
        row = self.table.rows[i] if i < len(self.table.rows) else []
        return ["" if h is None else str(h).strip() for h in row]

    def _header_changed(self, value: int) -> None:
        start = value - 1
        rows = self.table.rows[start:start + PREVIEW_ROWS + 1]
        self.preview.model().set_items(rows, [str(start + 1 + i) for i in range(len(rows))],
                                       rows=self._preview_columns)
        self.preview.resizeColumnsToContents()
        heads = self.headers()
        guess = self._initial if start == self._initial_header else pf.match_columns(heads)
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("– ikke i listen –"), -1)
            for c, h in enumerate(heads):
                combo.addItem(f"{_column_letter(c)}: {h}" if h else _column_letter(c), c)
            combo.setCurrentIndex(guess.get(f, -1) + 1)
            combo.blockSignals(False)

    def mapping(self) -> dict[str, str]:
        """Field -> column (header text, or the column number where it has none)."""
        heads = self.headers()
        out = {}
        for f, combo in self.combos.items():
            c = combo.currentData()
            if c is not None and c >= 0:
                out[f] = heads[c] if heads[c] else str(c + 1)
        return out

    def header_index(self) -> int:
        return self.header_spin.value() - 1

    def _accept(self) -> None:
        chosen = self.mapping()
        missing = [f for f in pf.REQUIRED if f not in chosen]
        if "remaining" not in chosen and "payment" not in chosen:
            missing.append("remaining")
        if missing:
            self.error.setText(tr("Velg kolonne for {fields}.").format(
                fields=", ".join(f"«{pf.field_label(f)}»" for f in missing)))
            return
        cols = [c.currentData() for c in self.combos.values() if c.currentData() is not None and c.currentData() >= 0]
        if len(cols) != len(set(cols)):
            self.error.setText(tr("En kolonne kan bare brukes for ett felt."))
            return
        self.accept()


def _cell_text(v) -> str:
    """A cell of the loan list as read (a date written as a date)."""
    return fmt_date(v) if isinstance(v, (dt.date, dt.datetime)) else str(v)


def _column_letter(c: int) -> str:
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


class PortfolioWindow(QMainWindow):
    """The whole portfolio: open a list, see and filter its expiries, log the
    follow-up, write letters. The list is read in place; the log is the only
    file kept (beside the list)."""

    def __init__(self, settings: AppSettings | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.setWindowTitle(tr("Låneportefølje – fastrenter som løper ut"))
        self.loan_list: pf.LoanList | None = None
        self.items: list[pf.ExpiryItem] = []
        self.log: fl.FollowUpLog | None = None
        self.log_entries: list[fl.Entry] = []
        self.cases: dict[str, tuple[str, float]] = {}
        self.today = dt.date.today()
        self._build()
        self.resize(1340, 720)

    # --- layout ------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        lay = QVBoxLayout(central)
        top = QHBoxLayout()
        self.open_button = QPushButton(tr("Åpne låneliste …"))
        self.open_button.clicked.connect(lambda: self.open_list())
        self.cases_button = QPushButton(tr("Saksmappe …"))
        self.cases_button.setToolTip(tr("Saker der saksnummeret er lånenummeret viser restbeløpet etter økningen"))
        self.cases_button.clicked.connect(lambda: self.choose_cases())
        self.file_label = QLabel(tr("Ingen liste åpnet. Listen leses der den ligger og kopieres ikke."))
        top.addWidget(self.open_button)
        top.addWidget(self.cases_button)
        top.addWidget(self.file_label, 1)
        lay.addLayout(top)
        lay.addLayout(self._filters())
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = ExpiryModel(self)
        self.proxy = ExpiryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        split.addWidget(self.view)
        split.addWidget(self._side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([990, 330])
        lay.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.issues_button = QPushButton(tr("Vis rader som ikke kunne leses"))
        self.issues_button.clicked.connect(self.show_issues)
        self.issues_button.setVisible(False)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.issues_button)
        for text, slot in ((tr("Brevinnstillinger …"), self.letter_settings), (tr("Brev til valgte (PDF) …"), self.letters_pdf),
                           (tr("Ett brev per låntaker …"), self.letters_per_borrower),
                           (tr("Flettefil (CSV) …"), self.mail_merge), (tr("Eksporter liste (CSV) …"), self.export_csv)):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=slot: s())
            bottom.addWidget(b)
        lay.addLayout(bottom)
        self.setCentralWidget(central)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Utløper innen")))
        self.within = QComboBox()
        for months, label in WITHIN:
            self.within.addItem(tr(label), months)
        row.addWidget(self.within)
        row.addWidget(QLabel(tr("Økning minst")))
        self.min_kr = QSpinBox()
        self.min_kr.setRange(0, 100_000)
        self.min_kr.setSingleStep(500)
        self.min_kr.setSuffix("\u00a0kr")
        self.min_kr.setGroupSeparatorShown(True)
        row.addWidget(self.min_kr)
        row.addWidget(QLabel(tr("eller %")))
        self.min_pct = QSpinBox()
        self.min_pct.setRange(0, 500)
        self.min_pct.setSuffix("\u00a0%")
        row.addWidget(self.min_pct)
        self.uncontacted = QCheckBox(tr("Bare ikke kontaktet"))
        row.addWidget(self.uncontacted)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk lånenummer eller navn"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        row.addWidget(QLabel(tr("Rente etter binding")))
        self.rate_after = QDoubleSpinBox()
        self.rate_after.setDecimals(3)
        self.rate_after.setRange(0.0, 30.0)
        self.rate_after.setSingleStep(0.1)
        self.rate_after.setSuffix("\u00a0%")
        self.default_rate = pf.RateAfter(self.settings.husbanken_rate("floating"), self.settings.markup_pp)
        self.rate_after.setValue(self.default_rate.rate())
        self.rate_after.setToolTip(tr("Dagens flytende rente {floating} + påslag {markup} prosentpoeng; skriv en "
                                      "annen rente om du vil").format(floating=fmt_rate(self.default_rate.floating_pct),
                                                                      markup=fmt_number(self.default_rate.markup_pp, 2)))
        row.addWidget(self.rate_after)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filters)
        for sig in (self.within.currentIndexChanged, self.min_kr.valueChanged, self.min_pct.valueChanged,
                    self.uncontacted.toggled, self.search.textChanged):
            sig.connect(lambda *_: self._debounce.start())
        self.rate_after.valueChanged.connect(lambda *_: self.recompute())
        return row

    def _side(self) -> QTabWidget:
        tabs = QTabWidget()
        self.quarters = text_table(tr("Per kvartal"), None, selectable=True)
        self.quarters.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        log_page = QWidget()
        lay = QVBoxLayout(log_page)
        self.selected_label = QLabel(tr("Velg et lån i listen."))
        self.selected_label.setWordWrap(True)
        lay.addWidget(self.selected_label)
        self.history = text_table(tr("Oppfølging"), None, selectable=True)
        self.history.horizontalHeader().setStretchLastSection(True)
        self._show_history([])
        lay.addWidget(self.history, 1)
        form = QFormLayout()
        self.action = QComboBox()
        for key, label in fl.ACTIONS.items():
            self.action.addItem(tr(label), key)
        self.by = QLineEdit(self.settings.caseworker)
        self.note = QLineEdit()
        self.note.setMaxLength(fl.MAX_NOTE)
        self.note.setPlaceholderText(tr("Uten navn – loggen nevner lån bare ved nummer"))
        form.addRow(tr("Tiltak"), self.action)
        form.addRow(tr("Utført av"), self.by)
        form.addRow(tr("Notat"), self.note)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        self.register = QPushButton(tr("Registrer for valgte"))
        self.register.clicked.connect(lambda: self.register_action())
        export = QPushButton(tr("Eksporter logg (CSV) …"))
        export.clicked.connect(lambda: self.export_log())
        buttons.addWidget(self.register)
        buttons.addWidget(export)
        lay.addLayout(buttons)
        tabs.addTab(log_page, tr("Oppfølging"))
        tabs.addTab(self.quarters, tr("Per kvartal"))
        return tabs

    # --- opening -------------------------------------------------------------
    def open_list(self, path: str | Path | None = None) -> bool:
        if path is None:
            path = open_file(self, tr("Åpne låneliste"), Path.home(), tr("Lånelister (*.csv *.txt *.xlsx);;Alle filer (*)"))
            if not path:
                return False
        path = Path(path)
        try:
            table = pf.read_table(path)
        except pf.PortfolioError as exc:
            warn(self, str(exc))
            return False
        hi = pf.header_row(table)
        first = hi if hi >= 0 else next((i for i, r in enumerate(table.rows) if any(r)), 0)
        sig = pf.signature(table.rows[first] if table.rows else [])
        saved = remembered_mapping(self.settings, sig)
        mapping = saved.get("columns") if isinstance(saved, dict) else None
        header = saved.get("header") if isinstance(saved, dict) else None
        try:
            ll = pf.import_list(path, mapping, self.today, table, header)
        except pf.PortfolioError as exc:
            ll = self.ask_mapping(path, table, first, str(exc))
            if ll is None:
                return False
        self._set_list(ll)
        return True

    def ask_mapping(self, path: Path, table: pf.Table, header: int, message: str) -> pf.LoanList | None:
        """The mapping dialog until the list reads, or the caseworker gives up."""
        heads = table.rows[header] if header < len(table.rows) else []
        dlg = ColumnMappingDialog(table, header, pf.match_columns(heads), message, self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                ll = pf.import_list(path, dlg.mapping(), self.today, table, dlg.header_index())
            except pf.PortfolioError as exc:
                dlg.error.setText(str(exc))
                continue
            remember_mapping(self.settings, pf.signature(dlg.headers()),
                             {"columns": dlg.mapping(), "header": dlg.header_index()})
            return ll
        return None

    def _set_list(self, ll: pf.LoanList) -> None:
        self._close_log()
        self.loan_list = ll
        log_path = fl.log_path_for(ll.path)
        self.read_only = False
        try:
            self.log = fl.FollowUpLog(log_path)
            self.log_entries = self.log.entries
        except fl.LogError as exc:
            self.log = None
            self.read_only = True
            try:
                self.log_entries = fl.read_entries(log_path)
            except fl.LogError:
                self.log_entries = []
            warn(self, str(exc) + " " + tr("Loggen kan leses, men ikke endres i dette vinduet."))
        self.register.setEnabled(not self.read_only)
        self.file_label.setText(tr("{file}: {loans} lån. Listen leses der den ligger og kopieres ikke; "
                                   "oppfølgingsloggen lagres i {log}.").format(
            file=ll.path.name, loans=len(ll.loans), log=log_path.name))
        self.issues_button.setVisible(bool(ll.issues))
        self.issues_button.setText(tr("{n} rader kunne ikke leses …").format(n=len(ll.issues)))
        self.recompute()

    def choose_cases(self, folder: str | None = None) -> None:
        from ..core.errors import CaseFileError

        folder = folder or choose_folder(self, tr("Mappe med saker"), Path.home())
        if not folder:
            return
        try:
            self.cases, _skipped = pf.case_residuals(folder)
        except CaseFileError as exc:
            warn(self, str(exc))
            return
        self.recompute()

    # --- figures -------------------------------------------------------------
    def rate(self) -> pf.RateAfter:
        typed = self.rate_after.value()
        if abs(typed - self.default_rate.rate()) < 5e-4:
            return self.default_rate
        return pf.RateAfter(self.default_rate.floating_pct, self.default_rate.markup_pp, typed)

    def recompute(self) -> None:
        if self.loan_list is None:
            return
        self.items = pf.expiry_list(self.loan_list.loans, self.rate(), self.today, self.cases)
        self.model.set_items(self.items, self._last())
        self.view.setColumnHidden(9, not any(e.residual_after is not None for e in self.items))  # no case matched
        self.view.resizeColumnsToContents()
        show_text(self.quarters, [tr("Kvartal"), tr("Antall"), tr("Sum økning per måned")],
                  [[q.label, str(q.count), fmt_kr(q.jump_monthly)] for q in pf.quarters(self.items, self.today)])
        self.apply_filters()

    def _last(self) -> dict[str, fl.Entry]:
        last: dict[str, fl.Entry] = {}
        for e in sorted(self.log_entries, key=lambda e: e.date):
            last[e.loan] = e
        return last

    def apply_filters(self) -> None:
        self.proxy.set_filters(self.within.currentData(), self.min_kr.value() or None, self.min_pct.value() or None,
                               self.search.text(), self.uncontacted.isChecked())
        self._update_status()

    def _update_status(self) -> None:
        if self.loan_list is None:
            return
        shown = self.proxy.rowCount()
        open_ = sum(1 for e in self.items if e.loan.number not in self.model.last)
        text = tr("{shown} av {all} fastrentelån vises; {open} er ikke kontaktet. Rente etter binding {rate}.").format(
            shown=shown, all=len(self.items), open=open_, rate=fmt_rate(self.rate().rate()))
        if any(e.loan.terms_per_year != 12 for e in self.items):
            text += " " + tr(PER_TERM_NOTE)
        self.status.setText(text)

    def visible_items(self) -> list[pf.ExpiryItem]:
        return [self.model.items[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]

    def selected_items(self) -> list[pf.ExpiryItem]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows]

    def _targets(self) -> list[pf.ExpiryItem]:
        """The selected loans, or every loan the filters show when none is selected."""
        return self.selected_items() or self.visible_items()

    # --- the log -------------------------------------------------------------
    def _selection_changed(self) -> None:
        sel = self.selected_items()
        if len(sel) != 1:
            self.selected_label.setText(tr("{n} lån valgt.").format(n=len(sel)) if sel else tr("Velg et lån i listen."))
            self._show_history([])
            return
        e = sel[0]
        self.selected_label.setText(tr("Lån {number}: fast til {date}, terminbeløpet går fra {now} til {after}.").format(
            number=e.loan.number, date=fmt_date(e.loan.fixed_until), now=fmt_kr(e.payment_now),
            after=fmt_kr(e.payment_after)))
        self._show_history([x for x in self.log_entries if x.loan == e.loan.number])

    def _show_history(self, entries: list[fl.Entry]) -> None:
        show_text(self.history, [tr("Dato"), tr("Tiltak"), tr("Av"), tr("Notat")],
                  [[fmt_date(x.date), fl.action_label(x.action), x.by, x.note] for x in entries], numeric=lambda c: False)

    def register_action(self, action: str | None = None) -> bool:
        sel = self.selected_items()
        if not sel or self.log is None:
            warn(self, tr("Velg ett eller flere lån i listen først."))
            return False
        try:
            self.log.add_many([e.loan.number for e in sel], action or self.action.currentData(), self.by.text(),
                              self.note.text())
        except fl.LogError as exc:
            warn(self, str(exc))
            return False
        self.log_entries = self.log.entries
        self.note.clear()
        self.model.set_last(self._last())
        self._selection_changed()
        self._update_status()
        return True

    def export_log(self, path: str | None = None) -> None:
        path = path or save_file(self, tr("Eksporter oppfølgingslogg"), "oppfolging.csv", "CSV (*.csv)")
        if not path:
            return
        rows = self.log.to_csv() if self.log else fl.FollowUpLog.to_csv(_Entries(self.log_entries))
        self._write(path, rows.encode("utf-8-sig"))

    # --- outputs -------------------------------------------------------------
    def _write(self, path: str | Path, data: bytes) -> bool:
        from ..core.casefile import atomic_write

        try:
            atomic_write(path, data, backup=False)
        except OSError as exc:
            warn(self, tr("Kunne ikke skrive {file}: {error}").format(file=Path(path).name, error=exc.strerror or exc))
            return False
        return True

    def letter_options(self):
        from ..reports.letters import LetterOptions

        s = self.settings
        reliefs = tuple(r for r in s._get("letter_reliefs", "interest_only,longer_term,deferral,new_fixed").split(",") if r)
        return LetterOptions(municipality=s.municipality, contact=s._get("letter_contact", ""), caseworker=s.caseworker,
                             language=s._get("letter_language", "nb"), reliefs=reliefs, today=self.today)

    def letter_settings(self) -> None:
        LetterSettingsDialog(self.settings, self).exec()

    def letters_pdf(self, path: str | None = None) -> bool:
        from ..reports.letters import build_letters

        items = self._targets()
        if not items:
            warn(self, tr("Ingen lån å skrive brev til."))
            return False
        path = path or save_file(self, tr("Lagre brev"), "brev-fastrente.pdf", "PDF (*.pdf)")
        if not path or not self._write(path, build_letters(items, self.letter_options())):
            return False
        self._offer_log(items)
        return True

    def letters_per_borrower(self, folder: str | None = None) -> bool:
        from ..reports.letters import write_letters_per_borrower

        items = self._targets()
        if not items:
            warn(self, tr("Ingen lån å skrive brev til."))
            return False
        folder = folder or choose_folder(self, tr("Mappe for brevene"), Path.home())
        if not folder:
            return False
        try:
            write_letters_per_borrower(items, self.letter_options(), folder)
        except OSError as exc:
            warn(self, tr("Kunne ikke skrive {file}: {error}").format(file=folder, error=exc.strerror or exc))
            return False
        self._offer_log(items)
        return True

    def _offer_log(self, items: list[pf.ExpiryItem]) -> None:
        if self.log is None or self.settings._get("portfolio_no_ask", False, bool):
            return
        if confirm(self, tr("Registrere «Brev sendt» i oppfølgingsloggen for {n} lån?").format(n=len(items)),
                   default_yes=True):
            self.log.add_many([e.loan.number for e in items], "letter", self.by.text())
            self.log_entries = self.log.entries
            self.model.set_last(self._last())
            self._update_status()

    def mail_merge(self, path: str | None = None) -> bool:
        from ..reports.letters import mail_merge_csv

        items = self._targets()
        if not items:
            return False
        path = path or save_file(self, tr("Lagre flettefil"), "brevfletting.csv", "CSV (*.csv)")
        return bool(path) and self._write(path, mail_merge_csv(items, self.letter_options().language))

    def export_csv(self, path: str | None = None) -> bool:
        path = path or save_file(self, tr("Eksporter forfallsliste"), "fastrenter.csv", "CSV (*.csv)")
        return bool(path) and self._write(path, pf.to_csv(self.visible_items()).encode("utf-8-sig"))

    def show_issues(self) -> None:
        if self.loan_list:
            inform(self, tr("Rader som ikke kunne leses"), "\n".join(i.text for i in self.loan_list.issues[:200]))

    def _close_log(self) -> None:
        if self.log is not None:
            self.log.close()
            self.log = None

    def closeEvent(self, event) -> None:  # noqa: N802
        self._close_log()
        super().closeEvent(event)


class _Entries:
    """Entries read without the lock, exportable like an open log."""

    def __init__(self, entries):
        self.entries = entries


class LetterSettingsDialog(QDialog):
    """The letters' contact line, language and the relief options the
    municipality offers (kept in the settings: no personal data)."""

    def __init__(self, settings: AppSettings, parent=None):
        from ..reports.letters import DEFAULT_RELIEFS, RELIEFS

        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Brevinnstillinger"))
        lay = QFormLayout(self)
        self.contact = QLineEdit(settings._get("letter_contact", ""))
        self.contact.setPlaceholderText(tr("F.eks. Ring oss på 78 98 00 00 eller skriv til postmottak@kommune.no"))
        self.contact.setMinimumWidth(420)
        lay.addRow(tr("Kontaktlinje"), self.contact)
        self.language = QComboBox()
        for code, name in (("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings._get("letter_language", "nb")), 0))
        lay.addRow(tr("Språk i brevene"), self.language)
        chosen = settings._get("letter_reliefs", ",".join(DEFAULT_RELIEFS)).split(",")
        self.reliefs = {}
        for key, label in RELIEFS.items():
            box = QCheckBox(tr(label))
            box.setChecked(key in chosen)
            self.reliefs[key] = box
            lay.addRow(tr("Tilbud i brevet") if len(self.reliefs) == 1 else "", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay.addRow(buttons)

    def _save(self) -> None:
        self.settings.set("letter_contact", self.contact.text().strip())
        self.settings.set("letter_language", self.language.currentData())
        self.settings.set("letter_reliefs", ",".join(k for k, b in self.reliefs.items() if b.isChecked()))
        self.accept()
