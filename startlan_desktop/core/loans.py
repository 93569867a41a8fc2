"""Loan engine: annuity and serial loans, interest-only start, fixed-then-floating
rates, fees, full schedules, effective rate, and the largest loan a payment carries.

Rates are nominal % per year (markup included); interest is charged in arrears
per term (etterskuddsvis). Figures keep full float precision; round only to show.
The loan terms are Husbanken's (domain.md § 2 and § 11); the formulas are the
ones numpy-financial's ``pmt``, ``ipmt`` and ``irr`` compute, which the tests
use as the independent check.

>>> spec = LoanSpec(2_000_000, 4.275, 600)
>>> round(build_schedule(spec).first_payment, 2)
8081.88
"""

from __future__ import annotations

import math
from dataclasses import field
from functools import cached_property

from .errors import ValidationError, check_range
from .i18n import tr
from .limits import MAX_AMOUNT, MAX_INTEREST_ONLY_YEARS, MAX_RATE_PCT, MAX_TERM_YEARS
from .record import record

TRIAL = "trial10"  # the first-time buyers' trial loan (startlån til førstegangsetablerere, domain § 11)
REPAYMENTS = ("annuity", "serial", TRIAL)
ANNUITY_LIKE = ("annuity", TRIAL)  # payments level over the sizing term
TRIAL_TERM_YEARS = 10  # the trial loan ends here, a balance left
TRIAL_SIZING_YEARS = 30  # its payment is that of a 30-year annuity
TRIAL_FIXED_YEARS = (3, 5, 10)
TERMS_PER_YEAR = (12, 4, 2)


@record(frozen=True)
class LoanSpec:
    """One loan as the engine sees it (the scenario resolves rates before this).

    Amounts in kr, rates nominal % per year, periods in months; a term
    (termin) is ``12 / terms_per_year`` months.

    Examples
    --------
    A 50-year loan with quarterly terms and 5 years' interest-only:

    >>> spec = LoanSpec(2_000_000, 4.275, 600, terms_per_year=4, interest_only_months=60)
    >>> spec.months_per_term, spec.n_terms, spec.interest_only_terms
    (3, 200, 20)
    """

    amount: float
    rate_pct: float  # nominal % per year for the first (or only) rate period
    term_months: int
    repayment: str = "annuity"
    terms_per_year: int = 12
    interest_only_months: int = 0
    establishment_fee: float = 0.0
    term_fee: float = 0.0
    fixed_months: int = 0  # 0: one rate for the whole term
    rate_after_fixed_pct: float | None = None

    @property
    def months_per_term(self) -> int:
        """Months in one term: 1, 3 or 6."""
        return 12 // self.terms_per_year

    @property
    def n_terms(self) -> int:
        """Terms over the whole term of the loan."""
        return self.term_months // self.months_per_term

    @property
    def interest_only_terms(self) -> int:
        """Terms of interest only at the start."""
        return self.interest_only_months // self.months_per_term

    @property
    def fixed_terms(self) -> int:
        """Terms of the binding period (0: one rate throughout)."""
        return self.fixed_months // self.months_per_term

    @property
    def sizing_terms(self) -> int:
        """Terms the level payment is sized over: the term, or 30 years for the
        trial loan (which ends after 10 with the rest of the balance left)."""
        if self.repayment == TRIAL:
            return TRIAL_SIZING_YEARS * self.terms_per_year
        return self.n_terms

    @property
    def annuity_like(self) -> bool:
        """Level payments (an annuity, or the trial loan sized as one)."""
        return self.repayment in ANNUITY_LIKE


def validate(spec: LoanSpec) -> None:
    """Check a loan against Husbanken's terms and the app's bounds.

    Parameters
    ----------
    spec : LoanSpec

    Raises
    ------
    ValidationError
        Naming the first field out of range (``field``) with a message for the
        caseworker: a term over 50 years, interest-only over 8 years or not
        shorter than the term, periods not in whole terms, a binding period as
        long as the term, a trial loan off its own terms (domain.md § 2, § 11).

    Examples
    --------
    >>> validate(LoanSpec(2_000_000, 4.275, 600))
    >>> try:
    ...     validate(LoanSpec(2_000_000, 4.275, 612))
    ... except ValidationError as e:
    ...     print(e.field)
    term
    """
    check_range("amount", tr("Lånebeløpet"), spec.amount, 0, MAX_AMOUNT, "kr")
    check_range("rate", tr("Renten"), spec.rate_pct, 0, MAX_RATE_PCT, "%")
    if spec.rate_after_fixed_pct is not None:
        check_range("rate_after_fixed", tr("Renten etter bindingstiden"), spec.rate_after_fixed_pct,
                    0, MAX_RATE_PCT, "%")
    if spec.repayment not in REPAYMENTS:
        raise ValidationError("repayment", tr("Lånetypen må være annuitet eller serie."))
    if spec.repayment == TRIAL:
        _validate_trial(spec)
    if spec.terms_per_year not in TERMS_PER_YEAR:
        raise ValidationError("terms_per_year", tr("Terminer per år må være 12, 4 eller 2."))
    if not 1 <= spec.term_months <= MAX_TERM_YEARS * 12:
        raise ValidationError("term", tr("Løpetiden må være mellom 1 måned og {years} år.").format(years=MAX_TERM_YEARS))
    if spec.term_months % spec.months_per_term:
        raise ValidationError("term", tr("Løpetiden må gå opp i hele terminer."))
    io = spec.interest_only_months
    if not 0 <= io <= MAX_INTEREST_ONLY_YEARS * 12:
        raise ValidationError("interest_only", tr("Avdragsfriheten kan være høyst {years} år.").format(
            years=MAX_INTEREST_ONLY_YEARS))
    if io >= spec.term_months:
        raise ValidationError("interest_only", tr("Avdragsfriheten må være kortere enn løpetiden."))
    if io % spec.months_per_term:
        raise ValidationError("interest_only", tr("Avdragsfriheten må gå opp i hele terminer."))
    if spec.fixed_months:
        if spec.fixed_months >= spec.term_months and spec.repayment != TRIAL:
            raise ValidationError("fixed_period", tr("Bindingstiden kan ikke være like lang som løpetiden."))
        if spec.fixed_months % spec.months_per_term:
            raise ValidationError("fixed_period", tr("Bindingstiden må gå opp i hele terminer."))
    check_range("establishment_fee", tr("Etableringsgebyret"), spec.establishment_fee, 0, 1_000_000, "kr")
    check_range("term_fee", tr("Termingebyret"), spec.term_fee, 0, 100_000, "kr")


def _validate_trial(spec: LoanSpec) -> None:
    """The trial loan's own terms: 10 years, no interest-only, binding 3, 5 or 10 years."""
    if spec.term_months != TRIAL_TERM_YEARS * 12:
        raise ValidationError("term", tr("Førstegangslånet løper i 10 år."))
    if spec.interest_only_months:
        raise ValidationError("interest_only", tr("Førstegangslånet kan ikke ha avdragsfrihet."))
    if spec.fixed_months and spec.fixed_months not in tuple(y * 12 for y in TRIAL_FIXED_YEARS):
        raise ValidationError("fixed_period", tr("Førstegangslånet har bindingstid 3, 5 eller 10 år."))


def balloon(amount: float, rate_pct: float, terms_per_year: int = 12) -> float:
    r"""The balance a trial loan leaves when it ends after 10 years (one rate).

    The payment is that of a 30-year annuity; after the 10 years' payments

    .. math::

        P = B \frac{r}{1 - (1 + r)^{-N}}, \qquad
        R = B (1 + r)^{n} - P \frac{(1 + r)^{n} - 1}{r}

    with :math:`B` the amount, :math:`r` the rate per term, :math:`N` the terms
    of 30 years and :math:`n` those of 10 years.

    Examples
    --------
    2 000 000 kr at 5 %: 10 736,43 kr a month, and 1 626 841 kr left after 10 years.

    >>> round(2_000_000 * annuity_factor(0.05 / 12, 360), 2)
    10736.43
    >>> round(balloon(2_000_000, 5.0))
    1626841
    """
    r = rate_pct / 100 / terms_per_year
    n = TRIAL_TERM_YEARS * terms_per_year
    pay = amount * annuity_factor(r, TRIAL_SIZING_YEARS * terms_per_year)
    if r == 0:
        return amount - pay * n
    g = math.exp(n * math.log1p(r))
    return amount * g - pay * math.expm1(n * math.log1p(r)) / r


def annuity_factor(periodic_rate: float, n: int) -> float:
    r"""Payment per krone of balance that repays it over `n` level terms.

    Parameters
    ----------
    periodic_rate : float
        The rate per term as a fraction (4,275 % a year, monthly: 0.04275 / 12).
    n : int
        Terms left, at least 1.

    Returns
    -------
    float
        The annuity payment (interest + principal) per krone.

    Notes
    -----
    .. math:: a(r, n) = \frac{r}{1 - (1 + r)^{-n}}, \qquad a(0, n) = \frac{1}{n}

    computed as ``r / -expm1(-n log1p(r))`` so that tiny rates keep their
    precision. It is ``-numpy_financial.pmt(r, n, 1)``.

    Examples
    --------
    2 000 000 kr at 4,275 % over 50 years, monthly (Husbanken's floating rate
    with the 0,25 pp markup):

    >>> round(2_000_000 * annuity_factor(0.04275 / 12, 600), 2)
    8081.88
    >>> annuity_factor(0.0, 4)
    0.25
    """
    if n <= 0:
        raise ValueError("n must be positive")
    if periodic_rate == 0:
        return 1.0 / n
    # expm1/log1p keep precision for tiny rates, where 1 - (1+r)^-n cancels to 0
    return periodic_rate / -math.expm1(-n * math.log1p(periodic_rate))


@record
class Schedule:
    """Column-wise payment plan: one entry per term.

    Examples
    --------
    2 000 000 kr at 4,275 % over 50 years: 7 125 kr interest in the first term
    (2 000 000 · 0,04275 / 12), 85 272,32 kr interest and 11 710,24 kr
    principal in the first year, 2 849 128 kr interest in all (numpy-financial's
    ``ipmt``/``ppmt`` give the same):

    >>> s = build_schedule(LoanSpec(2_000_000, 4.275, 600))
    >>> round(s.interest[0], 2), round(s.payment(0), 2), len(s.payments)
    (7125.0, 8081.88, 600)
    >>> [round(x, 2) for x in s.first_year()]
    [85272.32, 11710.24]
    >>> round(s.total_interest)
    2849128
    >>> round(s.balance_at_year_ends()[1], 2)
    1988289.76
    """

    spec: LoanSpec
    interest: list[float] = field(default_factory=list)
    principal: list[float] = field(default_factory=list)
    balance: list[float] = field(default_factory=list)  # after the term's payment
    rate_pct: list[float] = field(default_factory=list)
    balloon: float = 0.0  # trial loan: the balance left when it ends, repaid in its last term

    def payment(self, k: int) -> float:
        """Terminbeløp of term k (0-based): interest + principal + term fee."""
        return self.interest[k] + self.principal[k] + self.spec.term_fee

    @cached_property
    def payments(self) -> list[float]:
        """Every term's payment, fee included."""
        fee = self.spec.term_fee
        return [i + p + fee for i, p in zip(self.interest, self.principal)]

    @cached_property
    def total_interest(self) -> float:
        """The interest of all terms."""
        return math.fsum(self.interest)

    @cached_property
    def total_fees(self) -> float:
        """The establishment fee and every term fee."""
        return self.spec.establishment_fee + self.spec.term_fee * len(self.interest)

    @cached_property
    def total_paid(self) -> float:
        """Everything the borrower pays: principal, interest and all fees."""
        return math.fsum(self.principal) + self.total_interest + self.total_fees

    @property
    def first_payment(self) -> float:
        """The payment of the first term."""
        return self.payment(0)

    @property
    def first_repayment_term(self) -> int:
        """The first term (0-based) with principal: the first after interest-only."""
        return self.spec.interest_only_terms

    @property
    def payment_after_interest_only(self) -> float:
        """The first term with repayment: what the household must carry."""
        return self.payment(self.first_repayment_term)

    def first_year(self) -> tuple[float, float]:
        """(interest, principal) paid in the first 12 months."""
        n = self.spec.terms_per_year
        return math.fsum(self.interest[:n]), math.fsum(self.principal[:n])

    def monthly(self, per_term: float) -> float:
        """A per-term amount as a monthly equivalent."""
        return per_term * self.spec.terms_per_year / 12

    def payment_after_fixed(self) -> float | None:
        """The payment of the first term at the rate after the binding period
        (and with repayment); None for a loan with one rate."""
        if not self.spec.fixed_months:
            return None
        return self.payment(max(self.spec.fixed_terms, self.first_repayment_term))

    def balance_at_year_ends(self) -> list[float]:
        """Remaining balance at start (year 0) and after each whole year."""
        n = self.spec.terms_per_year
        ends = [self.spec.amount] + self.balance[n - 1::n]
        if self.balloon and len(ends) > 1:  # a trial loan owes its balloon at its end, until refinanced
            ends[-1] = self.balloon
        return ends

    @cached_property
    def effective_rate_pct(self) -> float | None:
        """Effective rate, % per year, or None ("–") where it is undefined:
        fees at or above the amount (``effective_rate_defined``)."""
        if not effective_rate_defined(self.spec):
            return None
        return effective_rate_pct(self.spec.amount - self.spec.establishment_fee,
                                  self.payments, self.spec.terms_per_year)

    SCHEDULE_HEADERS = ("termin", "renter", "avdrag", "gebyr", "terminbeløp", "restgjeld")

    def rows(self, yearly: bool = False) -> list[tuple]:
        """(term or year, interest, principal, fees, payment, balance) per row."""
        if yearly:
            return [(y["year"], y["interest"], y["principal"], y["fees"], y["paid"], y["balance"])
                    for y in self.yearly()]
        fee = self.spec.term_fee
        return [(k + 1, i, p, fee, i + p + fee, b)
                for k, (i, p, b) in enumerate(zip(self.interest, self.principal, self.balance))]

    def csv(self, yearly: bool = False) -> str:
        """Semicolon CSV with decimal commas, as Norwegian Excel opens it."""
        head = ("år",) + self.SCHEDULE_HEADERS[1:] if yearly else self.SCHEDULE_HEADERS
        lines = [";".join(head)]
        for row in self.rows(yearly):
            lines.append(";".join([str(row[0])] + [f"{v:.2f}".replace(".", ",") for v in row[1:]]))
        return "\n".join(lines) + "\n"

    def yearly(self) -> list[dict]:
        """Per calendar year of the loan: interest, principal, fees, paid, balance."""
        n = self.spec.terms_per_year
        rows = []
        for y in range(0, len(self.interest), n):
            i = math.fsum(self.interest[y:y + n])
            p = math.fsum(self.principal[y:y + n])
            f = self.spec.term_fee * len(self.interest[y:y + n])
            rows.append({"year": y // n + 1, "interest": i, "principal": p, "fees": f,
                         "paid": i + p + f, "balance": self.balance[min(y + n, len(self.balance)) - 1]})
        return rows


def build_schedule(spec: LoanSpec, check: bool = True, upto: int | None = None) -> Schedule:
    r"""The full payment plan of a loan, term by term.

    Parameters
    ----------
    spec : LoanSpec
    check : bool
        Validate `spec` first (`validate`); False where the caller has.
    upto : int, optional
        Only the first `upto` terms, each the same as in the full plan (the
        expiry list needs a year past the binding, not 25 years); the
        schedule's totals then cover those terms only.

    Returns
    -------
    Schedule
        Interest, principal, balance and rate of each term.

    Notes
    -----
    Interest is charged in arrears: :math:`I_k = r_k B_{k-1}` with :math:`r_k`
    the nominal rate per term. During interest-only the principal is 0. The
    level payment is set when repayment starts and again when the rate changes
    at the end of the binding period, on the balance over the terms left, as
    banks do:

    .. math::

        P = B \, a(r, N - k) \;\text{(annuity)}, \qquad
        A = \frac{B}{n - k} \;\text{(serial instalment, interest on top)}

    with :math:`a` the `annuity_factor` and :math:`N` the sizing terms (30
    years for the trial loan, which leaves its balance as a balloon at 10
    years). The last term repays what is left, so the balance ends at 0.

    References
    ----------
    Husbanken, rente- og avdragsvilkår (domain.md § 2); numpy-financial
    ``pmt``/``ipmt``/``ppmt`` (the tests' independent check).

    Examples
    --------
    5 years fixed at 4,275 %, then 6 %: the payment is recomputed on the
    balance of 1 936 115,92 kr over the 540 months left, 10 383,09 kr
    (numpy-financial: ``pmt(0.06 / 12, 540, -1_936_115.92)``):

    >>> s = build_schedule(LoanSpec(2_000_000, 4.275, 600, fixed_months=60, rate_after_fixed_pct=6.0))
    >>> round(s.balance[59], 2), round(s.payment_after_fixed(), 2)
    (1936115.92, 10383.09)

    A serial loan of 1 000 000 kr at 4 % over 30 years: 2 777,78 kr principal
    every month and 3 333,33 kr interest on top in the first:

    >>> s = build_schedule(LoanSpec(1_000_000, 4.0, 360, "serial"))
    >>> round(s.principal[0], 2), round(s.interest[0], 2)
    (2777.78, 3333.33)
    """
    if check:
        validate(spec)
    n, io, tpy = spec.n_terms, spec.interest_only_terms, spec.terms_per_year
    annuity_like = spec.annuity_like
    sized = spec.sizing_terms
    change = spec.fixed_terms if spec.fixed_months else -1
    rate2 = spec.rate_after_fixed_pct if spec.rate_after_fixed_pct is not None else spec.rate_pct
    s = Schedule(spec)
    interest, principal, balances, rates = s.interest, s.principal, s.balance, s.rate_pct
    balance = float(spec.amount)
    rate_pct = spec.rate_pct
    r = rate_pct / 100 / tpy
    level = 0.0  # annuity payment (interest + principal), or serial instalment
    for k in range(n if upto is None else min(n, upto)):
        if k == change:
            rate_pct = rate2
            r = rate_pct / 100 / tpy
        if k == io or (k == change and k > io and annuity_like):
            level = balance * annuity_factor(r, sized - k) if annuity_like else balance / (n - k)
        it = balance * r
        if k < io:
            pr = 0.0
        elif k == n - 1:
            if spec.repayment == TRIAL:  # the loan ends: the balance after this term's payment is left
                s.balloon = balance - (level - it)
            pr = balance
        elif annuity_like:
            pr = level - it
        else:
            pr = level
        balance -= pr
        interest.append(it)
        principal.append(pr)
        balances.append(balance if k < n - 1 else 0.0)
        rates.append(rate_pct)
    return s


def combine(parts: list[Schedule], spec: LoanSpec) -> Schedule:
    r"""One schedule for a loan in parts (a split loan).

    Parameters
    ----------
    parts : list of Schedule
        The parts' schedules, each of `spec`'s length, fees none.
    spec : LoanSpec
        The whole loan: its fees and terms.

    Returns
    -------
    Schedule
        Interest, principal and balance added term by term; the rate shown is
        the interest over the opening balance, the balance-weighted rate.

    Notes
    -----
    .. math:: I_k = \sum_p I_{p,k}, \qquad
              \bar r_k = \frac{\sum_p I_{p,k}}{\sum_p B_{p,k-1}} \cdot 100 \cdot t

    Examples
    --------
    1 200 000 kr fixed at 4,5 % and 800 000 kr floating at 4,275 %, 50 years:
    5 032,68 + 3 232,75 = 8 265,43 kr a month (numpy-financial ``pmt``), at
    4,41 % weighted (0,6 · 4,5 + 0,4 · 4,275):

    >>> a = build_schedule(LoanSpec(1_200_000, 4.5, 600))
    >>> b = build_schedule(LoanSpec(800_000, 4.275, 600))
    >>> whole = combine([a, b], LoanSpec(2_000_000, 4.41, 600))
    >>> round(whole.payment(0), 2), round(whole.rate_pct[0], 2)
    (8265.43, 4.41)
    """
    n, tpy = spec.n_terms, spec.terms_per_year
    # column-wise: one zip per column instead of five generator sums per term (issue 23);
    # the parts are added in the same order, so every sum is the same float as term by term
    interest = [sum(t) for t in zip(*(p.interest[:n] for p in parts))]
    principal = [sum(t) for t in zip(*(p.principal[:n] for p in parts))]
    balance = [sum(t) for t in zip(*(p.balance[:n] for p in parts))]
    opening = [sum(t) for t in zip(*([b + pr for b, pr in zip(p.balance[:n], p.principal[:n])] for p in parts))]
    rates = [i / o * 100 * tpy if o else spec.rate_pct for i, o in zip(interest, opening)]
    return Schedule(spec, interest, principal, balance, rates, sum(p.balloon for p in parts))


def _runs(payments: list[float]) -> list[tuple[int, int, float]]:
    """(first term, count, payment) for each run of equal payments. An annuity
    has a handful of runs, which makes discounting closed-form and cheap."""
    runs: list[list] = []
    for k, c in enumerate(payments, start=1):
        if runs and abs(c - runs[-1][2]) <= 1e-9 * max(abs(c), 1.0):
            runs[-1][1] += 1
        else:
            runs.append([k, 1, c])
    return [tuple(r) for r in runs]


def _present_value(runs, y: float) -> float:
    """Present value of the runs at a per-term discount e^y = 1 + x. Written in
    y = log(1 + x) so that no power overflows: for y >= 0 every factor is <= 1."""
    total = 0.0
    for a, m, c in runs:
        if abs(y) < 1e-12:
            total += c * m
        else:  # c * (v^a + ... + v^(a+m-1)), v = e^-y
            total += c * math.exp(-a * y) * math.expm1(-m * y) / math.expm1(-y)
    return total


MIN_LOG_RATE = -0.5  # per-term discount no lower than e^-0.5 - 1 = -39 %: e^(0.5 * 600) stays finite


def effective_rate_pct(net_received: float, payments: list[float], terms_per_year: int) -> float | None:
    r"""Annual effective rate (effektiv rente) as Norwegian lenders state it.

    The per-term rate :math:`x` solves

    .. math::

        N = \sum_{k=1}^{n} \frac{c_k}{(1 + x)^k}, \qquad
        i_{eff} = (1 + x)^{t} - 1

    with :math:`N` the amount paid out net of up-front fees, :math:`c_k` the
    payments (interest, principal and term fee) and :math:`t` terms per year.
    For positive payments the right-hand side falls strictly in :math:`x`, so
    there is one root; it is bracketed and bisected in :math:`y = \log(1 + x)`,
    which never overflows however small the loan is.

    Parameters
    ----------
    net_received : float
        Amount paid out less the establishment fee, kr.
    payments : list of float
        Payment of each term, kr (all >= 0).
    terms_per_year : int

    Returns
    -------
    float or None
        The effective rate in % per year; None where it is undefined (nothing
        received, no payments) or would not be a finite number.

    Examples
    --------
    100 000 kr over 12 monthly terms at 6 % nominal, 600 kr up front: the
    payment is 8 606,64 kr; numpy-financial gives the IRR 0,594 % a month,
    ``(1 + irr) ** 12 - 1`` = 7,37 % a year.

    >>> pay = 100_000 * annuity_factor(0.005, 12)
    >>> round(pay, 2)
    8606.64
    >>> round(effective_rate_pct(100_000 - 600, [pay] * 12, 12), 2)
    7.37
    >>> effective_rate_pct(0, [pay] * 12, 12) is None
    True
    """
    if not payments or not net_received > 0 or not all(math.isfinite(c) and c >= 0 for c in payments):
        return None
    runs = _runs(payments)

    def f(y: float) -> float:  # falls strictly in y
        return _present_value(runs, y) - net_received

    lo, hi = MIN_LOG_RATE, 1.0
    if f(lo) < 0:  # the payments do not even repay the amount at -39 % a term
        return None
    while f(hi) > 0:
        lo, hi = hi, hi * 2
        if hi > 700:
            return None
    for _ in range(200):  # bisection: 200 halvings reach the float's resolution
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        lo, hi = (mid, hi) if f(mid) > 0 else (lo, mid)
    y = (lo + hi) / 2
    if y * terms_per_year > 700:  # e^(t y) would overflow
        return None
    return math.expm1(y * terms_per_year) * 100


def effective_rate_defined(spec: LoanSpec) -> bool:
    """Whether the effective rate is shown for `spec`.

    It is when the fees (establishment fee and every term fee) are below the
    amount; at or above it, it would measure the fees, not the loan, and run to
    absurd figures on the way as an amount is typed.

    Examples
    --------
    Husbanken's own fees (600 kr and 30 kr a term, domain.md § 2) on a 50-year
    loan are 18 600 kr: shown for 20 000 kr, not for 18 000 kr.

    >>> effective_rate_defined(LoanSpec(20_000, 4.275, 600, establishment_fee=600, term_fee=30))
    True
    >>> effective_rate_defined(LoanSpec(18_000, 4.275, 600, establishment_fee=600, term_fee=30))
    False
    """
    fees = spec.establishment_fee + spec.term_fee * spec.n_terms
    return spec.amount > 0 and fees < spec.amount


def governing_payment_per_krone(spec: LoanSpec, rate_pct: float | None = None) -> float:
    r"""The monthly payment per krone borrowed in the first term with repayment.

    Parameters
    ----------
    spec : LoanSpec
    rate_pct : float, optional
        A rate for the whole loan (default: the spec's first rate).

    Returns
    -------
    float
        kr a month per krone, fees excluded. Payments are linear in the amount,
        so this sizes loans exactly.

    Notes
    -----
    With :math:`r` the rate per term, :math:`m` the sizing terms after
    interest-only and :math:`t` terms per year:

    .. math:: p = \frac{t}{12} \begin{cases} a(r, m) & \text{annuity} \\
              1/m + r & \text{serial} \end{cases}

    Examples
    --------
    2 000 000 kr at 4,275 % over 50 years: 8 081,88 kr; with 5 years'
    interest-only first, 8 348,55 kr over the 45 years left; quarterly, a third
    of 24 270,32 kr (numpy-financial ``pmt``):

    >>> round(2_000_000 * governing_payment_per_krone(LoanSpec(1, 4.275, 600)), 2)
    8081.88
    >>> round(2_000_000 * governing_payment_per_krone(LoanSpec(1, 4.275, 600, interest_only_months=60)), 2)
    8348.55
    >>> round(2_000_000 * governing_payment_per_krone(LoanSpec(1, 4.275, 600, terms_per_year=4)) * 3, 2)
    24270.32
    """
    r = (spec.rate_pct if rate_pct is None else rate_pct) / 100 / spec.terms_per_year
    m = spec.sizing_terms - spec.interest_only_terms
    per_term = annuity_factor(r, m) if spec.annuity_like else 1.0 / m + r
    return per_term * spec.terms_per_year / 12


def first_year_interest_per_krone(spec: LoanSpec, rate_pct: float | None = None) -> float:
    r"""Interest paid in the first 12 months per krone borrowed (one rate).

    Parameters
    ----------
    spec : LoanSpec
    rate_pct : float, optional
        A rate for the whole loan (default: the spec's first rate).

    Returns
    -------
    float
        kr of interest per krone over the first year: the basis of the
        interest deduction. Closed form: the break-even search calls this some
        hundred times an edit.

    Notes
    -----
    Interest-only terms add :math:`r` each. Serial: the balance falls by
    :math:`1/m` a term, so :math:`\sum_j r (1 - j/m)`. Annuity: the balance
    after :math:`j` terms is :math:`(g - (1+r)^j)/(g - 1)` with
    :math:`g = (1 + r)^m`, so

    .. math:: I = \frac{r}{g - 1} \Big(n g - \sum_{j<n} (1 + r)^j\Big).

    Examples
    --------
    2 000 000 kr at 4,275 % over 50 years: 85 272,32 kr (the sum of
    numpy-financial's ``ipmt`` over months 1–12). Serial, 1 000 000 kr at 4 %
    over 30 years: 1 000 000 · (0,04/12) · (12 − 66/360) = 39 388,89 kr.

    >>> round(2_000_000 * first_year_interest_per_krone(LoanSpec(1, 4.275, 600)), 2)
    85272.32
    >>> round(1_000_000 * first_year_interest_per_krone(LoanSpec(1, 4.0, 360, "serial")), 2)
    39388.89
    """
    r = (spec.rate_pct if rate_pct is None else rate_pct) / 100 / spec.terms_per_year
    t = spec.terms_per_year
    io = min(spec.interest_only_terms, t)
    m = spec.sizing_terms - spec.interest_only_terms
    total = io * r
    rest = t - io
    if not rest or r == 0:
        return total
    if spec.repayment == "serial":  # balance falls by 1/m a term: sum of r * (1 - j/m)
        return total + r * (rest - rest * (rest - 1) / (2 * m))
    # annuity balance after j terms: (g - (1+r)^j) / (g - 1), g = (1+r)^m
    g = (1 + r) ** m
    if g - 1 < 1e-12:  # rate so small that interest is nil
        return total
    geometric = math.expm1(rest * math.log1p(r)) / r  # sum of (1+r)^j, j < rest
    return total + r * (rest * g - geometric) / (g - 1)


def max_loan_for_payment(monthly_payment: float, spec: LoanSpec) -> float:
    r"""The largest loan a monthly payment carries.

    Parameters
    ----------
    monthly_payment : float
        kr a month available for the loan, term fee included.
    spec : LoanSpec
        Rate, term, repayment type and fee (its amount is not used).

    Returns
    -------
    float
        The amount whose governing payment (`governing_payment_per_krone`)
        plus the fee is `monthly_payment`; 0 when the fee takes it all.

    Notes
    -----
    .. math:: A = \frac{M - f \, t / 12}{p}

    with :math:`f` the term fee and :math:`p` the payment per krone; for an
    annuity this is numpy-financial's ``pv``.

    Examples
    --------
    8 111,88 kr a month with Husbanken's 30 kr term fee, 4,275 % over 50 years:
    just under 2 000 000 kr (``pv(0.04275 / 12, 600, -8081.88)`` =
    1 999 999,94 kr):

    >>> round(max_loan_for_payment(8_111.88, LoanSpec(0, 4.275, 600, term_fee=30)), 2)
    1999999.94
    >>> max_loan_for_payment(20.0, LoanSpec(0, 4.275, 600, term_fee=30))
    0.0
    """
    fee_monthly = spec.term_fee * spec.terms_per_year / 12
    room = monthly_payment - fee_monthly
    if room <= 0:
        return 0.0
    return room / governing_payment_per_krone(spec)


def months(years: int, extra_months: int = 0) -> int:
    """A period of years and months in months.

    >>> months(30, 6)
    366
    """
    return int(years) * 12 + int(extra_months)
