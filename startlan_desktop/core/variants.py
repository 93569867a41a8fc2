"""Life-event variants (issue 19 item 4): the same case under one change each,
shown beside the original, never a change to the case itself.

- one income lost: each adult's own incomes gone, in turn (`member` marks
  whose an income is; with one adult, all the household's own incomes);
- income falls to 66 % (sickness → work assessment allowance): each adult's
  own incomes × 0.66, in turn;
- a new child: an infant added (SIFO's infant bands, child benefit, NAV's rate);
- separation: each adult alone with the children, with their own incomes,
  the child-related incomes and extended child benefit for a single parent;
- living costs X % dearer (a price shock): every living-cost line × (1 + X).

Each variant is computed by the same `compute()` (verdict, stress test and the
five-year look-ahead included). The income break-even is the goal-seek's lowest
net income: how far net income can fall before the prudent residual is 0 kr.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from . import goalseek, tax
from .budget import CaseResult, ScenarioResult, compute
from .errors import ValidationError
from .formatting import fmt_kr, fmt_pct
from .i18n import tr
from .model import Case, Income, Member

INCOME_FACTOR = 0.66  # work assessment allowance: 66 % of the income it replaces
PRICE_SHOCK_PCT = 10.0
ADULT_ROLES = ("applicant", "co_applicant")
#: Incomes that follow the children, not an adult: they stay with the children in a separation.
CHILD_KINDS = ("child_benefit", "extended_child_benefit", "cash_for_care", "child_support")


@dataclass
class Variant:
    key: str
    label: str
    case: Case | None  # None: not possible for this household (see note)
    note: str = ""


@dataclass
class VariantResult:
    variant: Variant
    result: CaseResult | None
    error: str = ""  # the variant's case could not be computed

    def prudent(self, index: int) -> float | None:
        """The scenario's prudent residual (stress test, or after the fixed period where lower)."""
        return None if self.result is None else goalseek.prudent_residual(self.result.scenarios[index])

    def verdict(self, index: int) -> str | None:
        return None if self.result is None else self.result.scenarios[index].verdict


@dataclass
class BreakEven:
    """How far net income can fall before scenario `index`'s prudent residual is 0 kr."""

    index: int
    income: float  # net income per month today
    lowest: float | None  # the lowest that holds (None: not even today's holds, or no own income)
    limit: str = ""  # goal-seek's limit key ("not_needed": holds without any own income)

    @property
    def fall(self) -> float | None:
        return None if self.lowest is None else self.income - self.lowest

    @property
    def fall_pct(self) -> float | None:
        return None if self.lowest is None or not self.income else 100 * (self.income - self.lowest) / self.income

    def text(self) -> str:
        if self.lowest is None:
            return tr("Budsjettet går ikke opp ved stresstest med dagens inntekt, så det er ingen margin å falle på.")
        if self.limit == "not_needed":
            return tr("Budsjettet går opp ved stresstest selv uten husstandens egne inntekter.")
        fall, fall_pct = self.income - self.lowest, self.fall_pct
        if fall < 0:
            return tr("Nettoinntekten må øke med {kr} i måneden ({pct}) til {lowest} før budsjettet går opp ved "
                      "stresstest.").format(kr=fmt_kr(-fall), pct=fmt_pct(None if fall_pct is None else -fall_pct, 1),
                                            lowest=fmt_kr(self.lowest))
        return tr("Nettoinntekten kan falle med {kr} i måneden ({pct}) til {lowest} før budsjettet ikke går opp "
                  "ved stresstest.").format(kr=fmt_kr(fall), pct=fmt_pct(fall_pct, 1), lowest=fmt_kr(self.lowest))


def _adults(case: Case) -> list[int]:
    return [i for i, m in enumerate(case.members) if m.role in ADULT_ROLES]


def _name(case: Case, i: int) -> str:
    m = case.members[i]
    return m.name or (tr("søker") if m.role == "applicant" else tr("medsøker"))


def _own(case: Case, inc: Income, i: int) -> bool:
    """Whether income `inc` is adult i's own: marked as theirs, or the only adult's."""
    if inc.kind not in goalseek.SCALED_INCOME_KINDS:
        return False
    return inc.member == i or (inc.member is None and len(_adults(case)) == 1)


def _copy(case: Case) -> Case:
    """A deep copy of the case to change, sharing its data snapshot: the tables are
    only read, and copying them was most of a variant's cost for a saved case."""
    return copy.deepcopy(case, {id(case.data_snapshot): case.data_snapshot})


def _with_incomes(case: Case, fn) -> Case:
    out = _copy(case)
    out.incomes = [x for x in (fn(inc) for inc in out.incomes) if x is not None]
    return out


def income_lost(case: Case, i: int) -> Variant:
    name = _name(case, i)
    label = tr("{name} mister inntekten").format(name=name)
    if not any(_own(case, inc, i) for inc in case.incomes):
        return Variant(f"income_lost:{i}", label, None,
                       tr("Ingen inntekt er merket med {name} (velg person på inntektslinjene).").format(name=name))
    return Variant(f"income_lost:{i}", label, _with_incomes(case, lambda inc: None if _own(case, inc, i) else inc))


def income_reduced(case: Case, i: int, factor: float = INCOME_FACTOR) -> Variant:
    name = _name(case, i)
    label = tr("{name}: inntekten faller til {pct} (sykdom, AAP)").format(name=name, pct=fmt_pct(100 * factor, 0))
    if not any(_own(case, inc, i) for inc in case.incomes):
        return Variant(f"income_66:{i}", label, None,
                       tr("Ingen inntekt er merket med {name} (velg person på inntektslinjene).").format(name=name))
    return Variant(f"income_66:{i}", label, _with_incomes(
        case, lambda inc: replace(inc, amount=inc.amount * factor) if _own(case, inc, i) else inc))


def new_child(case: Case) -> Variant:
    out = _copy(case)
    out.members.append(Member(role="child", name=tr("nytt barn"), age_years=0, age_months=0, sex="f"))
    return Variant("new_child", tr("Et barn til"), out)


def separation(case: Case, i: int) -> Variant:
    """Adult i alone with the children: the partner and the partner's incomes gone."""
    name = _name(case, i)
    label = tr("{name} alene med barna").format(name=name)
    keep = [j for j, m in enumerate(case.members) if j == i or m.role == "child"]
    index = {old: new for new, old in enumerate(keep)}
    out = _copy(case)
    out.members = [out.members[j] for j in keep]
    incomes = [replace(inc, member=None if inc.member is None else index.get(inc.member)) for inc in out.incomes
               if inc.kind in CHILD_KINDS or inc.kind == "housing_allowance" or inc.member == i]
    dropped = [inc for inc in out.incomes if inc.member is None and inc.kind in goalseek.SCALED_INCOME_KINDS]
    kids = any(m.role == "child" for m in out.members)
    if kids and not any(inc.kind == "extended_child_benefit" for inc in incomes):
        amount, _since = tax.extended_child_benefit(case.tax_year, case.assessment_date.isoformat())
        incomes.append(Income(tr("Utvidet barnetrygd (enslig forsørger)"), "extended_child_benefit", amount))
    out.incomes = incomes
    note = tr("Inntekter uten person er ikke med (velg person på inntektslinjene).") if dropped else ""
    return Variant(f"separation:{i}", label, out, note)


def price_shock(case: Case, result: CaseResult, pct: float = PRICE_SHOCK_PCT) -> Variant:
    label = tr("Livsopphold {pct} dyrere").format(pct=fmt_pct(pct, 0))
    return Variant("price_shock", label, goalseek.case_at_living_factor(_copy(case), result, 1 + pct / 100))


def variants(case: Case, result: CaseResult | None = None, price_shock_pct: float = PRICE_SHOCK_PCT) -> list[Variant]:
    """Every life-event variant of the case (the case itself untouched)."""
    result = result or compute(case)
    adults = _adults(case)
    out = [income_lost(case, i) for i in adults] + [income_reduced(case, i) for i in adults] + [new_child(case)]
    if len(adults) >= 2:
        out += [separation(case, i) for i in adults]
    return out + [price_shock(case, result, price_shock_pct)]


@dataclass
class VariantTable:
    original: CaseResult
    rows: list[VariantResult] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return [sr.label for sr in self.original.scenarios]


def compute_variants(case: Case, price_shock_pct: float = PRICE_SHOCK_PCT,
                     original: CaseResult | None = None) -> VariantTable:
    """The original and each variant, computed alike. Raises ValidationError on a bad case.
    `original`: the case's own result where the caller has it (not computed again)."""
    original = original or compute(case)
    table = VariantTable(original, [VariantResult(Variant("original", tr("Saken som den er"), case), original)])
    for v in variants(case, original, price_shock_pct):
        if v.case is None:
            table.rows.append(VariantResult(v, None, v.note))
            continue
        try:
            table.rows.append(VariantResult(v, compute(v.case)))
        except ValidationError as exc:
            table.rows.append(VariantResult(v, None, exc.message))
    return table


@dataclass(frozen=True)
class ScenarioVariant:
    """One row of the life events for one scenario: the variant and that scenario's result in it."""

    variant: Variant
    result: ScenarioResult | None
    error: str = ""

    @property
    def prudent(self) -> float | None:
        return None if self.result is None else goalseek.prudent_residual(self.result)


def scenario_variants(original: CaseResult, index: int,
                      price_shock_pct: float = PRICE_SHOCK_PCT) -> list[ScenarioVariant]:
    """`compute_variants` for scenario `index` alone (the budget sheet shows one): each
    variant's case is computed with that one scenario, a quarter of the work with four.

    The figures are the full table's: a scenario's result depends on the household and
    its own loan, never on the case's other scenarios (the goal-seek prices one alone
    likewise), and no variant changes what a scenario's loan is checked against (debts,
    the floating rate, the terms), so a variant fails validation with one scenario
    exactly when it fails with all, and with the same message (a test compares both)."""
    case = original.case
    one = goalseek.only(case, index)
    rows = [ScenarioVariant(Variant("original", tr("Saken som den er"), case), original.scenarios[index])]
    for v in variants(one, original, price_shock_pct):
        if v.case is None:
            rows.append(ScenarioVariant(v, None, v.note))
            continue
        try:
            rows.append(ScenarioVariant(v, compute(v.case).scenarios[0]))
        except ValidationError as exc:
            rows.append(ScenarioVariant(v, None, exc.message))
    return rows


def break_even(income: goalseek.Answer, index: int) -> BreakEven:
    """The income break-even from the goal-seek's lowest-income answer (`lowest_income`, or
    `goal_seek(...).answer("income")`, which is the same answer)."""
    return BreakEven(index, income.current, income.value if income.limit != "unreachable" else None, income.limit)


def income_break_even(case: Case, index: int) -> BreakEven:
    """The lowest net income at which scenario `index` still holds at the stress rate (goal-seek)."""
    return break_even(goalseek.lowest_income(case, index), index)
