"""What the window tells the caseworker around the figures: the banner above
the comparison (errors first, then data warnings), a message at the field a
value the case refuses came from, the example strip, the newer-data strip,
and the data sources in the status bar."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..core.budget import CaseResult
from ..core.datapack import move_to_current, newer_data_line
from ..core.errors import ValidationError
from ..core.formatting import fmt_date
from ..core.i18n import tr
from . import style
from .tabs import Input

BANNER_HOLD_MS = 1500  # a banner that would shrink keeps its height this long after its last change
ROW_SECTIONS = {"incomes": Input.INCOMES, "debts": Input.DEBTS}  # case lists edited as rows, by input tab


class Notices:
    """The notices of one window; its widgets are made here and placed by the window."""

    def __init__(self, window):
        self.window = window
        self._offer_example = False
        self._marked_field = None
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._release = QTimer(self.banner, singleShot=True, interval=BANNER_HOLD_MS)
        self._release.timeout.connect(lambda: self.banner.setMinimumHeight(0))
        self.newer_bar = self._newer_data_bar()
        self.example_bar = self._example_bar()
        self.sources_label = QLabel()

    # --- the example strip --------------------------------------------------------------

    def _example_bar(self) -> QWidget:
        """A strip that says a case is the program's example, or offers the example
        beside a new, empty case (the app never opens the example by itself)."""
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
        return bar

    def _example_clicked(self) -> None:
        if self.window.case.example:
            self.window.document.new_case()
        else:
            self.window.document.open_example()

    def offer_example(self) -> None:
        """Beside a new, empty case: the example, until the first edit."""
        self._offer_example = True
        self.show_example_bar()

    def stop_offering(self) -> None:
        self._offer_example = False

    def edited(self) -> None:
        if self._offer_example:
            self._offer_example = False
            self.show_example_bar()

    def show_example_bar(self) -> None:
        if self.window.case.example:
            self.example_text.setText(tr("Eksempelsak: tallene er laget av programmet for å vise hvordan det virker. "
                                         "Start din egen sak med Fil → Ny sak."))
            self.example_button.setText(tr("Ny sak"))
        elif self._offer_example and not self.window.isWindowModified():
            self.example_text.setText(tr("Ny, tom sak. Vil du først se en ferdig utfylt eksempelsak?"))
            self.example_button.setText(tr("Åpne eksempelsak"))
        else:
            self.example_bar.hide()
            return
        self.example_bar.show()

    # --- newer data ---------------------------------------------------------------------

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
        return bar

    def update_newer_data(self) -> None:
        line = newer_data_line(self.window.case)
        self.newer_data.setText("ℹ " + line if line else "")
        self.newer_bar.setVisible(bool(line))

    def use_current_data(self) -> None:
        w = self.window
        move_to_current(w.case)
        for sec in w.sections:
            sec.set_case(w.case)
        w.recompute()
        w.setWindowModified(True)
        self.update_newer_data()
        w.statusBar().showMessage(tr("Saken er flyttet over på dagens data."), 6000)

    # --- the banner -----------------------------------------------------------------------

    def _level(self, level: str, text: str) -> None:
        self.banner.setProperty("level", level)
        style.banner(self.banner, level)
        if self.banner.text() != text:
            self._hold_height()
        self.banner.setText(text)
        self.banner.show()

    def _hold_height(self) -> None:
        """A warning that comes and goes while the caseworker types (a loan that
        cannot be carried at every other digit) would move the figures under the
        banner at each keystroke, relaying out the right panel (issue 23): the
        banner keeps its height until the typing pauses, then fits its text."""
        b = self.banner
        if b.isVisible():
            b.setMinimumHeight(max(b.minimumHeight(), b.height()))
            self._release.start()

    def cannot_compute(self, exc: ValidationError) -> None:
        """The case is refused: the message, over the last good figures."""
        self.mark_at_field(exc)
        self._level("error", tr("Kan ikke beregne: {message} Tallene under gjelder siste gyldige beregning.").format(
            message=exc.message))

    def show_banner(self) -> None:
        """Errors first (they make the figures stale), then data warnings."""
        w = self.window
        if w.error is not None:
            return
        bad = w.invalid_fields()
        if w.stale:
            self._level("error", tr("Det oppstod en uventet feil: tallene under kan være feil til saken er beregnet "
                                    "på nytt. Budsjettark og utskrift er sperret så lenge."))
        elif bad:
            self._level("error", tr("Ugyldig verdi under {tabs} (merket med rødt): tallene bruker siste gyldige verdi "
                                    "til feltet er rettet.").format(tabs=", ".join(bad)))
        elif w.result and w.result.warnings:
            self._level("warning", "⚠ " + "\n⚠ ".join(w.result.warnings))
        else:
            self.banner.hide()

    # --- a message at the field -------------------------------------------------------------

    def mark_at_field(self, exc: ValidationError | None) -> None:
        """A value every field accepts but the case refuses (a negative wage: only
        rental and other income may be negative) is marked at its field too."""
        self.mark_scenario_field(exc)
        old = self._marked_field
        if old is not None and (exc is None or old[1] != exc.field):
            try:
                old[0]._set_valid(True, "")
            except RuntimeError:  # the row was removed meanwhile
                pass
            self._marked_field = None
        m = re.fullmatch(r"(incomes|debts)\[(\d+)\]\.(\w+)", exc.field) if exc is not None else None
        sec = self.window.tabs.built(ROW_SECTIONS[m.group(1)]) if m else None
        if sec is None:
            return
        try:
            edit = sec.rows.cell(int(m.group(2)), m.group(3))
        except ValueError:  # not a column of the rows
            return
        if edit is not None and hasattr(edit, "_set_valid"):
            edit._set_valid(False, exc.message)
            self._marked_field = (edit, exc.field)

    def mark_scenario_field(self, exc: ValidationError | None) -> None:
        """A scenario's term the core refuses (interest-only on a first-time buyer
        loan) is named under the loan form too, beside the banner."""
        loans_panel = self.window.tabs.built(Input.LOANS)  # not window.loans: that would build the tab at start-up (issue 23)
        if loans_panel is None:
            return
        key = "scenario-field"
        m = re.fullmatch(r"scenarios\[(\d+)\]\.(\w+)", exc.field) if exc is not None else None
        label = next((f.widget.accessibleName() for f in loans_panel.form.fields if m and f.attr == m.group(2)), None) \
            if m and int(m.group(1)) == loans_panel.list.currentRow() else None
        loans_panel.messages.report(key, label or "", exc.message if label else "")

    # --- the status bar ---------------------------------------------------------------------

    def show_sources(self, r: CaseResult) -> None:
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
