"""The main window: the case editor on the left, the scenario comparison in
the centre, charts and the payment schedule below. Every edit recomputes the
case through the core and re-renders the result."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.budget import CaseResult, compute
from ..core.errors import CaseFileError, ValidationError
from ..core.example import blank_case, example_case
from ..core.formatting import fmt_date
from ..core.i18n import QT_TR_NOOP, tr
from ..core.model import Case
from . import style
from .forms import (
    DebtSection,
    ExplanationSection,
    HouseholdSection,
    HousingSection,
    IncomeSection,
    LivingSection,
    LoanSection,
    scroll,
)
from .results import ComparisonTable, FinancingTable, ScheduleView, SummaryStrip
from .settings import AppSettings

APP_NAME = "Startlån Desktop"  # as ui/dialogs.py names it; that module is imported when a box is shown
AUTOSAVE_MS = 30_000
VIEWS_DELAY_MS = 200  # the chart below the table follows an edit once typing pauses (issue 23)
CHARTS_MIN_SHARE = 220  # pixels the charts keep before the table starts to scroll


def _lazy_class(name: str):
    """A view class named "charts.X", "risk.X" or "goalseek.X", imported now. Plain
    import statements, so PyInstaller sees the modules (an importlib string it cannot)."""
    module, cls = name.split(".")
    if module == "charts":
        from . import charts as m
    elif module == "goalseek":
        from . import goalseek as m
    elif module == "timeline_view":
        from . import timeline_view as m
    elif module == "variants_view":
        from . import variants_view as m
    else:
        from . import risk as m
    return getattr(m, cls)


def file_filter() -> str:
    return tr("Startlån-saker (*.startlan);;Alle filer (*)")


def _fill_tab(tabs: QTabWidget, index: int, widget: QWidget, title: str) -> None:
    """Put a built widget in place of a tab's placeholder, quietly: the current
    tab stays current and no currentChanged fires for the swap."""
    current = tabs.currentIndex()
    tabs.blockSignals(True)
    placeholder = tabs.widget(index)
    tabs.removeTab(index)
    tabs.insertTab(index, widget, title)
    tabs.setCurrentIndex(current)
    tabs.blockSignals(False)
    placeholder.deleteLater()


class MainWindow(QMainWindow):
    recomputed = Signal()

    def __init__(self, settings: AppSettings | None = None):
        super().__init__()
        self.settings = settings or AppSettings()
        self.case: Case = blank_case()
        from .document import Document

        self.document = Document(self)  # the file: path, stamp as loaded or saved, lock
        self._declined: list = []  # recovery files the caseworker said no to: kept until the next save
        self.result: CaseResult | None = None
        self.followup_result = None
        self.followup_error = ""
        self.error: ValidationError | None = None
        self.stale = False  # an unexpected error: figures on screen may be wrong until a recomputation succeeds
        self.selected = 0
        self.last_recompute_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: self.recompute(views_now=False))
        self._views_timer = QTimer(self)  # an edit repaints the comparison at once, the chart after it
        self._views_timer.setSingleShot(True)
        self._views_timer.setInterval(VIEWS_DELAY_MS)
        self._views_timer.timeout.connect(self._render_selected)
        self._session = None  # made on first use: start-up need not touch the disk
        self._painted = False  # set once the window is up: the chart below the table waits for it
        self._first_frame_pending = False
        self._autosave_warning = None  # a status-bar label while autosaving fails
        self._walkthrough = None
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        self._build()
        self._actions()
        self.fit_to_screen()
        from PySide6.QtWidgets import QApplication

        from .document import ShortcutGuard

        self._shortcut_guard = ShortcutGuard(self, ("Ctrl+E",))
        QApplication.instance().focusChanged.connect(self._shortcut_guard.focus_changed)

    # --- layout ------------------------------------------------------------

    DEFAULT_SIZE = (1440, 900)
    FRAME_MARGIN = (16, 48)  # room for the window frame and title bar, which the size leaves out

    def fit_to_screen(self) -> None:
        """Open inside the screen the window is on (a 1366x768 laptop is common), never
        the full 1440x900 beyond its edges. The offscreen platform's 800x600 screen is not
        a real one: there the default size stands (tests and screenshots set their own)."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or QGuiApplication.platformName() == "offscreen":
            self.resize(*self.DEFAULT_SIZE)
            return
        self.fit_to(screen.availableGeometry())

    def fit_to(self, available) -> None:
        """Size and place the window inside `available` (a QRect), centred."""
        w = min(self.DEFAULT_SIZE[0], available.width() - self.FRAME_MARGIN[0])
        h = min(self.DEFAULT_SIZE[1], available.height() - self.FRAME_MARGIN[1])
        self.resize(w, h)
        self.move(available.x() + (available.width() - w - self.FRAME_MARGIN[0]) // 2,
                  available.y() + (available.height() - h - self.FRAME_MARGIN[1]) // 2)

    # The charts (QtCharts) are imported and built after the first frame: see view() and showEvent().
    VIEWS = ((QT_TR_NOOP("Rente og restbeløp"), "charts.RateChart"), (QT_TR_NOOP("Månedsbudsjett"), "charts.BudgetChart"),
             (QT_TR_NOOP("Restgjeld"), "charts.BalanceChart"), (QT_TR_NOOP("Nedbetalingsplan"), ScheduleView),
             (QT_TR_NOOP("Finansieringsplan"), FinancingTable), (QT_TR_NOOP("Tvangssalg"), "risk.ForcedSaleView"),
             (QT_TR_NOOP("Overkurs"), "risk.BreakCostView"), (QT_TR_NOOP("Hva skal til"), "goalseek.GoalSeekView"),
             (QT_TR_NOOP("De neste årene"), "timeline_view.TimelineView"),
             (QT_TR_NOOP("Livshendelser"), "variants_view.VariantsView"))

    # Alt+letter: one thing each, menus (F, S, R, H) and tabs together (tests/ui/test_keyboard.py)
    TABS = ((QT_TR_NOOP("H&usstand"), HouseholdSection), (QT_TR_NOOP("&Inntekter"), IncomeSection),
            (QT_TR_NOOP("&Gjeld"), DebtSection), (QT_TR_NOOP("&Bolig"), HousingSection),
            (QT_TR_NOOP("&Livsopphold"), LivingSection), (QT_TR_NOOP("Lå&n og scenarioer"), LoanSection),
            (QT_TR_NOOP("Forkl&aring"), ExplanationSection), (QT_TR_NOOP("&Oppfølging"), None))

    def _build(self) -> None:
        self._sections: dict[int, object] = {}
        self.inputs = QTabWidget()
        self.inputs.setObjectName("inputs")
        for title, _cls in self.TABS:
            self.inputs.addTab(QWidget(), tr(title))  # built on first view: see section()
        self.inputs.currentChanged.connect(self.section)
        self.inputs.currentChanged.connect(lambda _i: self.result is not None and self._arrange_centre())

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        rl.addWidget(self._newer_data_bar())
        rl.addWidget(self.banner)
        self.example_bar = self._example_bar()
        rl.addWidget(self.example_bar)
        self.summary = SummaryStrip()
        rl.addWidget(self.summary)
        self.table = ComparisonTable()
        self.table.scenarioActivated.connect(self.select_scenario)
        self.table.cellDoubleClicked.connect(lambda _r, c: self.edit_scenario(c))
        self.bottom = QTabWidget()
        self._views: dict[int, QWidget] = {}
        for title, _cls in self.VIEWS:
            self.bottom.addTab(QWidget(), tr(title))  # built on first view: see view()
        self.bottom.currentChanged.connect(self._view_changed)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(self.table)
        self.relief_table = None  # made when a case has an existing loan (follow-up)
        vsplit.addWidget(self.bottom)
        self.vsplit = vsplit
        vsplit.setStretchFactor(0, 0)
        vsplit.setStretchFactor(1, 1)
        vsplit.setChildrenCollapsible(False)
        rl.addWidget(vsplit, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.inputs)
        split.addWidget(right)
        split.setSizes([703, 737])  # the inputs as wide as bokmål needs; the four scenarios get the rest
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self.sources_label = QLabel()
        self.statusBar().addPermanentWidget(self.sources_label)
        if self.result is not None:  # a rebuild (language): the open tab now; at start set_case() builds it
            self.section(0)

    # Input tabs are built the first time they are shown (or used): a caseworker
    # starts with the household, and building all seven cost start-up time.
    def section(self, index: int):
        if index in self._sections or not 0 <= index < len(self.TABS):
            return self._sections.get(index)
        title, cls = self.TABS[index]
        if cls is None:  # the follow-up tab lives in its own module
            from .followup import FollowUpSection

            cls = FollowUpSection
        sec = cls(self.settings) if cls is LoanSection else cls()
        self._sections[index] = sec
        _fill_tab(self.inputs, index, scroll(sec), tr(title))
        sec.changed.connect(self.on_edit)
        sec.messages.stateChanged.connect(self._on_field_state)
        if cls is HouseholdSection:
            sec.rows.structureChanged.connect(self._members_changed)
        if cls is LoanSection:
            sec.scenariosChanged.connect(self.on_edit)
            sec.scenariosChanged.connect(self.autosave)
        if self.case is not None:
            sec.set_case(self.case)
        if self.result is not None:
            self._show_section(sec)
        if cls is LoanSection and self.error is not None:
            self._mark_scenario_field(self.error)  # a scenario term the core refused before the tab was built
        return sec

    def view(self, index: int) -> QWidget:
        """A result view below the table, built the first time it is shown."""
        if index in self._views:
            return self._views[index]
        title, cls = self.VIEWS[index]
        if isinstance(cls, str):  # "module.Class" in this package, imported on first use
            cls = _lazy_class(cls)
        w = cls()
        if cls is ScheduleView:
            w.exportRequested.connect(self.export_schedule)
        self._views[index] = w
        _fill_tab(self.bottom, index, w, tr(title))
        if self.result is not None and index == self.bottom.currentIndex():
            self._show_view(w)  # asked for before the first frame (tests, screenshots): filled now
        return w

    def _view_changed(self, index: int) -> None:
        self.view(index)
        self._render_selected()

    rate_chart = property(lambda self: self.view(0))
    budget_chart = property(lambda self: self.view(1))
    balance_chart = property(lambda self: self.view(2))
    schedule = property(lambda self: self.view(3))
    financing = property(lambda self: self.view(4))

    @property
    def sections(self) -> list:
        return [self._sections[i] for i in sorted(self._sections)]

    household = property(lambda self: self.section(0))
    incomes = property(lambda self: self.section(1))
    debts = property(lambda self: self.section(2))
    housing = property(lambda self: self.section(3))
    living = property(lambda self: self.section(4))
    loans = property(lambda self: self.section(5))
    explanation = property(lambda self: self.section(6))
    followup = property(lambda self: self.section(7))

    def _members_changed(self) -> None:
        if 1 in self._sections:
            self._sections[1].refresh_members()

    def _show_section(self, sec) -> None:
        if isinstance(sec, ExplanationSection):
            sec.show_result(self.result, self.selected)
        elif hasattr(sec, "show_followup"):
            sec.show_followup(self.followup_result, self.followup_error)
        else:
            sec.show_result(self.result)

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _actions(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu(tr("&Fil"))
        tb = self.addToolBar(tr("Verktøy"))
        tb.setObjectName("toolbar")
        self.act_new = self._action(f, tr("&Ny sak"), self.new_case, QKeySequence.StandardKey.New)
        self.act_example = self._action(f, tr("Åpne e&ksempelsak"), self.open_example)
        self._action(f, tr("Åpne eksempel på &oppfølgingssak"), self.open_followup_example)
        self.act_open = self._action(f, tr("&Åpne …"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = f.addMenu(tr("Nylig brukte"))
        self.act_save = self._action(f, tr("&Lagre"), self.save, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(f, tr("Lagre &som …"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        f.addSeparator()
        self.act_pdf = self._action(f, tr("&Eksporter PDF …"), self.export_pdf, QKeySequence("Ctrl+E"),
                                    tr("Budsjettark for saksmappen (PDF/A)"))
        self.act_print = self._action(f, tr("Skriv &ut …"), self.print_sheet, QKeySequence.StandardKey.Print)
        self.act_schedule_pdf = QAction(tr("Ta med nedbetalingsplan i PDF"), self, checkable=True)
        self.act_schedule_pdf.setChecked(self.settings._get("pdf_schedule", True, bool))
        self.act_schedule_pdf.toggled.connect(lambda v: self.settings.set("pdf_schedule", v))
        f.addAction(self.act_schedule_pdf)
        f.addSeparator()
        self.act_settings = self._action(f, tr("&Innstillinger …"), self.open_settings, QKeySequence("Ctrl+,"))
        f.addSeparator()
        self._action(f, tr("&Avslutt"), self.close, QKeySequence.StandardKey.Quit)
        s = mb.addMenu(tr("&Scenario"))
        self._action(s, tr("&Legg til scenario"), lambda: self.loans.add(), QKeySequence("Ctrl+T"))
        self._action(s, tr("&Dupliser valgt scenario"), lambda: self.loans.duplicate(), QKeySequence("Ctrl+D"))
        self._action(s, tr("&Fjern valgt scenario"), lambda: self.loans.remove())
        self.language_menu = self._language_menu(mb)
        h = mb.addMenu(tr("&Hjelp"))
        self.act_guide = self._action(h, tr("&Kom i gang"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self._action(h, tr("&Datagrunnlag og kilder"), self.show_sources)
        self._action(s, tr("Fastrenter som løper ut (mappe) …"), self.expiry_list)
        self._action(s, tr("Låne&portefølje (låneliste fra låneforvalter) …"), self.portfolio_window)
        for act in (self.act_new, self.act_open, self.act_save):
            tb.addAction(act)
        self.act_walk = self._action(mb.actions()[0].menu(), tr("&Gjennomgang med søker …"), self.walkthrough,
                                     QKeySequence("Ctrl+G"), tr("Vis saken steg for steg med stor skrift"))
        tb.addSeparator()
        tb.addAction(self.act_walk)
        tb.addAction(self.act_pdf)
        tb.addAction(self.act_print)
        tb.addSeparator()
        tb.addAction(self.act_settings)
        tb.addAction(self.language_menu.menuAction())
        self.toolbar = tb
        self._refresh_recent()

    def _language_menu(self, mb):
        """Språk / Language: each language named in itself, the current one ticked."""
        from PySide6.QtGui import QActionGroup

        from ..core.i18n import language
        from ..i18n import LANGUAGES

        menu = mb.addMenu(tr("Sp&råk"))
        menu.setToolTip(tr("Språk for skjermen, gjennomgangen og budsjettarket. Tall og datoer er alltid norske."))
        group = QActionGroup(menu)
        for code, name in LANGUAGES.items():
            act = menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == language())
            act.setData(code)
            group.addAction(act)
            act.triggered.connect(lambda _=False, c=code: self.change_language(c))
        return menu

    def change_language(self, code: str) -> None:
        """Switch the language at run time and remember it. The window is rebuilt
        around the same case: nothing is lost, unsaved edits stay unsaved."""
        from .. import i18n

        code = i18n.set_language(code)
        self.settings.set("language", code)
        tab, view, modified = self.inputs.currentIndex(), self.bottom.currentIndex(), self.isWindowModified()
        splits = self.centralWidget().sizes(), self.vsplit.sizes()  # as the caseworker left them
        self.setMenuBar(QMenuBar())  # Qt deletes the old bar and its menus
        for act in self.findChildren(QAction):
            if act.parent() is self:
                act.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.statusBar().removeWidget(self.sources_label)
        self.sources_label.deleteLater()
        self._build()  # replaces the central widget, which Qt deletes
        self._actions()
        self.centralWidget().setSizes(splits[0])
        self.vsplit.setSizes(splits[1])
        self.inputs.setCurrentIndex(tab)
        self.bottom.setCurrentIndex(view)
        self.recompute()
        self.setWindowModified(modified)
        self._update_title()
        if self._walkthrough is not None and self._walkthrough.isVisible():
            self._walkthrough.rebuild(self.result)

    # --- case and computation ---------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.document.path

    def _example_bar(self) -> QWidget:
        """A strip that says a case is the program's example, or offers the example
        beside a new, empty case (the app never opens the example by itself)."""
        from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

        bar = QFrame()
        bar.setObjectName("exampleBar")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(6, 2, 6, 2)
        self.example_text = QLabel()
        self.example_text.setWordWrap(True)
        self.example_button = QPushButton()
        self.example_button.clicked.connect(self._example_clicked)
        lay.addWidget(self.example_text, 1)
        lay.addWidget(self.example_button)
        bar.setStyleSheet("#exampleBar { background: #e3eefb; border: 1px solid #5b7fa6; } "
                          "#exampleBar QLabel { color: #000000; }")
        bar.hide()
        self._offer_example = False
        return bar

    def _example_clicked(self) -> None:
        if self.case.example:
            self.new_case()
        else:
            self.open_example()

    def _show_example_bar(self) -> None:
        if self.case.example:
            self.example_text.setText(tr("Eksempelsak: tallene er laget av programmet for å vise hvordan det virker. "
                                         "Start din egen sak med Fil → Ny sak."))
            self.example_button.setText(tr("Ny sak"))
        elif self._offer_example and not self.isWindowModified():
            self.example_text.setText(tr("Ny, tom sak. Vil du først se en ferdig utfylt eksempelsak?"))
            self.example_button.setText(tr("Åpne eksempelsak"))
        else:
            self.example_bar.hide()
            return
        self.example_bar.show()

    def start(self) -> None:
        """At start: the last case the caseworker had, when it can still be opened;
        otherwise an empty case, with the example offered beside it."""
        recent = [p for p in self.settings.recent_files if Path(p).is_file()]
        if recent and self.open_path(recent[0]):
            return
        self.start_empty()

    def start_empty(self) -> None:
        """An empty case, with the example offered beside it."""
        self.new_case()
        self._offer_example = True
        self._show_example_bar()

    def set_case(self, case: Case, path: Path | None = None, stamp=None, case_lock=None,
                 read_only: bool = False) -> None:
        self._offer_example = False
        self.case = case
        self.document.attach(path, stamp, case_lock, read_only)
        for sec in self.sections:
            sec.set_case(case)
        self.section(self.inputs.currentIndex())  # built for this case (once), if it was not yet
        self.selected = 0
        self.recompute()
        self.setWindowModified(False)
        self._update_title()
        self._show_example_bar()
        self.update_newer_data()

    def _newer_data_bar(self) -> QWidget:
        """One line when newer data is in force than the case was saved with,
        and one button that moves the whole case to it."""
        bar = QWidget()
        bar.setObjectName("newerData")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(0, 0, 0, 2)
        self.newer_data = QLabel()
        self.newer_data.setWordWrap(True)
        self.btn_current_data = QPushButton(tr("Bruk dagens data"))
        self.btn_current_data.setToolTip(tr("Flytter hele saken (alle scenarioer, stressrenten og normene) over på "
                                            "dataene som gjelder nå."))
        self.btn_current_data.clicked.connect(self.use_current_data)
        lay.addWidget(self.newer_data, 1)
        lay.addWidget(self.btn_current_data)
        bar.hide()
        self.newer_bar = bar
        return bar

    def update_newer_data(self) -> None:
        from ..core.datapack import newer_data_line

        line = newer_data_line(self.case)
        self.newer_data.setText("ℹ " + line if line else "")
        self.newer_bar.setVisible(bool(line))

    def use_current_data(self) -> None:
        from ..core.datapack import move_to_current

        move_to_current(self.case)
        for sec in self.sections:
            sec.set_case(self.case)
        self.recompute()
        self.setWindowModified(True)
        self.update_newer_data()
        self.statusBar().showMessage(tr("Saken er flyttet over på dagens data."), 6000)

    def on_edit(self) -> None:
        self.setWindowModified(True)
        self._timer.start()
        self._update_title()  # the case number is typed on screen
        if self._offer_example:
            self._offer_example = False
            self._show_example_bar()

    def recompute(self, views_now: bool = True) -> None:
        """Compute and show the case; after an edit (`views_now` False) the view
        below the table follows on a timer, so typing is never held up by it."""
        t = time.perf_counter()
        try:
            result = compute(self.case)
        except ValidationError as exc:
            self.error = exc
            self._mark_at_field(exc)
            self.banner.setProperty("level", "error")
            style.banner(self.banner, "error")
            self.banner.setText(tr("Kan ikke beregne: {message} Tallene under gjelder siste gyldige beregning.").format(
                message=exc.message))
            self.banner.show()
            return
        self.error = None
        self._mark_at_field(None)
        self.result = result
        self._compute_followup()
        self.render(views_now)
        self.stale = False
        self._show_banner()
        self.last_recompute_ms = (time.perf_counter() - t) * 1000
        self.recomputed.emit()

    def _compute_followup(self) -> None:
        self.followup_result, self.followup_error = None, ""
        if self.case.existing is None:
            return
        from ..core.followup import compute_followup

        try:
            self.followup_result = compute_followup(self.case, self.result)
        except ValidationError as exc:
            self.followup_error = tr("Kan ikke beregne betalingslettelser: {message}").format(message=exc.message)

    def render(self, views_now: bool = True) -> None:
        r = self.result
        for sec in self.sections:
            self._show_section(sec)
        self.summary.show_result(r)
        self.table.show_result(r)
        self.selected = max(min(self.selected, len(r.scenarios) - 1), 0)
        self._render_selected(views_now)
        if not views_now:
            self._views_timer.start()
        self._show_sources(r)
        self._arrange_centre()

    def _arrange_centre(self) -> None:
        """New-loan scenarios in the centre; the relief comparison instead when the
        case is a follow-up without scenarios or the follow-up tab is open."""
        followup = self.followup_result is not None and (not self.result.scenarios or self.inputs.currentIndex() == 7)
        if followup and self.relief_table is None:
            from .followup import ReliefTable

            self.relief_table = ReliefTable()
            self.vsplit.insertWidget(1, self.relief_table)
        if self.relief_table is not None:
            self.relief_table.setVisible(followup)
            if followup:
                self.relief_table.show_followup(self.followup_result)
        self.table.setVisible(not followup)
        self.bottom.setVisible(bool(self.result.scenarios) and not followup)

    def _render_selected(self, views: bool = True) -> None:
        """Only the visible tab: the others render when they are shown."""
        if self.result is None:
            return
        if 6 in self._sections:
            self._sections[6].show_result(self.result, self.selected)
        self.summary.show_scenario(self.result, self.selected)
        if not views:
            return
        self._views_timer.stop()
        index = self.bottom.currentIndex()
        if index not in self._views and not self._painted:
            return  # the first frame comes first: showEvent() builds and renders this view right after
        self._show_view(self.view(index))

    def _show_view(self, tab) -> None:
        shown = getattr(tab, "shown_result", None)  # (result, scenario) it was last given
        if shown is not None and shown[0] is self.result and shown[1] == self.selected:
            return  # it shows this result already (a result is never changed once computed)
        if type(tab).__name__ == "BalanceChart":
            tab.show_result(self.result)
        else:
            tab.show_result(self.result, self.selected)
        tab.shown_result = (self.result, self.selected)

    def select_scenario(self, index: int) -> None:
        if self.result and 0 <= index < len(self.result.scenarios) and index != self.selected:
            self.selected = index
            self._render_selected()

    def edit_scenario(self, index: int) -> None:
        self.inputs.setCurrentIndex(5)
        self.loans.select(index)

    def _on_field_state(self, _invalid: bool) -> None:
        self._show_banner()

    def invalid_fields(self) -> list[str]:
        return [self.inputs.tabText(i).replace("&", "") for i, sec in sorted(self._sections.items())
                if sec.messages.has_errors()]

    def _show_banner(self) -> None:
        """Errors first (they make the figures stale), then data warnings."""
        if self.error is not None:
            return
        bad = self.invalid_fields()
        if self.stale:
            self.banner.setProperty("level", "error")
            style.banner(self.banner, "error")
            self.banner.setText(tr("Det oppstod en uventet feil: tallene under kan være feil til saken er beregnet "
                                   "på nytt. Budsjettark og utskrift er sperret så lenge."))
        elif bad:
            self.banner.setProperty("level", "error")
            style.banner(self.banner, "error")
            self.banner.setText(tr("Ugyldig verdi under {tabs} (merket med rødt): tallene bruker siste gyldige verdi "
                                   "til feltet er rettet.").format(tabs=", ".join(bad)))
        elif self.result and self.result.warnings:
            self.banner.setProperty("level", "warning")
            style.banner(self.banner, "warning")
            self.banner.setText("⚠ " + "\n⚠ ".join(self.result.warnings))
        else:
            self.banner.hide()
            return
        self.banner.show()

    ROW_SECTIONS = {"incomes": 1, "debts": 2}  # case lists edited as rows, by input tab

    def _mark_at_field(self, exc: ValidationError | None) -> None:
        """A value every field accepts but the case refuses (a negative wage: only
        rental and other income may be negative) is marked at its field too."""
        import re

        self._mark_scenario_field(exc)
        old = getattr(self, "_marked_field", None)
        if old is not None and (exc is None or old[1] != exc.field):
            try:
                old[0]._set_valid(True, "")
            except RuntimeError:  # the row was removed meanwhile
                pass
            self._marked_field = None
        m = re.fullmatch(r"(incomes|debts)\[(\d+)\]\.(\w+)", exc.field) if exc is not None else None
        sec = self._sections.get(self.ROW_SECTIONS[m.group(1)]) if m else None
        if sec is None:
            return
        try:
            edit = sec.rows.cell(int(m.group(2)), m.group(3))
        except ValueError:  # not a column of the rows
            return
        if edit is not None and hasattr(edit, "_set_valid"):
            edit._set_valid(False, exc.message)
            self._marked_field = (edit, exc.field)

    def _mark_scenario_field(self, exc: ValidationError | None) -> None:
        """A scenario's term the core refuses (interest-only on a first-time buyer
        loan) is named under the loan form too, beside the banner."""
        import re

        loans_panel = self._sections.get(5)  # not self.loans: that would build the tab at start-up (issue 23)
        if loans_panel is None:
            return
        key = "scenario-field"
        m = re.fullmatch(r"scenarios\[(\d+)\]\.(\w+)", exc.field) if exc is not None else None
        label = next((f.widget.accessibleName() for f in loans_panel.form.fields if m and f.attr == m.group(2)), None) \
            if m and int(m.group(1)) == loans_panel.list.currentRow() else None
        loans_panel.messages.report(key, label or "", exc.message if label else "")

    def mark_stale(self) -> None:
        """After an unexpected error: the figures may not match the case."""
        self.stale = True
        self._show_banner()

    def _show_sources(self, r: CaseResult) -> None:
        parts = []
        for d in r.sources:
            if d.key in ("rates", "policy", "sifo"):
                flag = " ⚠" if d.stale else ""
                unconfirmed = " (" + tr("ubekreftet") + ")" if d.status in ("unconfirmed", "transcribed") else ""
                parts.append(f"{d.label}: {fmt_date(d.date)}{unconfirmed}{flag}")
        self.sources_label.setText("  ·  ".join(parts))
        # the rule is long: in the tooltip, so the line fits a 1280-pixel screen
        rule = tr("Stresstest: {rule}").format(rule=r.scenarios[0].stress_rule) if r.scenarios else ""
        self.sources_label.setToolTip(rule)

    # --- files ---------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.path.name if self.path else (self.case.reference or tr("Ny sak"))
        if self.case.example:
            name = tr("Eksempelsak") + " " + name
        if self.document.read_only:
            name += " (" + tr("skrivebeskyttet") + ")"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")

    def ask_unsaved(self):  # -> QMessageBox.StandardButton
        from PySide6.QtWidgets import QMessageBox

        from .dialogs import ask

        return ask(self, tr("Saken har endringer som ikke er lagret. Vil du lagre dem?"),
                   QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def maybe_save(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        """True when it is fine to drop the current case."""
        if not self.isWindowModified():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if self._session is not None:
                self._session.discard()
            return True
        return False

    # --- autosave and recovery ---------------------------------------------------

    @property
    def session(self):
        if self._session is None:
            from ..core import recovery

            self._session = recovery.Session()
        return self._session

    def autosave(self) -> bool:
        """Write unsaved work to the recovery folder (every 30 s, on every
        scenario change, and from the crash handler)."""
        if not self.isWindowModified():
            return False
        try:
            self.session.autosave(self.case, self.path, self.document.stamp)
        except (OSError, CaseFileError) as exc:
            from ..core.casefile import os_error

            why = os_error(exc) if isinstance(exc, OSError) else str(exc)
            self._autosave_failed(tr("Kunne ikke lagre sikkerhetskopi av saken: {error}").format(error=why))
            return False
        self._autosave_failed("")
        return True

    def _autosave_failed(self, text: str) -> None:
        """A failed autosave stays in the status bar until one succeeds (or the case is saved)."""
        if self._autosave_warning is None:
            if not text:
                return
            self._autosave_warning = QLabel()
            self._autosave_warning.setObjectName("autosaveWarning")
            self.statusBar().insertPermanentWidget(0, self._autosave_warning)
        self._autosave_warning.setText("⚠ " + text if text else "")
        self._autosave_warning.setVisible(bool(text))

    def ask_restore(self, rec) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from .dialogs import ask

        when = fmt_date(rec.saved) + " " + rec.saved[11:16]
        text = tr("Programmet ble avsluttet uten at saken {reference} ble lagret. En sikkerhetskopi fra {when} "
                  "finnes. Vil du gjenopprette den?").format(reference=rec.reference or tr("(uten saksnummer)"),
                                                             when=when)
        if rec.original:
            text += "\n\n" + tr("Saken ble åpnet fra {file}.").format(file=rec.original)
        answer = ask(self, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                     QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def ask_remove_damaged(self, rec) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from .dialogs import ask

        text = tr("En sikkerhetskopi fra en tidligere økt er skadet og kan ikke gjenopprettes: {file}. "
                  "Vil du slette den?").format(file=rec.path)
        return ask(self, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                   QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def offer_recovery(self) -> bool:
        """At start: offer to restore work a crashed or killed session left.
        A declined copy stays until the next successful save (the status bar
        says where); a damaged one is removed only when the caseworker agrees."""
        from ..core import recovery

        recovery.clean_strays()
        recovery.clean_old_previews()
        for rec in recovery.orphaned(exclude=self.session):
            if rec.damaged:
                if self.ask_remove_damaged(rec):
                    recovery.remove(rec)
                continue
            if not self.ask_restore(rec):
                self._declined.append(rec)
                self.statusBar().showMessage(tr("Sikkerhetskopien er beholdt til neste lagring: {file}").format(
                    file=rec.path))
                continue
            try:
                case = recovery.restore(rec)
            except CaseFileError as exc:
                rec.damaged = True
                self.show_error(tr("Sikkerhetskopien kunne ikke leses: {error}").format(error=exc))
                if self.ask_remove_damaged(rec):
                    recovery.remove(rec)
                continue
            self._restore(case, rec)
            recovery.remove(rec)
            return True
        return False

    def _restore(self, case: Case, rec) -> None:
        """The recovered case, tied to its file only as far as the file is still
        the one the case came from (a later save checks the stamp and asks)."""
        original = Path(rec.original) if rec.original else None
        locked = (None, False)
        if original is not None and original.exists():
            locked = self.document.take_lock(original) or (None, True)
        self.set_case(case, original, rec.stamp, *locked)
        self.setWindowModified(True)
        self.autosave()

    def new_case(self) -> None:
        if not self.maybe_save():
            return
        s = self.settings
        d = s.scenario_defaults()
        case = blank_case(**d)
        case.municipality, case.caseworker = s.municipality, s.caseworker
        case.credit_card_share = s.credit_card_share
        case.living.sifo_year = s.sifo_year
        case.floating_rate_pct = s.rates["floating"]
        case.rate_table_date = s.rates["valid_from"]
        case.stress.rule, case.stress.policy_rate_pct = s.stress_rule, s.policy_rate_pct
        case.stress.policy_rate_date, case.stress.margin_pp = s.policy_rate_date, s.margin_pp
        case.usual_terms = s.usual_terms
        from ..core.data import snapshot

        case.data_snapshot = snapshot()  # the case is assessed with the data in force today
        self.set_case(case)
        self.inputs.setCurrentIndex(0)
        self.household.focus_first()  # a new case starts at its first field

    def open_followup_example(self) -> None:
        if self.maybe_save():
            from ..core.example import followup_case

            self.set_case(followup_case())
            self.inputs.setCurrentIndex(7)

    def ask_folder(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        from .dialogs import forgetting

        return forgetting(QFileDialog.getExistingDirectory(self, tr("Mappe med saker"), str(self._folder())))

    def portfolio_window(self):
        """The municipality's loan list and its follow-up, in a window of its own."""
        from .portfolio import PortfolioWindow

        win = getattr(self, "_portfolio", None)
        if win is None or not win.isVisible():
            win = self._portfolio = PortfolioWindow(self.settings)
        win.show()
        win.raise_()
        win.activateWindow()
        return win

    def expiry_list(self) -> None:
        folder = self.ask_folder()
        if not folder:
            return
        from .followup import ExpiryListDialog

        try:
            ExpiryListDialog(folder, self).exec()
        except CaseFileError as exc:
            self.show_error(str(exc))

    def open_example(self) -> None:
        if self.maybe_save():
            self.set_case(example_case())

    def ask_open_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        from .dialogs import forgetting

        return forgetting(QFileDialog.getOpenFileName(self, tr("Åpne sak"), str(self._folder()), file_filter()))[0]

    def ask_save_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        from ..core.casefile import SUFFIX

        name = (self.case.reference or tr("sak")).replace("/", "-") + SUFFIX
        from .dialogs import forgetting

        return forgetting(QFileDialog.getSaveFileName(self, tr("Lagre sak"), str(self._folder() / name),
                                                      file_filter()))[0]

    def _folder(self) -> Path:
        return self.path.parent if self.path else Path.home()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        from ..core import recovery

        loaded, message = self.document.load(path)
        if loaded is None:
            self.show_error(message)
            return False
        locked = self.document.take_lock(Path(path))
        if locked is None:
            return False
        recovery.clean_case_folder(Path(path).absolute())
        self.set_case(loaded[0], Path(path), loaded[1], *locked)
        self.settings.add_recent(str(Path(path).resolve()))
        self._refresh_recent()
        return True

    def show_error(self, text: str) -> None:
        from .dialogs import warn

        warn(self, text)

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if not path:
            return False
        from ..core.casefile import SUFFIX

        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self._write(Path(path))

    def _write(self, path: Path) -> bool:
        from ..core import casefile, recovery

        allowed = self.document.may_write(path)
        if allowed is None:
            return self.save_as()
        if not allowed:
            return False
        try:
            stamp = casefile.save(self.case, path)
        except CaseFileError as exc:
            self.show_error(str(exc))
            return False
        self.document.saved(path, stamp)
        self.setWindowModified(False)
        self._autosave_failed("")
        if self._session is not None:
            self._session.discard()
        for rec in self._declined:  # the work is safe now: the old copies may go
            recovery.remove(rec)
        self._declined = []
        self._update_title()
        self.settings.add_recent(str(path.resolve()))
        self._refresh_recent()
        self.statusBar().showMessage(tr("Lagret {file}").format(file=path.name), 4000)
        return True

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for p in files:
            act = self.recent_menu.addAction(Path(p).name)
            act.setToolTip(p)
            act.triggered.connect(lambda _=False, p=p: self.maybe_save() and self.open_path(p))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(tr("&Tøm listen"))
            clear.triggered.connect(lambda: (self.settings.clear_recent(), self._refresh_recent()))
        self.recent_menu.setEnabled(bool(files))

    def export_schedule(self, index: int, yearly: bool) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.result:
            return
        sr = self.result.scenarios[index]
        default = str(self._folder() / (tr("nedbetalingsplan") + f"-{index + 1}.csv"))
        from .dialogs import forgetting

        path = forgetting(QFileDialog.getSaveFileName(self, tr("Eksporter nedbetalingsplan"), default, "CSV (*.csv)"))[0]
        if not path:
            return
        from ..core.casefile import atomic_write

        try:
            atomic_write(path, sr.schedule.csv(yearly).encode("utf-8-sig"), backup=False)
        except OSError as exc:
            from ..core.casefile import os_error

            self.show_error(tr("Kunne ikke lagre CSV: {error}").format(error=os_error(exc)))

    # --- the budget sheet -------------------------------------------------------

    def sheet_pdf(self) -> bytes | None:
        """The PDF of the current result, for the chosen scenario; None while
        the case has errors (a sheet must never show stale figures)."""
        from . import warmup

        warmup.wait()  # the first export's imports and fonts, done in the background after start-up
        if self.stale:
            self.show_error(tr("Tallene kan være feil etter en uventet feil. Endre en verdi eller åpne saken på nytt "
                               "så den beregnes igjen, før du lager budsjettarket."))
            return None
        if self.result is None or self.error is not None or self.invalid_fields():
            self.show_error(tr("Rett opp feltene som er merket med rødt før du lager budsjettarket."))
            return None
        if self.followup_result is not None and (not self.result.scenarios or self.inputs.currentIndex() == 7):
            from ..reports.followup_sheet import build_followup_pdf

            return build_followup_pdf(self.followup_result)
        if not self.result.scenarios:
            self.show_error(tr("Saken har ingen lånescenarioer å lage budsjettark for."))
            return None
        from ..reports.budget_sheet import SheetOptions, build_pdf

        return build_pdf(self.result, SheetOptions(scenario=self.selected, schedule=self.act_schedule_pdf.isChecked()))

    def ask_pdf_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        name = tr("budsjett") + "-" + (self.case.reference or tr("sak")).replace("/", "-") + ".pdf"
        from .dialogs import forgetting

        return forgetting(QFileDialog.getSaveFileName(self, tr("Eksporter budsjettark"), str(self._folder() / name),
                                                      "PDF (*.pdf)"))[0]

    def export_pdf(self) -> Path | None:
        pdf = self.sheet_pdf()
        if pdf is None:
            return None
        path = self.ask_pdf_path()
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from ..core.casefile import atomic_write

        try:
            atomic_write(path, pdf, backup=False)
        except OSError as exc:
            from ..core.casefile import os_error

            self.show_error(tr("Kunne ikke lagre PDF: {error}").format(error=os_error(exc)))
            return None
        self.statusBar().showMessage(tr("Budsjettarket er lagret: {file}").format(file=path), 6000)
        self.reveal(Path(path))
        return Path(path)

    def reveal(self, path: Path) -> None:
        """Open the exported file in the system's PDF viewer."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def walkthrough(self):
        """The walk-through for the applicant (F11 inside for full screen)."""
        if self.result is None or not self.result.scenarios or self.error is not None or self.stale:
            self.show_error(tr("Gjennomgangen trenger minst ett lånescenario uten feil."))
            return None
        from .walkthrough import Walkthrough, show_on_meeting_screen

        dialog = Walkthrough(self.result, self.selected, self)
        dialog.languageRequested.connect(self.change_language)
        dialog.contact = self.settings.contact  # "who to call" on the applicant's take-home page
        show_on_meeting_screen(dialog, self)  # a window of its own; the other screen when there are two
        self._walkthrough = dialog
        return dialog

    def print_sheet(self) -> None:
        pdf = self.sheet_pdf()
        if pdf is None:
            return
        from .printing import PdfPrinter

        self._printer = PdfPrinter(pdf, self)
        try:
            self._printer.preview(self)
        finally:
            self._printer.close()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if SettingsDialog(self.settings, self).exec():
            self.statusBar().showMessage(tr("Innstillingene er lagret. De gjelder for nye saker og nye scenarioer."), 6000)
            if self.case.data_snapshot is None:  # an unsaved case follows the data in force
                self.recompute()
        self.update_newer_data()

    def show_guide(self):
        """A short guide: how to start a case, what each verdict means, where the data comes from."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        from . import help_texts

        dialog = QDialog(self)
        dialog.setWindowTitle(tr(help_texts.GUIDE_TITLE))
        lay = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setHtml(tr(help_texts.GUIDE))
        text.setAccessibleName(tr(help_texts.GUIDE_TITLE))
        lay.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        buttons.rejected.connect(dialog.reject)
        lay.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        dialog.resize(min(640, screen.width() - 40) if screen else 640, min(600, screen.height() - 80) if screen else 600)
        dialog.setModal(False)
        dialog.show()
        self._guide = dialog
        return dialog

    def show_sources(self) -> None:
        from ..core.data import status_text
        from .dialogs import inform

        if not self.result:
            return
        old = " — " + tr("kan være endret, kontroller")
        lines = [f"<b>{d.label}</b>: {fmt_date(d.date)} ({status_text(d.status)}){old if d.stale else ''}"
                 f"<br><small>{d.source}</small>" for d in self.result.sources]
        inform(self, tr("Datagrunnlag og kilder"), "<br><br>".join(lines))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._balance_centre()

    def _balance_centre(self) -> None:
        """The whole comparison when there is room; on a small screen the charts
        keep a readable height and the table scrolls (the verdict is in its header)."""
        total = sum(self.vsplit.sizes()) or self.vsplit.height()
        if total <= 0:
            return
        charts = max(CHARTS_MIN_SHARE, total - self.table.full_height())
        self.vsplit.setSizes([max(total - charts, 0), charts])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.section(self.inputs.currentIndex())  # a window shown before any case was set

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The first frame: the chart below the table is built once it is painted.
        A zero timer set at show ran before the first paint (issue 23); one set
        here runs after the whole frame is drawn."""
        super().paintEvent(event)
        if not self._painted and not self._first_frame_pending:
            self._first_frame_pending = True
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        self._painted = True
        self._render_selected()

    def shutdown(self) -> None:
        """End without asking (log-out, SIGTERM): unsaved work stays in the
        recovery folder for the next start; the lock on the case is released."""
        self._autosave_timer.stop()
        modified = self.isWindowModified() and self.autosave()
        if self._session is not None:
            self._session.close(keep=modified)
            self._session = None  # Qt 6's quit() closes the window next: nothing left to discard
        self.document.release()
        self.setWindowModified(False)  # the closing window must not ask now

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.maybe_save():
            self._autosave_timer.stop()
            if self._session is not None:
                self._session.close()
                self._session = None
            self.document.release()
            event.accept()
        else:
            event.ignore()
