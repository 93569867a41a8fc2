"""Lån og scenarioer: the loan scenarios side by side, and the case's rate,
tax and stress-test settings."""

from __future__ import annotations

import copy

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ...core import data, limits
from ...core.budget import CaseResult
from ...core.datapack import scenario_kind
from ...core.example import default_scenarios
from ...core.financing import largest_prudent_loan
from ...core.formatting import fmt_kr, fmt_years
from ...core.i18n import tr
from ...core.model import Case, Scenario
from .. import help_texts, style
from ..binding import BoundForm
from ..widgets import NumberEdit, combo, money, percent, spin
from .base import Section


class LoanSection(Section):
    """Scenarios (list + editor) and the case's rate and stress settings."""

    scenariosChanged = Signal()

    def __init__(self, settings):
        super().__init__(tr("Lån og scenarioer"))
        self.settings = settings
        self.result: CaseResult | None = None
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Scenarioer"))
        self.list.setMaximumWidth(210)
        self.list.currentRowChanged.connect(self._select)
        left.addWidget(self.list)
        for text, slot in ((tr("Legg til"), self.add), (tr("Dupliser"), self.duplicate), (tr("Fjern"), self.remove)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            left.addWidget(b)
            setattr(self, f"btn_{slot.__name__}", b)
        row.addLayout(left)
        self.form = BoundForm(self.current, self.messages)
        f = self.form
        f.add(tr("Navn"), "label", QLineEdit())
        self.label_languages = QPushButton(tr("Navnet på andre språk …"))  # for the applicant (issue 22)
        self.label_languages.clicked.connect(self.edit_label_translations)
        f.form.addRow("", self.label_languages)
        self.amount = f.add(tr("Lånebeløp"), "amount", money())
        self.amount.editingFinished.connect(self._fill_empty_amounts)
        self.use_max = QPushButton(tr("Bruk største lån"))
        self.use_max_tip = tr("Setter lånebeløpet til det største lånet husstanden kan betjene ved stresstest "
                              "(høyst behovet og boligens verdi).")
        self.use_max.setToolTip(self.use_max_tip)
        self.use_max.clicked.connect(self.use_largest_loan)
        f.form.addRow("", self.use_max)
        self.filled = QLabel()
        self.filled.setWordWrap(True)
        style.muted(self.filled)
        self.filled.hide()
        f.form.addRow("", self.filled)
        self.term_fields = [f.add(tr("Løpetid"), "term_years", spin(1, limits.MAX_TERM_YEARS, " " + tr("år")),
                                  tip=help_texts.text(help_texts.TERM)),
                            f.add(tr("Ekstra måneder"), "term_extra_months", spin(0, 11, " " + tr("mnd")))]
        repayment = f.add(tr("Lånetype"), "repayment",
                          combo([("annuity", tr("Annuitet")), ("serial", tr("Serie")),
                                 ("trial10", tr("Førstegangslån (10 år)"))]),
                          tip=tr(help_texts.REPAYMENT) + " " + help_texts.text(help_texts.TRIAL_LOAN))
        repayment.setItemData(2, help_texts.text(help_texts.TRIAL_LOAN), Qt.ItemDataRole.ToolTipRole)
        f.add(tr("Terminer per år"), "terms_per_year", combo([(12, tr("12 (månedlig)")), (4, tr("4 (kvartalsvis)")),
                                                          (2, tr("2 (halvårlig)"))]))
        f.add(tr("Rentetype"), "rate_type", combo([("floating", tr("Flytende")), ("fixed", tr("Fast")),
                                                ("split", tr("Delt: del fast, resten flytende"))]), tip=tr(help_texts.SPLIT))
        f.add(tr("Bindingstid"), "fixed_years", combo([(y, fmt_years(y)) for y in (3, 5, 10, 20)]))
        f.add(tr("Husbankens rente (fast del ved delt lån)"), "base_rate_pct", percent())
        f.add(tr("Delt lån: andel med fast rente"), "fixed_share_pct", NumberEdit(1, 99, 1, "%"))
        f.add(tr("Delt lån: flytende rente (tomt = dagens)"), "floating_base_rate_pct", percent(allow_empty=True))
        f.add(tr("Kommunens påslag"), "markup_pp", percent(limits.MAX_MARKUP_PP, 3, unit=tr("prosentpoeng")),
              tip=help_texts.text(help_texts.MARKUP))
        f.add(tr("Rente etter bindingstid (tomt = flytende)"), "rate_after_fixed_pct", percent(allow_empty=True))
        f.add(tr("Avdragsfrihet"), "interest_only_years", spin(0, limits.MAX_INTEREST_ONLY_YEARS, " " + tr("år")),
              tip=help_texts.text(help_texts.INTEREST_ONLY))
        f.add(tr("Avdragsfrihet, ekstra måneder"), "interest_only_extra_months", spin(0, 11, " " + tr("mnd")))
        f.add(tr("Avdragsfri til annen gjeld er betalt"), "interest_only_until_debts_repaid", QCheckBox(),
              tip=help_texts.text(help_texts.INTEREST_ONLY_UNTIL))
        f.add(tr("Etableringsgebyr"), "establishment_fee", money(99_999))
        f.add(tr("Termingebyr"), "term_fee", money(9_999))
        f.changed.connect(self._scenario_edited)
        fetch = QPushButton(tr("Hent rente fra rentetabellen"))
        fetch.clicked.connect(self.fetch_rate)
        f.form.addRow("", fetch)
        row.addWidget(f, 1)
        self.layout_.addLayout(row)
        self.notes = QLabel()
        self.notes.setObjectName("termsNote")
        style.total(self.notes)
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.layout_.addWidget(self.notes)
        box = QGroupBox(tr("Rente, skatt og stresstest for saken"))
        self.caseform = BoundForm(lambda: self.case, self.messages)
        c = self.caseform
        c.add(tr("Flytende rente i dag (Husbanken)"), "floating_rate_pct", percent())
        c.add(tr("Skatteår"), "tax_year", combo([(y, str(y)) for y in reversed(data.TAX_YEARS)]))
        c.add(tr("Finnmark/Nord-Troms (tiltakssonen)"), "finnmark", QCheckBox())
        c.add(tr("Regn med rentefradrag"), "include_interest_deduction", QCheckBox(), tip=tr(help_texts.DEDUCTION))
        c.add(tr("Kredittkort: andel av ramme"), "credit_card_share", NumberEdit(0, 100, 1, "%"), kind="fraction")
        c.changed.connect(self.changed)
        self.stressform = BoundForm(lambda: self.case.stress if self.case else None, self.messages)
        s = self.stressform
        s.add(tr("Stresstest"), "rule", combo([("policy", tr("Styringsrente + tillegg (Husbanken)")),
                                           ("margin", tr("Lånets rente + margin"))]), tip=tr(help_texts.STRESS))
        s.add(tr("Styringsrente"), "policy_rate_pct", percent(20))
        s.add(tr("Tillegg"), "addon_pp", percent(10, 2, unit=tr("prosentpoeng")))
        s.add(tr("Margin (hva om)"), "margin_pp", percent(10, 2, unit=tr("prosentpoeng")))
        s.changed.connect(self.changed)
        inner = QVBoxLayout(box)
        inner.addWidget(c)
        inner.addWidget(s)
        self.layout_.addWidget(box)
        self.finish()

    def edit_label_translations(self) -> None:
        from ..label_translations import edit

        s = self.current()
        if s is not None and edit(self, s):
            self._scenario_edited()

    def current(self) -> Scenario | None:
        i = self.list.currentRow()
        if self.case is None or not 0 <= i < len(self.case.scenarios):
            return None
        return self.case.scenarios[i]

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self._fill_list(0)
        self.caseform.load()
        self.stressform.load()

    def _fill_list(self, select: int) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for i, s in enumerate(self.case.scenarios):
                self.list.addItem(s.label or tr("Scenario {n}").format(n=i + 1))
            self.list.setCurrentRow(min(select, len(self.case.scenarios) - 1))
        self.form.load()
        self.btn_remove.setEnabled(len(self.case.scenarios) > 1)

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def _select(self, _row: int) -> None:
        self.messages.clear_all()
        self.filled.hide()
        self.form.load()
        self._trial_fields()
        if self.result is not None:
            self.show_result(self.result)

    def _trial_fields(self) -> None:
        """The trial loan ends after 10 years: the typed term does nothing there."""
        s = self.current()
        trial = s is not None and s.repayment == "trial10"
        for w in self.term_fields:
            w.setEnabled(not trial)

    def _scenario_edited(self) -> None:
        self._trial_fields()
        s = self.current()
        item = self.list.currentItem()
        if s is not None and item is not None:
            item.setText(s.label or tr("Scenario {n}").format(n=self.list.currentRow() + 1))
        self.changed.emit()
        self.scenariosChanged.emit()

    def _structure(self, select: int) -> None:
        self._fill_list(select)
        self.changed.emit()
        self.scenariosChanged.emit()

    def add(self) -> None:
        base = self.current()
        new = default_scenarios(base.amount if base else 0, **self.settings.scenario_defaults())[0]
        new.label = tr("Scenario {n}").format(n=len(self.case.scenarios) + 1)
        new.base_rate_pct = self._case_rate(new, new.base_rate_pct)  # the case's own table: no mixed rates
        self.case.scenarios.append(new)
        self._structure(len(self.case.scenarios) - 1)

    def duplicate(self) -> None:
        s = self.current()
        if s is None:
            return
        dup = copy.deepcopy(s)
        dup.label = tr("{name} (kopi)").format(name=s.label or tr("Scenario"))
        self.case.scenarios.insert(self.list.currentRow() + 1, dup)
        self._structure(self.list.currentRow() + 1)

    def remove(self) -> None:
        i = self.list.currentRow()
        if self.case is None or len(self.case.scenarios) <= 1 or i < 0:
            return
        del self.case.scenarios[i]
        self._structure(max(i - 1, 0))

    def show_result(self, result: CaseResult) -> None:
        self.result = result
        i = self.list.currentRow()
        if 0 <= i < len(result.scenarios):
            sr = result.scenarios[i]
            largest = largest_prudent_loan(sr.max_loan, sr.plan)
            self.use_max.setEnabled(largest > 0)
            # the reason for a disabled button in its tooltip: a button's text never wraps, and a long
            # one made the tab wider than its pane at 1366x768 (the banner says it too)
            self.use_max.setText(tr("Bruk største lån ({amount})").format(amount=fmt_kr(largest)) if largest
                                 else tr("Bruk største lån"))
            self.use_max.setToolTip((tr("Husstanden kan ikke betjene noe lån ved stresstest.") + " " if not largest
                                     else "") + self.use_max_tip)
        notes = result.scenarios[i].notes if 0 <= i < len(result.scenarios) else []
        self.notes.setText("\n".join("⚑ " + n + " " + tr("Tillatt, men begrunn det i saken.") for n in notes))
        self.notes.setVisible(bool(notes))

    def use_largest_loan(self) -> None:
        """The selected scenario's amount := the prudent largest loan (from the core)."""
        s, i = self.current(), self.list.currentRow()
        r = self.result
        if s is None or r is None or not 0 <= i < len(r.scenarios):
            return
        sr = r.scenarios[i]
        s.amount = float(largest_prudent_loan(sr.max_loan, sr.plan))
        self.form.load()
        self._scenario_edited()

    def _fill_empty_amounts(self) -> None:
        """A loan amount typed once fills every scenario that has none."""
        s = self.current()
        if s is None or self.case is None or s.amount <= 0:
            return
        empty = [o for o in self.case.scenarios if o is not s and o.amount <= 0]
        for o in empty:
            o.amount = s.amount
        if empty:
            names = ", ".join(o.label or tr("Scenario {n}").format(n=self.case.scenarios.index(o) + 1) for o in empty)
            self.filled.setText(tr("Lånebeløpet er også satt i scenarioene uten beløp: {names}.").format(names=names))
            self.filled.show()
            self._scenario_edited()

    def fetch_rate(self) -> None:
        s = self.current()
        if s is None:
            return
        s.base_rate_pct = self._case_rate(s, s.base_rate_pct)
        self.form.load()
        self.changed.emit()

    def _case_rate(self, s, fallback: float) -> float:
        """Husbanken's rate for a scenario from the case's own rate table (its
        data), so one case never holds rates of two tables; the whole case moves
        to newer rates with «Bruk dagens data»."""
        case = self.case
        if case is None:
            return fallback
        with data.using(case.data_snapshot):
            table = data.rate_table(case.rate_table_date)
            try:
                return data.husbanken_rate(scenario_kind(s), s.terms_per_year, table)
            except KeyError:  # a table with the floating rate only
                return fallback
