"""Follow-up of an existing startlån: payment-relief options compared with "no
change", and the fixed-rate expiry check (Husbanken's report on default and
loss 2020–2024: interest-only, a longer term and a payment deferral are the
measures municipalities use most; 8 130 fixed periods end by 2028).

Each option is the existing loan run through the same engine as a new loan,
with the budget's own "available for the startlån" (G), so residuals mean the
same thing as for a new loan. Existing loans are taken as monthly terms."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from . import loans
from .budget import CaseResult, compute, stress_besides_startlan, stress_rate
from .errors import ValidationError
from .formatting import fmt_date, fmt_kr
from .i18n import tr
from .model import Case, ExistingLoan, Relief
from .stress import rise_to_stress

EXPIRY_WARNING_MONTHS = 6


@dataclass
class ReliefResult:
    relief: Relief
    spec: loans.LoanSpec
    schedule: loans.Schedule
    payment_during: float  # monthly, while the relief lasts
    payment_after: float  # monthly, the ordinary payment afterwards
    relief_months: int
    back_to_ordinary: dt.date | None
    ends: dt.date
    total_interest: float  # over the loan's remaining life
    extra_interest: float  # compared with no change
    total_paid: float
    residual_during: float
    residual_after: float
    residual_stressed: float
    freed_debt_payments: float = 0.0  # other debts' payments removed by refinancing
    payment_after_expiry: float | None = None  # when a fixed period ends during the loan
    notes: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.relief.label


@dataclass
class Expiry:
    fixed_until: dt.date
    months_left: int
    rate_now: float
    rate_after: float
    payment_now: float
    payment_after: float
    residual_after: float
    soon: bool

    @property
    def jump(self) -> float:
        return self.payment_after - self.payment_now


@dataclass
class FollowUp:
    budget: CaseResult
    loan: ExistingLoan
    reliefs: list[ReliefResult]
    expiry: Expiry | None


def _months_between(a: dt.date, b: dt.date) -> int:
    return max((b.year - a.year) * 12 + b.month - a.month - (b.day < a.day), 0)


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def rate_after_expiry(case: Case, loan: ExistingLoan) -> float:
    return loan.expiry_rate_pct if loan.expiry_rate_pct is not None else case.floating_rate_pct + loan.markup_pp


def _fixed_months(case: Case, loan: ExistingLoan) -> int:
    if loan.rate_type != "fixed" or not loan.fixed_until:
        return 0
    return _months_between(case.assessment_date, dt.date.fromisoformat(loan.fixed_until))


def validate_relief(case: Case, r: Relief) -> None:
    loan = case.existing
    left = loan.remaining_years * 12 + loan.remaining_extra_months
    if not 0 <= r.interest_only_months <= 96 - loan.interest_only_used_months:
        raise ValidationError("interest_only_months", tr("«{relief}»: avdragsfrihet kan være høyst 8 år til sammen "
                                                         "over lånets levetid ({used} mnd er brukt).").format(
            relief=r.label, used=loan.interest_only_used_months))
    if not 0 <= r.extend_years <= 50 - loan.years_elapsed - math.ceil(left / 12):
        raise ValidationError("extend_years", tr("«{relief}»: samlet løpetid kan ikke bli over 50 år.").format(
            relief=r.label))
    if not 0 <= r.defer_months <= 24 or not 0 <= r.defer_spread_months <= 120:
        raise ValidationError("defer_months", tr("«{relief}»: utsettelse 0–24 måneder, nedbetalt over 0–120.").format(
            relief=r.label))
    if r.interest_only_months and r.defer_months:
        raise ValidationError("defer_months", tr("«{relief}»: velg enten avdragsfrihet eller betalingsutsettelse.").format(
            relief=r.label))
    if any(not 0 <= i < len(case.debts) for i in r.refinance_debts):
        raise ValidationError("refinance_debts", tr("«{relief}»: gjelden som skal refinansieres finnes ikke.").format(
            relief=r.label))


def _rate_in_month(case: Case, loan: ExistingLoan, month: int) -> float:
    """The loan's rate in a month from today: the fixed rate until the binding
    period ends, then the rate after expiry."""
    fixed_left = _fixed_months(case, loan)
    if loan.rate_type == "fixed" and month >= fixed_left:
        return rate_after_expiry(case, loan)
    return loan.rate_pct


def _spec(case: Case, loan: ExistingLoan, r: Relief, balance: float, start: int) -> loans.LoanSpec:
    """The loan from `start` months on (after a deferral), with the relief's terms."""
    months = loan.remaining_years * 12 + loan.remaining_extra_months + r.extend_years * 12 - start
    fixed = max(_fixed_months(case, loan) - start, 0) if loan.rate_type == "fixed" else 0
    io = min(r.interest_only_months, months - 1)
    with_expiry = 0 < fixed < months
    return loans.LoanSpec(balance, _rate_in_month(case, loan, start), months, loan.repayment, 12, io, 0.0,
                          loan.term_fee, fixed if with_expiry else 0,
                          rate_after_expiry(case, loan) if with_expiry else None)


def _avoided_interest(debts) -> float:
    """Interest the refinanced debts would have cost over their own remaining terms."""
    total = 0.0
    for d in debts:
        if d.balance > 0 and d.remaining_years > 0:
            n = max(round(d.remaining_years * 12), 1)
            total += d.balance * loans.annuity_factor(d.rate_pct / 1200, n) * n - d.balance
    return total


def _relief(case: Case, base: CaseResult, r: Relief, ordinary: ReliefResult | None, k: float) -> ReliefResult:
    loan = case.existing
    validate_relief(case, r)
    refinanced = [case.debts[i] for i in sorted(set(r.refinance_debts))]
    balance = loan.balance + sum(d.balance for d in refinanced)
    freed = sum(base.other_costs[i].amount for i in sorted(set(r.refinance_debts)))
    deferred_interest = 0.0
    if r.defer_months and not r.defer_spread_months:  # interest added to the balance month by month
        grown = balance
        for m in range(r.defer_months):
            grown *= 1 + _rate_in_month(case, loan, m) / 1200
        deferred_interest, balance = grown - balance, grown
    spec = _spec(case, loan, r, balance, r.defer_months if not r.defer_spread_months else 0)
    sched = loans.build_schedule(spec)
    today = case.assessment_date
    g = base.available_for_startlan + freed
    if r.defer_months:
        during = 0.0
        ordinary_pay = sched.payment_after_interest_only
        after = ordinary_pay + (r.defer_months * ordinary_pay / r.defer_spread_months if r.defer_spread_months else 0)
        relief_months = r.defer_months + r.defer_spread_months
    else:
        during = sched.first_payment
        after = sched.payment_after_interest_only
        relief_months = r.interest_only_months
    months = spec.n_terms + r.defer_months  # capitalised: the spec starts after it; spread: the end moves
    total_interest = sched.total_interest + deferred_interest
    ded = base.startlan_deduction(sum(sched.interest[:12])) if k else 0.0
    stress, _ = stress_rate(case, loan.rate_pct)
    # one rate-rise model: every floating rate rises as much as the loan does to its stress rate
    g_stressed = g - stress_besides_startlan(case, rise_to_stress(case, loan.rate_pct), base.bank_stress_extra,
                                             r.refinance_debts)
    stressed_pay = balance * loans.governing_payment_per_krone(spec, stress) + loan.term_fee
    stressed_ded = base.startlan_deduction(balance * loans.first_year_interest_per_krone(spec, stress), True) if k else 0.0
    notes = []
    if r.defer_spread_months:
        notes.append(tr("Utsatte terminer betales rentefritt over {months} måneder i tillegg til ordinært "
                        "terminbeløp.").format(months=r.defer_spread_months))
    if r.defer_months and not r.defer_spread_months:
        notes.append(tr("Påløpte renter i utsettelsen ({amount}) legges til lånet.").format(amount=fmt_kr(deferred_interest)))
    avoided = _avoided_interest(refinanced)
    if freed:
        notes.append(tr("Refinansiert gjeld: {debts} ({freed} per måned faller bort; {avoided} i renter på den gjelden "
                        "spares).").format(debts=", ".join(base.other_costs[i].label for i in r.refinance_debts),
                                           freed=fmt_kr(freed), avoided=fmt_kr(avoided)))
    result = ReliefResult(
        relief=r, spec=spec, schedule=sched, payment_during=during, payment_after=after,
        relief_months=relief_months, back_to_ordinary=_add_months(today, relief_months) if relief_months else None,
        ends=_add_months(today, months), total_interest=total_interest,
        extra_interest=0.0 if ordinary is None else total_interest - ordinary.total_interest - avoided,
        payment_after_expiry=sched.payment_after_fixed(),
        total_paid=sched.total_paid,  # the capitalised interest is in the principal repaid
        residual_during=g - during + ded, residual_after=g - after + ded,
        residual_stressed=g_stressed - stressed_pay + stressed_ded, freed_debt_payments=freed, notes=notes)
    return result


def expiry(case: Case, base: CaseResult, k: float) -> Expiry | None:
    loan = case.existing
    if loan is None or loan.rate_type != "fixed" or not loan.fixed_until:
        return None
    until = dt.date.fromisoformat(loan.fixed_until)
    months_left = _months_between(case.assessment_date, until)
    spec = _spec(case, loan, Relief(), loan.balance, 0)
    sched = loans.build_schedule(spec)
    now = sched.first_payment
    after = sched.payment(min(months_left, len(sched.interest) - 1)) if months_left else \
        loan.balance * loans.governing_payment_per_krone(spec, rate_after_expiry(case, loan)) + loan.term_fee
    start = min(months_left, len(sched.interest) - 1)
    ded = base.startlan_deduction(sum(sched.interest[start:start + 12])) if k else 0.0
    return Expiry(until, months_left, loan.rate_pct, rate_after_expiry(case, loan), now, after,
                  base.available_for_startlan - after + ded, months_left <= EXPIRY_WARNING_MONTHS)


def default_reliefs(case: Case) -> list[Relief]:
    """The options a follow-up case starts with: the three common measures,
    refinancing of dear debt, and a combination."""
    loan = case.existing
    left = loan.remaining_years * 12 + loan.remaining_extra_months
    extend = max(min(50 - loan.years_elapsed - math.ceil(left / 12), 50), 0)
    dear = [i for i, d in enumerate(case.debts) if d.balance > 0 and d.rate_pct > loan.rate_pct + 2]
    io = min(12, 96 - loan.interest_only_used_months)
    out = [Relief(tr("Ingen endring")), Relief(tr("Avdragsfri {months} mnd").format(months=io), interest_only_months=io)]
    if extend:
        out.append(Relief(tr("Forlenget {years} år").format(years=extend), extend_years=extend))
    out.append(Relief(tr("Utsettelse 6 mnd"), defer_months=6))
    if dear:
        out.append(Relief(tr("Refinansiere dyr gjeld"), refinance_debts=dear))
    if extend:
        out.append(Relief(tr("Avdragsfri {months} mnd + {years} år lengre").format(months=io, years=extend),
                          interest_only_months=io, extend_years=extend))
    return out


def compute_followup(case: Case, base: CaseResult | None = None) -> FollowUp:
    """Relief options for the case's existing loan. `base` is the case's budget
    when the caller has it already (the window does, on every edit); computing
    it validates the case, the existing loan included. Raises ValidationError."""
    if case.existing is None:
        raise ValidationError("existing", tr("Saken har ikke noe eksisterende lån å følge opp."))
    base = base or compute(case)
    from .budget import _deduction_rate

    k = _deduction_rate(case)
    reliefs = case.reliefs or default_reliefs(case)
    ordinary = _relief(case, base, Relief(tr("Ingen endring")), None, k)
    results = [_relief(case, base, r, ordinary, k) for r in reliefs]
    return FollowUp(base, case.existing, results, expiry(case, base, k))


def describe(fu: FollowUp, r: ReliefResult) -> str:
    """The chosen measure in words the household can follow."""
    text = f"{r.label}: "
    if r.relief_months:
        text += tr("i {months} måneder betaler dere {during} i måneden. Fra {date} blir terminbeløpet {after}. ").format(
            months=r.relief_months, during=fmt_kr(r.payment_during), date=fmt_date(r.back_to_ordinary),
            after=fmt_kr(r.payment_after))
    else:
        text += tr("terminbeløpet blir {after} i måneden. ").format(after=fmt_kr(r.payment_after))
    text += tr("Lånet er nedbetalt {date}. ").format(date=fmt_date(r.ends))
    if r.extra_interest > 0.5:
        text += tr("Det koster {amount} mer i renter enn uten endring.").format(amount=fmt_kr(r.extra_interest))
    elif r.extra_interest < -0.5:
        text += tr("Det gir {amount} mindre i renter enn uten endring.").format(amount=fmt_kr(-r.extra_interest))
    return text
