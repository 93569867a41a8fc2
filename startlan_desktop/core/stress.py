"""Every stress rule, and the one function that prices the budget with all
rates moved by the same rise: the stress test, the break-even rate, the
residual-against-rate curve, the walk-through's slider and the follow-up all
call `budget_at_rise`, so they cannot disagree.

The model (README, "How the figures are computed"):

- The startlån's stress rate is Husbanken's: the policy rate + 2.5 pp, at
  least the loan's own rate (or, as a what-if, the loan's rate + a margin).
- The stress test asks: what if rates rose until the startlån is at its
  stress rate? The rise is Δ = stress rate − the startlån's rate today, and
  every floating rate rises by the same Δ: each part of the startlån, floating
  other debts (the rate effect alone: annuity(balance, rate + Δ, years left) −
  annuity(balance, rate, years left)), the common debt's share (interest only)
  and a bank loan beside the startlån.
- A bank loan is stressed by its own rule in the stress test (the banks':
  +3 pp, at least 7 %); on the curve it moves by Δ like every other rate, so
  the stress point lies off the curve by exactly that difference.
- The interest deduction is the tax value of the year's interest, never more
  than the tax on ordinary income the household pays.

The rules are Husbanken's guide ("Rentestresstest på startlån") and the
lending regulation for bank loans (domain.md § 3, "Rate-rise buffer", § 11).
"""

from __future__ import annotations

import math
from functools import cached_property

from . import loans
from .formatting import fmt_number, fmt_rate
from .i18n import tr
from .model import Case, Debt
from .record import record
from .scenario import Phase, loan_figures

#: Other debts whose rate follows the market when marked floating.
FLOATING_KINDS = ("car_loan", "consumer_loan", "other")


# --- the rules -------------------------------------------------------------------

def stress_rate(case: Case, nominal_pct: float) -> tuple[float, str]:
    r"""The startlån's stress rate and the rule's description.

    Parameters
    ----------
    case : Case
        Its `stress` settings: the rule, the policy rate and the add-on, or the
        what-if margin.
    nominal_pct : float
        The startlån's nominal rate today, markup included.

    Returns
    -------
    (float, str)
        The stress rate in % and the rule as the caseworker reads it.

    Notes
    -----
    Husbanken's rule: :math:`s = \max(p + 2.5, i)` with :math:`p` Norges Bank's
    policy rate and :math:`i` the loan's rate; the what-if rule :math:`s = i + m`.

    References
    ----------
    Husbanken, "Rentestresstest på startlån" (domain.md § 3 and § 11: the
    policy rate 4,50 % from 24.09.2026 gives 7,00 %).

    Examples
    --------
    >>> case = Case()
    >>> case.stress.policy_rate_pct = 4.5
    >>> stress_rate(case, 4.275)[0]
    7.0
    >>> stress_rate(case, 7.5)[0]  # never below the loan's own rate
    7.5
    >>> case.stress.rule = "margin"
    >>> stress_rate(case, 4.275)[0]  # the loan's rate + 3 pp
    7.275
    """
    s = case.stress
    if s.rule == "margin":
        return nominal_pct + s.margin_pp, tr("Lånets rente + {pp} prosentpoeng").format(pp=fmt_number(s.margin_pp, 1))
    rate = s.policy_rate_pct + s.addon_pp
    text = tr("Styringsrenten {rate} + {pp} prosentpoeng (Husbanken)").format(
        rate=fmt_rate(s.policy_rate_pct), pp=fmt_number(s.addon_pp, 1))
    if nominal_pct > rate:
        return nominal_pct, text + tr(", men minst lånets rente")
    return rate, text


def rise_to_stress(case: Case, nominal_pct: float) -> float:
    r"""Δ: how far rates rise in the stress test.

    The rise that takes the startlån from its rate today to its stress rate,
    :math:`\Delta = \max(s - i, 0)` in percentage points; every floating rate
    of the budget rises by as much.

    Examples
    --------
    A policy rate of 4,50 % gives 7,00 %; from 4,275 % that is 2,725 pp:

    >>> case = Case()
    >>> case.stress.policy_rate_pct = 4.5
    >>> round(rise_to_stress(case, 4.275), 3)
    2.725
    """
    return max(stress_rate(case, nominal_pct)[0] - nominal_pct, 0.0)


def bank_stress_rate(case: Case) -> float:
    r"""The stress rate of a bank loan beside the startlån.

    The banks' rule (utlånsforskriften, domain.md § 3): the bank's rate + 3 pp,
    at least 7 %, :math:`s_b = \max(i_b + 3, 7)`.

    Examples
    --------
    >>> case = Case()
    >>> case.housing.bank_loan.rate_pct = 5.2
    >>> round(bank_stress_rate(case), 2)
    8.2
    >>> case.housing.bank_loan.rate_pct = 3.5
    >>> bank_stress_rate(case)
    7.0
    """
    s = case.stress
    return max(case.housing.bank_loan.rate_pct + s.bank_margin_pp, s.bank_floor_pct)


# --- other debts ---------------------------------------------------------------------

def debt_annuity(d: Debt, rate_pct: float | None = None) -> float | None:
    r"""The monthly annuity of another debt.

    Parameters
    ----------
    d : Debt
        Its balance, rate and years left.
    rate_pct : float, optional
        Another rate than its own (the stress test's risen rate).

    Returns
    -------
    float or None
        kr a month; None when the debt lacks a balance or a term.

    Notes
    -----
    .. math:: P = B \frac{r}{1 - (1 + r)^{-n}}, \qquad r = \frac{i}{1200}

    with :math:`n` the months left (whole, at least 1): numpy-financial's
    ``pmt(r, n, -B)``.

    Examples
    --------
    A consumer loan of 58 000 kr at 14,9 % with 4 years left:

    >>> round(debt_annuity(Debt(balance=58_000, rate_pct=14.9, remaining_years=4)), 2)
    1611.24
    """
    if not (d.balance > 0 and d.remaining_years > 0):
        return None
    n = max(int(round(d.remaining_years * 12)), 1)
    rate = d.rate_pct if rate_pct is None else rate_pct
    return d.balance * loans.annuity_factor(max(rate, 0.0) / 1200, n)


def debt_payment(d: Debt, card_share: float) -> tuple[float, bool]:
    """A debt's monthly cost today, and whether it was computed rather than typed.

    A card counts a share of its limit (banks' practice, domain.md § 6); a
    debt with balance, rate and years left but no payment typed counts its
    annuity payment (`debt_annuity`); any other debt its typed payment.

    Examples
    --------
    A card with a 50 000 kr limit at 3 % of the limit, and a loan typed
    without its payment:

    >>> debt_payment(Debt(kind="credit_card", credit_limit=50_000), 0.03)
    (1500.0, False)
    >>> pay, computed = debt_payment(Debt(balance=58_000, rate_pct=14.9, remaining_years=4), 0.03)
    >>> round(pay, 2), computed
    (1611.24, True)
    """
    if d.kind == "credit_card":
        return d.credit_limit * card_share, False
    if d.monthly_payment <= 0 and d.rate_pct > 0:
        computed = debt_annuity(d)
        if computed is not None:
            return computed, True
    return d.monthly_payment, False


def debt_rise(d: Debt, rise_pp: float) -> float:
    r"""How much more a floating debt costs a month when its rate rises.

    The rate effect alone, :math:`P(i + \Delta) - P(i)` with :math:`P` the
    `debt_annuity`, whatever payment was typed; 0 for debts without a floating
    rate, a balance and a term (Husbanken's guide: other debts are stressed
    too, domain.md § 3).

    Examples
    --------
    58 000 kr at 14,9 % with 4 years left, rates 2,225 pp up: 66,10 kr more
    (numpy-financial ``pmt`` at 17,125 % less at 14,9 %).

    >>> d = Debt(balance=58_000, rate_pct=14.9, remaining_years=4)
    >>> round(debt_rise(d, 2.225), 2)
    66.1
    """
    if not (d.floating and d.kind in FLOATING_KINDS) or rise_pp == 0:
        return 0.0
    now, risen = debt_annuity(d), debt_annuity(d, d.rate_pct + rise_pp)
    return 0.0 if now is None or risen is None else risen - now


# --- the household besides the startlån --------------------------------------------

@record(frozen=True, eq=False)
class Household:
    """What the budget holds before the startlån, for one case."""

    case: Case
    base: float  # net income − living − housing costs but the loans (kr/month); other fixed costs apart
    debt_payments: tuple[float, ...]  # each other debt's monthly cost today
    bank: loans.LoanSpec | None
    k: float  # the interest deduction's tax rate (0 when not counted)
    cap_yearly: float  # the most the deduction can be worth a year (the tax on ordinary income)

    def deduction(self, interest_yearly: float) -> float:
        """Monthly tax value of a year's interest, capped by the tax paid.

        value = min(k · interest, cap) / 12

        >>> hh = Household(Case(), 40_000.0, (), None, 0.22, 20_000.0)
        >>> round(hh.deduction(85_272.32), 2), round(hh.deduction(100_000.0), 2)  # 22 000 capped at 20 000
        (1563.33, 1666.67)
        """
        return min(self.k * max(interest_yearly, 0.0), self.cap_yearly) / 12

    def deductions(self, interests_yearly: list[float]) -> list[float]:
        """`deduction` of each yearly interest in turn (the timeline's months:
        one call, not one a month, issue 23).

        >>> hh = Household(Case(), 40_000.0, (), None, 0.22, 20_000.0)
        >>> [round(x, 2) for x in hh.deductions([85_272.32, 100_000.0, -5.0])]
        [1563.33, 1666.67, 0.0]
        """
        k, cap = self.k, self.cap_yearly
        # min and max written out (what they return, and for the same values): the builtins' calls
        # were most of a scenario's timeline
        return [(cap if cap < (v := k * (0.0 if 0.0 > x else x)) else v) / 12 for x in interests_yearly]

    def bank_figures(self, rate_pct: float) -> tuple[float, float]:
        """The bank loan's monthly payment (fees none) and first-year interest at a rate
        (0, 0 without a bank loan)."""
        b = self.bank
        if b is None:
            return 0.0, 0.0
        return (b.amount * loans.governing_payment_per_krone(b, rate_pct),
                b.amount * loans.first_year_interest_per_krone(b, rate_pct))

    def others(self, rise_pp: float, gone: tuple[int, ...] = (), exclude: tuple[int, ...] = ()) -> float:
        """The other fixed costs at a rise: the debts still running, each with
        its rate effect, and the common debt's share at the rise (interest only).
        `gone`: repaid by then; `exclude`: refinanced away."""
        total = 0.0
        for i, d in enumerate(self.case.debts):
            if i in gone or i in exclude:
                continue
            total += self.debt_payments[i]
            if rise_pp and i in self._floating:
                total += debt_rise(d, rise_pp)
        return total + self.case.housing.common_debt_share * rise_pp / 1200

    @cached_property
    def _floating(self) -> frozenset[int]:
        """The debts whose rate moves with the market (the rest never rise)."""
        return frozenset(i for i, d in enumerate(self.case.debts)
                         if d.floating and d.kind in FLOATING_KINDS and d.balance > 0 and d.remaining_years > 0)


@record(frozen=True)
class PhaseFigures:
    """One phase of a scenario at one rise of the rates."""

    phase: Phase
    rise_pp: float
    payment: float  # the startlån's monthly payment, fees included
    interest_yearly: float  # the startlån's interest over the phase's first twelve months
    deduction: float  # the startlån's share of the deduction's monthly value
    bank_payment: float
    bank_interest: float
    bank_deduction: float
    other_costs: float  # other fixed costs in the phase, at the rise
    residual: float


def budget_at_rise(hh: Household, parts: list[loans.LoanSpec], fee_monthly: float, phases: list[Phase],
                   rise_pp: float, bank_rate_pct: float | None = None,
                   exclude: tuple[int, ...] = (), extra: float = 0.0) -> list[PhaseFigures]:
    r"""THE rate-rise model: every phase of the budget with every floating rate risen.

    Parameters
    ----------
    hh : Household
        The budget before the startlån.
    parts : list of LoanSpec
        The startlån's parts (`scenario.loan_parts`), fees none.
    fee_monthly : float
        The startlån's term fee as kr a month.
    phases : list of Phase
        The stretches assessed (`scenario.phases`).
    rise_pp : float
        Δ, percentage points every floating rate moves by: the startlån's
        parts, floating other debts, the common debt, the bank loan.
    bank_rate_pct : float, optional
        Price the bank loan at this rate instead (the stress test's bank rule).
    exclude : tuple of int
        Other debts left out (refinanced into the loan).
    extra : float
        Added to the budget (a follow-up's freed payments).

    Returns
    -------
    list of PhaseFigures
        One per phase: the payment, interest, deduction, other costs and the
        residual (restbeløp), kr a month.

    Notes
    -----
    .. math::

        R = C - O(\Delta) - P_{bank} - P(\Delta) - f
            + \frac{\min(k (I_{bank} + I(\Delta)), \text{cap})}{12}

    with :math:`C` the base (net income less living and housing costs),
    :math:`O` the other fixed costs, :math:`P, I` the startlån's monthly
    payment and first-year interest (`scenario.loan_figures`) and :math:`k`
    the deduction's tax rate.

    Examples
    --------
    40 000 kr before the loan, 22 % deduction, 2 000 000 kr at 4,275 % over 50
    years: 40 000 − 8 081,88 + 0,22 · 85 272,32 / 12 = 33 481,45 kr. At the
    stress rate 7 % (Δ = 2,725): 40 000 − 12 033,77 + 0,22 · 139 855,88 / 12 =
    30 530,26 kr (payment and interest from numpy-financial ``pmt``/``ipmt``).

    >>> hh = Household(Case(), 40_000.0, (), None, 0.22, math.inf)
    >>> loan, today = [loans.LoanSpec(2_000_000, 4.275, 600)], [Phase("repayment", 0, 0, ())]
    >>> round(budget_at_rise(hh, loan, 0.0, today, 0.0)[0].residual, 2)
    33481.45
    >>> f = budget_at_rise(hh, loan, 0.0, today, 2.725)[0]
    >>> round(f.payment, 2), round(f.residual, 2)
    (12033.77, 30530.26)
    """
    bank_rate = bank_rate_pct if bank_rate_pct is not None else (
        hh.bank.rate_pct + rise_pp if hh.bank is not None else 0.0)
    bank_pay, bank_int = hh.bank_figures(max(bank_rate, 0.0))
    bank_ded = hh.deduction(bank_int)
    out = []
    for ph in phases:
        pay, interest = loan_figures(parts, ph.start_term, rise_pp) if parts else (0.0, 0.0)
        ded = hh.deduction(bank_int + interest) - bank_ded
        others = hh.others(rise_pp, ph.debts_gone, exclude)
        residual = hh.base + extra - others - bank_pay + bank_ded - pay - fee_monthly + ded
        out.append(PhaseFigures(ph, rise_pp, pay + fee_monthly, interest, ded, bank_pay, bank_int, bank_ded, others, residual))
    return out


def binding(figures: list[PhaseFigures]) -> PhaseFigures:
    """The phase with the smallest residual, which decides (the first one on a tie).

    Husbanken's guide: the weakest period of the loan decides (domain.md § 3). With
    5 years' interest-only on 2 000 000 kr at 4,275 %, the interest-only phase pays
    7 125 kr and the repayment phase 8 348,55 kr (numpy-financial ``pmt`` over the
    540 months left), so with 40 000 kr before the loan the repayment phase binds:

    >>> hh = Household(Case(), 40_000.0, (), None, 0.0, math.inf)
    >>> spec = loans.LoanSpec(2_000_000, 4.275, 600, interest_only_months=60)
    >>> both = [Phase("interest_only", 0, 0, ()), Phase("repayment", 60, 60, ())]
    >>> f = binding(budget_at_rise(hh, [spec], 0.0, both, 0.0))
    >>> f.phase.key, round(f.residual, 2)
    ('repayment', 31651.45)
    """
    return min(figures, key=lambda f: f.residual)


def max_loan(hh: Household, unit_parts: list[loans.LoanSpec], fee_monthly: float, phases: list[Phase],
             rise_pp: float, bank_rate_pct: float | None = None) -> float:
    r"""The largest startlån whose binding residual at a rise is 0 kr.

    Parameters
    ----------
    hh : Household
    unit_parts : list of LoanSpec
        The loan's parts per krone of the whole loan (amounts summing to 1).
    fee_monthly, phases, rise_pp, bank_rate_pct
        As in `budget_at_rise`.

    Returns
    -------
    float
        The amount in kr (0 when even no loan leaves a residual).

    Notes
    -----
    The residual is linear in the amount :math:`A` but for the deduction's
    cap, so each phase is solved in closed form and the smallest answer holds.
    With :math:`p, i` the payment and first-year interest per krone and
    :math:`C` the rest of the budget:

    .. math:: 0 = C - A p + \frac{\min(k (I_{bank} + A i), \text{cap})}{12}

    Examples
    --------
    40 000 kr before the loan, 4,275 % over 50 years, no deduction: the
    annuity's present value of 40 000 kr a month, 9 898 686,66 kr
    (numpy-financial ``pv(0.04275 / 12, 600, -40_000)``); with a 22 %
    deduction 40 000 / (p − 0,22 · i / 12).

    >>> today = [Phase("repayment", 0, 0, ())]
    >>> unit = [loans.LoanSpec(1.0, 4.275, 600)]
    >>> round(max_loan(Household(Case(), 40_000.0, (), None, 0.0, math.inf), unit, 0.0, today, 0.0), 2)
    9898686.66
    >>> round(max_loan(Household(Case(), 40_000.0, (), None, 0.22, math.inf), unit, 0.0, today, 0.0))
    12272660
    """
    best = math.inf
    for f, ph in zip(budget_at_rise(hh, [], fee_monthly, phases, rise_pp, bank_rate_pct), phases):
        pay, i = loan_figures(unit_parts, ph.start_term, rise_pp)
        best = min(best, _solve_amount(f.residual - f.bank_deduction, pay, i, hh.k, f.bank_interest, hh.cap_yearly))
    return max(best, 0.0) if math.isfinite(best) else 0.0


def _solve_amount(c: float, pay: float, i: float, k: float, bank_int: float, cap: float) -> float:
    """A with 0 = c − A·pay + min(k·(bank_int + A·i), cap)/12: concave and falling in A."""
    if pay <= 0:
        return math.inf
    full = (c + cap / 12) / pay  # past the point where the cap is reached
    if not k or not i:
        return (c + min(k * bank_int, cap) / 12) / pay
    reach = (cap / k - bank_int) / i  # the amount at which the deduction hits the cap
    if reach <= 0:
        return full
    per_krone = pay - k * i / 12
    a = (c + k * bank_int / 12) / per_krone if per_krone > 0 else math.inf
    return a if a <= reach else full
