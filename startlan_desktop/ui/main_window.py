"""The main window: the case editor on the left, the scenario comparison in
the centre, charts and the payment schedule below. Every edit recomputes the
case through the core and re-renders the result.

The window wires its parts together and holds little else:

- `ui/tabs.py`: the input tabs and result views, by name (`Input`, `View`)
- `ui/sections/`: one module per input section; `ui/binding.py` binds fields to the case
- `ui/document.py`: the file (new, open, save, recent, autosave, recovery)
- `ui/exports.py`: PDF, print, CSV, the walk-through
- `ui/menus.py`: menus, toolbar and actions; `ui/tools.py`: the dialogs they open
- `ui/notices.py`: the banner, field marks, the example and newer-data strips, the sources line
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenuBar, QSplitter, QVBoxLayout, QWidget

from ..core.budget import CaseResult, compute
from ..core.errors import ValidationError
from ..core.example import blank_case
from ..core.i18n import tr
from ..core.model import Case
from . import dialogs, menus
from .document import Document, ShortcutGuard
from .exports import Exports
from .notices import Notices
from .results import ComparisonTable, SummaryStrip
from .sections import ExplanationSection
from .settings import AppSettings
from .tabs import INPUTS, VIEWS, Input, Tabs, View
from .tools import Tools

CHARTS_MIN_SHARE = 220  # pixels the charts keep before the table starts to scroll


# The window's names for actions that live in its parts: the way tests, the crash
# handler and app.py reach them (`window.save()` is `window.document.save()`).
FORWARDS = {
    "document": "save save_as open_path new_case open_example open_followup_example open_dialog start start_empty "
                "maybe_save autosave offer_recovery session",
    "exports": "sheet_pdf export_pdf print_sheet walkthrough export_schedule",
    "tools": "open_settings show_guide show_sources expiry_list portfolio_window",
    "notices": "update_newer_data use_current_data",
}


class _Forward:
    """A non-data descriptor: `window.name` is `window.<part>.name`; a test may
    still set `window.name` on one window."""

    def __init__(self, part: str, name: str):
        self.part, self.name = part, name

    def __get__(self, window, owner=None):
        return self if window is None else getattr(getattr(window, self.part), self.name)


class MainWindow(QMainWindow):
    recomputed = Signal()

    def __init__(self, settings: AppSettings | None = None):
        super().__init__()
        self.settings = settings or AppSettings()
        self.case: Case = blank_case()
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
        self._timer.timeout.connect(self.recompute)
        self._painted = False  # set once the window is up: the chart below the table waits for it
        self.document = Document(self)  # the file: path, stamp as loaded or saved, lock; autosave
        self.exports, self.tools = Exports(self), Tools(self)
        self._build()
        menus.build(self)
        self.fit_to_screen()
        self._shortcut_guard = ShortcutGuard(self, ("Ctrl+E",))
        QApplication.instance().focusChanged.connect(self._shortcut_guard.focus_changed)

    path = property(lambda self: self.document.path)

    # --- layout ------------------------------------------------------------

    DEFAULT_SIZE = (1440, 900)
    FRAME_MARGIN = (16, 48)  # room for the window frame and title bar, which the size leaves out

    def fit_to_screen(self) -> None:
        """Open inside the screen the window is on (a 1366x768 laptop is common), never
        the full 1440x900 beyond its edges. The offscreen platform's 800x600 screen is not
        a real one: there the default size stands (tests and screenshots set their own)."""
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

    def _build(self) -> None:
        self.tabs = Tabs(self.settings, self._section_built, self._view_built)
        self.inputs, self.bottom = self.tabs.inputs, self.tabs.bottom
        self.inputs.currentChanged.connect(lambda _i: self.result is not None and self._arrange_centre())
        self.notices = n = Notices(self)
        for name in ("banner", "example_bar", "example_text", "example_button", "newer_bar", "newer_data",
                     "btn_current_data", "sources_label"):  # the window's names for them (tests read them)
            setattr(self, name, getattr(n, name))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 0, 0, 0)
        for bar in (n.newer_bar, n.banner, n.example_bar):
            rl.addWidget(bar)
        self.summary = SummaryStrip()
        rl.addWidget(self.summary)
        self.table = ComparisonTable()
        self.table.scenarioActivated.connect(self.select_scenario)
        self.table.cellDoubleClicked.connect(lambda _r, c: self.edit_scenario(c))
        self.bottom.currentChanged.connect(lambda i: (self.tabs.view(list(VIEWS)[i]), self._render_selected()))
        self.vsplit = vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(self.table)
        self.relief_table = None  # made when a case has an existing loan (follow-up)
        vsplit.addWidget(self.bottom)
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
        self.statusBar().addPermanentWidget(self.sources_label)
        self.tabs.section(Input.HOUSEHOLD)

    def _section_built(self, name: Input, sec) -> None:
        sec.changed.connect(self.on_edit)
        sec.messages.stateChanged.connect(lambda _invalid: self.notices.show_banner())
        if name == Input.HOUSEHOLD:  # the incomes name the members
            sec.rows.structureChanged.connect(lambda: (inc := self.tabs.built(Input.INCOMES)) and inc.refresh_members())
        if name == Input.LOANS:
            sec.scenariosChanged.connect(self.on_edit)
            sec.scenariosChanged.connect(self.autosave)
        if self.case is not None:
            sec.set_case(self.case)
        if self.result is not None:
            self._show_section(sec)

    def _view_built(self, name: View, view) -> None:
        if name == View.SCHEDULE:
            view.exportRequested.connect(self.exports.export_schedule)
        if self.result is not None and name == self.tabs.current_view():
            self._show_view(name, view)  # asked for before the first frame (tests, screenshots): filled now

    def section(self, name: Input):
        return self.tabs.section(name)

    def view(self, name: View) -> QWidget:
        return self.tabs.view(name)

    sections = property(lambda self: self.tabs.sections())
    rate_chart, budget_chart, balance_chart, schedule, financing = (
        property(lambda self, v=v: self.tabs.view(v)) for v in list(VIEWS)[:5])
    household, incomes, debts, housing, living, loans, explanation, followup = (
        property(lambda self, n=n: self.tabs.section(n)) for n in INPUTS)

    def change_language(self, code: str) -> None:
        """Switch the language at run time and remember it. The window is rebuilt
        around the same case: nothing is lost, unsaved edits stay unsaved."""
        from .. import i18n  # the translators: loaded at start by app.py, here only to switch

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
        menus.build(self)
        self.centralWidget().setSizes(splits[0])
        self.vsplit.setSizes(splits[1])
        self.inputs.setCurrentIndex(tab)
        self.bottom.setCurrentIndex(view)
        self.recompute()
        self.setWindowModified(modified)
        self.update_title()
        self.exports.rebuild_walkthrough()

    # --- case and computation ---------------------------------------------------

    def set_case(self, case: Case, path=None, stamp=None, case_lock=None, read_only: bool = False) -> None:
        self.notices.stop_offering()
        self.case = case
        self.document.attach(path, stamp, case_lock, read_only)
        for sec in self.sections:
            sec.set_case(case)
        self.selected = 0
        self.recompute()
        self.setWindowModified(False)
        self.update_title()
        self.notices.show_example_bar()
        self.notices.update_newer_data()

    def on_edit(self) -> None:
        self.setWindowModified(True)
        self._timer.start()
        self.update_title()  # the case number is typed on screen
        self.notices.edited()

    def recompute(self) -> None:
        t = time.perf_counter()
        try:
            result = compute(self.case)
        except ValidationError as exc:
            self.error = exc
            self.notices.cannot_compute(exc)
            return
        self.error = None
        self.notices.mark_at_field(None)
        self.result = result
        self._compute_followup()
        self.render()
        self.stale = False
        self.notices.show_banner()
        self.last_recompute_ms = (time.perf_counter() - t) * 1000
        self.recomputed.emit()

    def _compute_followup(self) -> None:
        self.followup_result, self.followup_error = None, ""
        if self.case.existing is None:
            return
        from ..core.followup import compute_followup  # with the first follow-up case, not at start-up

        try:
            self.followup_result = compute_followup(self.case, self.result)
        except ValidationError as exc:
            self.followup_error = tr("Kan ikke beregne betalingslettelser: {message}").format(message=exc.message)

    def render(self) -> None:
        r = self.result
        for sec in self.sections:
            self._show_section(sec)
        self.summary.show_result(r)
        self.table.show_result(r)
        self.selected = max(min(self.selected, len(r.scenarios) - 1), 0)
        self._render_selected()
        self.notices.show_sources(r)
        self._arrange_centre()

    def _show_section(self, sec) -> None:
        if isinstance(sec, ExplanationSection):
            sec.show_result(self.result, self.selected)
        elif hasattr(sec, "show_followup"):
            sec.show_followup(self.followup_result, self.followup_error)
        else:
            sec.show_result(self.result)

    def _arrange_centre(self) -> None:
        """New-loan scenarios in the centre; the relief comparison instead when the
        case is a follow-up without scenarios or the follow-up tab is open."""
        followup = self.followup_result is not None and (not self.result.scenarios
                                                          or self.tabs.input_is(Input.FOLLOWUP))
        if followup and self.relief_table is None:
            from .followup import ReliefTable  # with the first follow-up case, not at start-up

            self.relief_table = ReliefTable()
            self.vsplit.insertWidget(1, self.relief_table)
        if self.relief_table is not None:
            self.relief_table.setVisible(followup)
            if followup:
                self.relief_table.show_followup(self.followup_result)
        self.table.setVisible(not followup)
        self.bottom.setVisible(bool(self.result.scenarios) and not followup)

    def _render_selected(self) -> None:
        """Only the visible tab: the others render when they are shown."""
        if self.result is None:
            return
        explanation = self.tabs.built(Input.EXPLANATION)
        if explanation is not None:
            explanation.show_result(self.result, self.selected)
        self.summary.show_scenario(self.result, self.selected)
        name = self.tabs.current_view()
        if not self.tabs.view_built(name) and not self._painted:
            return  # the first frame comes first: showEvent() builds and renders this view right after
        self._show_view(name, self.tabs.view(name))

    def _show_view(self, name: View, view) -> None:
        if name == View.BALANCE_CHART:
            view.show_result(self.result)
        else:
            view.show_result(self.result, self.selected)

    def select_scenario(self, index: int) -> None:
        if self.result and 0 <= index < len(self.result.scenarios) and index != self.selected:
            self.selected = index
            self._render_selected()

    def edit_scenario(self, index: int) -> None:
        self.tabs.show_input(Input.LOANS)
        self.loans.select(index)

    def invalid_fields(self) -> list[str]:
        return [self.tabs.title(name) for name, sec in self.tabs.built_inputs() if sec.messages.has_errors()]

    def mark_stale(self) -> None:
        """After an unexpected error: the figures may not match the case."""
        self.stale = True
        self.notices.show_banner()

    def update_title(self) -> None:
        name = self.path.name if self.path else (self.case.reference or tr("Ny sak"))
        if self.case.example:
            name = tr("Eksempelsak") + " " + name
        if self.document.read_only:
            name += " (" + tr("skrivebeskyttet") + ")"
        self.setWindowTitle(f"{name}[*] — {dialogs.APP_NAME}")

    def show_error(self, text: str) -> None:
        dialogs.warn(self, text)

    # --- window events --------------------------------------------------------------

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
        if not self._painted:  # the zero timer runs after the pending first paint
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        self._painted = True
        self._render_selected()

    def shutdown(self) -> None:
        """End without asking (log-out, SIGTERM): unsaved work stays in the
        recovery folder for the next start; the lock on the case is released."""
        self.document.shutdown()
        self.setWindowModified(False)  # the closing window must not ask now

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.document.close():
            event.accept()
        else:
            event.ignore()


for _part, _names in FORWARDS.items():
    for _name in _names.split():
        setattr(MainWindow, _name, _Forward(_part, _name))
