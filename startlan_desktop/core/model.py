"""The case: plain dataclasses, the single input to every computation.

Amounts are kr per month unless a name says otherwise (`_yearly`, `balance`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import field
from typing import Any

from .record import record

ROLES = ("applicant", "co_applicant", "child", "other_adult")
SEXES = ("f", "m")
INCOME_KINDS = ("wage", "disability", "pension", "benefit", "child_benefit", "extended_child_benefit",
                "cash_for_care", "child_support", "housing_allowance", "rental", "other")
# Gross yearly income is taxed by these rules; other kinds are entered net (tax-free or after tax).
TAXABLE_KINDS = ("wage", "disability", "pension")
DEBT_KINDS = ("student_loan", "car_loan", "consumer_loan", "credit_card", "child_support_paid", "other")
RATE_TYPES = ("floating", "fixed", "split")  # split: part fixed, the rest floating
FIXED_PERIODS = (3, 5, 10, 20)


@record
class Member:
    role: str = "applicant"
    name: str = ""
    age_years: int = 30
    age_months: int = 0  # for infants: completed months beyond age_years (0-11)
    birth_date: str = ""  # ISO; when set it wins over age_years/age_months
    sex: str = "f"
    pregnant: bool = False
    breastfeeding: bool = False
    student: bool = False
    pensioner: bool = False
    ticket: bool | None = None  # public transport; None: default by age (20-66, pensioners 67+)
    kindergarten: bool = False
    after_school: bool = False

    @property
    def is_child(self) -> bool:
        return self.role == "child"


@record
class Income:
    label: str = ""
    kind: str = "wage"
    amount: float = 0.0
    gross_yearly: bool = False  # True: amount is gross per year, tax is estimated
    member: int | None = None  # index into household.members; groups one person's gross incomes
    estimate: bool = False  # the caseworker marks a figure as uncertain (e.g. bostøtte)
    start: str = ""  # ISO date; "" = already running. Counts from this calendar month (core/timeline.py)
    end: str = ""  # ISO date; "" = open-ended. Counts up to and including this calendar month


@record
class Debt:
    label: str = ""
    kind: str = "consumer_loan"
    monthly_payment: float = 0.0
    credit_limit: float = 0.0  # credit cards: the monthly cost is a share of the limit
    balance: float = 0.0
    rate_pct: float = 0.0
    floating: bool = True
    remaining_years: float = 0.0
    start: str = ""  # ISO date; "" = already running (e.g. a student loan's repayment starting later)
    end: str = ""  # ISO date; "" = until `remaining_years` runs out (whichever comes first)


@record
class BankLoan:
    amount: float = 0.0
    rate_pct: float = 0.0
    term_years: int = 30
    repayment: str = "annuity"


OWNERSHIP = ("freehold", "cooperative")  # selveier (document fee) / borettslag (no document fee)


@record
class Housing:
    price: float = 0.0
    equity: float = 0.0
    ownership: str = "freehold"
    document_fee_pct: float = 2.5  # dokumentavgift on freehold transfers, % of the value (a setting)
    registration_fees: float = 0.0  # tinglysing of deed and mortgages, typed by the caseworker
    other_purchase_costs: float = 0.0
    common_debt_share: float = 0.0  # the flat's share of the cooperative's debt (kr)
    common_costs: float = 0.0  # felleskostnader per month, the debt service included
    municipal_fees: float = 0.0
    property_tax: float = 0.0
    electricity: float = 0.0
    insurance: float = 0.0
    maintenance: float = 0.0
    ground_rent: float = 0.0
    other: float = 0.0
    rent_today: float = 0.0
    rent_alternative: float = 0.0
    bank_loan: BankLoan = field(default_factory=BankLoan)
    # sale costs for the forced-sale explanation; None: the shipped default (resources/data/sale_costs.json)
    forced_sale_fee: float | None = None  # kr
    agent_cost_pct: float | None = None  # % of the sale price


@record
class ExtraCost:
    label: str = ""
    amount: float = 0.0


@record
class LivingCostChoices:
    sifo_year: int = 2026
    petrol_cars: int = 0
    electric_cars: int = 0
    kindergarten_first: float | None = None  # None: the SIFO year's rate
    kindergarten_second: float | None = None
    kindergarten_more: float | None = None
    kindergarten_months: int = 11
    after_school_full: float | None = None
    after_school_months: int = 11
    overrides: dict[str, float] = field(default_factory=dict)  # category -> actual spending
    extra: list[ExtraCost] = field(default_factory=list)


@record
class Scenario:
    label: str = ""
    amount: float = 0.0
    term_years: int = 30
    term_extra_months: int = 0
    repayment: str = "annuity"
    terms_per_year: int = 12
    rate_type: str = "floating"
    fixed_years: int = 5
    base_rate_pct: float = 0.0  # Husbanken's rate (for fixed: the fixed rate)
    markup_pp: float = 0.25
    rate_after_fixed_pct: float | None = None  # None: today's floating rate + markup
    interest_only_years: int = 0
    interest_only_extra_months: int = 0
    interest_only_until_debts_repaid: bool = False  # interest-only while dearer debt is paid off (max 8 years)
    establishment_fee: float = 0.0
    term_fee: float = 0.0
    fixed_share_pct: float = 50.0  # split loans: the fixed part, % of the amount
    floating_base_rate_pct: float | None = None  # split loans: the floating part's Husbanken rate (None: today's)
    label_translations: dict[str, str] = field(default_factory=dict)  # language code -> the label in it (issue 22)

    @property
    def nominal_rate_pct(self) -> float:
        return self.base_rate_pct + self.markup_pp


@record
class StressSettings:
    rule: str = "policy"  # "policy": policy rate + addon (Husbanken); "margin": loan rate + margin
    policy_rate_pct: float = 4.0
    policy_rate_date: str = "2025-09-18"
    addon_pp: float = 2.5
    margin_pp: float = 3.0
    bank_margin_pp: float = 3.0
    bank_floor_pct: float = 7.0


EXPLANATION_TOPICS = ("cost_over_time", "rate_rise", "monthly_vs_rent", "residual_debt", "forced_sale")


@record
class Explanation:
    """One topic of the explanation duty (finansavtaleloven), ticked when explained."""

    topic: str = "cost_over_time"
    explained: bool = False
    date: str = ""  # ISO date it was explained


@record
class UsualTerms:
    """The municipality's usual terms: a scenario outside them gets a note, never a refusal."""

    max_term_years: int = 30
    repayment: str = "annuity"  # "" = either
    rate_type: str = ""  # "fixed", "floating" or "" = either
    max_interest_only_years: int = 0
    startlan_cap_pct: float = 100.0  # the startlån's ceiling, % of price + purchase costs (a municipal setting)


def default_explanations() -> list[Explanation]:
    return [Explanation(t) for t in EXPLANATION_TOPICS]


@record
class ExistingLoan:
    """A startlån the household already has (follow-up cases)."""

    label: str = "Startlån"
    balance: float = 0.0
    remaining_years: int = 20
    remaining_extra_months: int = 0
    years_elapsed: int = 0  # since the loan started: the 50-year limit counts from then
    rate_pct: float = 4.275  # today's nominal rate, markup included
    markup_pp: float = 0.25
    rate_type: str = "floating"  # "fixed": fixed until `fixed_until`, then floating
    fixed_until: str = ""  # ISO date the binding period ends
    expiry_rate_pct: float | None = None  # the rate after expiry; None: today's floating + markup
    repayment: str = "annuity"
    term_fee: float = 0.0
    interest_only_used_months: int = 0  # interest-only already used (8 years over the loan's life)
    arrears: float = 0.0  # restanse, kr
    arrears_days: int = 0


@record
class Relief:
    """A payment-relief option for an existing loan; all zero is "no change".
    Options combine: e.g. interest-only for a year and a longer term."""

    label: str = "Ingen endring"
    interest_only_months: int = 0
    extend_years: int = 0
    defer_months: int = 0
    defer_spread_months: int = 0  # 0: the deferred interest is added to the balance
    refinance_debts: list[int] = field(default_factory=list)  # indices into case.debts
    chosen: bool = False
    reason: str = ""  # why the relief goes beyond the usual limits (printed with the warning)


@record
class Case:
    reference: str = ""
    caseworker: str = ""
    municipality: str = ""
    date: str = field(default_factory=lambda: _dt.date.today().isoformat())
    notes: str = ""
    example: bool = False  # made by the program for trying it out: marked wherever shown
    tax_year: int = 2026
    finnmark: bool = False  # tiltakssonen: 18.5 % and the extra deduction
    auto_child_benefit: bool = True
    include_interest_deduction: bool = True
    credit_card_share: float = 0.03
    rate_table_date: str = "2026-07-01"
    floating_rate_pct: float = 4.025  # today's floating Husbanken rate, used after a fixed period
    members: list[Member] = field(default_factory=list)
    incomes: list[Income] = field(default_factory=list)
    debts: list[Debt] = field(default_factory=list)
    housing: Housing = field(default_factory=Housing)
    living: LivingCostChoices = field(default_factory=LivingCostChoices)
    scenarios: list[Scenario] = field(default_factory=list)
    stress: StressSettings = field(default_factory=StressSettings)
    usual_terms: UsualTerms = field(default_factory=UsualTerms)
    explanations: list[Explanation] = field(default_factory=default_explanations)
    existing: ExistingLoan | None = None
    reliefs: list[Relief] = field(default_factory=list)
    # The data the case is assessed with (every data item, as in a data pack; see
    # core/datapack.py). None: the data in force; saving records it.
    data_snapshot: dict[str, Any] | None = None

    @property
    def assessment_date(self) -> _dt.date:
        try:
            return _dt.date.fromisoformat(self.date)
        except (TypeError, ValueError):
            return _dt.date.today()
