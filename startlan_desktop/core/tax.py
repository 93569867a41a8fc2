"""A yearly tax estimate for one person's wages and pension (Norwegian rules,
income years 2025 and 2026). An estimate for budgeting, never a tax assessment:
no wealth tax, no special deductions beyond the minimum deduction."""

from __future__ import annotations

from dataclasses import dataclass

from . import data
from .errors import check_range
from .i18n import tr


@dataclass(frozen=True)
class TaxEstimate:
    year: int
    wage: float
    pension: float
    minimum_deduction: float
    ordinary_income: float
    ordinary_tax: float
    bracket_tax: float
    social_security: float
    pension_credit: float

    @property
    def tax(self) -> float:
        return self.ordinary_tax + self.bracket_tax + self.social_security - self.pension_credit

    @property
    def gross(self) -> float:
        return self.wage + self.pension

    @property
    def net_yearly(self) -> float:
        return self.gross - self.tax

    @property
    def net_monthly(self) -> float:
        return self.net_yearly / 12


def _minimum_deduction(p: dict, wage: float, pension: float) -> float:
    md = p["minimum_deduction"]
    w = min(wage * md["wage"]["rate"], md["wage"]["max"])
    pe = min(pension * md["pension"]["rate"], md["pension"]["max"])
    return min(w + pe, md["combined_wage_and_pension_max"])


def _bracket_tax(p: dict, personal_income: float) -> float:
    steps = p["bracket_tax"]
    total = 0.0
    for i, s in enumerate(steps):
        top = steps[i + 1]["threshold"] if i + 1 < len(steps) else float("inf")
        if personal_income > s["threshold"]:
            total += (min(personal_income, top) - s["threshold"]) * s["rate"]
    return total


def _social_security(p: dict, wage: float, pension: float) -> float:
    ss = p["social_security_contribution"]
    income = wage + pension
    if income <= ss["lower_threshold"]:
        return 0.0
    full = wage * ss["rate_wage_and_benefits"] + pension * ss["rate_pension"]
    return min(full, ss["phase_in_rate"] * (income - ss["lower_threshold"]))


def _pension_credit(p: dict, pension: float) -> float:
    c = p["pension_tax_credit"]
    credit = c["max"]
    credit -= max(0.0, pension - c["step1_threshold"]) * c["step1_rate"]
    credit -= max(0.0, pension - c["step2_threshold"]) * c["step2_rate"]
    return max(credit, 0.0) if pension > 0 else 0.0


def estimate(wage: float, pension: float = 0.0, year: int = data.DEFAULT_TAX_YEAR,
             finnmark: bool = False, old_age_pension: bool = True) -> TaxEstimate:
    """Tax on a year's gross wage (incl. benefits taxed as wage, e.g. uføretrygd)
    and pension. `old_age_pension`: the pension qualifies for the pension credit."""
    check_range("wage", tr("Bruttoinntekten"), wage, 0, 1e9, "kr")
    check_range("pension", tr("Pensjonen"), pension, 0, 1e9, "kr")
    p = data.tax_params(year)
    oit = p["ordinary_income_tax"]
    rate = oit["rate_innsatssonen"] if finnmark else oit["rate"]
    md = _minimum_deduction(p, wage, pension)
    ordinary = wage + pension - md
    base = ordinary - p["personal_allowance"]
    if finnmark:
        base -= oit["finnmark_nord_troms_special_deduction"]
    ordinary_tax = max(base, 0.0) * rate
    bracket = _bracket_tax(p, wage + pension)
    social = _social_security(p, wage, pension)
    credit = _pension_credit(p, pension) if old_age_pension else 0.0
    credit = min(credit, ordinary_tax + bracket + social)
    return TaxEstimate(year, wage, pension, md, ordinary, ordinary_tax, bracket, social, credit)


def interest_deduction_rate(year: int, finnmark: bool = False) -> float:
    d = data.tax_params(year)["interest_deduction"]
    return d["tax_value_rate_innsatssonen"] if finnmark else d["tax_value_rate"]


def _child_benefit_period(year: int, on_iso: str) -> dict:
    """The child-benefit rates in force on a date (the year's last period before it)."""
    periods = data.tax_params(year)["child_benefit"]["periods"]
    found = periods[0]
    for per in periods:
        if per["from"] <= on_iso:
            found = per
    return found


def child_benefit_per_child(year: int, on_iso: str) -> float:
    """Ordinary child benefit per child per month in force on a date."""
    return float(_child_benefit_period(year, on_iso)["monthly_6_to_17"])


def extended_child_benefit(year: int, on_iso: str) -> tuple[float, str]:
    """Extended child benefit (utvidet barnetrygd) for a single parent per month,
    one amount whatever the number of children, and the date it applies from.

    >>> extended_child_benefit(2026, "2026-12-01")
    (2572.0, '2026-02-01')
    """
    per = _child_benefit_period(year, on_iso)
    return float(per["utvidet_monthly"]), per["from"]
