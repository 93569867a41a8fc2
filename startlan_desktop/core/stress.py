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
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

from . import loans
from .formatting import fmt_number, fmt_rate
from .i18n import tr
from .model import Case, Debt
from .scenario import Phase, loan_figures

#: Other debts whose rate follows the market when marked floating.
FLOATING_KINDS = ("car_loan", "consumer_loan", "other")


# --- the rules -------------------------------------------------------------------

def stress_rate(case: Case, nominal_pct: float) -> tuple[float, str]:
    """The startlån stress rate and the rule's description."""
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
    """Δ: how far rates rise in the stress test, the rise that takes the
    startlån from its rate today to its stress rate (never negative)."""
    return max(stress_rate(case, nominal_pct)[0] - nominal_pct, 0.0)


def bank_stress_rate(case: Case) -> float:
    """The banks' rule for a bank loan beside the startlån: +3 pp, at least 7 %."""
    s = case.stress
    return max(case.housing.bank_loan.rate_pct + s.bank_margin_pp, s.bank_floor_pct)


# --- other debts ---------------------------------------------------------------------

def debt_annuity(d: Debt, rate_pct: float | None = None) -> float | None:
    """The monthly annuity of a debt with a balance and years left, at its rate
    (or `rate_pct`); None when the debt lacks a balance or a term.

    payment = B · r / (1 − (1 + r)^−n), r = rate / 1200, n = months left.

    >>> round(debt_annuity(Debt(balance=58_000, rate_pct=14.9, remaining_years=4)), 2)
    1611.24
    """
    if not (d.balance > 0 and d.remaining_years > 0):
        return None
    n = max(int(round(d.remaining_years * 12)), 1)
    rate = d.rate_pct if rate_pct is None else rate_pct
    return d.balance * loans.annuity_factor(max(rate, 0.0) / 1200, n)


def debt_payment(d: Debt, card_share: float) -> tuple[float, bool]:
    """A debt's monthly cost today and whether it was computed rather than typed:
    a card counts a share of its limit; a debt with balance, rate and years
    left but no payment typed counts its annuity payment."""
    if d.kind == "credit_card":
        return d.credit_limit * card_share, False
    if d.monthly_payment <= 0 and d.rate_pct > 0:
        computed = debt_annuity(d)
        if computed is not None:
            return computed, True
    return d.monthly_payment, False


def debt_rise(d: Debt, rise_pp: float) -> float:
    """How much more a floating debt costs a month when its rate rises by
    `rise_pp`: the rate effect alone, annuity at rate + rise − annuity at rate
    (0 for debts without a floating rate, a balance and a term).

    >>> d = Debt(balance=58_000, rate_pct=14.9, remaining_years=4)
    >>> round(debt_rise(d, 2.225), 2)
    66.1
    """
    if not (d.floating and d.kind in FLOATING_KINDS) or rise_pp == 0:
        return 0.0
    now, risen = debt_annuity(d), debt_annuity(d, d.rate_pct + rise_pp)
    return 0.0 if now is None else risen - now


# --- the household besides the startlån --------------------------------------------

@dataclass(frozen=True, eq=False)
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
        """
        return min(self.k * max(interest_yearly, 0.0), self.cap_yearly) / 12

    def bank_figures(self, rate_pct: float) -> tuple[float, float]:
        """The bank loan's monthly payment (fees none) and first-year interest at a rate."""
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


@dataclass(frozen=True)
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
    """THE rate-rise model: every phase of the budget with every floating rate
    moved by `rise_pp` (the startlån's parts, floating other debts, the common
    debt, the bank loan). `bank_rate_pct` prices the bank loan at a rate of its
    own instead (the stress test's bank rule). `extra` adds to the budget
    (a follow-up's freed payments).

    residual = base − other costs(Δ) − bank payment − startlån payment − fee
               + min(k · (bank interest + startlån interest), cap) / 12
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
    """The phase with the smallest residual decides (the first one on a tie)."""
    return min(figures, key=lambda f: f.residual)


def max_loan(hh: Household, unit_parts: list[loans.LoanSpec], fee_monthly: float, phases: list[Phase],
             rise_pp: float, bank_rate_pct: float | None = None) -> float:
    """The largest amount whose binding residual at the rise is zero: the
    residual is linear in the amount but for the deduction's cap, so each phase
    is solved in closed form and the smallest answer holds.

    With pay, i per krone and C the rest of the budget:
    0 = C − A·pay + min(k·(I_bank + A·i), cap)/12.
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
