"""A yearly tax estimate for one person's wages and pension (Norwegian rules,
income years 2025 and 2026). An estimate for budgeting, never a tax assessment:
no wealth tax, no special deductions beyond the minimum deduction."""

from __future__ import annotations

import datetime as dt

from . import data
from .errors import check_range
from .i18n import tr
from .living import age_of
from .model import Member
from .record import record


@record(frozen=True)
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


LOW_RATE_AGES = (17, 70)  # trygdeavgift on wages at the low rate below 17 and from 70 (ftrl. § 23-3)


def _wage_rate(ss: dict, age: int | None) -> float:
    """The wage rate of trygdeavgift: the low (pension) rate for a person
    under 17 or 70 and over in the income year, else the ordinary wage rate."""
    young, old = LOW_RATE_AGES
    if age is not None and (age < young or age >= old):
        return ss["rate_wage_under_17_or_over_69"]
    return ss["rate_wage_and_benefits"]


def _social_security(p: dict, wage: float, pension: float, age: int | None = None) -> float:
    r"""Trygdeavgift (social security contribution) for one person's year.

    .. math::

        T = \begin{cases} 0 & W + P \le L \\
            \min\bigl(t_w W + t_p P,\; 0.25\,(W + P - L)\bigr) & \text{otherwise} \end{cases}

    with :math:`W` wage, :math:`P` pension, :math:`L` the lower limit, :math:`t_p` the
    pension rate, and :math:`t_w` the wage rate: 7.7 % (2025) / 7.6 % (2026), but the
    low rate 5.1 % for a wage earner under 17 or aged 70 and over in the income year.

    Parameters
    ----------
    p : dict
        The year's tax parameters (``data.tax_params``).
    wage, pension : float
        Gross kr per year.
    age : int or None
        Age the person reaches in the income year (income year − birth year);
        None: the ordinary wage rate.

    Returns
    -------
    float
        Trygdeavgift, kr per year.

    Examples
    --------
    A wage of 300 000 kr in 2026: 7.6 % at 69, 5.1 % at 70.

    >>> p = data.tax_params(2026)
    >>> round(_social_security(p, 300_000, 0, age=69), 2)
    22800.0
    >>> round(_social_security(p, 300_000, 0, age=70), 2)
    15300.0
    """
    ss = p["social_security_contribution"]
    income = wage + pension
    if income <= ss["lower_threshold"]:
        return 0.0
    full = wage * _wage_rate(ss, age) + pension * ss["rate_pension"]
    return min(full, ss["phase_in_rate"] * (income - ss["lower_threshold"]))


def _pension_credit(p: dict, pension: float) -> float:
    r"""Skattefradrag for pensjonsinntekt (the pension tax credit), before the cap
    at the tax it reduces.

    .. math::

        C = \max\Bigl(0,\; C_{max} - r_1\,\bigl(\min(P, t_2) - t_1\bigr)^+
            - r_2\,(P - t_2)^+\Bigr)

    Step 1 (:math:`r_1`: 16.7 % in 2025, 19.1 % in 2026) applies only to pension
    between the two thresholds :math:`t_1` and :math:`t_2`; above :math:`t_2` the
    rate is :math:`r_2` = 6 % (Skatteetaten: in 2025 the credit ceases at 615 100 kr).

    Parameters
    ----------
    p : dict
        The year's tax parameters (``data.tax_params``).
    pension : float
        Gross pension, kr per year.

    Returns
    -------
    float
        The credit, kr per year (0 without pension).

    Examples
    --------
    500 000 kr pension in 2025: 36 000 − 16,7 % × (422 950 − 276 400) − 6 % × (500 000 − 422 950)
    = 36 000 − 24 473,85 − 4 623 = 6 903,15 kr.

    >>> round(_pension_credit(data.tax_params(2025), 500_000), 2)
    6903.15
    >>> _pension_credit(data.tax_params(2025), 616_000)
    0.0
    """
    c = p["pension_tax_credit"]
    if pension <= 0:
        return 0.0
    step1 = max(0.0, min(pension, c["step2_threshold"]) - c["step1_threshold"]) * c["step1_rate"]
    step2 = max(0.0, pension - c["step2_threshold"]) * c["step2_rate"]
    return max(c["max"] - step1 - step2, 0.0)


def estimate(wage: float, pension: float = 0.0, year: int = data.DEFAULT_TAX_YEAR,
             finnmark: bool = False, old_age_pension: bool = True, age: int | None = None) -> TaxEstimate:
    r"""Tax on a year's gross wage (incl. benefits taxed as wage, e.g. uføretrygd)
    and pension, for one person.

    .. math::

        O = s\,(W + P - M - A)^+, \qquad
        \text{tax} = O + B(W + P) + T(W, P) - \min\bigl(C(P),\; O + B + T\bigr)

    with :math:`s` the rate on ordinary income (22 %, 18.5 % in Finnmark/Nord-Troms,
    where a special deduction also applies), :math:`M` the minimum deduction,
    :math:`A` the personal allowance, :math:`B` bracket tax on gross personal
    income, :math:`T` trygdeavgift (``_social_security``) and :math:`C` the
    pension credit (``_pension_credit``), which cannot exceed the taxes it reduces.

    Parameters
    ----------
    wage, pension : float
        Gross kr per year.
    year : int
        Income year (2025 or 2026).
    finnmark : bool
        Tiltakssonen in Finnmark and Nord-Troms.
    old_age_pension : bool
        The pension qualifies for the pension credit.
    age : int or None
        Age reached in the income year (income year − birth year): from 70 (and
        under 17) trygdeavgift on wages is at the low rate. None: the ordinary rate.

    Returns
    -------
    TaxEstimate

    Examples
    --------
    500 000 kr old-age pension in 2025: 22 % × (500 000 − 73 150 − 108 550) = 70 026;
    bracket tax 1,7 % × 88 650 + 4 % × 193 950 = 9 265,05; trygdeavgift 5,1 % = 25 500;
    credit 6 903,15: tax 97 887,90 kr.

    >>> round(estimate(0, 500_000, year=2025).tax, 2)
    97887.9
    >>> round(estimate(0, 500_000, year=2026).tax, 2)
    94516.5
    """
    check_range("wage", tr("Bruttoinntekten"), wage, 0, 1e9, "kr")
    check_range("pension", tr("Pensjonen"), pension, 0, 1e9, "kr")
    if age is not None:
        check_range("age", tr("Alderen"), age, 0, 130)
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
    social = _social_security(p, wage, pension, age)
    credit = _pension_credit(p, pension) if old_age_pension else 0.0
    credit = min(credit, ordinary_tax + bracket + social)
    return TaxEstimate(year, wage, pension, md, ordinary, ordinary_tax, bracket, social, credit)


def age_in_income_year(member: Member, year: int, on: dt.date) -> int:
    """The age a person reaches in the income year: year − birth year. Without a
    birth date, the age on the assessment date carried to that year (which may
    be a year low, and so errs to the higher wage rate of trygdeavgift).

    >>> age_in_income_year(Member(birth_date="1956-12-31"), 2026, dt.date(2026, 3, 1))
    70
    >>> age_in_income_year(Member(age_years=69), 2026, dt.date(2026, 3, 1))
    69
    """
    if member.birth_date:
        age_of(member, on)  # validates the date
        return year - dt.date.fromisoformat(member.birth_date).year
    return age_of(member, on)[0] + year - on.year


def interest_deduction_rate(year: int, finnmark: bool = False) -> float:
    """The tax value of one krone of interest paid (rentefradrag): the tax rate on
    ordinary income, 22 %, or 18,5 % in Finnmark and Nord-Troms (domain.md § 5).
    A year's deduction is worth ``rate · interest``, at most the tax on ordinary income.

    >>> interest_deduction_rate(2026), interest_deduction_rate(2026, finnmark=True)
    (0.22, 0.185)
    """
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
    """Ordinary child benefit per child per month in force on a date: 1 968 kr from
    May 2025, 2 012 kr from February 2026, one rate for all ages (NAV; domain.md § 5).

    >>> child_benefit_per_child(2026, "2026-01-15"), child_benefit_per_child(2026, "2026-12-01")
    (1968.0, 2012.0)
    """
    return float(_child_benefit_period(year, on_iso)["monthly_6_to_17"])


def extended_child_benefit(year: int, on_iso: str) -> tuple[float, str]:
    """Extended child benefit (utvidet barnetrygd) for a single parent per month,
    one amount whatever the number of children, and the date it applies from.

    >>> extended_child_benefit(2026, "2026-12-01")
    (2572.0, '2026-02-01')
    """
    per = _child_benefit_period(year, on_iso)
    return float(per["utvidet_monthly"]), per["from"]
