"""Settings (QSettings): the municipality, the caseworker, today's Husbanken
rates with their date, markup, fees, stress rule and defaults for new cases."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QSettings
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

from ..core import data
from ..core.formatting import fmt_date
from .widgets import DateEdit, FieldMessages, NumberEdit, combo, percent, set_combo

RATE_KEYS = ("floating", "fixed_3", "fixed_5", "fixed_10", "fixed_20")
RATE_LABELS = {"floating": "Flytende", "fixed_3": "Fast 3 år", "fixed_5": "Fast 5 år", "fixed_10": "Fast 10 år",
               "fixed_20": "Fast 20 år"}
MAX_RECENT = 8


def shipped_rates() -> dict:
    t = data.rate_table()
    return {"valid_from": t["valid_from"], "status": t["status"],
            **{k: float(t["rates"]["12"][k]) for k in RATE_KEYS}}


class AppSettings:
    """Typed access to QSettings with the shipped data as defaults."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings("Startlan", "Startlan Desktop")

    def _get(self, key: str, default, kind=str):
        v = self.q.value(key, None)
        if v is None:
            return default
        try:
            return kind(v) if kind is not bool else v in (True, "true", "1", 1)
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value) -> None:
        self.q.setValue(key, value)

    municipality = property(lambda s: s._get("municipality", ""))
    caseworker = property(lambda s: s._get("caseworker", ""))
    markup_pp = property(lambda s: s._get("markup_pp", data.loan_terms()["default_markup_pp"], float))
    establishment_fee = property(lambda s: s._get("establishment_fee", 0.0, float))
    term_fee = property(lambda s: s._get("term_fee", 0.0, float))
    credit_card_share = property(lambda s: s._get("credit_card_share", data.loan_terms()["credit_card_share_of_limit"],
                                                  float))
    sifo_year = property(lambda s: s._get("sifo_year", data.DEFAULT_SIFO_YEAR, int))
    stress_rule = property(lambda s: s._get("stress_rule", "policy"))
    policy_rate_pct = property(lambda s: s._get("policy_rate_pct", data.policy_rate()["rate_pct"], float))
    policy_rate_date = property(lambda s: s._get("policy_rate_date", data.policy_rate()["valid_from"]))
    margin_pp = property(lambda s: s._get("margin_pp", 3.0, float))
    fixed_years = property(lambda s: s._get("fixed_years", 10, int))
    language = property(lambda s: s._get("language", "nb"))

    @property
    def rates(self) -> dict:
        raw = self._get("rates", "")
        if raw:
            try:
                d = json.loads(raw)
                if all(isinstance(d.get(k), (int, float)) for k in RATE_KEYS) and d.get("valid_from"):
                    return d
            except (TypeError, ValueError):
                pass
        return shipped_rates()

    def set_rates(self, rates: dict) -> None:
        self.set("rates", json.dumps(rates))

    def rates_stale(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return (today - dt.date.fromisoformat(self.rates["valid_from"])).days > data.STALE_AFTER_DAYS

    def husbanken_rate(self, key: str, terms_per_year: int = 12) -> float:
        monthly = float(self.rates[key])
        return monthly if terms_per_year == 12 else data.nominal_for_frequency(monthly, terms_per_year)

    def scenario_defaults(self) -> dict:
        r = self.rates
        return {"markup_pp": self.markup_pp, "fixed_years": self.fixed_years,
                "establishment_fee": self.establishment_fee, "term_fee": self.term_fee,
                "floating_pct": r["floating"], "fixed_pct": r[f"fixed_{self.fixed_years}"]}

    @property
    def usual_terms(self):
        from ..core.model import UsualTerms

        return UsualTerms(max_term_years=self._get("usual_max_term_years", 30, int),
                          repayment=self._get("usual_repayment", "annuity"),
                          rate_type=self._get("usual_rate_type", ""),
                          max_interest_only_years=self._get("usual_max_interest_only_years", 0, int))

    @property
    def recent_files(self) -> list[str]:
        raw = self._get("recent", "[]")
        try:
            v = json.loads(raw)
            return [str(p) for p in v][:MAX_RECENT] if isinstance(v, list) else []
        except (TypeError, ValueError):
            return []

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self.set("recent", json.dumps(files[:MAX_RECENT]))


class SettingsDialog(QDialog):
    """Edit the settings; nothing is saved until OK, and OK needs valid fields."""

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Innstillinger")
        self.s = settings
        self.messages = FieldMessages()
        lay = QVBoxLayout(self)
        general = QFormLayout()
        self.municipality = QLineEdit(settings.municipality)
        self.caseworker = QLineEdit(settings.caseworker)
        general.addRow("Kommune", self.municipality)
        general.addRow("Saksbehandler", self.caseworker)
        self.markup = self._num(percent(0.25, 3, unit="prosentpoeng"), settings.markup_pp, "Kommunens påslag")
        general.addRow("Kommunens påslag", self.markup)
        self.est_fee = self._num(NumberEdit(0, 99_999), settings.establishment_fee, "Etableringsgebyr")
        self.term_fee = self._num(NumberEdit(0, 9_999), settings.term_fee, "Termingebyr")
        general.addRow("Etableringsgebyr", self.est_fee)
        general.addRow("Termingebyr", self.term_fee)
        self.card = self._num(NumberEdit(0, 100, 1, "%"), settings.credit_card_share * 100, "Kredittkort")
        general.addRow("Kredittkort: andel av ramme (%)", self.card)
        self.sifo = combo([(y, str(y)) for y in reversed(data.SIFO_YEARS)])
        set_combo(self.sifo, settings.sifo_year)
        general.addRow("SIFO-år for nye saker", self.sifo)
        self.fixed_years = combo([(y, f"{y} år") for y in (3, 5, 10, 20)])
        set_combo(self.fixed_years, settings.fixed_years)
        general.addRow("Bindingstid i nye saker", self.fixed_years)
        lay.addLayout(general)

        rates = settings.rates
        box = QGroupBox("Husbankens renter (månedlige terminer, nominell % per år)")
        rf = QFormLayout(box)
        self.rate_date = DateEdit()
        self.rate_date.setIso(rates["valid_from"])
        self.messages.watch(self.rate_date, "Dato")
        rf.addRow("Gjelder fra", self.rate_date)
        self.rate_edits = {}
        for k in RATE_KEYS:
            self.rate_edits[k] = self._num(percent(), rates[k], RATE_LABELS[k])
            rf.addRow(RATE_LABELS[k], self.rate_edits[k])
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        rf.addRow(self.stale)
        self.rate_date.isoChanged.connect(lambda _v: self._update_stale())
        self._update_stale()
        lay.addWidget(box)

        sbox = QGroupBox("Stresstest")
        sf = QFormLayout(sbox)
        self.rule = combo([("policy", "Styringsrente + 2,5 prosentpoeng (Husbanken)"),
                           ("margin", "Lånets rente + margin")])
        set_combo(self.rule, settings.stress_rule)
        sf.addRow("Regel", self.rule)
        self.policy = self._num(percent(20), settings.policy_rate_pct, "Styringsrente")
        sf.addRow("Styringsrente", self.policy)
        self.policy_date = DateEdit()
        self.policy_date.setIso(settings.policy_rate_date)
        self.messages.watch(self.policy_date, "Dato for styringsrenten")
        sf.addRow("Gjelder fra", self.policy_date)
        self.policy_stale = QLabel()
        sf.addRow(self.policy_stale)
        self.policy_date.isoChanged.connect(lambda _v: self._update_stale())
        self.margin = self._num(percent(10, 2, unit="prosentpoeng"), settings.margin_pp, "Margin")
        sf.addRow("Margin (hva om)", self.margin)
        lay.addWidget(sbox)
        ubox = QGroupBox("Kommunens vanlige vilkår (utenfor gir en merknad, aldri et avslag)")
        uf = QFormLayout(ubox)
        u = settings.usual_terms
        self.u_term = QSpinBox()
        self.u_term.setRange(1, 50)
        self.u_term.setSuffix(" år")
        self.u_term.setValue(u.max_term_years)
        uf.addRow("Vanlig lengste løpetid", self.u_term)
        self.u_repayment = combo([("annuity", "Annuitet"), ("serial", "Serie"), ("", "Begge")])
        set_combo(self.u_repayment, u.repayment)
        uf.addRow("Vanlig lånetype", self.u_repayment)
        self.u_rate = combo([("", "Begge"), ("fixed", "Fast"), ("floating", "Flytende")])
        set_combo(self.u_rate, u.rate_type)
        uf.addRow("Vanlig rentetype", self.u_rate)
        self.u_io = QSpinBox()
        self.u_io.setRange(0, 8)
        self.u_io.setSuffix(" år")
        self.u_io.setValue(u.max_interest_only_years)
        uf.addRow("Vanlig avdragsfrihet", self.u_io)
        lay.addWidget(ubox)
        self.use_shipped = QCheckBox("Tilbakestill rentene til programmets rentetabell")
        lay.addWidget(self.use_shipped)
        lay.addWidget(self.messages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
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
                return f"⚠ {what} fra {fmt_date(iso)} er eldre enn seks måneder: sjekk {where}."
            return f"{what} fra {fmt_date(iso)}."

        self.stale.setText(note(self.rate_date._iso, "Rentetabellen", "husbanken.no/rente"))
        if hasattr(self, "policy_stale"):
            self.policy_stale.setText(note(self.policy_date._iso, "Styringsrenten", "norges-bank.no"))

    def _all_valid(self) -> bool:
        edits = [self.markup, self.est_fee, self.term_fee, self.card, self.policy, self.margin, self.rate_date,
                 self.policy_date, *self.rate_edits.values()]
        return all(e.is_valid() for e in edits) and bool(self.rate_date._iso) and bool(self.policy_date._iso)

    def accept(self) -> None:
        if not self._all_valid():
            self.messages.report(0, "", "Rett opp feltene som er merket før du lagrer.")
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
        s.set("policy_rate_pct", self.policy.value())
        s.set("policy_rate_date", self.policy_date._iso)
        s.set("margin_pp", self.margin.value())
        s.set("usual_max_term_years", self.u_term.value())
        s.set("usual_repayment", self.u_repayment.currentData())
        s.set("usual_rate_type", self.u_rate.currentData())
        s.set("usual_max_interest_only_years", self.u_io.value())
        if self.use_shipped.isChecked():
            s.q.remove("rates")
        else:
            s.set_rates({"valid_from": self.rate_date._iso, "status": "user",
                         **{k: e.value() for k, e in self.rate_edits.items()}})
        super().accept()
