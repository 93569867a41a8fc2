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

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from ..core.budget import CaseResult, compute
from ..core.errors import ValidationError
from ..core.example import blank_case
from ..core.i18n import tr
from ..core.model import Case
from . import dialogs, menus, screen
from .centre import Centre, show_view
from .document import Document, ShortcutGuard
from .exports import Exports
from .notices import Notices
from .parts import forward
from .sections import show_result
from .settings import AppSettings
from .tabs import INPUTS, Input, Tabs, View
from .tools import Tools

VIEWS_DELAY_MS = 200  # the chart below the table follows an edit once typing pauses (issue 23)

# The window's names for actions that live in its parts: the way tests, the crash
# handler and app.py reach them (`window.save()` is `window.document.save()`).
FORWARDS = {
    "document": "save save_as open_path new_case open_example open_followup_example open_dialog start start_empty "
                "maybe_save autosave offer_recovery session",
    "exports": "sheet_pdf export_pdf print_sheet walkthrough export_schedule",
    "tools": "open_settings show_guide show_sources expiry_list portfolio_window",
    "notices": "update_newer_data use_current_data",
}


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
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(lambda: self.recompute(views_now=False))
        self._views_timer = QTimer(self, singleShot=True, interval=VIEWS_DELAY_MS)  # the chart after the comparison
        self._views_timer.timeout.connect(self._render_selected)
        self._painted = False  # set once the window is up: the chart below the table waits for it
        self._first_frame_pending = False
        self._first_frame_steps: list = []  # after_first_frame(step): run once the first frame is drawn
        self.document = Document(self)  # the file: path, stamp as loaded or saved, lock; autosave
        self.exports, self.tools = Exports(self), Tools(self)
        self.build()
        menus.build(self)
        self.fit_to_screen()
        self._shortcut_guard = ShortcutGuard(self, ("Ctrl+E",))
        QApplication.instance().focusChanged.connect(self._shortcut_guard.focus_changed)

    path = property(lambda self: self.document.path)

    # --- layout ------------------------------------------------------------

    DEFAULT_SIZE, FRAME_MARGIN = screen.DEFAULT_SIZE, screen.FRAME_MARGIN
    fit_to_screen, fit_to = screen.fit_to_screen, screen.fit_to  # fit_to(available): inside a QRect, centred

    def build(self) -> None:
        """The tabs, the centre and the status line (again after a change of language)."""
        self.tabs = Tabs(self.settings, self._section_built, self._view_built)
        self.inputs, self.bottom = self.tabs.inputs, self.tabs.bottom
        self.inputs.currentChanged.connect(lambda _i: self.result is not None and self._arrange_centre())
        self.notices = n = Notices(self)
        for name in ("banner", "example_bar", "example_text", "example_button", "newer_bar", "newer_data",
                     "btn_current_data", "sources_label"):  # the window's names for them (tests read them)
            setattr(self, name, getattr(n, name))
        self.centre = c = Centre((n.newer_bar, n.banner, n.example_bar), self.tabs)
        self.summary, self.table, self.vsplit = c.summary, c.table, c.vsplit
        self.table.scenarioActivated.connect(self.select_scenario)
        self.table.cellDoubleClicked.connect(lambda _r, col: self.edit_scenario(col))
        self.bottom.currentChanged.connect(lambda _i: self._render_selected())  # after Tabs built the view
        split = QSplitter()  # horizontal
        split.addWidget(self.inputs)
        split.addWidget(c)
        split.setSizes([703, 737])  # the inputs as wide as bokmål needs; the four scenarios get the rest
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self.statusBar().addPermanentWidget(self.sources_label)
        if self.result is not None:  # a rebuild (language): the open tab now; at start set_case() builds it
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
        if name == Input.LOANS and self.error is not None:
            self.notices.mark_scenario_field(self.error)  # a scenario term the core refused before the tab was built

    def _view_built(self, name: View, view) -> None:
        if name == View.SCHEDULE:
            view.exportRequested.connect(self.exports.export_schedule)
        if self.result is not None and name == self.tabs.current_view():
            show_view(name, view, self.result, self.selected)  # asked for before the first frame (tests, screenshots): filled now

    section = property(lambda self: self.tabs.section)  # window.section(Input.LOANS): built when first asked for
    view = property(lambda self: self.tabs.view)  # window.view(View.SCHEDULE)

    sections = property(lambda self: self.tabs.sections())
    relief_table = property(lambda self: self.centre.relief_table)
    # the window's names for its tabs (each built when first asked for)
    rate_chart, budget_chart, balance_chart, schedule, financing = (property(lambda self, v=v: self.tabs.view(v)) for v in (
        View.RATE_CHART, View.BUDGET_CHART, View.BALANCE_CHART, View.SCHEDULE, View.FINANCING))
    household, incomes, debts, housing, living, loans, explanation, followup = (
        property(lambda self, n=n: self.tabs.section(n)) for n in INPUTS)

    def change_language(self, code: str) -> None:
        menus.change_language(self, code)

    # --- case and computation ---------------------------------------------------

    def set_case(self, case: Case, path=None, stamp=None, case_lock=None, read_only: bool = False) -> None:
        self.notices.stop_offering()
        self.case = case
        self.document.attach(path, stamp, case_lock, read_only)
        for sec in self.sections:
            sec.set_case(case)
        self.tabs.section(self.tabs.current_input())  # built for this case (once), if it was not yet
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

    def recompute(self, views_now: bool = True) -> None:
        """Compute and show the case; after an edit (`views_now` False) the view
        below the table follows on a timer, so typing is never held up by it."""
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
        self.render(views_now)
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

    def render(self, views_now: bool = True) -> None:
        r = self.result
        for sec in self.sections:
            self._show_section(sec)
        self.centre.show_result(r)
        self.selected = max(min(self.selected, len(r.scenarios) - 1), 0)
        self._render_selected(views_now)
        if not views_now:
            self._views_timer.start()
        self.notices.show_sources(r)
        self._arrange_centre()

    def _show_section(self, sec) -> None:
        show_result(sec, self.result, self.selected, self.followup_result, self.followup_error)

    def _arrange_centre(self) -> None:
        followup = self.followup_result is not None and (not self.result.scenarios
                                                          or self.tabs.input_is(Input.FOLLOWUP))
        self.centre.arrange(self.result, self.followup_result, followup)

    def _render_selected(self, views: bool = True) -> None:
        """The chosen scenario, where it is shown; the view below the table only with `views`."""
        if self.result is None:
            return
        explanation = self.tabs.built(Input.EXPLANATION)
        if explanation is not None:
            explanation.show_result(self.result, self.selected)
        if views:
            self._views_timer.stop()
        self.centre.show_scenario(self.result, self.selected, self._painted, views)

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
        self.setWindowTitle(self.document.title() + f"[*] — {dialogs.APP_NAME}")

    def show_error(self, text: str) -> None:
        dialogs.warn(self, text)

    # --- window events --------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.centre.balance()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.tabs.section(self.tabs.current_input())  # a window shown before any case was set

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The first frame: the chart below the table is built once it is painted.
        A zero timer set at show ran before the first paint (issue 23); one set
        here runs after the whole frame is drawn."""
        super().paintEvent(event)
        if not self._painted and not self._first_frame_pending:
            self._first_frame_pending = True
            QTimer.singleShot(0, self._after_first_frame)

    def first_frame_done(self) -> bool:
        """Whether the first frame is drawn and the steps waiting for it have run
        (the menus' shortcuts among them)."""
        return self._painted

    def after_first_frame(self, step) -> None:
        """Run `step()` once the window's first frame is drawn (start-up work
        the caseworker need not wait for to see the window)."""
        if self._painted:
            step()
        else:
            self._first_frame_steps.append(step)

    def _after_first_frame(self) -> None:
        self._painted = True
        self._render_selected()
        steps, self._first_frame_steps = self._first_frame_steps, []
        for step in steps:
            step()

    def edit_pending(self) -> bool:
        """True while a keystroke waits to be computed (the timer after an edit)."""
        return self._timer.isActive()

    def compute_pending(self) -> None:
        """Compute a keystroke still waiting on its timer now: a sheet or a print
        must show what the field shows."""
        if self._timer.isActive():
            self._timer.stop()
            self.recompute(views_now=False)

    def updates_pending(self) -> bool:
        """True until the first frame is up (the chart below the table waits for it)
        and while a recomputation or the view below the table waits on its timer."""
        return not self._painted or self._timer.isActive() or self._views_timer.isActive()

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


forward(MainWindow, FORWARDS)
