"""The settings dialog (imported when it opens, not at start-up)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ..core import data, limits
from ..core.formatting import fmt_date, fmt_years
from ..core.i18n import tr
from .dialogs import name_buttons
from .settings import RATE_KEYS, RATE_LABELS, AppSettings
from .widgets import DateEdit, FieldMessages, NumberEdit, combo, percent, set_combo


class SettingsDialog(QDialog):
    """Edit the settings; nothing is saved until OK, and OK needs valid fields."""

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Innstillinger"))
        self.s = settings
        self.messages = FieldMessages()
        lay = QVBoxLayout(self)
        general = QFormLayout()
        self.municipality = QLineEdit(settings.municipality)
        self.caseworker = QLineEdit(settings.caseworker)
        general.addRow(tr("Kommune"), self.municipality)
        general.addRow(tr("Saksbehandler"), self.caseworker)
        self.markup = self._num(percent(limits.MAX_MARKUP_PP, 3, unit=tr("prosentpoeng")), settings.markup_pp,
                                 tr("Kommunens påslag"))
        general.addRow(tr("Kommunens påslag"), self.markup)
        self.est_fee = self._num(NumberEdit(0, 99_999), settings.establishment_fee, tr("Etableringsgebyr"))
        self.term_fee = self._num(NumberEdit(0, 9_999), settings.term_fee, tr("Termingebyr"))
        general.addRow(tr("Etableringsgebyr"), self.est_fee)
        general.addRow(tr("Termingebyr"), self.term_fee)
        self.card = self._num(NumberEdit(0, 100, 1, "%"), settings.credit_card_share * 100, tr("Kredittkort"))
        general.addRow(tr("Kredittkort: andel av ramme (%)"), self.card)
        self.sifo = combo([(y, str(y)) for y in reversed(data.SIFO_YEARS)])
        set_combo(self.sifo, settings.sifo_year)
        general.addRow(tr("SIFO-år for nye saker"), self.sifo)
        self.fixed_years = combo([(y, fmt_years(y)) for y in (3, 5, 10, 20)])
        set_combo(self.fixed_years, settings.fixed_years)
        general.addRow(tr("Bindingstid i nye saker"), self.fixed_years)
        lay.addLayout(general)

        rates = settings.rates
        box = QGroupBox(tr("Husbankens renter (månedlige terminer, nominell % per år)"))
        rf = QFormLayout(box)
        self.rate_date = DateEdit()
        self.rate_date.setIso(rates["valid_from"])
        self.messages.watch(self.rate_date, tr("Dato"))
        rf.addRow(tr("Gjelder fra"), self.rate_date)
        self.rate_edits = {}
        for k in RATE_KEYS:
            self.rate_edits[k] = self._num(percent(), rates[k], tr(RATE_LABELS[k]))
            rf.addRow(tr(RATE_LABELS[k]), self.rate_edits[k])
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        rf.addRow(self.stale)
        self.rate_date.isoChanged.connect(lambda _v: self._update_stale())
        self._update_stale()
        lay.addWidget(box)

        sbox = QGroupBox(tr("Stresstest"))
        sf = QFormLayout(sbox)
        self.rule = combo([("policy", tr("Styringsrente + 2,5 prosentpoeng (Husbanken)")),
                           ("margin", tr("Lånets rente + margin"))])
        set_combo(self.rule, settings.stress_rule)
        sf.addRow(tr("Regel"), self.rule)
        self.policy = self._num(percent(20), settings.policy_rate_pct, tr("Styringsrente"))
        sf.addRow(tr("Styringsrente"), self.policy)
        self.policy_date = DateEdit()
        self.policy_date.setIso(settings.policy_rate_date)
        self.messages.watch(self.policy_date, tr("Dato for styringsrenten"))
        sf.addRow(tr("Gjelder fra"), self.policy_date)
        self.policy_stale = QLabel()
        sf.addRow(self.policy_stale)
        self.policy_date.isoChanged.connect(lambda _v: self._update_stale())
        self._update_stale()  # show the policy rate's age as soon as the dialog opens
        self.margin = self._num(percent(10, 2, unit=tr("prosentpoeng")), settings.margin_pp, tr("Margin"))
        sf.addRow(tr("Margin (hva om)"), self.margin)
        lay.addWidget(sbox)
        ubox = QGroupBox(tr("Kommunens vanlige vilkår (utenfor gir en merknad, aldri et avslag)"))
        uf = QFormLayout(ubox)
        u = settings.usual_terms
        self.u_term = QSpinBox()
        self.u_term.setRange(1, limits.MAX_TERM_YEARS)
        self.u_term.setSuffix(" " + tr("år"))
        self.u_term.setValue(u.max_term_years)
        uf.addRow(tr("Vanlig lengste løpetid"), self.u_term)
        self.u_repayment = combo([("annuity", tr("Annuitet")), ("serial", tr("Serie")), ("", tr("Begge"))])
        set_combo(self.u_repayment, u.repayment)
        uf.addRow(tr("Vanlig lånetype"), self.u_repayment)
        self.u_rate = combo([("", tr("Begge")), ("fixed", tr("Fast")), ("floating", tr("Flytende"))])
        set_combo(self.u_rate, u.rate_type)
        uf.addRow(tr("Vanlig rentetype"), self.u_rate)
        self.u_io = QSpinBox()
        self.u_io.setRange(0, limits.MAX_INTEREST_ONLY_YEARS)
        self.u_io.setSuffix(" " + tr("år"))
        self.u_io.setValue(u.max_interest_only_years)
        uf.addRow(tr("Vanlig avdragsfrihet"), self.u_io)
        self.u_cap = QSpinBox()  # the startlån may finance up to 100 % of price + purchase costs
        self.u_cap.setRange(0, 100)
        self.u_cap.setSuffix(" %")
        self.u_cap.setValue(round(u.startlan_cap_pct))
        self.u_cap.setToolTip(tr("Startlånet kan finansiere inntil 100 % av kjøpesum og kjøpskostnader; "
                                 "tilskudd brukes bare for resten."))
        uf.addRow(tr("Startlånets tak (av kjøpesum og kjøpskostnader)"), self.u_cap)
        lay.addWidget(ubox)
        self.use_shipped = QCheckBox(tr("Tilbakestill rentene til programmets rentetabell"))
        lay.addWidget(self.use_shipped)
        lay.addWidget(self.messages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _num(self, edit: NumberEdit, value: float, name: str) -> NumberEdit:
        edit.setValue(value)
        edit.setAccessibleName(name)
        self.messages.watch(edit, name)
        return edit

    def _update_stale(self) -> None:
        def note(iso: str, what: str, where: str) -> str:
            if not iso:
                return ""
            age = (dt.date.today() - dt.date.fromisoformat(iso)).days
            if age > data.STALE_AFTER_DAYS:
                return "⚠ " + tr("{what} fra {date} er eldre enn seks måneder: sjekk {where}.").format(
                    what=what, date=fmt_date(iso), where=where)
            return tr("{what} fra {date}.").format(what=what, date=fmt_date(iso))

        self.stale.setText(note(self.rate_date._iso, tr("Rentetabellen"), "husbanken.no/rente"))
        if hasattr(self, "policy_stale"):
            self.policy_stale.setText(note(self.policy_date._iso, tr("Styringsrenten"), "norges-bank.no"))

    def _all_valid(self) -> bool:
        edits = [self.markup, self.est_fee, self.term_fee, self.card, self.policy, self.margin, self.rate_date,
                 self.policy_date, *self.rate_edits.values()]
        return all(e.is_valid() for e in edits) and bool(self.rate_date._iso) and bool(self.policy_date._iso)

    def accept(self) -> None:
        if not self._all_valid():
            self.messages.report(0, "", tr("Rett opp feltene som er merket før du lagrer."))
            return
        s = self.s
        s.set("municipality", self.municipality.text().strip())
        s.set("caseworker", self.caseworker.text().strip())
        s.set("markup_pp", self.markup.value())
        s.set("establishment_fee", self.est_fee.value())
        s.set("term_fee", self.term_fee.value())
        s.set("credit_card_share", self.card.value() / 100)
        s.set("sifo_year", self.sifo.currentData())
        s.set("fixed_years", self.fixed_years.currentData())
        s.set("stress_rule", self.rule.currentData())
        s.set_policy_rate(self.policy.value(), self.policy_date._iso)
        s.set("margin_pp", self.margin.value())
        s.set("usual_max_term_years", self.u_term.value())
        s.set("usual_repayment", self.u_repayment.currentData())
        s.set("usual_rate_type", self.u_rate.currentData())
        s.set("usual_max_interest_only_years", self.u_io.value())
        s.set("usual_startlan_cap_pct", self.u_cap.value())
        if self.use_shipped.isChecked():
            s.q.remove("rates")
        else:
            s.set_rates({"valid_from": self.rate_date._iso, "status": "user",
                         **{k: e.value() for k, e in self.rate_edits.items()}})
        super().accept()
