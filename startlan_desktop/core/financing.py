"""The financing plan and the grant needed (Husbanken's guide, domain § 10).

Total cost = price + the flat's share of common debt + purchase costs
(document fee on freehold, registration, other). It is financed by equity,
a bank loan, the common debt the buyer takes over (served through the common
costs), the startlån and, for what is left, a grant. The startlån may finance
up to 100 % of the price and the purchase costs (less the bank loan), within
what the household can carry at the stress rate in that scenario and the
municipality's ceiling (a setting, % of price + purchase costs): the grant
only covers what the startlån cannot. All figures are whole kroner so the plan balances
to the krone; the startlån is the largest loan to the nearest krone, the grant takes the remainder."""

from __future__ import annotations

import math

from .model import Housing
from .record import record


@record(frozen=True)
class FinancingPlan:
    price: int
    common_debt: int
    document_fee: int
    registration_fees: int
    other_costs: int
    equity: int
    bank_loan: int
    startlan: int
    grant: int
    startlan_cap_reason: str  # "need", "carry" or "value"

    @property
    def purchase_costs(self) -> int:
        return self.document_fee + self.registration_fees + self.other_costs

    @property
    def total_cost(self) -> int:
        return self.price + self.common_debt + self.purchase_costs

    @property
    def total_sources(self) -> int:
        return self.equity + self.bank_loan + self.common_debt + self.startlan + self.grant

    @property
    def need(self) -> int:
        """What the startlån and the grant must cover together."""
        return self.startlan + self.grant


def _kr(x: float) -> int:
    return int(round(x))


def total_price(h: Housing) -> int:
    """Kjøpesum + the flat's share of the common debt, in whole kroner.

    >>> total_price(Housing(price=2_400_000, common_debt_share=350_000))
    2750000
    """
    return _kr(h.price) + _kr(h.common_debt_share)


def document_fee(h: Housing) -> int:
    return _kr(h.price * h.document_fee_pct / 100) if h.ownership == "freehold" else 0


def plan(h: Housing, max_carry: float, cap_pct: float = 100.0) -> FinancingPlan:
    """The plan for one scenario, where `max_carry` is the largest startlån the
    household can carry in it (at the stress rate) and `cap_pct` the
    municipality's ceiling in % of price + purchase costs.

    startlån = min(need, carry, cap_pct · (price + purchase costs) − bank loan);
    grant = need − startlån.

    >>> p = plan(Housing(price=2_000_000, equity=100_000, registration_fees=1_000), 5_000_000)
    >>> p.startlan, p.grant  # 2 000 000 + 50 000 + 1 000 − 100 000: all by the startlån
    (1951000, 0)
    """
    price, debt = _kr(h.price), _kr(h.common_debt_share)
    fee, reg, other = document_fee(h), _kr(h.registration_fees), _kr(h.other_purchase_costs)
    to_finance = price + fee + reg + other  # the common debt is taken over, not paid
    bank = min(_kr(h.bank_loan.amount), to_finance)
    equity = min(_kr(h.equity), to_finance - bank)  # equity beyond the cost is not spent
    need = to_finance - bank - equity
    value_cap = max(math.floor((price + fee + reg + other) * cap_pct / 100) - bank, 0)
    caps = {"need": need, "carry": max(round(max_carry), 0), "value": value_cap}  # as the largest loan is shown
    reason = min(caps, key=lambda k: (caps[k], ("need", "carry", "value").index(k)))
    startlan = caps[reason]
    return FinancingPlan(price, debt, fee, reg, other, equity, bank, startlan, need - startlan, reason)


def largest_prudent_loan(max_carry: float, p: FinancingPlan | None) -> int:
    """The amount "Bruk største lån" sets: the largest startlån the household can
    carry at the stress rate, in whole kroner (rounded down), and, when a price
    is known, no more than the plan can use (the need, at most the value less
    the bank loan).

    >>> largest_prudent_loan(1_234_567.9, None)
    1234567
    """
    carry = max(math.floor(max_carry), 0)
    if p is not None and p.price:
        return min(carry, p.startlan)
    return carry
