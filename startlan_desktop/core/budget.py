"""The budget for a case and each loan scenario: the one result object that the
screen, the PDF and the CLI render. No view computes money.

Residual (restbeløp) = net income − living costs − other fixed costs − housing
costs − the startlån payment (+ the interest deduction's tax value). It is
stressed by Husbanken's rule (policy rate + 2.5 pp) or a margin, with a bank
loan beside it stressed by the banks' rule (+3 pp, at least 7 %).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from . import data, loans, tax
from .financing import FinancingPlan, plan
from .formatting import fmt_date, fmt_kr, fmt_number, fmt_rate
from .i18n import QT_TR_NOOP, tr
from .living import LivingCosts, age_of, living_costs
from .model import TAXABLE_KINDS, Case, Debt, Scenario

VERDICT_LABELS = {"ok": QT_TR_NOOP("Bærekraftig"), "tight": QT_TR_NOOP("Stramt"),
                  "not_sustainable": QT_TR_NOOP("Ikke bærekraftig"), "no_amount": QT_TR_NOOP("Fyll inn lånebeløp")}
INCOME_LABELS = {
    "wage": QT_TR_NOOP("Lønn"), "disability": QT_TR_NOOP("Uføretrygd/AAP"), "pension": QT_TR_NOOP("Pensjon"),
    "benefit": QT_TR_NOOP("Trygd/stønad"), "child_benefit": QT_TR_NOOP("Barnetrygd"),
    "extended_child_benefit": QT_TR_NOOP("Utvidet barnetrygd (enslig)"),
    "cash_for_care": QT_TR_NOOP("Kontantstøtte"), "child_support": QT_TR_NOOP("Bidrag mottatt"),
    "housing_allowance": QT_TR_NOOP("Bostøtte"), "rental": QT_TR_NOOP("Leieinntekt"), "other": QT_TR_NOOP("Annen inntekt"),
}
DEBT_LABELS = {
    "student_loan": QT_TR_NOOP("Studielån"), "car_loan": QT_TR_NOOP("Billån"), "consumer_loan": QT_TR_NOOP("Forbrukslån"),
    "credit_card": QT_TR_NOOP("Kredittkort"), "child_support_paid": QT_TR_NOOP("Bidrag betalt"),
    "other": QT_TR_NOOP("Annen fast utgift"),
}
RATE_MIN, RATE_MAX = 0.0, 30.0


@dataclass
class IncomeLine:
    label: str
    kind: str
    net_monthly: float
    gross_yearly: float | None = None
    tax_yearly: float | None = None
    estimate: bool = False  # tax estimated, or a figure the caseworker flagged


@dataclass
class CostLine:
    label: str
    amount: float
    stressed: float | None = None  # None: the stress test leaves it as it is


@dataclass
class ScenarioResult:
    index: int
    scenario: Scenario
    spec: loans.LoanSpec
    schedule: loans.Schedule
    nominal_rate_pct: float
    first_payment: float  # monthly equivalent, fees included
    monthly_payment: float  # first term with repayment, monthly equivalent, fees included
    first_year_interest: float
    first_year_principal: float
    interest_deduction: float  # monthly tax value of the first year's interest
    housing_cost_new: float  # housing costs incl. loans, monthly
    left_for_living: float
    residual: float
    stress_rate_pct: float
    stress_rule: str
    stress_payment: float
    residual_stressed: float
    rate_after_fixed_pct: float | None
    payment_after_fixed: float | None
    residual_after_fixed: float | None
    break_even_rate_pct: float | None
    max_loan: float  # at the stress rate: the prudent figure
    max_loan_today: float
    verdict: str
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # outside the municipality's usual terms
    plan: FinancingPlan | None = None  # the financing plan with this scenario's terms
    best_plan: bool = False  # needs the smallest grant of the scenarios (and holds under stress)

    @property
    def label(self) -> str:
        return self.scenario.label or tr("Scenario {n}").format(n=self.index + 1)

    @property
    def verdict_label(self) -> str:
        return tr(VERDICT_LABELS[self.verdict])

    @property
    def carries_no_loan(self) -> bool:
        """The household cannot carry any startlån at the stress rate (not one krone)."""
        return self.max_loan < 1

    @property
    def total_interest(self) -> float:
        return self.schedule.total_interest

    @property
    def total_paid(self) -> float:
        return self.schedule.total_paid

    @property
    def effective_rate_pct(self) -> float:
        return self.schedule.effective_rate_pct

    def summary_text(self) -> str:
        """One plain-language sentence for the applicant."""
        s = self.scenario
        if self.carries_no_loan:
            return tr("Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års "
                      "løpetid: ved stresstest er det ingenting igjen til å betale på et lån.").format(years=s.term_years)
        if self.verdict == "no_amount":
            return tr("Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} "
                      "(stresstest).").format(amount=fmt_kr(math.floor(self.max_loan)))
        rate = {"floating": tr("flytende rente"),
                "fixed": tr("fast rente i {years} år").format(years=s.fixed_years),
                "split": tr("{share} % fast rente i {years} år og resten flytende").format(
                    share=fmt_number(s.fixed_share_pct), years=s.fixed_years)}[s.rate_type]
        text = tr("Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har "
                  "{left} igjen til livsopphold hver måned").format(
            years=s.term_years, rate=rate, payment=fmt_kr(self.monthly_payment), left=fmt_kr(self.left_for_living))
        if self.residual >= 0:
            return text + tr(", {amount} mer enn normen.").format(amount=fmt_kr(self.residual))
        return text + tr(", {amount} mindre enn normen.").format(amount=fmt_kr(-self.residual))


@dataclass
class CaseResult:
    case: Case
    incomes: list[IncomeLine]
    income_total: float
    living: LivingCosts
    other_costs: list[CostLine]
    other_costs_total: float
    housing_costs: list[CostLine]  # the new home's costs, the startlån aside
    housing_total: float
    bank_loan: loans.Schedule | None
    available_for_housing: float  # E = B − C − D
    available_for_startlan: float  # G = E − F
    scenarios: list[ScenarioResult]
    sources: list[data.DataSource]
    warnings: list[str] = field(default_factory=list)
    bank_stress_extra: float = 0.0  # how much more the bank loan costs at its stress rate

    def scenario(self, index: int) -> ScenarioResult:
        return self.scenarios[index]


# --- incomes -----------------------------------------------------------------

def _gross_groups(case: Case) -> dict:
    groups: dict = {}
    for i, inc in enumerate(case.incomes):
        if inc.gross_yearly and inc.kind in TAXABLE_KINDS:
            key = ("m", inc.member) if inc.member is not None else ("i", i)
            groups.setdefault(key, []).append(inc)
    return groups


def income_lines(case: Case) -> list[IncomeLine]:
    taxed: dict[int, IncomeLine] = {}
    for key, group in _gross_groups(case).items():
        wage = sum(inc.amount for inc in group if inc.kind != "pension")
        pension = sum(inc.amount for inc in group if inc.kind == "pension")
        member = case.members[key[1]] if key[0] == "m" and 0 <= key[1] < len(case.members) else None
        age = tax.age_in_income_year(member, case.tax_year, case.assessment_date) if member else None
        est = tax.estimate(wage, pension, case.tax_year, case.finnmark, age=age)
        for inc in group:
            share = inc.amount / est.gross if est.gross else 0.0
            t = est.tax * share
            taxed[id(inc)] = IncomeLine(inc.label or INCOME_LABELS[inc.kind], inc.kind,
                                        (inc.amount - t) / 12, inc.amount, t, True)
    lines = []
    for inc in case.incomes:
        if id(inc) in taxed:
            lines.append(taxed[id(inc)])
            continue
        monthly = inc.amount / 12 if inc.gross_yearly else inc.amount
        if inc.kind == "rental":
            monthly *= 10 / 12  # rent counts for at most 10 months a year
        lines.append(IncomeLine(inc.label or tr(INCOME_LABELS[inc.kind]), inc.kind, monthly,
                                estimate=inc.estimate or inc.kind == "housing_allowance"))
    auto = automatic_child_benefit(case)
    if auto is not None and not any(i.kind == "child_benefit" for i in case.incomes):
        lines.append(auto)
    return lines


def automatic_child_benefit(case: Case) -> IncomeLine | None:
    """Ordinary child benefit for the children under 18 (tick on), or None.

    Monthly amount = children × the rate in force on the assessment date,
    e.g. 2 × 2 012 kr = 4 024 kr from 1 February 2026.
    """
    on = case.assessment_date
    kids = sum(1 for m in case.members if age_of(m, on)[0] < 18)
    if not case.auto_child_benefit or not kids:
        return None
    rate = tax.child_benefit_per_child(case.tax_year, on.isoformat())
    label = tr("Barnetrygd ({kids} × {rate})").format(kids=kids, rate=fmt_kr(rate))
    return IncomeLine(label, "child_benefit", kids * rate)


def child_benefit_notes(case: Case) -> list[str]:
    """Say it when the automatic child benefit is not added, or extended child
    benefit looks wrong for the household: nothing is dropped silently."""
    notes = []
    auto = automatic_child_benefit(case)
    if auto is not None and any(i.kind == "child_benefit" for i in case.incomes):
        notes.append(tr("Barnetrygd er ført som egen inntektslinje, så den automatiske barnetrygden ({auto}) er ikke "
                        "lagt til i tillegg. Utvidet barnetrygd for enslige har sin egen type.").format(
            auto=fmt_kr(auto.net_monthly)))
    if any(i.kind == "extended_child_benefit" for i in case.incomes):
        on = case.assessment_date
        if not any(age_of(m, on)[0] < 18 for m in case.members):
            notes.append(tr("Utvidet barnetrygd er ført, men husstanden har ingen barn under 18 år."))
        if any(m.role == "co_applicant" for m in case.members):
            notes.append(tr("Utvidet barnetrygd gis til enslige forsørgere, men saken har en medsøker."))
    return notes


# --- other fixed costs and housing ------------------------------------------

def _debt_payment(d: Debt, share: float) -> float:
    return d.credit_limit * share if d.kind == "credit_card" else d.monthly_payment


def _debt_stressed(d: Debt, rise_pp: float) -> float | None:
    """A floating-rate loan with known balance and term, at its rate + the rise."""
    if not (d.floating and d.balance > 0 and d.remaining_years > 0 and d.kind in ("car_loan", "consumer_loan", "other")):
        return None
    n = max(int(round(d.remaining_years * 12)), 1)
    return d.balance * loans.annuity_factor((d.rate_pct + rise_pp) / 1200, n)


def _housing_lines(case: Case) -> list[CostLine]:
    h = case.housing
    return [CostLine(label, amount) for label, amount in (
        (tr("Felleskostnader"), h.common_costs), (tr("Kommunale avgifter"), h.municipal_fees),
        (tr("Eiendomsskatt"), h.property_tax), (tr("Strøm og oppvarming"), h.electricity),
        (tr("Forsikring"), h.insurance), (tr("Vedlikehold"), h.maintenance), (tr("Festeavgift"), h.ground_rent),
        (tr("Andre boutgifter"), h.other)) if amount]


def _bank_loan(case: Case) -> loans.Schedule | None:
    b = case.housing.bank_loan
    if b.amount <= 0:
        return None
    return loans.build_schedule(loans.LoanSpec(b.amount, b.rate_pct, b.term_years * 12, b.repayment))


def bank_stress_rate(case: Case) -> float:
    s = case.stress
    return max(case.housing.bank_loan.rate_pct + s.bank_margin_pp, s.bank_floor_pct)


# --- stress ------------------------------------------------------------------

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


def market_rise(case: Case, markup_pp: float) -> float:
    """How many points floating market rates rise in the stress test: the rise
    a floating startlån gets (stress rate − today's floating rate + markup).
    Floating consumer loans and common debt rise by as much. It does not depend
    on the scenario's own rate, so a fixed or lower rate never stresses the
    household's other debts harder."""
    floating = case.floating_rate_pct + markup_pp
    return max(stress_rate(case, floating)[0] - floating, 0.0)


def stress_besides_startlan(case: Case, rise_pp: float, bank_stress_extra: float,
                            exclude_debts: list[int] | tuple = ()) -> float:
    """How much more everything but the startlån costs a month in the stress
    test: the bank loan at the banks' rule, floating debts (less any that are
    refinanced away) and the common debt, the last two rising by rise_pp."""
    extra = bank_stress_extra + case.housing.common_debt_share * rise_pp / 1200
    for i, d in enumerate(case.debts):
        stressed = _debt_stressed(d, rise_pp) if i not in exclude_debts else None
        if stressed is not None:
            extra += stressed - d.monthly_payment
    return extra


# --- the computation ---------------------------------------------------------

def interest_only_months(case: Case, s: Scenario) -> int:
    """The interest-only period in months: as typed, or, with the option set,
    until the other debts with a known remaining term are repaid (at most
    8 years, shorter than the term, in whole terms)."""
    term = loans.months(s.term_years, s.term_extra_months)
    if not s.interest_only_until_debts_repaid:
        return loans.months(s.interest_only_years, s.interest_only_extra_months)
    debt_months = [math.ceil(d.remaining_years * 12) for d in case.debts if d.remaining_years > 0 and d.kind != "student_loan"]
    months = min(max(debt_months, default=0), loans.MAX_INTEREST_ONLY_YEARS * 12, max(term - 12, 0))
    per_term = 12 // s.terms_per_year
    return months - months % per_term


def _rate_after(case: Case, s: Scenario) -> float:
    return s.rate_after_fixed_pct if s.rate_after_fixed_pct is not None else case.floating_rate_pct + s.markup_pp


def _floating_part_rate(case: Case, s: Scenario) -> float:
    base = s.floating_base_rate_pct if s.floating_base_rate_pct is not None else case.floating_rate_pct
    return base + s.markup_pp


def scenario_spec(case: Case, s: Scenario) -> loans.LoanSpec:
    """The whole loan as the engine sees it. For a split loan the first-term
    rate is the amount-weighted rate of the parts (used for stress and sizing)."""
    fixed = s.rate_type in ("fixed", "split")
    rate = s.nominal_rate_pct
    if s.rate_type == "split":
        share = s.fixed_share_pct / 100
        rate = share * s.nominal_rate_pct + (1 - share) * _floating_part_rate(case, s)
    return loans.LoanSpec(
        amount=s.amount, rate_pct=rate,
        term_months=loans.months(s.term_years, s.term_extra_months), repayment=s.repayment,
        terms_per_year=s.terms_per_year, interest_only_months=interest_only_months(case, s),
        establishment_fee=s.establishment_fee, term_fee=s.term_fee,
        fixed_months=s.fixed_years * 12 if fixed else 0,
        rate_after_fixed_pct=_rate_after(case, s) if fixed else None)


def build_scenario_schedule(case: Case, s: Scenario, spec: loans.LoanSpec) -> loans.Schedule:
    """The payment plan; a split loan is its two parts computed separately and added."""
    if s.rate_type != "split":
        return loans.build_schedule(spec)
    fixed_amount = s.amount * s.fixed_share_pct / 100
    fixed = replace(spec, amount=fixed_amount, rate_pct=s.nominal_rate_pct, establishment_fee=0.0, term_fee=0.0)
    floating = replace(spec, amount=s.amount - fixed_amount, rate_pct=_floating_part_rate(case, s),
                       establishment_fee=0.0, term_fee=0.0, fixed_months=0, rate_after_fixed_pct=None)
    loans.validate(spec)
    return loans.combine([loans.build_schedule(fixed), loans.build_schedule(floating)], spec)


def usual_terms_notes(case: Case, s: Scenario, spec: loans.LoanSpec) -> list[str]:
    """Where a scenario leaves the municipality's usual terms: a note, never a refusal."""
    u = case.usual_terms
    notes = []
    if spec.term_months > u.max_term_years * 12:
        notes.append(tr("Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).").format(
            years=u.max_term_years))
    if u.repayment and s.repayment != u.repayment:
        notes.append(tr("Annen lånetype enn kommunens vanlige (annuitet).") if u.repayment == "annuity"
                     else tr("Annen lånetype enn kommunens vanlige (serie)."))
    if u.rate_type and s.rate_type != u.rate_type:
        notes.append(tr("Annen rentetype enn kommunens vanlige (fast rente).") if u.rate_type == "fixed"
                     else tr("Annen rentetype enn kommunens vanlige (flytende rente)."))
    if spec.interest_only_months > u.max_interest_only_years * 12:
        notes.append(tr("Avdragsfrihet utover kommunens vanlige ({years} år).").format(years=u.max_interest_only_years))
    return notes


def _payment_at(spec: loans.LoanSpec, rate_pct: float) -> float:
    """Monthly payment (fees included) with the whole loan at one rate."""
    return spec.amount * loans.governing_payment_per_krone(spec, rate_pct) + spec.term_fee * spec.terms_per_year / 12


def _residual_at(base: float, spec: loans.LoanSpec, rate_pct: float, k: float) -> float:
    """Residual with the whole startlån at one rate (closed forms, no schedule)."""
    ded = k * spec.amount * loans.first_year_interest_per_krone(spec, rate_pct) / 12
    return base - _payment_at(spec, rate_pct) + ded


def break_even_rate(base: float, spec: loans.LoanSpec, k: float) -> float | None:
    """The startlån rate at which the residual reaches zero (bisection)."""
    if spec.amount <= 0 or _residual_at(base, spec, RATE_MIN, k) < 0:
        return None
    lo, hi = RATE_MIN, RATE_MAX
    if _residual_at(base, spec, hi, k) >= 0:
        return hi
    for _ in range(40):  # 30 % / 2^40: far below any rate shown
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if _residual_at(base, spec, mid, k) >= 0 else (lo, mid)
    return lo


def residual_curve(result: CaseResult, index: int, rates_pct: list[float]) -> list[float]:
    """Residual per month as a function of the startlån rate, for the charts."""
    spec = result.scenarios[index].spec
    k = _deduction_rate(result.case)
    return [_residual_at(result.available_for_startlan, spec, r, k) for r in rates_pct]


def _max_loan(base: float, spec: loans.LoanSpec, rate_pct: float, k: float) -> float:
    per_krone = (loans.governing_payment_per_krone(spec, rate_pct)
                 - k * loans.first_year_interest_per_krone(spec, rate_pct) / 12)
    room = base - spec.term_fee * spec.terms_per_year / 12
    return max(room / per_krone, 0.0) if per_krone > 0 else 0.0


def _deduction_rate(case: Case) -> float:
    return tax.interest_deduction_rate(case.tax_year, case.finnmark) if case.include_interest_deduction else 0.0


def _verdict(sr_res: float, stressed: float, after_fixed: float | None, stress_rate_pct: float) -> tuple[str, list[str]]:
    if sr_res < 0:
        return "not_sustainable", [tr("Budsjettet går ikke opp med dagens rente: {amount} mangler hver måned.").format(
            amount=fmt_kr(-sr_res))]
    reasons = []
    if stressed < 0:
        reasons.append(tr("Ved stresstest ({rate}) mangler {amount} hver måned.").format(
            rate=fmt_rate(stress_rate_pct), amount=fmt_kr(-stressed)))
    if after_fixed is not None and after_fixed < 0:
        reasons.append(tr("Etter bindingstiden mangler {amount} hver måned.").format(amount=fmt_kr(-after_fixed)))
    if reasons:
        return "tight", [tr("Går opp med dagens rente.")] + reasons
    return "ok", [tr("Går opp også ved stresstest ({rate}).").format(rate=fmt_rate(stress_rate_pct))]


@dataclass
class _Context:
    """What every scenario of a case shares: the budget before the startlån."""

    case: Case
    g: float  # available for the startlån today (G)
    bank_stress_extra: float  # how much more the bank loan costs at its stress rate
    living_used: float
    housing_total: float
    k: float  # the interest deduction's tax rate (0 when not counted)

    def g_stressed(self, rise_pp: float) -> float:
        return self.g - stress_besides_startlan(self.case, rise_pp, self.bank_stress_extra)


def _after_fixed(ctx: _Context, spec: loans.LoanSpec, sched: loans.Schedule):
    if not spec.fixed_months:
        return None, None, None
    pay = sched.monthly(sched.payment_after_fixed())
    start = max(spec.fixed_terms, spec.interest_only_terms)
    ded = ctx.k * sum(sched.interest[start:start + spec.terms_per_year]) / 12
    return spec.rate_after_fixed_pct, pay, ctx.g - pay + ded


def _scenario(ctx: _Context, index: int, s: Scenario) -> ScenarioResult:
    case, k = ctx.case, ctx.k
    spec = scenario_spec(case, s)
    sched = build_scenario_schedule(case, s, spec)
    pay = sched.monthly(sched.payment_after_interest_only)
    fy_int, fy_pr = sched.first_year()
    ded = k * fy_int / 12
    residual = ctx.g - pay + ded
    srate, rule = stress_rate(case, spec.rate_pct)
    g_stressed = ctx.g_stressed(market_rise(case, s.markup_pp))
    residual_stressed = _residual_at(g_stressed, spec, srate, k)
    stress_pay = _payment_at(spec, srate)
    after_rate, after_pay, after_res = _after_fixed(ctx, spec, sched)
    verdict, reasons = _verdict(residual, residual_stressed, after_res, srate)
    if s.amount <= 0:  # a 0 kr loan is not "sustainable": there is nothing to assess yet
        verdict, reasons = "no_amount", [tr("Fyll inn lånebeløpet, eller velg «Bruk største lån».")]
    return ScenarioResult(
        index=index, scenario=s, spec=spec, schedule=sched, nominal_rate_pct=spec.rate_pct,
        first_payment=sched.monthly(sched.first_payment), monthly_payment=pay,
        first_year_interest=fy_int, first_year_principal=fy_pr, interest_deduction=ded,
        housing_cost_new=ctx.housing_total + pay, left_for_living=residual + ctx.living_used,
        residual=residual, stress_rate_pct=srate, stress_rule=rule, stress_payment=stress_pay,
        residual_stressed=residual_stressed, rate_after_fixed_pct=after_rate,
        payment_after_fixed=after_pay, residual_after_fixed=after_res,
        break_even_rate_pct=break_even_rate(ctx.g, spec, k),
        max_loan=_max_loan(g_stressed, spec, srate, k),
        max_loan_today=_max_loan(ctx.g, spec, spec.rate_pct, k), verdict=verdict, reasons=reasons,
        notes=usual_terms_notes(case, s, spec))


def _bank_lines(case: Case, bank: loans.Schedule, k: float) -> tuple[list[CostLine], float]:
    """The bank loan's payment and interest deduction, today and at its stress rate."""
    amount = case.housing.bank_loan.amount
    pay = bank.monthly(bank.first_payment)
    stress = bank_stress_rate(case)
    pay_s = amount * loans.governing_payment_per_krone(bank.spec, stress)
    ded = k * bank.first_year()[0] / 12
    ded_s = k * amount * loans.first_year_interest_per_krone(bank.spec, stress) / 12
    lines = [CostLine(tr("Banklån ved siden av startlånet"), pay, pay_s)]
    if k:
        lines.append(CostLine(tr("Rentefradrag banklån (skatteverdi)"), -ded, -ded_s))
    return lines, (pay_s - pay) - (ded_s - ded)


def mark_smallest_grant(results: list[ScenarioResult], price: float) -> None:
    """★ the one scenario needing the smallest grant; none when two or more tie
    (in whole kroner) or when no scenario can carry a startlån at all."""
    candidates = [sr for sr in results if sr.plan is not None and not sr.carries_no_loan]
    if not candidates or price <= 0:
        return
    smallest = min(sr.plan.grant for sr in candidates)
    tied = [sr for sr in candidates if sr.plan.grant == smallest]
    if len(tied) == 1:
        tied[0].best_plan = True


def compute(case: Case) -> CaseResult:
    """Compute the whole budget for a case. Raises ValidationError on bad input."""
    from .validation import validate_case

    validate_case(case)
    incomes = income_lines(case)
    income_total = sum(i.net_monthly for i in incomes)
    living = living_costs(case)
    other = [CostLine(d.label or tr(DEBT_LABELS[d.kind]), _debt_payment(d, case.credit_card_share))
             for d in case.debts]
    other_total = sum(c.amount for c in other)
    k = _deduction_rate(case)
    housing = _housing_lines(case)
    bank = _bank_loan(case)
    bank_extra = 0.0
    if bank:
        bank_lines, bank_extra = _bank_lines(case, bank, k)
        housing += bank_lines
    housing_total = sum(c.amount for c in housing)
    e = income_total - living.used - other_total
    ctx = _Context(case, e - housing_total, bank_extra, living.used, housing_total, k)
    results = [_scenario(ctx, i, s) for i, s in enumerate(case.scenarios)]
    for sr in results:
        sr.plan = plan(case.housing, sr.max_loan)
    mark_smallest_grant(results, case.housing.price)
    srcs = data.sources(case.living.sifo_year, case.tax_year, case.rate_table_date,
                        case.stress.policy_rate_date, case.assessment_date)
    warnings = list(living.warnings) + child_benefit_notes(case)
    if results and all(sr.carries_no_loan for sr in results):
        warnings.append(tr("Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det "
                           "ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per "
                           "måned).").format(amount=fmt_kr(ctx.g)))
    stale = [f"{d.label} ({fmt_date(d.date)})" for d in srcs if d.stale]
    if stale:
        warnings.append(tr("Eldre enn seks måneder, kontroller tallene: {sources}.").format(sources=", ".join(stale)))
    return CaseResult(case, incomes, income_total, living, other, other_total, housing, housing_total,
                      bank, e, ctx.g, results, srcs, warnings, bank_extra)
