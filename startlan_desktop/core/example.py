"""A realistic demo case: a family of four comparing 30 and 50 years, fixed and
floating. Used by `startlan example`, the first window, tests and benchmarks."""

from __future__ import annotations

from . import data
from .i18n import tr
from .model import BankLoan, Case, Debt, ExistingLoan, Housing, Income, LivingCostChoices, Member, Scenario, StressSettings


def default_scenarios(amount: float, markup_pp: float = 0.25, fixed_years: int = 10,
                      establishment_fee: float = 600.0, term_fee: float = 30.0,
                      floating_pct: float | None = None, fixed_pct: float | None = None) -> list[Scenario]:
    """The four scenarios a new case starts with: 30/50 years, floating/fixed.
    Rates default to the shipped Husbanken table (monthly terms)."""
    table = data.rate_table()
    floating = data.husbanken_rate("floating", 12, table) if floating_pct is None else floating_pct
    fixed = data.husbanken_rate(f"fixed_{fixed_years}", 12, table) if fixed_pct is None else fixed_pct
    out = []
    for years in (30, 50):
        for kind in ("floating", "fixed"):
            rate = floating if kind == "floating" else fixed
            name = tr("{years} år, flytende") if kind == "floating" else tr("{years} år, fast {fixed} år")
            out.append(Scenario(label=name.format(years=years, fixed=fixed_years), amount=amount, term_years=years,
                                rate_type=kind, fixed_years=fixed_years, base_rate_pct=rate,
                                markup_pp=markup_pp, establishment_fee=establishment_fee,
                                term_fee=term_fee))
    return out


def stress_defaults() -> StressSettings:
    policy = data.policy_rate()
    rule = policy["stress_rule"]
    return StressSettings(policy_rate_pct=policy["rate_pct"], policy_rate_date=policy["valid_from"],
                          addon_pp=rule["startlan_addon_pp"], bank_margin_pp=rule["bank_margin_pp"],
                          bank_floor_pct=rule["bank_floor_pct"])


def blank_case(**scenario_defaults) -> Case:
    """A new, empty case: one applicant and the four default scenarios."""
    table = data.rate_table()
    return Case(rate_table_date=table["valid_from"], floating_rate_pct=data.husbanken_rate("floating", 12, table),
                members=[Member(role="applicant", age_years=30, sex="f")],
                scenarios=default_scenarios(0.0, **scenario_defaults), stress=stress_defaults())


def example_case() -> Case:
    table = data.rate_table()
    return Case(
        reference="2026/1234",
        example=True,
        caseworker="Saksbehandler Eksempel",
        municipality="Eksempel kommune",
        date="2026-11-23",
        notes="Eksempelsak laget av programmet.",
        rate_table_date=table["valid_from"],
        floating_rate_pct=data.husbanken_rate("floating", 12, table),
        members=[
            Member(role="applicant", name="Amina", age_years=34, sex="f"),
            Member(role="co_applicant", name="Yusuf", age_years=38, sex="m"),
            Member(role="child", name="Sara", age_years=11, sex="f"),
            Member(role="child", name="Adam", age_years=4, sex="m", kindergarten=True),
        ],
        incomes=[
            Income(label="Lønn, helsefagarbeider 80 %", kind="wage", amount=490_000, gross_yearly=True, member=0),
            Income(label="Uføretrygd (netto)", kind="disability", amount=17_900, member=1),
            Income(label="Bostøtte (søkt)", kind="housing_allowance", amount=0, estimate=True),
        ],
        debts=[
            Debt(label="Studielån Lånekassen", kind="student_loan", monthly_payment=1_150),
            Debt(label="Forbrukslån", kind="consumer_loan", monthly_payment=1_450, balance=58_000,
                 rate_pct=14.9, remaining_years=4),
            Debt(label="Kredittkort (ramme 20 000)", kind="credit_card", credit_limit=20_000),
        ],
        housing=Housing(price=2_050_000, equity=52_420, registration_fees=1_170, common_debt_share=0, common_costs=3_400,
                        electricity=1_300, insurance=250, maintenance=500, rent_today=14_500,
                        rent_alternative=16_000, bank_loan=BankLoan()),
        living=LivingCostChoices(sifo_year=data.DEFAULT_SIFO_YEAR),
        scenarios=default_scenarios(2_050_000),
        stress=stress_defaults(),
    )


def followup_case() -> Case:
    """A household that already has a startlån and struggles: income fell when
    one adult went onto work assessment allowance (AAP), a low fixed rate ends
    in March 2027, a payment is 45 days overdue, and a dear consumer loan runs."""
    table = data.rate_table()
    case = example_case()
    case.reference = "2026/0877"
    case.notes = "Oppfølging: restanse etter inntektsfall. Eksempelsak laget av programmet."
    case.incomes = [
        Income(label="Lønn, helsefagarbeider 60 %", kind="wage", amount=365_000, gross_yearly=True, member=0),
        Income(label="Arbeidsavklaringspenger (AAP)", kind="disability", amount=252_000, gross_yearly=True, member=1),
    ]
    case.debts = [
        Debt(label="Studielån Lånekassen", kind="student_loan", monthly_payment=1_150),
        Debt(label="Forbrukslån", kind="consumer_loan", monthly_payment=2_850, balance=85_000, rate_pct=19.9,
             remaining_years=3),
    ]
    case.housing = Housing(price=0, common_costs=3_400, electricity=1_300, insurance=250, maintenance=500,
                           rent_alternative=16_000)
    case.scenarios = []
    case.existing = ExistingLoan(label="Startlån (2020)", balance=1_720_000, remaining_years=24, years_elapsed=6,
                                 rate_pct=2.95, markup_pp=0.25, rate_type="fixed", fixed_until="2027-03-01",
                                 repayment="annuity", term_fee=30, arrears=9_940, arrears_days=45)
    case.floating_rate_pct = data.husbanken_rate("floating", 12, table)
    return case


def large_case() -> Case:
    """The example household grown to 8 persons with 10 split-rate 50-year
    scenarios: the heaviest case a caseworker plausibly builds (the speed
    budgets of the benchmarks and the edit-path tests are measured on it)."""
    case = example_case()
    case.members += [Member(role="child", name=f"Barn {i}", age_years=a) for i, a in enumerate((16, 14, 8, 6))]
    case.members.append(Member(role="other_adult", name="Bestemor", age_years=67, pensioner=True))
    case.scenarios = [Scenario(f"Delt {i + 1}", 2_050_000, 50, rate_type="split", fixed_years=(3, 5, 10, 20)[i % 4],
                               base_rate_pct=4.1 + i / 100, floating_base_rate_pct=4.025, fixed_share_pct=40 + 2 * i,
                               interest_only_years=i % 3)
                      for i in range(10)]
    return case
