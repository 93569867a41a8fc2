"""The follow-up sheet: the current situation of an existing loan, the relief
options side by side, and the chosen measure with its end date in plain words.
Same layout, fonts and PDF/A handling as the budget sheet."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from ..core.followup import FollowUp, describe
from ..core.formatting import fmt_date, fmt_kr, fmt_rate
from ..core.rows import RELIEF_ROWS
from .budget_sheet import Sheet, SheetOptions, _esc, _table, render

TITLE = "Oppfølging av startlån"


class FollowUpSheet(Sheet):
    def __init__(self, fu: FollowUp, options: SheetOptions):
        super().__init__(fu.budget, options)
        self.fu = fu

    def story(self) -> list:
        return [self.p(TITLE, "h1"), *self.situation(), *self.chosen(), *self.options(), *self.household(),
                *self.incomes(), *self.living(), *self.costs(), *self.budget(), *self.sources(),
                *self.notes_and_signatures()]

    def situation(self) -> list:
        loan, e = self.fu.loan, self.fu.expiry
        left = loan.remaining_years * 12 + loan.remaining_extra_months
        rate = f"{fmt_rate(loan.rate_pct)} " + (f"fast til {fmt_date(loan.fixed_until)}" if loan.rate_type == "fixed"
                                               else "flytende")
        rows = [["Lånet i dag", ""], ["Lån", _esc(loan.label)], ["Restgjeld", fmt_kr(loan.balance)],
                ["Gjenstående løpetid", f"{left // 12} år" + (f" {left % 12} mnd" if left % 12 else "")],
                ["Rente", rate], ["Restanse", f"{fmt_kr(loan.arrears)} ({loan.arrears_days} dager)"],
                ["Disponibelt til startlånet per måned", fmt_kr(self.fu.budget.available_for_startlan)]]
        w = self.width
        out = [self.p("Situasjonen nå", "h2"), _table(rows, [0.5 * w, 0.5 * w])]
        if e:
            out.append(self.p(
                f"Fastrenten løper ut {fmt_date(e.fixed_until)} (om {e.months_left} måneder). Da går terminbeløpet "
                f"fra {fmt_kr(e.payment_now)} til {fmt_kr(e.payment_after)} i måneden ({fmt_kr(e.jump)} mer) med "
                f"{fmt_rate(e.rate_after)} rente, og restbeløpet blir {fmt_kr(e.residual_after)} per måned.", "lead"))
        return out

    def chosen(self) -> list:
        picked = [r for r in self.fu.reliefs if r.relief.chosen]
        if not picked:
            return [self.p("Valgt tiltak", "h2"), self.p("Ingen tiltak er valgt ennå.", "lead")]
        return [self.p("Valgt tiltak", "h2"), *[self.p(_esc(describe(self.fu, r)), "lead") for r in picked]]

    def options(self) -> list:
        out = [CondPageBreak(80 * mm), self.p("Mulige betalingslettelser sammenlignet med ingen endring", "h2")]
        out += self.column_tables(self.fu.reliefs, lambda r: ("✔ " if r.relief.chosen else "") + _esc(r.label),
                                  lambda r: [fn(r) for _, fn in RELIEF_ROWS], [label for label, _ in RELIEF_ROWS])
        for r in self.fu.reliefs:
            for note in r.notes:
                out.append(self.p(f"{_esc(r.label)}: {_esc(note)}", "small"))
        return out


def build_followup_pdf(fu: FollowUp, created: dt.datetime | None = None) -> bytes:
    sheet = FollowUpSheet(fu, SheetOptions(created=created))
    return render(fu.budget.case, sheet.story(), TITLE, "Oppfølging av eksisterende startlån", created)
