"""Follow-up of an existing startlån: payment-relief options compared with "no
change", and the fixed-rate expiry check (Husbanken's report on default and
loss 2020–2024: interest-only, a longer term and a payment deferral are the
measures municipalities use most; 8 130 fixed periods end by 2028).

Each option is the existing loan run through the same engine as a new loan,
with the budget's own "available for the startlån" (G), so residuals mean the
same thing as for a new loan. Existing loans are taken as monthly terms."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field, replace

from . import limits, loans
from .breakcost import EXISTING_YEARS, BreakCostTable, table_for_schedule
from .budget import CaseResult, _deduction_rate, compute, stress_besides_startlan, stress_rate
from .errors import ValidationError
from .formatting import fmt_date, fmt_kr, fmt_number, fmt_rate
from .i18n import tr
from .model import Case, ExistingLoan, Relief
from .stress import rise_to_stress

EXPIRY_WARNING_MONTHS = 6


PHASE_KINDS = ("deferred", "spread", "interest_only", "ordinary")


@dataclass
class Phase:
    """A stretch of months with one payment rule and rate: a relief starts one,
    its end starts another, and so does a fixed rate's expiry inside it."""

    kind: str  # one of PHASE_KINDS
    start: dt.date
    first_month: int  # months from the assessment date
    months: int
    payment: float  # monthly, the phase's first month (fee included)
    rate_pct: float  # the loan's rate in force in the phase
    residual: float  # G - payment + the deduction on the interest of the phase's first 12 months


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
    phases: list[Phase] = field(default_factory=list)  # where the payment changes, in order

    @property
    def label(self) -> str:
        return self.relief.label

    @property
    def weakest(self) -> Phase | None:
        """The phase with the smallest residual: the one that binds."""
        return min(self.phases, key=lambda ph: ph.residual) if self.phases else None


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
    ended: bool = False  # the binding period ended on or before the assessment date

    @property
    def jump(self) -> float:
        return self.payment_after - self.payment_now


@dataclass
class FollowUp:
    budget: CaseResult
    loan: ExistingLoan
    reliefs: list[ReliefResult]
    expiry: Expiry | None
    breakcost: BreakCostTable | None = None  # the loan's fixed rate left early (None: floating or ended)


def _months_between(a: dt.date, b: dt.date) -> int:
    return max((b.year - a.year) * 12 + b.month - a.month - (b.day < a.day), 0)


def add_months(d: dt.date, months: int) -> dt.date:
    """The same day `months` later; a day the month lacks becomes its last day
    (31.01 + 1 month = 28.02, or 29.02 in a leap year; 30.03.2026 + 12 = 30.03.2027).

    >>> add_months(dt.date(2026, 3, 30), 12), add_months(dt.date(2028, 1, 31), 1)
    (datetime.date(2027, 3, 30), datetime.date(2028, 2, 29))
    """
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def rate_after_expiry(case: Case, loan: ExistingLoan) -> float:
    return loan.expiry_rate_pct if loan.expiry_rate_pct is not None else case.floating_rate_pct + loan.markup_pp


def _fixed_months(case: Case, loan: ExistingLoan) -> int:
    if loan.rate_type != "fixed" or not loan.fixed_until:
        return 0
    return _months_between(case.assessment_date, dt.date.fromisoformat(loan.fixed_until))


def existing_breakcost(case: Case) -> BreakCostTable | None:
    """Over-/underkurs of the existing loan's fixed rate if it is repaid or moved
    now or 1, 3 or 5 years from the case date, for market moves of −2 … +2 pp.

    The loan runs as scheduled (monthly terms, its remaining term) at the agreed
    rate until the binding period ends; the cost is the present value of the
    rate difference on the balance then over the binding period left, as for a
    new loan (core/breakcost.py). None for a floating rate or a binding period
    that has ended.

    >>> from .model import ExistingLoan
    >>> c = Case(date="2026-12-01", existing=ExistingLoan(balance=1_200_000, remaining_years=20, rate_pct=5.0,
    ...          rate_type="fixed", fixed_until="2030-12-01"))
    >>> t = existing_breakcost(c)
    >>> t.fixed_months, round(t.cell(1, -1.0).cost)  # 36 months left then, rates 1 pp lower: overkurs
    (48, 31302)
    >>> t.cell(5, 0.0) is None  # the binding period is over after 5 years
    True
    """
    loan = case.existing
    months = _fixed_months(case, loan) if loan is not None else 0
    if loan is None or months <= 0:
        return None
    left = loan.remaining_years * 12 + loan.remaining_extra_months
    sched = loans.build_schedule(loans.LoanSpec(loan.balance, loan.rate_pct, left, loan.repayment, 12))
    t = table_for_schedule(sched, loan.rate_pct, math.ceil(months / 12), loan.label, EXISTING_YEARS,
                           fixed_terms=min(months, left))
    return replace(t, fixed_months=min(months, left), fixed_until=loan.fixed_until)


# The regulation's limits (core/limits.py); beyond them a warning, not a refusal.
MAX_INTEREST_ONLY_MONTHS = limits.MAX_INTEREST_ONLY_MONTHS  # 8 years over the loan's life (§ 8-5)
MAX_DEFER_MONTHS = limits.MAX_DEFERRAL_MONTHS  # interest deferred and added to the loan, up to 2.5 years (§ 8-8)
MAX_TOTAL_YEARS = limits.MAX_TERM_YEARS


def existing_loan(case: Case) -> ExistingLoan:
    """The case's running loan; ValidationError for a case without one."""
    if case.existing is None:
        raise ValidationError("existing", tr("Saken har ikke noe eksisterende lån å følge opp."))
    return case.existing


def validate_relief(case: Case, r: Relief) -> None:
    """What the engine cannot compute is refused; the regulation's limits are
    warnings (limit_notes): municipal rules cannot be absolute, and Husbanken's
    guide allows interest-only beyond eight years for a loan in trouble."""
    loan = existing_loan(case)
    left = loan.remaining_years * 12 + loan.remaining_extra_months
    if not 0 <= r.interest_only_months <= limits.MAX_INTEREST_ONLY_MONTHS:
        raise ValidationError("interest_only_months", tr("«{relief}»: avdragsfrihet kan være høyst {years} år i én "
                                                         "periode.").format(relief=r.label,
                                                                            years=limits.MAX_INTEREST_ONLY_YEARS))
    if not 0 <= r.extend_years <= limits.MAX_TERM_YEARS - math.ceil(left / 12):
        raise ValidationError("extend_years", tr("«{relief}»: gjenstående løpetid kan ikke bli over {years} år.").format(
            relief=r.label, years=limits.MAX_TERM_YEARS))
    if not 0 <= r.defer_months < left or not 0 <= r.defer_spread_months <= limits.MAX_DEFERRAL_SPREAD_MONTHS:
        raise ValidationError("defer_months", tr("«{relief}»: utsettelsen må være kortere enn gjenstående løpetid, "
                                                 "nedbetalt over 0–{spread} måneder.").format(
            relief=r.label, spread=limits.MAX_DEFERRAL_SPREAD_MONTHS))
    if r.interest_only_months and r.defer_months:
        raise ValidationError("defer_months", tr("«{relief}»: velg enten avdragsfrihet eller betalingsutsettelse.").format(
            relief=r.label))
    if any(not 0 <= i < len(case.debts) for i in r.refinance_debts):
        raise ValidationError("refinance_debts", tr("«{relief}»: gjelden som skal refinansieres finnes ikke.").format(
            relief=r.label))
    if r.defer_months and r.defer_spread_months and r.defer_months + r.defer_spread_months >= left + r.extend_years * 12:
        raise ValidationError("defer_spread_months", tr("«{relief}»: de utsatte terminene må være betalt før lånet er "
                                                        "nedbetalt.").format(relief=r.label))


def limit_notes(case: Case, r: Relief) -> list[str]:
    """Warnings, never refusals, where a relief goes beyond the regulation's
    usual limits; each asks for (or quotes) the caseworker's reason.

    >>> from .model import ExistingLoan
    >>> c = Case(existing=ExistingLoan(interest_only_used_months=90))
    >>> note = limit_notes(c, Relief("Avdragsfri", interest_only_months=12, reason="Sykdom"))[0]
    >>> note.startswith("⚑ Avdragsfrihet utover 8 år"), note.endswith("Begrunnelse: Sykdom")
    (True, True)
    """
    loan = existing_loan(case)
    reason = (tr("Begrunnelse: {reason}").format(reason=r.reason.strip()) if r.reason.strip()
              else tr("Begrunnelse mangler: skriv hvorfor i tiltaket."))
    notes = []
    used = loan.interest_only_used_months + r.interest_only_months
    if r.interest_only_months and used > MAX_INTEREST_ONLY_MONTHS:
        notes.append("⚑ " + tr("Avdragsfrihet utover {years} år over lånets levetid ({used} mnd i alt). Husbankens "
                               "veileder åpner for det ved betalingsproblemer.").format(
            used=used, years=limits.MAX_INTEREST_ONLY_YEARS) + " " + reason)
    if r.defer_months > MAX_DEFER_MONTHS:
        notes.append("⚑ " + tr("Utsettelse over {months} måneder (forskriften § 8-8 åpner for inntil {years} år).").format(
            months=MAX_DEFER_MONTHS, years=fmt_number(MAX_DEFER_MONTHS / 12, 1)) + " " + reason)
    left = loan.remaining_years * 12 + loan.remaining_extra_months
    total = loan.years_elapsed + math.ceil(left / 12) + r.extend_years
    if r.extend_years and total > MAX_TOTAL_YEARS:
        notes.append("⚑ " + tr("Samlet løpetid {years} år, over {max} år.").format(years=total, max=MAX_TOTAL_YEARS)
                     + " " + reason)
    return notes


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


@dataclass
class _Stream:
    """What the household pays and the interest that runs, month by month from
    the assessment date, for one relief option."""

    payments: list[float]
    interest: list[float]
    rates: list[float]
    boundaries: dict[int, str]  # first month of each phase -> its kind
    deferred_interest: float = 0.0  # interest added to the balance, or run on deferred terms
    arrears: loans.Schedule | None = None  # spread deferral: the deferred terms' own repayment
    expiry_month: int | None = None  # the month a fixed rate ends in, inside the loan


def _capitalised(case: Case, loan: ExistingLoan, r: Relief, balance: float) -> tuple[float, float]:
    """(balance after the deferral, interest added): nothing is paid, the
    interest of each month at the rate in force is added to the loan."""
    grown = balance
    for m in range(r.defer_months):
        grown *= 1 + _rate_in_month(case, loan, m) / 1200
    return grown, grown - balance


def _arrears(case: Case, loan: ExistingLoan, r: Relief, sched: loans.Schedule) -> tuple[loans.Schedule, float]:
    """Spread deferral: the D ordinary terms not paid are owed as arrears that
    carry the loan's rate in force, and are repaid as an annuity over M months
    after the deferral (a fixed rate ending meanwhile switches them too).
    Returns (the arrears' repayment schedule, interest run during the deferral).

    .. math:: A_D = \\sum_{j<D} c_j \\prod_{j<i<D} (1 + r_i)

    with :math:`c_j` the ordinary payment of month j and :math:`r_i` the monthly rate."""
    owed = 0.0
    for m in range(r.defer_months):
        owed = owed * (1 + _rate_in_month(case, loan, m) / 1200) + sched.payment(m)
    run = owed - sum(sched.payment(m) for m in range(r.defer_months))
    fixed = max(_fixed_months(case, loan) - r.defer_months, 0) if loan.rate_type == "fixed" else 0
    with_expiry = 0 < fixed < r.defer_spread_months
    spec = loans.LoanSpec(owed, _rate_in_month(case, loan, r.defer_months), r.defer_spread_months, "annuity", 12,
                          0, 0.0, 0.0, fixed if with_expiry else 0,
                          rate_after_expiry(case, loan) if with_expiry else None)
    return loans.build_schedule(spec), run


def _stream(case: Case, loan: ExistingLoan, r: Relief, sched: loans.Schedule, offset: int) -> _Stream:
    """The month-by-month payments of a relief. `offset`: months of capitalised
    deferral before `sched` starts."""
    d = r.defer_months
    pays = [0.0] * offset + list(sched.payments)
    rates = [_rate_in_month(case, loan, m) for m in range(offset)] + list(sched.rate_pct)
    interest = [0.0] * offset + list(sched.interest)
    bounds = {0: "ordinary"}
    extra, arrears = 0.0, None
    if d:
        bounds[0] = "deferred"
        bounds[d] = "ordinary"
    if d and r.defer_spread_months:
        arrears, extra = _arrears(case, loan, r, sched)
        for m in range(d):
            pays[m] = 0.0
        for j in range(r.defer_spread_months):
            pays[d + j] += arrears.payment(j)
            interest[d + j] += arrears.interest[j]
        interest[0] += extra  # run on the deferred terms, not yet paid: counted once, at the start
        bounds[d] = "spread"
        bounds[d + r.defer_spread_months] = "ordinary"
    elif d:  # capitalised: the interest of the deferral months is added to the loan
        grown = sched.spec.amount
        for m in range(d - 1, -1, -1):
            before = grown / (1 + rates[m] / 1200)
            interest[m] = grown - before
            grown = before
    io = sched.spec.interest_only_months
    if io:
        bounds[0] = "interest_only"
        bounds.setdefault(offset + io, "ordinary")
    expiry_month = None
    if sched.spec.fixed_months:
        expiry_month = offset + sched.spec.fixed_months
    elif arrears is not None and arrears.spec.fixed_months:
        expiry_month = d + arrears.spec.fixed_months
    if expiry_month is not None and expiry_month not in bounds:
        bounds[expiry_month] = _kind_at(bounds, expiry_month)
    else:
        expiry_month = None  # a relief boundary in the same month: that one names the date
    bounds = {m: k for m, k in bounds.items() if m < len(pays)}
    return _Stream(pays, interest, rates, dict(sorted(bounds.items())), extra, arrears, expiry_month)


def _kind_at(bounds: dict[int, str], month: int) -> str:
    """The kind of the phase a month falls in (the latest boundary before it)."""
    return bounds[max(m for m in bounds if m <= month)]


def _phases(today: dt.date, st: _Stream, g: float, deduct, fixed_until: str) -> list[Phase]:
    """One phase per stretch between boundaries; each phase's residual carries
    the deduction on the interest of its own first 12 months. A phase that a
    fixed rate's end starts is dated by that end, as the caseworker knows it."""
    starts = list(st.boundaries)
    out: list[Phase] = []
    for i, m in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(st.payments)
        ded = deduct(math.fsum(st.interest[m:m + 12]))  # monthly value, capped at the tax paid
        pay, kind = st.payments[m], st.boundaries[m]
        if out and out[-1].kind == kind and abs(out[-1].payment - pay) < 0.005:  # e.g. a rate change while deferred
            out[-1].months += end - m
            continue
        start = dt.date.fromisoformat(fixed_until) if m == st.expiry_month and fixed_until else add_months(today, m)
        out.append(Phase(kind, start, m, end - m, pay, st.rates[m], g - pay + ded))
    return out


def _relief(case: Case, base: CaseResult, r: Relief, ordinary: ReliefResult | None, k: float) -> ReliefResult:
    loan = existing_loan(case)
    validate_relief(case, r)
    refinanced = [case.debts[i] for i in sorted(set(r.refinance_debts))]
    balance = loan.balance + sum(d.balance for d in refinanced)
    freed = sum(base.other_costs[i].amount for i in sorted(set(r.refinance_debts)))
    capitalise = r.defer_months and not r.defer_spread_months
    offset = r.defer_months if capitalise else 0
    deferred_interest = 0.0
    if capitalise:
        balance, deferred_interest = _capitalised(case, loan, r, balance)
    spec = _spec(case, loan, r, balance, offset)
    sched = loans.build_schedule(spec)
    today = case.assessment_date
    g = base.available_for_startlan + freed
    st = _stream(case, loan, r, sched, offset)
    deduct = base.startlan_deduction if k else (lambda _interest: 0.0)
    phases = _phases(today, st, g, deduct, loan.fixed_until if loan.rate_type == "fixed" else "")
    relief_months = (r.defer_months + r.defer_spread_months) if r.defer_months else r.interest_only_months
    back = next((ph for ph in phases if ph.first_month >= relief_months), phases[-1])
    during = phases[0]
    total_interest = sched.total_interest + deferred_interest + st.deferred_interest + (
        st.arrears.total_interest if st.arrears else 0.0)
    stress, _ = stress_rate(case, loan.rate_pct)
    # one rate-rise model: every floating rate rises as much as the loan does to its stress rate
    g_stressed = g - stress_besides_startlan(case, rise_to_stress(case, loan.rate_pct), base.bank_stress_extra,
                                             r.refinance_debts)
    stressed_pay = balance * loans.governing_payment_per_krone(spec, stress) + loan.term_fee
    stressed_ded = (base.startlan_deduction(balance * loans.first_year_interest_per_krone(spec, stress), True)
                    if k else 0.0)
    avoided = _avoided_interest(refinanced)
    notes = limit_notes(case, r) + _notes(base, r, st, deferred_interest, freed, avoided)
    notes += _phase_notes(phases, relief_months)
    return ReliefResult(
        relief=r, spec=spec, schedule=sched, payment_during=during.payment, payment_after=back.payment,
        relief_months=relief_months, back_to_ordinary=add_months(today, relief_months) if relief_months else None,
        ends=add_months(today, len(st.payments)), total_interest=total_interest,
        extra_interest=0.0 if ordinary is None else total_interest - ordinary.total_interest - avoided,
        payment_after_expiry=sched.payment_after_fixed(),
        # the capitalised interest is in the principal repaid; arrears add their interest
        total_paid=sched.total_paid + st.deferred_interest + (st.arrears.total_interest if st.arrears else 0.0),
        residual_during=during.residual, residual_after=back.residual,
        residual_stressed=g_stressed - stressed_pay + stressed_ded, freed_debt_payments=freed, notes=notes,
        phases=phases)


def _notes(base: CaseResult, r: Relief, st: _Stream, deferred_interest: float, freed: float,
           avoided: float) -> list[str]:
    notes = []
    if st.arrears is not None:
        notes.append(tr("De {deferred} utsatte terminene ({owed} med renter) betales over {months} måneder i tillegg "
                        "til ordinært terminbeløp, med lånets rente; sluttdatoen er den samme.").format(
            deferred=r.defer_months, owed=fmt_kr(st.arrears.spec.amount), months=r.defer_spread_months))
    if r.defer_months and not r.defer_spread_months:
        notes.append(tr("Påløpte renter i utsettelsen ({amount}) legges til lånet.").format(amount=fmt_kr(deferred_interest)))
    if freed:
        notes.append(tr("Refinansiert gjeld: {debts} ({freed} per måned faller bort; {avoided} i renter på den gjelden "
                        "spares).").format(debts=", ".join(base.other_costs[i].label for i in r.refinance_debts),
                                           freed=fmt_kr(freed), avoided=fmt_kr(avoided)))
    return notes


def _phase_notes(phases: list[Phase], relief_months: int) -> list[str]:
    """A fixed rate that ends while the relief lasts changes the payment inside
    it: say so, with the payment and residual of each phase."""
    inside = [ph for ph in phases[1:] if ph.first_month < relief_months]
    if not inside:
        return []
    steps = "; ".join(tr("fra {date}: {payment} ({rate}), restbeløp {residual}").format(
        date=fmt_date(ph.start), payment=fmt_kr(ph.payment), rate=fmt_rate(ph.rate_pct), residual=fmt_kr(ph.residual))
        for ph in phases)
    return [tr("Terminbeløpet endrer seg i lettelsen: {steps}.").format(steps=steps)]


def expiry(case: Case, base: CaseResult, k: float) -> Expiry | None:
    """The payment jump when the existing loan's fixed rate ends. A period that
    ends within the coming month, or has already ended, still shows the jump:
    from the payment at the fixed rate to the one at the rate after expiry."""
    loan = case.existing
    if loan is None or loan.rate_type != "fixed" or not loan.fixed_until:
        return None
    until = dt.date.fromisoformat(loan.fixed_until)
    months_left = _months_between(case.assessment_date, until)
    spec = _spec(case, loan, Relief(), loan.balance, 0)
    start = min(months_left, spec.n_terms - 1) if months_left else 0
    sched = loans.build_schedule(spec, upto=start + 12)  # the terms used below, not the whole plan (issue 23)
    if months_left:
        now, after = sched.first_payment, sched.payment(start)
    else:  # the schedule is at the rate after expiry from the first month
        now = loan.balance * loans.governing_payment_per_krone(spec, loan.rate_pct) + loan.term_fee
        after = sched.first_payment
    ded = base.startlan_deduction(sum(sched.interest[start:start + 12])) if k else 0.0
    return Expiry(until, months_left, loan.rate_pct, rate_after_expiry(case, loan), now, after,
                  base.available_for_startlan - after + ded, months_left <= EXPIRY_WARNING_MONTHS,
                  until <= case.assessment_date)


def default_reliefs(case: Case) -> list[Relief]:
    """The options a follow-up case starts with: the three common measures,
    refinancing of dear debt, and a combination."""
    loan = existing_loan(case)
    left = loan.remaining_years * 12 + loan.remaining_extra_months
    extend = max(min(limits.MAX_TERM_YEARS - loan.years_elapsed - math.ceil(left / 12), limits.MAX_TERM_YEARS), 0)
    dear = [i for i, d in enumerate(case.debts) if d.balance > 0 and d.rate_pct > loan.rate_pct + limits.DEAR_DEBT_MARGIN_PP]
    io = 12  # also when the eight years are used up: then with a warning (Husbanken's guide)
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
    existing = existing_loan(case)
    base = base or compute(case)
    k = _deduction_rate(case)
    reliefs = case.reliefs or default_reliefs(case)
    ordinary = _relief(case, base, Relief(tr("Ingen endring")), None, k)
    results = [_relief(case, base, r, ordinary, k) for r in reliefs]
    return FollowUp(base, existing, results, expiry(case, base, k), existing_breakcost(case))


def describe(fu: FollowUp, r: ReliefResult) -> str:
    """The chosen measure in words the household can follow, phase by phase."""
    text = f"{r.label}: "
    first, later = r.phases[0], r.phases[1:]
    if r.relief_months:
        text += tr("i {months} måneder betaler dere {payment} i måneden. ").format(
            months=first.months, payment=fmt_kr(first.payment))
    else:
        text += tr("terminbeløpet blir {after} i måneden. ").format(after=fmt_kr(first.payment))
    previous = first
    for ph in later:
        if ph.rate_pct != previous.rate_pct:
            text += tr("Fra {date} blir terminbeløpet {payment}, med {rate} rente etter bindingstiden. ").format(
                date=fmt_date(ph.start), payment=fmt_kr(ph.payment), rate=fmt_rate(ph.rate_pct))
        else:
            text += tr("Fra {date} blir terminbeløpet {payment}. ").format(date=fmt_date(ph.start),
                                                                          payment=fmt_kr(ph.payment))
        previous = ph
    text += tr("Lånet er nedbetalt {date}. ").format(date=fmt_date(r.ends))
    if r.extra_interest > 0.5:
        text += tr("Det koster {amount} mer i renter enn uten endring.").format(amount=fmt_kr(r.extra_interest))
    elif r.extra_interest < -0.5:
        text += tr("Det gir {amount} mindre i renter enn uten endring.").format(amount=fmt_kr(-r.extra_interest))
    return text
