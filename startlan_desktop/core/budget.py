"""The budget for a case and each loan scenario: the result types and
`compute`, the one result object that the screen, the PDF and the CLI render.
No view computes money.

Residual (restbeløp) = net income − living costs − other fixed costs − housing
costs − the startlån payment (+ the interest deduction's tax value), for each
phase of the loan (core/scenario.py); the binding phase decides. Every figure
at other rates (stress test, break-even, the rate curve) comes from
`stress.budget_at_rise`, the one rate-rise model.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import field

from . import data, loans, scenario, stress, tax, timeline, trial
from .financing import FinancingPlan, plan
from .formatting import fmt_date, fmt_kr, fmt_number, fmt_rate
from .i18n import QT_TR_NOOP, isolate, language, tr
from .living import LivingCosts, age_of, living_costs
from .model import TAXABLE_KINDS, Case, Scenario
from .record import record
from .solve import illinois
from .validation import validate_case

VERDICT_LABELS = {"ok": QT_TR_NOOP("Bærekraftig"), "tight": QT_TR_NOOP("Stramt"),
                  "not_sustainable": QT_TR_NOOP("Ikke bærekraftig"), "no_amount": QT_TR_NOOP("Fyll inn lånebeløp")}
INCOME_LABELS = {
    "wage": QT_TR_NOOP("Lønn"), "disability": QT_TR_NOOP("Uføretrygd/AAP"), "pension": QT_TR_NOOP("Pensjon"),
    "benefit": QT_TR_NOOP("Trygd/stønad"), "child_benefit": QT_TR_NOOP("Barnetrygd"),
    "extended_child_benefit": QT_TR_NOOP("Utvidet barnetrygd"),
    "cash_for_care": QT_TR_NOOP("Kontantstøtte"), "child_support": QT_TR_NOOP("Bidrag mottatt"),
    "housing_allowance": QT_TR_NOOP("Bostøtte"), "rental": QT_TR_NOOP("Leieinntekt"), "other": QT_TR_NOOP("Annen inntekt"),
}
DEBT_LABELS = {
    "student_loan": QT_TR_NOOP("Studielån"), "car_loan": QT_TR_NOOP("Billån"), "consumer_loan": QT_TR_NOOP("Forbrukslån"),
    "credit_card": QT_TR_NOOP("Kredittkort"), "child_support_paid": QT_TR_NOOP("Bidrag betalt"),
    "other": QT_TR_NOOP("Annen fast utgift"),
}
RATE_MIN, RATE_MAX = 0.0, 30.0


@record
class IncomeLine:
    label: str
    kind: str
    net_monthly: float
    gross_yearly: float | None = None
    tax_yearly: float | None = None
    estimate: bool = False  # tax estimated, or a figure the caseworker flagged


@record
class CostLine:
    label: str
    amount: float
    stressed: float | None = None  # None: the stress test leaves it as it is


@record
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
    phases: list[stress.PhaseFigures] = field(default_factory=list)  # today, per phase
    phases_stressed: list[stress.PhaseFigures] = field(default_factory=list)
    stress_rise_pp: float = 0.0  # Δ: how far every floating rate rises in the stress test
    parts: list[loans.LoanSpec] = field(default_factory=list)  # the loan's parts (two for a split loan)
    year10: trial.Year10Test | None = None  # trial loan: its year-10 test (core/trial.py Year10Test)
    lowest_ahead: timeline.Lowest | None = None  # the tightest month of the first five years (today's kroner)

    @property
    def fixed_years(self) -> int | None:
        """The binding period of a fixed or split loan (None for floating)."""
        return self.scenario.fixed_years if self.scenario.rate_type in ("fixed", "split") else None

    @property
    def payment_after_deduction(self) -> float:
        """The startlån's monthly cost net of the interest deduction's value."""
        return self.monthly_payment - self.interest_deduction

    @property
    def binding_phase(self) -> str:
        return stress.binding(self.phases).phase.key if self.phases else "repayment"

    @property
    def label(self) -> str:
        """The name the caseworker typed, in the language in use when they gave one for it."""
        s = self.scenario
        return isolate(s.label_translations.get(language()) or s.label or tr("Scenario {n}").format(n=self.index + 1))

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
    def effective_rate_pct(self) -> float | None:
        return self.schedule.effective_rate_pct

    def summary_text(self) -> str:
        """One plain-language sentence for the applicant."""
        s = self.scenario
        if self.carries_no_loan:
            return tr("Med dette budsjettet kan husstanden ikke betjene noe startlån, heller ikke med {years} års "
                      "løpetid: ved stresstest er det ingenting igjen til å betale på et lån.").format(years=s.term_years)
        if self.verdict == "no_amount":
            return tr("Lånebeløpet er ikke fylt inn. Husstanden kan betjene et startlån på inntil {amount} "
                      "(stresstest).").format(amount=fmt_kr(self.max_loan))
        rate = {"floating": tr("flytende rente"),
                "fixed": tr("fast rente i {years} år").format(years=s.fixed_years),
                "split": tr("{share} % fast rente i {years} år og resten flytende").format(
                    share=fmt_number(s.fixed_share_pct), years=s.fixed_years)}[s.rate_type]
        text = tr("Med {years} års løpetid og {rate} blir terminbeløpet {payment} i måneden, og dere har "
                  "{left} igjen til livsopphold hver måned").format(
            years=self.spec.term_months // 12 if self.spec.repayment == loans.TRIAL else s.term_years, rate=rate,
            payment=fmt_kr(self.monthly_payment), left=fmt_kr(self.left_for_living))
        if self.residual >= 0:
            return text + tr(", {amount} mer enn normen.").format(amount=fmt_kr(self.residual))
        return text + tr(", {amount} mindre enn normen.").format(amount=fmt_kr(-self.residual))


@record
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
    household: stress.Household | None = None  # the budget before the startlån, for the rate-rise model
    deduction_cap_yearly: float = math.inf  # the tax on ordinary income: the most the deduction is worth

    def scenario(self, index: int) -> ScenarioResult:
        return self.scenarios[index]

    def startlan_deduction(self, interest_yearly: float, stressed: bool = False) -> float:
        """The monthly tax value of a year's startlån interest beside the bank
        loan's (at its stress rule when `stressed`), within the cap (item 16)."""
        hh = self.household
        if hh is None:
            return 0.0
        rate = stress.bank_stress_rate(self.case) if stressed else (hh.bank.rate_pct if hh.bank else 0.0)
        bank_int = hh.bank_figures(rate)[1]
        return hh.deduction(bank_int + interest_yearly) - hh.deduction(bank_int)


# --- incomes -----------------------------------------------------------------

#: Incomes that are taxed: when one of them is typed net, the household's tax is unknown.
TAXED_KINDS = ("wage", "disability", "pension", "benefit", "rental", "other")


def _gross_groups(case: Case) -> dict:
    groups: dict = {}
    for i, inc in enumerate(case.incomes):
        if inc.gross_yearly and inc.kind in TAXABLE_KINDS:
            key = ("m", inc.member) if inc.member is not None else ("i", i)
            groups.setdefault(key, []).append(inc)
    return groups


def _estimates(case: Case) -> list[tuple[list, tax.TaxEstimate]]:
    out = []
    for key, group in _gross_groups(case).items():
        wage = sum(inc.amount for inc in group if inc.kind != "pension")
        pension = sum(inc.amount for inc in group if inc.kind == "pension")
        member = case.members[key[1]] if key[0] == "m" and 0 <= key[1] < len(case.members) else None
        age = tax.age_in_income_year(member, case.tax_year, case.assessment_date) if member else None
        out.append((group, tax.estimate(wage, pension, case.tax_year, case.finnmark, age=age)))
    return out


def deduction_cap(case: Case, estimates: list | None = None) -> float:
    """The most the interest deduction can be worth a year: the tax on ordinary
    income the household pays. The deduction lowers ordinary income, so it can
    remove at most each person's tax on ordinary income, and never more than
    the tax left after the pension credit: Σ min(ordinary tax, tax payable).
    Unknown (no cap) when a taxed income is typed net.

    A pensioner with 250 000 kr (2026) pays no tax after the pension credit,
    so the deduction is worth 0 kr.
    """
    if any(inc.amount > 0 and not inc.gross_yearly and inc.kind in TAXED_KINDS for inc in case.incomes):
        return math.inf
    estimates = _estimates(case) if estimates is None else estimates
    return math.fsum(min(est.ordinary_tax, max(est.tax, 0.0)) for _, est in estimates)


def income_lines(case: Case, estimates: list | None = None) -> list[IncomeLine]:
    taxed: dict[int, IncomeLine] = {}
    for group, est in (_estimates(case) if estimates is None else estimates):
        for inc in group:
            share = inc.amount / est.gross if est.gross else 0.0
            t = est.tax * share
            taxed[id(inc)] = IncomeLine(inc.label or tr(INCOME_LABELS[inc.kind]), inc.kind,
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
    e.g. 2 × 2 012 kr = 4 024 kr from 1 February 2026. It is paid up to and
    including the month before the child turns 18, so a child counts who is
    still 17 at the end of the assessment month.
    """
    on = case.assessment_date
    month_end = timeline.month_end(timeline.month_index(on))
    kids = sum(1 for m in case.members if age_of(m, month_end)[0] < timeline.CHILD_BENEFIT_AGE)
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

def _other_cost_lines(case: Case) -> tuple[list[CostLine], list[str]]:
    lines, notes = [], []
    for d in case.debts:
        amount, computed = stress.debt_payment(d, case.credit_card_share)
        label = d.label or tr(DEBT_LABELS[d.kind])
        if computed:
            notes.append(tr("«{debt}»: terminbeløp ikke oppgitt, beregnet som annuitet av restgjelden: {amount} "
                            "per måned.").format(debt=label, amount=fmt_kr(amount)))
            label += " " + tr("(beregnet)")
        lines.append(CostLine(label, amount))
    return lines, notes


def _housing_lines(case: Case) -> list[CostLine]:
    h = case.housing
    return [CostLine(label, amount) for label, amount in (
        (tr("Felleskostnader"), h.common_costs), (tr("Kommunale avgifter"), h.municipal_fees),
        (tr("Eiendomsskatt"), h.property_tax), (tr("Strøm og oppvarming"), h.electricity),
        (tr("Forsikring"), h.insurance), (tr("Vedlikehold"), h.maintenance), (tr("Festeavgift"), h.ground_rent),
        (tr("Andre boutgifter"), h.other)) if amount]


def _bank_spec(case: Case) -> loans.LoanSpec | None:
    b = case.housing.bank_loan
    if b.amount <= 0:
        return None
    return loans.LoanSpec(b.amount, b.rate_pct, b.term_years * 12, b.repayment)


# --- compatibility names (the rules live in core/stress.py, the scenario in core/scenario.py) --

stress_rate = stress.stress_rate
bank_stress_rate = stress.bank_stress_rate
interest_only_months = scenario.interest_only_months
scenario_spec = scenario.scenario_spec
build_scenario_schedule = scenario.build_scenario_schedule


def market_rise(case: Case, markup_pp: float) -> float:
    """The rise a floating startlån at today's rate + markup takes in the stress test."""
    return stress.rise_to_stress(case, case.floating_rate_pct + markup_pp)


def stress_besides_startlan(case: Case, rise_pp: float, bank_stress_extra: float,
                            exclude_debts: list[int] | tuple = ()) -> float:
    """How much more everything but the startlån costs a month at a rise: the
    bank loan's `bank_stress_extra`, floating debts' rate effect (less any that
    are refinanced away) and the common debt."""
    extra = bank_stress_extra + case.housing.common_debt_share * rise_pp / 1200
    return extra + sum(stress.debt_rise(d, rise_pp) for i, d in enumerate(case.debts) if i not in exclude_debts)


# --- the computation ---------------------------------------------------------

def usual_terms_notes(case: Case, s: Scenario, spec: loans.LoanSpec) -> list[str]:
    """Where a scenario leaves the municipality's usual terms: a note, never a refusal."""
    u = case.usual_terms
    notes = []
    if spec.term_months > u.max_term_years * 12:
        notes.append(tr("Løpetid over kommunens vanlige {years} år (inntil 50 år i særlige tilfeller).").format(
            years=u.max_term_years))
    if u.repayment and s.repayment not in (u.repayment, loans.TRIAL):  # the trial loan is a scheme of its own
        notes.append(tr("Annen lånetype enn kommunens vanlige (annuitet).") if u.repayment == "annuity"
                     else tr("Annen lånetype enn kommunens vanlige (serie)."))
    if u.rate_type and s.rate_type != u.rate_type:
        notes.append(tr("Annen rentetype enn kommunens vanlige (fast rente).") if u.rate_type == "fixed"
                     else tr("Annen rentetype enn kommunens vanlige (flytende rente)."))
    if spec.interest_only_months > u.max_interest_only_years * 12:
        notes.append(tr("Avdragsfrihet utover kommunens vanlige ({years} år).").format(years=u.max_interest_only_years))
    return notes


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


@record
class ScenarioLoan:
    """A scenario's loan as the rate-rise model sees it: the whole loan, its
    parts (and the parts per krone, for sizing), its fee a month and its phases."""

    spec: loans.LoanSpec
    parts: list[loans.LoanSpec]
    unit_parts: list[loans.LoanSpec]  # the parts per krone of the whole loan
    fee: float  # term fees, monthly
    phases: list[scenario.Phase]

    @classmethod
    def of(cls, case: Case, s: Scenario) -> ScenarioLoan:
        spec = scenario.scenario_spec(case, s)
        parts = scenario.loan_parts(case, s, spec)
        share = scenario.fixed_share(s)
        shares = [1.0] if len(parts) == 1 else [share, 1 - share]
        unit = [loans.LoanSpec(w, p.rate_pct, p.term_months, p.repayment, p.terms_per_year, p.interest_only_months,
                               0.0, 0.0, p.fixed_months, p.rate_after_fixed_pct) for w, p in zip(shares, parts)]
        return cls(spec, parts, unit, spec.term_fee * spec.terms_per_year / 12, scenario.phases(case, spec))

    def at(self, hh: stress.Household, rise_pp: float, bank_rate_pct: float | None = None) -> list[stress.PhaseFigures]:
        """Every phase with every floating rate risen by `rise_pp` (`stress.budget_at_rise`)."""
        return stress.budget_at_rise(hh, self.parts, self.fee, self.phases, rise_pp, bank_rate_pct)

    def residual_at(self, hh: stress.Household, rise_pp: float) -> float:
        """The binding residual at a rise."""
        return stress.binding(self.at(hh, rise_pp)).residual

    def max_loan(self, hh: stress.Household, rise_pp: float, bank_rate_pct: float | None = None) -> float:
        """The largest amount whose binding residual at a rise is 0 kr (`stress.max_loan`)."""
        return stress.max_loan(hh, self.unit_parts, self.fee, self.phases, rise_pp, bank_rate_pct)

    def after_fixed_phase(self, case: Case) -> scenario.Phase | None:
        """The phase that starts when the binding period ends (and repayment has
        started), without the debts repaid by then; None for a loan with one
        rate, or a trial loan fixed for all its 10 years."""
        spec = self.spec
        if not spec.fixed_months or spec.fixed_terms >= spec.n_terms:
            return None
        start = max(spec.fixed_terms, spec.interest_only_terms)
        month = start * spec.months_per_term
        return scenario.Phase("after_fixed", start, month, scenario.debts_repaid_by(case, month))

    def after_fixed(self, hh: stress.Household) -> stress.PhaseFigures | None:
        """The budget when the binding period ends, at today's rates (None: no such phase)."""
        phase = self.after_fixed_phase(hh.case)
        return None if phase is None else stress.budget_at_rise(hh, self.parts, self.fee, [phase], 0.0)[0]


def break_even_rate(hh: stress.Household, loan: ScenarioLoan, rate_today: float) -> float | None:
    r"""The break-even rate: the startlån rate at which the binding residual is 0 kr.

    Parameters
    ----------
    hh : stress.Household
        The budget before the startlån.
    loan : ScenarioLoan
    rate_today : float
        The startlån's rate today, %.

    Returns
    -------
    float or None
        The rate in %, every floating rate of the budget risen by as much as
        the startlån's; None when the budget fails even at 0 %, 30 % when it
        holds up to 30 % (`RATE_MAX`).

    Notes
    -----
    The root in the rise :math:`\Delta` of :math:`R(\Delta) = 0`, with
    :math:`R` the binding residual of `stress.budget_at_rise`, which falls in
    :math:`\Delta`; `solve.illinois` on :math:`[0 - i, 30 - i]`, to 0,000 001
    kr. Husbanken's guide asks for it beside the stress test (domain.md § 3).

    Examples
    --------
    20 000 kr a month before a 2 000 000 kr loan over 50 years, no deduction:
    the rate whose annuity is 20 000 kr, 11,969 % (numpy-financial
    ``rate(600, -20_000, 2_000_000, 0) * 1200``).

    >>> case = Case(floating_rate_pct=4.025, scenarios=[Scenario(amount=2_000_000, term_years=50, base_rate_pct=4.025)])
    >>> hh = stress.Household(case, 20_000.0, (), None, 0.0, math.inf)
    >>> round(break_even_rate(hh, ScenarioLoan.of(case, case.scenarios[0]), 4.275), 3)
    11.969
    """
    if loan.spec.amount <= 0:
        return None
    lo, hi = RATE_MIN - rate_today, RATE_MAX - rate_today
    f_lo = loan.residual_at(hh, lo)
    if f_lo < 0:
        return None
    f_hi = loan.residual_at(hh, hi)
    if f_hi >= 0:
        return RATE_MAX
    # a handful of evaluations where bisection needs forty; if they run out, the end that holds
    rise = illinois(lambda x: loan.residual_at(hh, x), lo, f_lo, hi, f_hi, ftol=1e-6, xtol=1e-10, safe_end=True)
    return rate_today + rise


def _after_fixed(hh: stress.Household, loan: ScenarioLoan) -> tuple:
    """The rate, payment and residual when the binding period ends (with the debts repaid by then gone)."""
    f = loan.after_fixed(hh)
    return (None, None, None) if f is None else (loan.spec.rate_after_fixed_pct, f.payment, f.residual)


def _phase_reason(figures: list[stress.PhaseFigures]) -> list[str]:
    if len(figures) < 2:
        return []
    during, after = figures[0], figures[1]
    return [tr("Avdragsfri periode: restbeløp {during}; med avdrag (fra måned {month}): {after}. Den svakeste "
               "perioden avgjør.").format(during=fmt_kr(during.residual), month=after.phase.start_month + 1,
                                          after=fmt_kr(after.residual))]


def _scenario(hh: stress.Household, ctx: dict, index: int, s: Scenario) -> ScenarioResult:
    case = hh.case
    loan = ScenarioLoan.of(case, s)
    spec = loan.spec
    sched = scenario.scenario_schedule(s, spec, loan.parts)
    today = loan.at(hh, 0.0)
    repaying = today[-1]  # the phase with repayment: the payment the household carries
    bind = stress.binding(today)
    fy_int, fy_pr = sched.first_year()
    srate, rule = stress.stress_rate(case, spec.rate_pct)
    rise = stress.rise_to_stress(case, spec.rate_pct)
    bank_rate = stress.bank_stress_rate(case) if hh.bank is not None else None
    stressed = loan.at(hh, rise, bank_rate)
    after_rate, after_pay, after_res = _after_fixed(hh, loan)
    verdict, reasons = _verdict(bind.residual, stress.binding(stressed).residual, after_res, srate)
    if s.amount <= 0:  # a 0 kr loan is not "sustainable": there is nothing to assess yet
        verdict, reasons = "no_amount", [tr("Fyll inn lånebeløpet, eller velg «Bruk største lån».")]
    return ScenarioResult(
        index=index, scenario=s, spec=spec, schedule=sched, nominal_rate_pct=spec.rate_pct,
        first_payment=sched.monthly(sched.first_payment), monthly_payment=repaying.payment,
        first_year_interest=fy_int, first_year_principal=fy_pr, interest_deduction=repaying.deduction,
        housing_cost_new=ctx["housing_total"] + repaying.payment, left_for_living=bind.residual + ctx["living_used"],
        residual=bind.residual, stress_rate_pct=srate, stress_rule=rule, stress_payment=stressed[-1].payment,
        residual_stressed=stress.binding(stressed).residual, rate_after_fixed_pct=after_rate,
        payment_after_fixed=after_pay, residual_after_fixed=after_res,
        break_even_rate_pct=break_even_rate(hh, loan, spec.rate_pct),
        max_loan=loan.max_loan(hh, rise, bank_rate), max_loan_today=loan.max_loan(hh, 0.0),
        verdict=verdict, reasons=reasons + _phase_reason(today), notes=usual_terms_notes(case, s, spec),
        phases=today, phases_stressed=stressed, stress_rise_pp=rise, parts=loan.parts)


def _bank_lines(hh: stress.Household, case: Case) -> tuple[list[CostLine], float]:
    """The bank loan's payment and interest deduction, today and at its stress rate."""
    b = hh.bank
    assert b is not None  # called for a case with a bank loan
    pay, interest = hh.bank_figures(b.rate_pct)
    pay_s, interest_s = hh.bank_figures(stress.bank_stress_rate(case))
    ded, ded_s = hh.deduction(interest), hh.deduction(interest_s)
    lines = [CostLine(tr("Banklån ved siden av startlånet"), pay, pay_s)]
    if hh.k:
        lines.append(CostLine(tr("Rentefradrag banklån (skatteverdi)"), -ded, -ded_s))
    return lines, (pay_s - pay) - (ded_s - ded)


def _parts(case: Case) -> tuple:
    """The budget before the startlån for a case (or a month of its timeline):
    incomes, living costs, other fixed costs, housing costs and the household
    the rate-rise model prices."""
    estimates = _estimates(case)
    incomes = income_lines(case, estimates)
    income_total = sum(i.net_monthly for i in incomes)
    living = living_costs(case)
    other, debt_notes = _other_cost_lines(case)
    housing = _housing_lines(case)
    k = _deduction_rate(case)
    cap = deduction_cap(case, estimates) if k else 0.0
    hh = stress.Household(case, income_total - living.used - sum(c.amount for c in housing), tuple(c.amount for c in other),
                          _bank_spec(case), k, cap)
    return incomes, income_total, living, other, debt_notes, housing, k, cap, hh


class _Budgeter:
    """The budget as the timeline (core/timeline.py) sees it: one month's household, and the lines' names."""

    def household(self, case: Case) -> timeline.HouseholdMonth:
        _, income_total, living, *_, hh = _parts(case)
        return timeline.HouseholdMonth(income_total, living.used, hh)

    def income_label(self, inc) -> str:
        return inc.label or tr(INCOME_LABELS[inc.kind])

    def debt_label(self, d) -> str:
        return d.label or tr(DEBT_LABELS[d.kind])


BUDGETER = _Budgeter()


def years_ahead(result: CaseResult, months: int = timeline.HORIZON_MONTHS) -> timeline.Timeline:
    """The budget month by month for the first ten years, every scenario
    (core/timeline.py), with the case's own data."""
    with data.using(result.case.data_snapshot):
        return timeline.build(result, BUDGETER, months)


def _in_place(case: Case, incomes: list[IncomeLine], other: list[CostLine]) -> tuple[list, list]:
    """The lines of the dated view put back in the case's order, the lines not running this month at 0 kr."""
    now = timeline.month_index(case.assessment_date)
    running = iter(incomes)
    lines = []
    for inc in case.incomes:
        if timeline.active(inc, now):
            lines.append(next(running))
        else:
            lines.append(IncomeLine(f"{BUDGETER.income_label(inc)} {_not_now_on(inc, now)}", inc.kind, 0.0))
    lines += list(running)  # the automatic child benefit
    costs = [c if timeline.active(d, now) else CostLine(f"{c.label} {_not_now_on(d, now)}", 0.0)
             for c, d in zip(other, case.debts)]
    return lines, costs


def _not_now_on(line, now: int) -> str:
    if line.start and timeline.month_index(_dt.date.fromisoformat(line.start)) > now:
        return tr("(fra {date})").format(date=fmt_date(line.start))
    return tr("(sluttet {date})").format(date=fmt_date(line.end))


def dated_notes(case: Case) -> list[str]:
    """Say which dated lines today's budget leaves out, and why."""
    now = timeline.month_index(case.assessment_date)
    notes = []
    for line, label in [(i, BUDGETER.income_label(i)) for i in case.incomes] + [
            (d, BUDGETER.debt_label(d)) for d in case.debts]:
        if timeline.active(line, now):
            continue
        if line.start and timeline.month_index(_dt.date.fromisoformat(line.start)) > now:
            notes.append(tr("«{line}» er ikke med i dagens budsjett: den gjelder fra {date} (se De neste årene).").format(
                line=label, date=fmt_date(line.start)))
        else:
            notes.append(tr("«{line}» er ikke med i dagens budsjett: den sluttet {date}.").format(
                line=label, date=fmt_date(line.end)))
    return notes


def mark_smallest_grant(results: list[ScenarioResult], price: float) -> None:
    """★ the one scenario needing the smallest grant; none when two or more tie
    (in whole kroner) or when no scenario can carry a startlån at all."""
    candidates = [(sr, sr.plan) for sr in results if sr.plan is not None and not sr.carries_no_loan]
    if not candidates or price <= 0:
        return
    smallest = min(p.grant for _, p in candidates)
    tied = [sr for sr, p in candidates if p.grant == smallest]
    if len(tied) == 1:
        tied[0].best_plan = True


def compute(case: Case, horizon: bool = True) -> CaseResult:
    """Compute the whole budget for a case with the case's own data (its
    snapshot; the data in force when it has none). Raises ValidationError on bad input.

    `horizon`: let the verdict look five years ahead (core/timeline.py); a
    caller that reads only the residuals (the goal-seek's trials) can skip it."""
    with data.using(case.data_snapshot):
        return _compute(case, horizon)


def _before_startlan(case: Case) -> tuple[CaseResult, list[str]]:
    """(the budget this month before any startlån: every line, what is left for
    the startlån (G = E − F) and the household the rate-rise model prices, but
    no scenario, source or note; the other debts' notes). Validates the case."""
    validate_case(case)
    # the lines running this month (a dated income or cost may start or end later: core/timeline.py)
    view = timeline.dated_view(case, timeline.month_index(case.assessment_date))
    incomes, income_total, living, other, debt_notes, housing, k, cap, hh = _parts(view)
    if view is not case:  # a line not running now keeps its place at 0 kr (the lines follow the case's by index)
        incomes, other = _in_place(case, incomes, other)
    other_total = sum(c.amount for c in other)
    e = income_total - living.used - other_total
    bank_extra = 0.0
    bank = None
    if hh.bank is not None:
        bank = scenario.loan_schedule(hh.bank)
        bank_lines, bank_extra = _bank_lines(hh, case)
        housing += bank_lines
    housing_total = sum(c.amount for c in housing)
    return CaseResult(case, incomes, income_total, living, other, other_total, housing, housing_total,
                      bank, e, e - housing_total, [], [], [], bank_extra, hh, cap), debt_notes


def startlan_budget(case: Case) -> CaseResult:
    """The budget before the startlån as compute(case) has it (its lines, what
    is left for the startlån, the household the interest deduction is priced
    on), without the scenarios, the sources or the notes: what the expiry list
    needs, at a third of compute's cost (issue 23). Validates the whole case,
    scenarios included, so it refuses what compute refuses.

    >>> from .example import followup_case
    >>> case = followup_case()
    >>> startlan_budget(case).available_for_startlan == compute(case).available_for_startlan
    True
    """
    with data.using(case.data_snapshot):
        return _before_startlan(case)[0]


def _compute(case: Case, horizon: bool = True) -> CaseResult:
    base, debt_notes = _before_startlan(case)
    hh, living, housing_total, e = base.household, base.living, base.housing_total, base.available_for_housing
    assert hh is not None  # _before_startlan sets it
    k, cap = hh.k, base.deduction_cap_yearly
    ctx = {"housing_total": housing_total, "living_used": living.used}
    results = [_scenario(hh, ctx, i, s) for i, s in enumerate(case.scenarios)]
    for sr in results:
        sr.plan = plan(case.housing, sr.max_loan, case.usual_terms.startlan_cap_pct)
    mark_smallest_grant(results, case.housing.price)
    srcs = data.sources(case.living.sifo_year, case.tax_year, case.rate_table_date,
                        case.stress.policy_rate_date, case.assessment_date)
    warnings = list(living.warnings) + child_benefit_notes(case) + debt_notes + dated_notes(case)
    if k and cap < math.inf and any(sr.phases and sr.phases[-1].deduction + sr.phases[-1].bank_deduction
                                    >= cap / 12 - 1e-9 for sr in results):
        warnings.append(tr("Rentefradraget er begrenset til skatten husstanden betaler på alminnelig inntekt "
                           "({amount} per år).").format(amount=fmt_kr(cap)))
    if results and all(sr.carries_no_loan for sr in results):
        warnings.append(tr("Husstanden kan ikke betjene noe startlån med dette budsjettet: ved stresstest er det "
                           "ingenting igjen til å betale på et lån (disponibelt til startlån i dag: {amount} per "
                           "måned).").format(amount=fmt_kr(e - housing_total)))
    stale = [f"{d.label} ({fmt_date(d.date)})" for d in srcs if d.stale]
    if stale:
        warnings.append(tr("Nyere tall kan gjelde på saksdatoen, kontroller: {sources}.").format(sources=", ".join(stale)))
    result = base  # made above for this result alone
    result.scenarios, result.sources, result.warnings = results, srcs, warnings
    if horizon:
        timeline.apply(result, BUDGETER)  # the verdict covers the first five years, not only month one
    trial.apply(result)  # the trial loan's year-10 test, and the verdict covering it
    return result


# --- the residual against the rate: one curve for the screen, the PDF and the walk-through ---

@record(frozen=True)
class RatePoint:
    rate_pct: float  # the startlån's rate (for a split loan the amount-weighted rate of its parts)
    residual: float
    left_for_living: float


@record
class RateCurve:
    label: str
    top_rate_pct: float
    points: list[RatePoint]
    today: RatePoint
    stress: RatePoint  # at the stress test's own figure
    stress_on_curve: bool
    break_even_pct: float | None
    moves: str  # what moves along the curve, in words
    off_curve_reason: str  # why the stress point lies off the curve ("" when it does not)


def _loan_of(result: CaseResult, index: int) -> ScenarioLoan:
    return ScenarioLoan.of(result.case, result.scenarios[index].scenario)


def rate_point(result: CaseResult, index: int, rate_pct: float, loan: ScenarioLoan | None = None) -> RatePoint:
    """The binding residual with the startlån at `rate_pct` and every other
    floating rate risen as much (the walk-through's slider)."""
    sr = result.scenarios[index]
    loan = loan or _loan_of(result, index)
    assert result.household is not None  # compute() sets it
    residual = loan.residual_at(result.household, rate_pct - sr.nominal_rate_pct)
    return RatePoint(rate_pct, residual, residual + result.living.used)


def residual_curve(result: CaseResult, index: int, rates_pct: list[float]) -> list[float]:
    """The binding residual per month at each startlån rate (every floating rate risen as much)."""
    loan = _loan_of(result, index)
    return [rate_point(result, index, r, loan).residual for r in rates_pct]


def _what_moves(result: CaseResult) -> str:
    case = result.case
    moving = [tr("startlånet")]
    if result.bank_loan is not None:
        moving.append(tr("banklånet"))
    if any(d.floating and d.kind in stress.FLOATING_KINDS and d.balance > 0 and d.remaining_years > 0
           for d in case.debts):
        moving.append(tr("lån med flytende rente"))
    if case.housing.common_debt_share:
        moving.append(tr("fellesgjelden"))
    return tr("Alle flytende renter stiger like mye: {items}.").format(items=", ".join(moving))


def rate_curve(result: CaseResult, index: int, steps: int = 60) -> RateCurve:
    """The residual against the startlån's rate from 0 % to past the stress
    rate, with today's, the stress and the break-even points."""
    sr = result.scenarios[index]
    loan = _loan_of(result, index)
    top = max(12.0, sr.stress_rate_pct + 2)
    points = [rate_point(result, index, top * i / steps, loan) for i in range(steps + 1)]
    on_curve = result.bank_loan is None
    reason = "" if on_curve else tr(
        "Stresstesten regner banklånet etter bankenes regel ({rate}), ikke med samme renteøkning som kurven; "
        "derfor ligger stresspunktet utenfor kurven.").format(rate=fmt_rate(stress.bank_stress_rate(result.case)))
    return RateCurve(sr.label, top, points,
                     RatePoint(sr.nominal_rate_pct, sr.residual, sr.left_for_living),
                     RatePoint(sr.stress_rate_pct, sr.residual_stressed, sr.residual_stressed + result.living.used),
                     on_curve, sr.break_even_rate_pct, _what_moves(result), reason)
