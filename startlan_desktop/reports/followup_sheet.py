"""The follow-up sheet: the current situation of an existing loan, the relief
options side by side, and the chosen measure with its end date in plain words.
Same layout, fonts and PDF/A handling as the budget sheet."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from ..core.breakcost import legend, table_rows
from ..core.followup import FollowUp, describe
from ..core.formatting import fmt_date, fmt_kr, fmt_rate, fmt_years
from ..core.i18n import QT_TR_NOOP, tr
from ..core.rows import RELIEF_ROWS
from .budget_sheet import Sheet, SheetOptions, _esc, _table, render

TITLE = QT_TR_NOOP("Oppfølging av startlån")


class FollowUpSheet(Sheet):
    def __init__(self, fu: FollowUp, options: SheetOptions):
        super().__init__(fu.budget, options)
        self.fu = fu

    def story(self) -> list:
        return [self.p(tr(TITLE), "h1"), *self.situation(), *self.chosen(), *self.options(), *self.loan_breakcost(),
                *self.household(),
                *self.incomes(), *self.living(), *self.costs(), *self.budget(), *self.sources(),
                *self.notes_and_signatures()]

    def situation(self) -> list:
        loan, e = self.fu.loan, self.fu.expiry
        left = loan.remaining_years * 12 + loan.remaining_extra_months
        if loan.rate_type == "fixed":
            rate = tr("{rate} fast til {date}").format(rate=fmt_rate(loan.rate_pct), date=fmt_date(loan.fixed_until))
        else:
            rate = tr("{rate} flytende").format(rate=fmt_rate(loan.rate_pct))
        rows = [[tr("Lånet i dag"), ""], [tr("Lån"), _esc(loan.label)], [tr("Restgjeld"), fmt_kr(loan.balance)],
                [tr("Gjenstående løpetid"), fmt_years(left // 12, left % 12)],
                [tr("Rente"), rate],
                [tr("Restanse"), tr("{amount} ({days} dager)").format(amount=fmt_kr(loan.arrears), days=loan.arrears_days)],
                [tr("Disponibelt til startlånet per måned"), fmt_kr(self.fu.budget.available_for_startlan)]]
        w = self.width
        out = [self.p(tr("Situasjonen nå"), "h2"), _table(rows, [0.5 * w, 0.5 * w])]
        if e:
            text = tr("Fastrenten løp ut {date}. Terminbeløpet går fra {now} til {after} i måneden ({jump} mer) med "
                      "{rate} rente, og restbeløpet blir {residual} per måned.") if e.ended else tr(
                "Fastrenten løper ut {date} (om {months} måneder). Da går terminbeløpet fra {now} til {after} i "
                "måneden ({jump} mer) med {rate} rente, og restbeløpet blir {residual} per måned.")
            out.append(self.p(text.format(
                date=fmt_date(e.fixed_until), months=e.months_left, now=fmt_kr(e.payment_now),
                after=fmt_kr(e.payment_after), jump=fmt_kr(e.jump), rate=fmt_rate(e.rate_after),
                residual=fmt_kr(e.residual_after)), "lead"))
        return out

    def loan_breakcost(self) -> list:
        """Over-/underkurs if the loan's fixed rate is left early (core.followup.existing_breakcost)."""
        t = self.fu.breakcost
        if t is None:
            return []
        header, rows = table_rows(t)
        return [CondPageBreak(50 * mm), self.p(tr("Over- og underkurs ved fast rente"), "h2"),
                self.p(_esc(t.title()), "small"), self._text_table(header, rows, 0.2), Spacer(1, 2),
                self.p(_esc(legend()), "small"), self.p(_esc(t.sentence()), "lead")]

    def chosen(self) -> list:
        picked = [r for r in self.fu.reliefs if r.relief.chosen]
        if not picked:
            return [self.p(tr("Valgt tiltak"), "h2"), self.p(tr("Ingen tiltak er valgt ennå."), "lead")]
        return [self.p(tr("Valgt tiltak"), "h2"), *[self.p(_esc(describe(self.fu, r)), "lead") for r in picked]]

    def options(self) -> list:
        out = [CondPageBreak(80 * mm), self.p(tr("Mulige betalingslettelser sammenlignet med ingen endring"), "h2")]
        out += self.column_tables(self.fu.reliefs, lambda r: ("✔ " if r.relief.chosen else "") + _esc(r.label),
                                  lambda r: [row.text(r) for row in RELIEF_ROWS], [row.label for row in RELIEF_ROWS])
        for r in self.fu.reliefs:
            for note in r.notes:
                out.append(self.p(f"{_esc(r.label)}: {_esc(note)}", "small"))
        return out


def build_followup_pdf(fu: FollowUp, created: dt.datetime | None = None) -> bytes:
    sheet = FollowUpSheet(fu, SheetOptions(created=created))
    return render(fu.budget.case, sheet.story(), tr(TITLE), tr("Oppfølging av eksisterende startlån"), created)
