"""A scenario → its loan parts and its phases: the one place that says what a
scenario's startlån is.

A plain loan has one part; a split loan two (the fixed part and the floating
part, computed separately and added, as the lender does). A loan with an
interest-only period has two phases: during it (interest only, the other
debts still running) and after it (the full payment, the debts repaid by then
gone). The budget assesses each phase and the binding one decides.

The figures of a phase come from `part_figures`, a closed form of the payment
plan per krone borrowed: the payment of the phase's first term and the interest
of the twelve months from there, with every rate moved by a rise. It agrees
with `loans.build_schedule` to rounding error (tested), and costs a handful of
operations, so the break-even search and the rate curve can call it freely.

The loan terms are Husbanken's (domain.md § 2, § 11): 50 years at the most,
interest-only 8 years at the most, binding periods of 3, 5, 10 or 20 years,
the municipality's markup on top of Husbanken's rate.

>>> case = Case(scenarios=[Scenario(amount=2_000_000, term_years=50, base_rate_pct=4.025)])
>>> spec = scenario_spec(case, case.scenarios[0])
>>> pay, interest = loan_figures(loan_parts(case, case.scenarios[0], spec), 0)
>>> round(pay, 2), round(interest, 2)
(8081.88, 85272.32)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter

from . import loans
from .model import Case, Debt, Scenario

#: Debts that never end on their own: they run through every phase.
OPEN_ENDED = ("credit_card",)


def interest_only_months(case: Case, s: Scenario) -> int:
    """The interest-only period of a scenario, in months.

    As typed; or, with `interest_only_until_debts_repaid`, until the other
    debts with a known remaining term (student loans aside) are repaid, at
    most 8 years (`limits.MAX_INTEREST_ONLY_YEARS`), a year shorter than the
    term, in whole terms. The trial loan has none.

    Examples
    --------
    >>> interest_only_months(Case(), Scenario(interest_only_years=2, interest_only_extra_months=6))
    30
    >>> case = Case(debts=[Debt(remaining_years=3.5), Debt(kind="student_loan", remaining_years=20)])
    >>> interest_only_months(case, Scenario(interest_only_until_debts_repaid=True))
    42
    >>> interest_only_months(Case(debts=[Debt(remaining_years=12)]), Scenario(interest_only_until_debts_repaid=True))
    96
    """
    term = loans.months(s.term_years, s.term_extra_months)
    if not s.interest_only_until_debts_repaid or s.repayment == loans.TRIAL:
        return loans.months(s.interest_only_years, s.interest_only_extra_months)
    debt_months = [debt_months_left(d) for d in case.debts if d.remaining_years > 0 and d.kind != "student_loan"]
    months = min(max(debt_months, default=0), loans.MAX_INTEREST_ONLY_YEARS * 12, max(term - 12, 0))
    per_term = 12 // s.terms_per_year
    return months - months % per_term


def debt_months_left(d: Debt) -> int:
    """The months a debt still runs: its years left, rounded up to whole months.

    >>> debt_months_left(Debt(remaining_years=3.5)), debt_months_left(Debt(remaining_years=2.01))
    (42, 25)
    """
    return math.ceil(d.remaining_years * 12)


def rate_after_fixed(case: Case, s: Scenario) -> float:
    """The rate after the binding period: as typed, else today's floating
    Husbanken rate plus the scenario's markup.

    >>> rate_after_fixed(Case(floating_rate_pct=4.025), Scenario(markup_pp=0.25))
    4.275
    >>> rate_after_fixed(Case(), Scenario(rate_after_fixed_pct=6.0))
    6.0
    """
    return s.rate_after_fixed_pct if s.rate_after_fixed_pct is not None else case.floating_rate_pct + s.markup_pp


def floating_part_rate(case: Case, s: Scenario) -> float:
    """A split loan's floating part's rate: its own Husbanken rate (else
    today's floating rate) plus the markup.

    >>> floating_part_rate(Case(floating_rate_pct=4.025), Scenario(markup_pp=0.25))
    4.275
    """
    base = s.floating_base_rate_pct if s.floating_base_rate_pct is not None else case.floating_rate_pct
    return base + s.markup_pp


def fixed_share(s: Scenario) -> float:
    """The fixed part's share of the amount: 1 for a fixed loan, 0 for a floating one.

    >>> fixed_share(Scenario(rate_type="fixed")), fixed_share(Scenario(rate_type="split", fixed_share_pct=60))
    (1.0, 0.6)
    """
    return {"fixed": 1.0, "floating": 0.0}.get(s.rate_type, s.fixed_share_pct / 100)


def scenario_spec(case: Case, s: Scenario) -> loans.LoanSpec:
    r"""The whole loan of a scenario as the engine sees it.

    Parameters
    ----------
    case : Case
        Today's floating rate (after a binding period) and the other debts
        (interest-only until they are repaid).
    s : Scenario

    Returns
    -------
    loans.LoanSpec
        Amount, term (10 years for the trial loan), fees, interest-only and,
        for a fixed or split loan, the binding period and the rate after it.

    Notes
    -----
    The nominal rate is Husbanken's plus the markup, :math:`i = b + m`. For a
    split loan with fixed share :math:`w` the spec's rate is the
    amount-weighted :math:`w i_{fixed} + (1 - w) i_{floating}`; its figures
    come from the parts (`loan_parts`).

    Examples
    --------
    2 000 000 kr, 60 % fixed at 4,25 % + 0,25 and the rest floating at
    4,025 % + 0,25: 0,6 · 4,5 + 0,4 · 4,275 = 4,41 %.

    >>> s = Scenario(amount=2_000_000, term_years=50, rate_type="split", fixed_share_pct=60, base_rate_pct=4.25)
    >>> spec = scenario_spec(Case(floating_rate_pct=4.025), s)
    >>> round(spec.rate_pct, 3), spec.term_months, spec.fixed_months, spec.rate_after_fixed_pct
    (4.41, 600, 60, 4.275)
    """
    fixed = s.rate_type in ("fixed", "split")
    share = fixed_share(s)
    rate = s.nominal_rate_pct
    if s.rate_type == "split":
        rate = share * s.nominal_rate_pct + (1 - share) * floating_part_rate(case, s)
    term = loans.months(s.term_years, s.term_extra_months)
    if s.repayment == loans.TRIAL:  # the trial loan ends after 10 years whatever term was typed
        term = loans.TRIAL_TERM_YEARS * 12
    return loans.LoanSpec(
        amount=s.amount, rate_pct=rate,
        term_months=term, repayment=s.repayment,
        terms_per_year=s.terms_per_year, interest_only_months=interest_only_months(case, s),
        establishment_fee=s.establishment_fee, term_fee=s.term_fee,
        fixed_months=s.fixed_years * 12 if fixed else 0,
        rate_after_fixed_pct=rate_after_fixed(case, s) if fixed else None)


def loan_parts(case: Case, s: Scenario, spec: loans.LoanSpec) -> list[loans.LoanSpec]:
    """The loan's parts, each with its own amount and rates.

    One part for a fixed or floating loan; a split loan's fixed part
    (:math:`w A` at the fixed rate, with its binding period) and floating part
    (:math:`(1 - w) A` at the floating rate). Fees stay with the whole loan
    (`spec`).

    Examples
    --------
    >>> case = Case(floating_rate_pct=4.025)
    >>> s = Scenario(amount=2_000_000, term_years=50, rate_type="split", fixed_share_pct=60, base_rate_pct=4.25)
    >>> [(p.amount, p.rate_pct, p.fixed_months) for p in loan_parts(case, s, scenario_spec(case, s))]
    [(1200000.0, 4.5, 60), (800000.0, 4.275, 0)]
    """
    if s.rate_type != "split":
        return [_part(spec, spec.amount, spec.rate_pct, spec.fixed_months, spec.rate_after_fixed_pct)]
    fixed_amount = s.amount * fixed_share(s)
    return [_part(spec, fixed_amount, s.nominal_rate_pct, spec.fixed_months, spec.rate_after_fixed_pct),
            _part(spec, s.amount - fixed_amount, floating_part_rate(case, s), 0, None)]


def _part(spec: loans.LoanSpec, amount: float, rate_pct: float, fixed_months: int,
          rate_after: float | None) -> loans.LoanSpec:
    """A part of `spec` (`dataclasses.replace` would do it, at several times the cost): no fees."""
    return loans.LoanSpec(amount, rate_pct, spec.term_months, spec.repayment, spec.terms_per_year,
                          spec.interest_only_months, 0.0, 0.0, fixed_months, rate_after)


def build_scenario_schedule(case: Case, s: Scenario, spec: loans.LoanSpec) -> loans.Schedule:
    """The payment plan of a scenario (`loans.build_schedule`); a split loan is
    its two parts computed separately and added (`loans.combine`), as the
    lender does.

    A plan depends on its loan inputs alone (`spec` and, for a split loan, the
    parts), so it is built once per distinct loan and reused while they are
    unchanged: an income or cost edit rebuilds none (issue 23). The caller
    gets its own copy; changing it cannot change the next caller's plan.

    Examples
    --------
    The split loan of `loan_parts`: 5 032,68 + 3 232,75 kr a month
    (numpy-financial ``pmt`` on each part).

    >>> case = Case(floating_rate_pct=4.025)
    >>> s = Scenario(amount=2_000_000, term_years=50, rate_type="split", fixed_share_pct=60, base_rate_pct=4.25)
    >>> round(build_scenario_schedule(case, s, scenario_spec(case, s)).first_payment, 2)
    8265.43
    """
    return loan_schedule(spec, tuple(loan_parts(case, s, spec)) if s.rate_type == "split" else ())


def scenario_schedule(s: Scenario, spec: loans.LoanSpec, parts: list[loans.LoanSpec]) -> loans.Schedule:
    """`build_scenario_schedule` for a caller that has the loan's parts (`loan_parts`) already."""
    return loan_schedule(spec, tuple(parts) if s.rate_type == "split" else ())


def loan_schedule(spec: loans.LoanSpec, parts: tuple[loans.LoanSpec, ...] = ()) -> loans.Schedule:
    """`loans.build_schedule(spec)`, or for a loan in `parts` their `loans.combine`,
    built once per distinct loan (see `build_scenario_schedule`); a copy.

    Every call checks its input as a fresh build would: a loan in the cache
    passed the same checks (equal values of the same types), and a refused
    one is never kept, so it is refused again on every call."""
    return _copy(_schedule(spec, parts, _kinds(spec, *parts)), spec)


#: The plans kept: enough for every scenario of a large case while one is typed into
#: (a 50-year monthly plan is about 0,1 MB).
SCHEDULE_CACHE_SIZE = 32


@lru_cache(maxsize=SCHEDULE_CACHE_SIZE)
def _schedule(spec: loans.LoanSpec, parts: tuple[loans.LoanSpec, ...], _kinds: tuple) -> loans.Schedule:
    """The plan of one loan, checked and built once; never handed out (see `_copy`).
    Its effective rate is found here, once, rather than on each copy."""
    loans.validate(spec)
    for p in parts:
        loans.validate(p)
    if parts:
        sched = loans.combine([loans.build_schedule(p, check=False) for p in parts], spec)
    else:
        sched = loans.build_schedule(spec, check=False)
    sched.effective_rate_pct  # noqa: B018 (a cached property: computed once, copied with the plan)
    return sched


def _kinds(*specs: loans.LoanSpec) -> tuple:
    """What == leaves out of the cache key: each value's type, and the sign of
    each zero (2 and 2.0 are equal, as are 0.0 and -0.0, yet either can print
    differently). Equal specs have their zeros in the same places, and their
    other numbers of the same sign, so those signs tell them apart."""
    values = [v for sp in specs for v in _spec_values(sp)]
    return tuple(map(type, values)), tuple(math.copysign(1.0, v) for v in values if v == 0 and type(v) is float)


_spec_values = attrgetter(*(f.name for f in fields(loans.LoanSpec)))


def _copy(sched: loans.Schedule, spec: loans.LoanSpec) -> loans.Schedule:
    """A new Schedule with its own lists, and the values already derived from them."""
    out = loans.Schedule(spec, list(sched.interest), list(sched.principal), list(sched.balance),
                         list(sched.rate_pct), sched.balloon)
    for name, value in vars(sched).items():  # the cached properties (payments, totals, effective rate)
        if name not in vars(out):
            out.__dict__[name] = list(value) if isinstance(value, list) else value
    return out


# --- phases --------------------------------------------------------------------

@dataclass(frozen=True)
class Phase:
    """A stretch of the loan assessed on its own."""

    key: str  # "interest_only" or "repayment"
    start_term: int  # the phase's first term (0-based)
    start_month: int
    debts_gone: tuple[int, ...]  # indices into case.debts repaid before the phase starts


PHASE_LABELS = {"interest_only": "avdragsfri periode", "repayment": "med avdrag"}


def debts_repaid_by(case: Case, month: int) -> tuple[int, ...]:
    """The other debts with a known remaining term that are repaid by `month`
    (indices into ``case.debts``; a credit card never ends).

    >>> case = Case(debts=[Debt(remaining_years=3), Debt(remaining_years=10), Debt(kind="credit_card")])
    >>> debts_repaid_by(case, 60), debts_repaid_by(case, 0)
    ((0,), ())
    """
    if month <= 0:
        return ()
    return tuple(i for i, d in enumerate(case.debts)
                 if d.kind not in OPEN_ENDED and d.remaining_years > 0 and debt_months_left(d) <= month)


def phases(case: Case, spec: loans.LoanSpec) -> list[Phase]:
    """The stretches of a loan the budget assesses on their own.

    One phase for a loan that repays from the start; two with an interest-only
    period: during it, and after it without the debts repaid by then
    (Husbanken's guide: the weakest period decides, domain.md § 3).

    Examples
    --------
    >>> case = Case(debts=[Debt(remaining_years=3)])
    >>> [(p.key, p.start_month, p.debts_gone) for p in phases(case, loans.LoanSpec(1, 4.275, 600, interest_only_months=60))]
    [('interest_only', 0, ()), ('repayment', 60, (0,))]
    """
    io = spec.interest_only_terms
    if not io:
        return [Phase("repayment", 0, 0, ())]
    return [Phase("interest_only", 0, 0, ()),
            Phase("repayment", io, spec.interest_only_months, debts_repaid_by(case, spec.interest_only_months))]


# --- closed-form figures of a part ------------------------------------------------

def _advance(balance: float, r: float, level: float, mode: str, m: int) -> tuple[float, float]:
    """(interest paid, balance after) over m terms of one homogeneous stretch:
    interest only, an annuity with payment `level`, or serial instalments of `level`.

    Annuity: b_j = b·g^j − L·(g^j − 1)/r with g = 1 + r, so the interest over m
    terms is r·b·S − L·(S − m), S = Σ_{j<m} g^j = (g^m − 1)/r.
    """
    if m <= 0:
        return 0.0, balance
    if mode == "interest_only":
        return m * balance * r, balance
    if mode == "serial":
        return r * (m * balance - level * m * (m - 1) / 2), balance - level * m
    if r == 0:
        return 0.0, balance - level * m
    s = math.expm1(m * math.log1p(r)) / r
    return r * balance * s - level * (s - m), balance * (1 + r * s) - level * s


def part_figures(part: loans.LoanSpec, start_term: int, rise_pp: float = 0.0) -> tuple[float, float]:
    """Per krone of the part: (payment of term `start_term`, interest over the
    twelve months from it), every rate moved by `rise_pp` (never below 0).

    The plan follows `loans.build_schedule`: interest only for the first
    `interest_only_terms`, the rate changing when the binding period ends, the
    annuity recomputed on the balance over the remaining terms when repayment
    starts and when the rate changes.

    Examples
    --------
    A 1 000 000 kr annuity over 25 years at 5 %: 5 845,90 kr a month.

    >>> spec = loans.LoanSpec(1_000_000, 5.0, 300)
    >>> pay, interest = part_figures(spec, 0)
    >>> round(1_000_000 * pay, 2)
    5845.9

    Per krone the figures depend on the loan's shape and its rates per term
    alone, not on the amount: they are worked out once per distinct shape,
    term and rates and kept (`_figures`), so the scenario's own figures, its
    largest loan (the same parts per krone) and the next edit's, which
    changes no loan, reuse them (issue 23).
    """
    tpy = part.terms_per_year
    r1 = max(part.rate_pct + rise_pp, 0.0) / 100 / tpy
    after = part.rate_after_fixed_pct if part.rate_after_fixed_pct is not None else part.rate_pct
    r2 = max(after + rise_pp, 0.0) / 100 / tpy
    shape = (part.n_terms, part.interest_only_terms, tpy, part.sizing_terms,  # sized: n, or 30 years for the trial loan
             part.fixed_terms if part.fixed_months else 0, part.annuity_like, part.repayment)
    if r1 and r2:
        return _figures(*shape, start_term, r1, r2)
    # a zero rate is worked out afresh: -0.0 and 0.0 are one key, yet the sign can reach a figure
    return _shape_figures(*shape, start_term, r1, r2)


def _shape_figures(n: int, io: int, tpy: int, sized: int, fixed: int, annuity_like: bool, repayment: str,
                   start_term: int, r1: float, r2: float) -> tuple[float, float]:
    """`part_figures` for a part's shape (terms, interest-only and binding terms,
    the repayment) and its rates per term before and after the binding period."""
    cuts = sorted({0, io, n} | ({fixed} if 0 < fixed < n else set()) | ({start_term} if 0 < start_term < n else set()))
    window_end = start_term + tpy
    balance, level, payment, interest = 1.0, 0.0, 0.0, 0.0
    for a, b in zip(cuts, cuts[1:]):
        r = r2 if fixed and a >= fixed else r1
        if a == io:  # repayment starts: the level over the remaining terms
            level = loans.annuity_factor(r, sized - a) * balance if annuity_like else balance / (n - a)
        elif a == fixed and a > io and annuity_like:  # the rate changes: recomputed
            level = loans.annuity_factor(r, sized - a) * balance
        mode = "interest_only" if a < io else ("annuity" if annuity_like else repayment)
        if a == start_term:
            payment = balance * r if mode == "interest_only" else level + (balance * r if mode == "serial" else 0.0)
        if a >= window_end:
            break
        if b > start_term:  # the stretch overlaps the twelve months from start_term
            lead = max(start_term - a, 0)
            _, at = _advance(balance, r, level, mode, lead)
            paid, _ = _advance(at, r, level, mode, min(b, window_end) - a - lead)
            interest += paid
        _, balance = _advance(balance, r, level, mode, b - a)
    return payment, interest


#: The part figures kept (`part_figures`): a large case's ten scenarios need about 200
#: per edit, a break-even search's trial rises among them.
FIGURES_CACHE_SIZE = 4096
_figures = lru_cache(maxsize=FIGURES_CACHE_SIZE)(_shape_figures)


def loan_figures(parts: list[loans.LoanSpec], start_term: int, rise_pp: float = 0.0) -> tuple[float, float]:
    r"""The whole loan's payment and interest at a term, with rates risen.

    Parameters
    ----------
    parts : list of loans.LoanSpec
        The loan's parts (`loan_parts`).
    start_term : int
        The term (0-based) the phase starts at.
    rise_pp : float
        Percentage points every rate moves by (never below 0).

    Returns
    -------
    (float, float)
        The monthly payment excl. fees and the interest over the twelve months
        from `start_term`, kr: :math:`\sum_p A_p \, \text{part\_figures}(p)`.

    Examples
    --------
    2 000 000 kr at 4,275 % over 50 years, at today's rate and at the stress
    rate 7 % (Δ = 2,725 pp): 8 081,88 and 12 033,77 kr a month, 85 272,32 and
    139 855,88 kr interest in the first year (numpy-financial ``pmt``/``ipmt``).
    With 5 years' interest-only the first phase pays interest alone,
    2 000 000 · 4,275 % = 85 500 kr a year.

    >>> loan = [loans.LoanSpec(2_000_000, 4.275, 600)]
    >>> [round(x, 2) for x in loan_figures(loan, 0)], [round(x, 2) for x in loan_figures(loan, 0, 2.725)]
    ([8081.88, 85272.32], [12033.77, 139855.88])
    >>> [round(x, 2) for x in loan_figures([loans.LoanSpec(2_000_000, 4.275, 600, interest_only_months=60)], 0)]
    [7125.0, 85500.0]
    """
    pay = interest = 0.0
    for p in parts:
        per_term, year = part_figures(p, start_term, rise_pp)
        pay += p.amount * per_term
        interest += p.amount * year
    tpy = parts[0].terms_per_year if parts else 12
    return pay * tpy / 12, interest
