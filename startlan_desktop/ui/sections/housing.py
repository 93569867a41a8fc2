"""Bolig: the home being bought, its costs, and a bank loan beside the start loan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QVBoxLayout,
)

from ...core import limits
from ...core.budget import CaseResult
from ...core.forcedsale import default_costs
from ...core.formatting import fmt_kr, fmt_pct
from ...core.i18n import tr
from ...core.model import Case
from .. import help_texts, style
from ..binding import BoundForm
from ..widgets import NumberEdit, combo, money, percent, spin
from .base import Section


class HousingSection(Section):
    def __init__(self):
        super().__init__(tr("Bolig"), tr("Boutgifter i den nye boligen per måned, utenom startlånet."))
        self.form = BoundForm(lambda: self.case.housing if self.case else None, self.messages)
        f = self.form
        f.add(tr("Kjøpesum (uten fellesgjeld)"), "price", money(),
              tip=tr("Prisen for boligen, uten boligens andel av fellesgjelden (den føres for seg)."))
        self.price_note = self._note(f)
        f.add(tr("Eierform"), "ownership", combo([("freehold", tr("Selveier (dokumentavgift)")),
                                              ("cooperative", tr("Borettslag/aksje (ingen dokumentavgift)"))]))
        self.doc_fee = f.add(tr("Dokumentavgift"), "document_fee_pct", NumberEdit(0, 10, 2, "%"))
        self.doc_fee_note = self._note(f)
        f.add(tr("Tinglysingsgebyr"), "registration_fees", money(999_999))
        f.add(tr("Andre kjøpskostnader"), "other_purchase_costs", money(9_999_999))
        f.add(tr("Egenkapital"), "equity", money())
        f.add(tr("Andel fellesgjeld"), "common_debt_share", money(), tip=tr(help_texts.COMMON_DEBT))
        f.add(tr("Felleskostnader"), "common_costs", money(999_999))
        f.add(tr("Kommunale avgifter"), "municipal_fees", money(999_999))
        f.add(tr("Eiendomsskatt"), "property_tax", money(999_999))
        f.add(tr("Strøm og oppvarming"), "electricity", money(999_999))
        f.add(tr("Forsikring"), "insurance", money(999_999))
        f.add(tr("Vedlikehold"), "maintenance", money(999_999))
        f.add(tr("Festeavgift"), "ground_rent", money(999_999))
        f.add(tr("Andre boutgifter"), "other", money(999_999))
        f.add(tr("Husleie i dag"), "rent_today", money(999_999), tip=tr("Til sammenligning"))
        f.add(tr("Leie av egnet bolig"), "rent_alternative", money(999_999), tip=tr("Til sammenligning"))
        self._sale_cost_fields(f)
        f.changed.connect(self.changed)
        self.layout_.addWidget(f)
        box = QGroupBox(tr("Banklån ved siden av startlånet"))
        self.bank = BoundForm(lambda: self.case.housing.bank_loan if self.case else None, self.messages)
        self.bank.add(tr("Beløp"), "amount", money())
        self.bank.add(tr("Rente"), "rate_pct", percent())
        self.bank.add(tr("Løpetid"), "term_years", spin(1, limits.MAX_BANK_TERM_YEARS, " " + tr("år")))
        self.bank.add(tr("Lånetype"), "repayment", combo([("annuity", tr("Annuitet")), ("serial", tr("Serie"))]))
        self.bank.changed.connect(self.changed)
        QVBoxLayout(box).addWidget(self.bank)
        self.layout_.addWidget(box)
        self.total = self.total_label()
        self.finish()

    @staticmethod
    def _note(form: BoundForm) -> QLabel:
        """A muted line under the field just added: what it means in this case."""
        label = QLabel()
        label.setWordWrap(True)
        style.muted(label)
        form.form.addRow("", label)
        return label

    @staticmethod
    def _sale_cost_fields(f) -> None:
        """Sale costs for the forced-sale explanation; empty = the shipped
        (unconfirmed) default, shown as the placeholder."""
        fee, pct = default_costs()
        tip = tr("Brukes i forklaringen om gjeld etter tvangssalg. Tomt = standardverdien, som ikke er bekreftet.")
        fee_edit = money(1_000_000, allow_empty=True)
        fee_edit.setPlaceholderText(fmt_kr(fee))
        f.add(tr("Kostnad ved tvangssalg (tomt = standard)"), "forced_sale_fee", fee_edit, tip=tip)
        pct_edit = percent(20, 2, allow_empty=True)
        pct_edit.setPlaceholderText(fmt_pct(pct, 1))
        f.add(tr("Meglerkostnad ved salg (tomt = standard)"), "agent_cost_pct", pct_edit, tip=tip)

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.form.load()
        self.bank.load()

    def show_result(self, result: CaseResult) -> None:
        from ...core import hints

        case = result.case
        self.price_note.setText(hints.price_note(case))
        fee_note = hints.document_fee_note(case)
        self.doc_fee.setEnabled(not fee_note)  # freehold only: the field does nothing for a cooperative
        self.doc_fee_note.setText(fee_note)
        self.doc_fee_note.setVisible(bool(fee_note))
        self.total.setText(tr("Boutgifter utenom startlånet: {amount} per måned").format(amount=fmt_kr(result.housing_total)))
