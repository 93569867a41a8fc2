"""Goal-seek, "Hva skal til?": what would have to change for a scenario to hold.

For one scenario, each figure the household or the municipality can move is
solved so that the **prudent residual** is 0 kr. The prudent residual is the
scenario's binding figure as `compute()` reports it: the residual at the
stress rate, or after the fixed period where that is lower,

    R = min(residual_stressed, residual_after_fixed).

`compute()` is the only source of figures: each trial is a copy of the case
with one figure moved (the scenario alone, so nothing else is priced), run
through `compute()`; the root is found by a safeguarded secant (Illinois) on
a bracket, which is exact in one step where the figure enters linearly (a
net income, the living costs, a fixed payment). Whole-month and fixed-period
answers are the shortest/longest whole value that holds (`exact` False).

The figures and how each is moved:

- the largest startlån (the scenario's amount), and from it, through the
  financing plan (price + purchase costs = equity + bank loan + startlån +
  grant): the highest price with this equity, bank loan and grant, the
  smallest grant, the smallest equity;
- the lowest net income: the household's own incomes (wages, pensions,
  benefits, rent, other) scaled by one factor; child benefit, cash-for-care,
  child support and housing allowance stay as they are;
- the largest other-debt payment: a fixed monthly payment added (or, when
  the budget fails, every other debt scaled down);
- the living costs the budget allows, against SIFO and the NAV floor;
- the shortest term (whole months, at most 50 years);
- the longest interest-only period (at most 8 years);
- the longest fixed period among 3, 5, 10 and 20 years (same rate).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from . import loans
from .budget import CaseResult, ScenarioResult, compute
from .errors import ValidationError
from .financing import plan
from .formatting import fmt_kr, fmt_years
from .i18n import QT_TR_NOOP, tr
from .living import age_of
from .model import FIXED_PERIODS, Case, Debt, ExtraCost
from .solve import illinois

# Incomes that follow the household's earning power (scaled for the lowest income).
SCALED_INCOME_KINDS = ("wage", "disability", "pension", "benefit", "rental", "other")
TOLERANCE_KR = 0.01  # the solver stops when the residual is this close to 0
MAX_TERM_MONTHS = loans.MAX_TERM_YEARS * 12
MAX_IO_MONTHS = loans.MAX_INTEREST_ONLY_YEARS * 12
ORDINARY_TERM_MONTHS = 30 * 12

LABELS = {
    "amount": QT_TR_NOOP("Største startlån"),
    "price": QT_TR_NOOP("Høyeste kjøpesum"),
    "grant": QT_TR_NOOP("Minste tilskudd"),
    "equity": QT_TR_NOOP("Minste egenkapital"),
    "income": QT_TR_NOOP("Laveste nettoinntekt per måned"),
    "other_debt": QT_TR_NOOP("Største betaling på annen gjeld per måned"),
    "living": QT_TR_NOOP("Livsopphold budsjettet tåler per måned"),
    "term": QT_TR_NOOP("Korteste løpetid"),
    "interest_only": QT_TR_NOOP("Lengste avdragsfrihet"),
    "fixed": QT_TR_NOOP("Lengste bindingstid"),
}
LIMIT_TEXTS = {
    "": "",
    "unreachable": QT_TR_NOOP("kan ikke nås"),
    "not_needed": QT_TR_NOOP("trengs ikke"),
    "no_price": QT_TR_NOOP("ingen kjøpesum i saken"),
    "not_applicable": QT_TR_NOOP("gjelder ikke flytende rente"),
    "term_50": QT_TR_NOOP("krever 50 år"),
    "term_special": QT_TR_NOOP("over 30 år: særlige tilfeller"),
    "term_min": QT_TR_NOOP("holder med kortest mulige løpetid"),
    "interest_only_8": QT_TR_NOOP("når grensen på 8 år"),
    "nav_floor": QT_TR_NOOP("under NAVs veiledende satser"),
}


@dataclass(frozen=True)
class Answer:
    """One figure solved so that the prudent residual is 0 kr.

    `value` is the figure (kr, or months for term and interest-only, years for
    the fixed period); None when no value of it makes the scenario hold.
    `residual` is the prudent residual with the figure at `value` (from
    `compute()`, or from the linear relation where noted). `limit` names a
    bound it meets (see LIMIT_TEXTS). `exact` is False for whole-step
    answers: there the residual is ≥ 0, and < 0 one step further.
    """

    key: str
    current: float
    value: float | None
    residual: float | None
    limit: str = ""
    exact: bool = True
    unit: str = "kr"  # "kr", "months" or "years"
    references: dict[str, float] = field(default_factory=dict)  # e.g. SIFO and the NAV floor

    @property
    def label(self) -> str:
        return tr(LABELS[self.key])

    @property
    def limit_text(self) -> str:
        return tr(LIMIT_TEXTS[self.limit]) if self.limit else ""

    @property
    def change(self) -> float | None:
        return None if self.value is None else self.value - self.current


@dataclass(frozen=True)
class GoalSeek:
    index: int
    label: str
    residual: float  # the prudent residual today
    answers: list[Answer]
    children: int  # children under 18 in the household
    evaluations: int = 0  # compute() calls the goal-seek made

    @property
    def holds(self) -> bool:
        return self.residual >= 0

    def answer(self, key: str) -> Answer:
        return next(a for a in self.answers if a.key == key)


def prudent_residual(sr: ScenarioResult) -> float:
    """The scenario's binding residual: at the stress rate, or after the fixed
    period where that is lower.

    R = min(R_stress, R_after_fixed)
    """
    if sr.residual_after_fixed is None:
        return sr.residual_stressed
    return min(sr.residual_stressed, sr.residual_after_fixed)


def only(case: Case, index: int) -> Case:
    """The case with the one scenario (nothing else needs pricing)."""
    return replace(case, scenarios=[case.scenarios[index]])


class _Trial:
    """compute() on a case with one scenario, counting the evaluations."""

    def __init__(self) -> None:
        self.calls = 0

    def result(self, case: Case) -> CaseResult | None:
        self.calls += 1
        try:
            return compute(case, horizon=False)  # the prudent residual only: no five-year verdict needed
        except ValidationError:  # a trial outside the allowed range does not hold
            return None

    def residual(self, case: Case) -> float:
        r = self.result(case)
        return -math.inf if r is None else prudent_residual(r.scenarios[0])


class _Fn:
    """The prudent residual as a function of one figure, each value computed once."""

    def __init__(self, trial: _Trial, make, x0: float, res0: CaseResult, r0: float) -> None:
        self.trial, self.make = trial, make
        self.seen: dict[float, tuple[CaseResult | None, float]] = {x0: (res0, r0)}

    def result(self, x: float) -> CaseResult | None:
        if x not in self.seen:
            r = self.trial.result(self.make(x))
            self.seen[x] = (r, -math.inf if r is None else prudent_residual(r.scenarios[0]))
        return self.seen[x][0]

    def valid(self, x: float) -> CaseResult:
        """The result at x where the trial is known to be valid (a root, or a point that holds)."""
        r = self.result(x)
        assert r is not None
        return r

    def __call__(self, x: float) -> float:
        self.result(x)
        return self.seen[x][1]

    def bracket(self) -> tuple[float, float] | None:
        xs = sorted(self.seen)
        for a, b in zip(xs, xs[1:]):
            if (self.seen[a][1] >= 0) != (self.seen[b][1] >= 0):
                return a, b
        return None

    def root(self, guess: float | None, lo_bound: float, hi_bound: float, increasing: bool) -> float | None:
        """x in [lo_bound, hi_bound] with R(x) = 0 (R monotone); None when R keeps one sign there."""
        if guess is not None and lo_bound <= guess <= hi_bound and abs(self(guess)) < TOLERANCE_KR:
            return guess
        br = self.bracket()
        holds = next(iter(self.seen.values()))[1] >= 0
        up = holds != increasing  # the way the root lies
        bound = hi_bound if up else lo_bound
        while br is None:  # step out past the secant's root, doubling, until the sign changes
            xs = sorted(x for x in self.seen if math.isfinite(self.seen[x][1]))
            if not xs or (xs[-1] if up else xs[0]) == bound:
                return None
            far = xs[-1] if up else xs[0]
            near = xs[-2] if up and len(xs) > 1 else xs[1] if len(xs) > 1 else None
            dist = abs(far - near) if near is not None else max(abs(far), 1.0)
            nxt = far + (2 * dist if up else -2 * dist)
            if near is not None and self.seen[far][1] != self.seen[near][1]:
                est = far - self.seen[far][1] * (far - near) / (self.seen[far][1] - self.seen[near][1])
                if (est > far) == up:  # the secant's root, overshot by half the step so the sign changes
                    nxt = far + 1.5 * (est - far)
            self(min(nxt, bound) if up else max(nxt, bound))
            br = self.bracket()
        lo, hi = br
        return solve(self, lo, self(lo), hi, self(hi))

    def first_holding(self, lo: int, hi: int, step: int, to=None, back=None) -> int:
        """The smallest multiple of step in [lo, hi] where R ≥ 0, R increasing and R(hi) ≥ 0:
        a secant guess rounded to the step, kept inside the bracket (Illinois). The secant
        runs on to(x) (back() its inverse), a scale on which R is close to a straight line."""
        a, b = lo, hi
        fa, fb = self(a), self(b)
        if fa >= 0:
            return a
        return int(illinois(self, a, fa, b, fb, step=step, max_iter=None, scale=(to, back) if to else None))


def solve(f, lo: float, f_lo: float, hi: float, f_hi: float,
          tol: float = TOLERANCE_KR, max_iter: int = 60) -> float:
    """A root of f on [lo, hi] where f(lo) and f(hi) have opposite signs, to
    `tol` kr (`solve.illinois`; the last iterate).

    >>> round(solve(lambda x: 1500.0 - x, 0.0, 1500.0, 10_000.0, -8500.0), 6)
    1500.0
    """
    return illinois(f, lo, f_lo, hi, f_hi, ftol=tol, xtol=1e-9, rtol=1e-9, max_iter=max_iter)


# --- the startlån amount, and price, grant and equity through the plan --------

def with_amount(case: Case, amount: float) -> Case:
    return replace(case, scenarios=[replace(case.scenarios[0], amount=amount)])


def _largest_amount(case: Case, res: CaseResult, r0: float, trial: _Trial) -> Answer:
    sr = res.scenarios[0]
    f = _Fn(trial, lambda a: with_amount(case, a), sr.scenario.amount, res, r0)
    x = f.root(max(sr.max_loan, 0.0), 0.0, loans.MAX_AMOUNT, increasing=False)
    if x is None:
        holds = r0 >= 0
        return Answer("amount", sr.scenario.amount, loans.MAX_AMOUNT if holds else None,
                      f(loans.MAX_AMOUNT) if holds else None, "" if holds else "unreachable")
    return Answer("amount", sr.scenario.amount, x, f(x))


def _financing(case: Case) -> tuple[float, float, float] | None:
    """(what startlån + grant must cover, the startlån the plan uses now, the grant now); None without a price."""
    h = case.housing
    if h.price <= 0:
        return None
    p = plan(h, loans.MAX_AMOUNT)
    need = float(p.need)
    used = min(case.scenarios[0].amount, need)
    return need, used, need - used


def _fee_share(case: Case) -> float:
    """The document fee per krone of price (freehold only)."""
    h = case.housing
    return h.document_fee_pct / 100 if h.ownership == "freehold" else 0.0


def case_at_price(case: Case, price: float, grant: float) -> Case:
    """The case with a new price, the startlån covering what equity, bank loan and the grant do not."""
    c = replace(case, housing=replace(case.housing, price=price))
    return with_amount(c, max(float(plan(c.housing, loans.MAX_AMOUNT).need) - grant, 0.0))


def case_at_equity(case: Case, equity: float, grant: float) -> Case:
    c = replace(case, housing=replace(case.housing, equity=equity))
    return with_amount(c, max(float(plan(c.housing, loans.MAX_AMOUNT).need) - grant, 0.0))


def case_at_grant(case: Case, grant: float) -> Case:
    need = float(plan(case.housing, loans.MAX_AMOUNT).need)
    return with_amount(case, max(need - grant, 0.0))


def _plan_answers(case: Case, amount: Answer, r0: float) -> list[Answer]:
    """Price, grant and equity from the largest startlån: the residual depends on
    them only through the startlån they leave, so each answer's residual is
    the largest loan's (plug_back() checks it with compute())."""
    fin = _financing(case)
    h = case.housing
    if fin is None:
        return [Answer(k, cur, None, None, "no_price") for k, cur in
                (("price", h.price), ("grant", 0.0), ("equity", h.equity))]
    need, used, grant0 = fin
    a_star, a_res = amount.value, amount.residual
    if a_star is None:
        return [Answer("price", h.price, None, None, "unreachable"), Answer("grant", grant0, None, None, "unreachable"),
                Answer("equity", h.equity, None, None, "unreachable")]
    # price: what must be financed is P (1 + fee) + fixed costs, so the startlån moves by (1 + fee) per krone
    price = h.price + (a_star - used) / (1 + _fee_share(case))
    out = [Answer("price", h.price, price, a_res) if price > 0 else Answer("price", h.price, None, None, "unreachable")]
    grant = need - a_star
    # with no grant at all the startlån is the whole need, which the household then carries with room to spare
    out.append(Answer("grant", grant0, grant, a_res) if grant > 0 else Answer("grant", grant0, 0.0, None, "not_needed"))
    equity = h.equity + used - a_star
    out.append(Answer("equity", h.equity, equity, a_res) if equity > 0
               else Answer("equity", h.equity, 0.0, None, "not_needed"))
    return out


# --- incomes, other debts, living costs ----------------------------------------

def case_at_income_factor(case: Case, factor: float) -> Case:
    """The household's own incomes × factor (child-related benefits as they are)."""
    return replace(case, incomes=[replace(i, amount=i.amount * factor) if i.kind in SCALED_INCOME_KINDS else i
                                  for i in case.incomes])


def _scaled_income(case: Case, res: CaseResult) -> float:
    return sum(line.net_monthly for line, inc in zip(res.incomes, case.incomes) if inc.kind in SCALED_INCOME_KINDS)


def _income(case: Case, res: CaseResult, r0: float, trial: _Trial) -> Answer:
    scaled = _scaled_income(case, res)
    current = res.income_total
    if scaled <= 0:
        return Answer("income", current, None, None, "unreachable")
    f = _Fn(trial, lambda x: case_at_income_factor(case, x), 1.0, res, r0)
    # exact in one step when every income is entered net: the residual moves one for one
    x = f.root(1 - r0 / scaled, 0.0, 1e4, increasing=True)
    if x is None:
        if r0 >= 0:  # holds with no own income at all
            return Answer("income", current, f.valid(0.0).income_total, f(0.0), "not_needed")
        return Answer("income", current, None, None, "unreachable")
    return Answer("income", current, f.valid(x).income_total, f(x))


def case_at_other_debt(case: Case, delta: float, total: float) -> Case:
    """Other fixed costs moved by delta kr a month: a fixed payment added, or
    (delta < 0) every other debt scaled down."""
    if delta >= 0:
        extra = Debt(label=tr("Ny fast betaling"), kind="other", monthly_payment=delta, floating=False)
        return replace(case, debts=[*case.debts, extra])
    t = max(1 + delta / total, 0.0) if total > 0 else 0.0
    return replace(case, debts=[replace(d, monthly_payment=d.monthly_payment * t, credit_limit=d.credit_limit * t,
                                        balance=d.balance * t) for d in case.debts])


def _other_debt(case: Case, res: CaseResult, r0: float, trial: _Trial) -> Answer:
    total = res.other_costs_total
    f = _Fn(trial, lambda x: case_at_other_debt(case, x, total), 0.0, res, r0)
    x = f.root(r0 if r0 >= 0 else None, -total, 1e7, increasing=False)
    if x is None:
        return Answer("other_debt", total, None, None, "unreachable")
    return Answer("other_debt", total, f.valid(x).other_costs_total, f(x))


def case_at_living_factor(case: Case, res: CaseResult, factor: float) -> Case:
    """Every living-cost line the budget uses (SIFO or the caseworker's own) × factor."""
    lv = case.living
    overrides = {line.category: line.used * factor for line in res.living.lines}
    extra = [ExtraCost(e.label, e.amount * factor) for e in lv.extra]
    return replace(case, living=replace(lv, overrides=overrides, extra=extra))


def _living(case: Case, res: CaseResult, r0: float, trial: _Trial) -> Answer:
    lv = res.living
    refs = {"sifo": lv.sifo_total, "nav_floor": lv.nav_floor, "chosen": lv.chosen}
    allowed = lv.used + r0  # living costs enter the residual once, one for one
    if lv.chosen <= 0:
        return Answer("living", lv.chosen, None, None, "unreachable", references=refs)
    f = _Fn(trial, lambda x: case_at_living_factor(case, res, x), 1.0, res, r0)
    if allowed < lv.nav_floor:
        # the budget never deducts less than the floor: cutting living costs cannot make it hold
        return Answer("living", lv.chosen, allowed, f(lv.nav_floor / lv.chosen), "nav_floor", references=refs)
    x = f.root(allowed / lv.chosen, lv.nav_floor / lv.chosen, 1e3, increasing=False)
    if x is None:
        return Answer("living", lv.chosen, None, None, "unreachable", references=refs)
    return Answer("living", lv.chosen, f.valid(x).living.chosen, f(x), references=refs)


# --- term, interest-only, fixed period (whole steps) ----------------------------

def case_at_term(case: Case, months: int) -> Case:
    s = case.scenarios[0]
    return replace(case, scenarios=[replace(s, term_years=months // 12, term_extra_months=months % 12)])


def case_at_interest_only(case: Case, months: int) -> Case:
    s = case.scenarios[0]
    return replace(case, scenarios=[replace(s, interest_only_years=months // 12, interest_only_extra_months=months % 12,
                                            interest_only_until_debts_repaid=False)])


def case_at_fixed(case: Case, years: int) -> Case:
    return replace(case, scenarios=[replace(case.scenarios[0], fixed_years=years)])


def _term(case: Case, res: CaseResult, r0: float, trial: _Trial) -> Answer:
    spec = res.scenarios[0].spec
    step = spec.months_per_term
    n0 = spec.term_months
    lo = -(-(max(spec.interest_only_months, spec.fixed_months) + step) // step) * step
    top = MAX_TERM_MONTHS - MAX_TERM_MONTHS % step
    f = _Fn(trial, lambda n: case_at_term(case, int(n)), n0, res, r0)
    if r0 < 0 and f(top) < 0:
        return Answer("term", n0, None, None, "unreachable", False, "months")
    # an annuity's payment is linear in 1 / (1 − v^n), v = 1 / (1 + r) at the stress rate
    v = 1 / (1 + max(res.scenarios[0].stress_rate_pct, 0.1) / 1200)
    to = lambda n: 1 / (1 - v ** n)  # noqa: E731
    back = lambda y: math.log(1 - 1 / y) / math.log(v) if y > 1 else top  # noqa: E731
    n = f.first_holding(lo, n0, step, to, back) if r0 >= 0 else f.first_holding(n0, top, step, to, back)
    limit = "term_50" if n == top else "term_special" if n > ORDINARY_TERM_MONTHS else "term_min" if n == lo else ""
    return Answer("term", n0, n, f(n), limit, False, "months")


def _interest_only(case: Case, res: CaseResult, r0: float, trial: _Trial) -> Answer:
    spec = res.scenarios[0].spec
    step = spec.months_per_term
    m0 = spec.interest_only_months
    top = min(MAX_IO_MONTHS, spec.term_months - step)
    top -= top % step
    # R falls as the period grows: search j = top − m, where R rises
    f = _Fn(trial, lambda j: case_at_interest_only(case, int(top - j)), top - m0, res, r0)
    if r0 >= 0:
        if f(0) >= 0:
            return Answer("interest_only", m0, top, f(0), "interest_only_8" if top == MAX_IO_MONTHS else "",
                          False, "months")
        j = f.first_holding(0, top - m0, step)
    else:
        if f(top) < 0:
            return Answer("interest_only", m0, None, None, "unreachable", False, "months")
        j = f.first_holding(top - m0, top, step)
    return Answer("interest_only", m0, top - j, f(j), "", False, "months")


def _fixed(case: Case, res: CaseResult, r0: float, trial: _Trial) -> Answer:
    sr = res.scenarios[0]
    s = sr.scenario
    if s.rate_type not in ("fixed", "split"):
        return Answer("fixed", 0, None, None, "not_applicable", False, "years")
    periods = [p for p in FIXED_PERIODS if p * 12 < sr.spec.term_months]
    f = _Fn(trial, lambda p: case_at_fixed(case, int(p)), s.fixed_years, res, r0)
    # longest first: a longer binding period leaves a smaller balance to price after it
    refs = {}
    for p in sorted(periods, reverse=True):
        refs[str(p)] = f(p)
        if refs[str(p)] >= 0:
            return Answer("fixed", s.fixed_years, p, refs[str(p)], "", False, "years", refs)
    return Answer("fixed", s.fixed_years, None, None, "unreachable", False, "years", refs)


# --- the whole goal-seek --------------------------------------------------------

def goal_seek(case: Case, index: int, result: CaseResult | None = None) -> GoalSeek:
    """Every figure solved so that scenario `index`'s prudent residual is 0 kr.

    Raises ValidationError on a bad case, IndexError on a scenario that does not exist.

    >>> from startlan_desktop.core.model import Case, Income, Member, Scenario
    >>> c = Case(members=[Member(age_years=40)], incomes=[Income(kind="wage", amount=40_000)],
    ...          include_interest_deduction=False,
    ...          scenarios=[Scenario(amount=1_000_000, term_years=30, base_rate_pct=4.0)])
    >>> g = goal_seek(c, 0)
    >>> lowest = g.answer("income").value
    >>> round(lowest - (compute(c).income_total - g.residual))  # lowest income = income − residual
    0
    """
    if not 0 <= index < len(case.scenarios):
        raise IndexError(index)
    one = only(case, index)
    trial = _Trial()
    res = compute(one)  # raises ValidationError on a bad case
    sr = res.scenarios[0]
    r0 = prudent_residual(sr)
    amount = _largest_amount(one, res, r0, trial)
    answers = [amount, *_plan_answers(one, amount, r0),
               _income(one, res, r0, trial), _other_debt(one, res, r0, trial), _living(one, res, r0, trial)]
    if amount.value is None:  # not even 0 kr holds: no loan terms can help
        fixed_limit = "unreachable" if sr.scenario.rate_type != "floating" else "not_applicable"
        answers += [Answer("term", sr.spec.term_months, None, None, "unreachable", False, "months"),
                    Answer("interest_only", sr.spec.interest_only_months, None, None, "unreachable", False, "months"),
                    Answer("fixed", sr.scenario.fixed_years, None, None, fixed_limit, False, "years")]
    else:
        answers += [_term(one, res, r0, trial), _interest_only(one, res, r0, trial), _fixed(one, res, r0, trial)]
    on = case.assessment_date
    children = sum(1 for m in case.members if m.is_child and age_of(m, on)[0] < 18)
    return GoalSeek(index, case.scenarios[index].label or sr.label, r0, answers, children, trial.calls + 1)


def lowest_income(case: Case, index: int) -> Answer:
    """The "income" answer alone: the lowest net income at which scenario
    `index`'s prudent residual is 0 kr (core/variants.py, the income break-even)."""
    one = only(case, index)
    res = compute(one, horizon=False)
    return _income(one, res, prudent_residual(res.scenarios[0]), _Trial())


def plug_back(case: Case, index: int, answer: Answer) -> float | None:
    """The prudent residual with the one figure set to the answer, by
    `compute()` afresh: the check behind every answer (tests, benchmarks)."""
    if answer.value is None:
        return None
    one = only(case, index)
    base = compute(one)
    trial = _Trial()
    v = answer.value
    fin = _financing(one)
    grant_now = fin[2] if fin is not None else 0.0  # price and equity answers exist only with a price
    simple = {
        "amount": lambda: with_amount(one, v),
        "price": lambda: case_at_price(one, v, grant_now),
        "grant": lambda: case_at_grant(one, v),
        "equity": lambda: case_at_equity(one, v, grant_now),
        "living": lambda: case_at_living_factor(one, base, max(v, base.living.nav_floor) / base.living.chosen),
        "term": lambda: case_at_term(one, int(v)),
        "interest_only": lambda: case_at_interest_only(one, int(v)),
        "fixed": lambda: case_at_fixed(one, int(v)),
    }
    if answer.key in simple:
        return trial.residual(simple[answer.key]())
    if answer.key == "income":  # find the factor that gives this net income, then price it
        g = lambda x: compute(case_at_income_factor(one, x)).income_total - v  # noqa: E731
        lo, hi = 0.0, 1.0
        while g(hi) < 0:
            lo, hi = hi, hi * 2
        return trial.residual(case_at_income_factor(one, solve(g, lo, g(lo), hi, g(hi), tol=1e-6)))
    if answer.key == "other_debt":
        total = base.other_costs_total
        if v >= total:
            return trial.residual(case_at_other_debt(one, v - total, total))
        g = lambda d: compute(case_at_other_debt(one, d, total)).other_costs_total - v  # noqa: E731
        return trial.residual(case_at_other_debt(one, solve(g, -total, g(-total), 0.0, g(0.0), tol=1e-6), total))
    raise KeyError(answer.key)


# --- words: the panel's lines and the refusal paragraph ---------------------------

def format_value(a: Answer, value: float | None = None) -> str:
    """The answer's figure (or another of its unit) as text: kroner, years and months, or years."""
    v = a.value if value is None else value
    if v is None:
        return "–"
    if a.unit == "months":
        return fmt_years(int(v) // 12, int(v) % 12)
    if a.unit == "years":
        return fmt_years(int(v)) if v else "–"
    return fmt_kr(v)


def note(a: Answer) -> str:
    """The limit an answer meets, and for living costs the references beside it."""
    parts = [a.limit_text] if a.limit else []
    if a.key == "living" and a.references:
        parts.append(tr("SIFO {sifo}, NAV {floor}").format(sifo=fmt_kr(a.references["sifo"]),
                                                         floor=fmt_kr(a.references["nav_floor"])))
    return "; ".join(parts)


def change_text(a: Answer) -> str:
    if a.value is None or a.limit == "not_needed" or a.unit != "kr":
        return ""
    c = a.change
    assert c is not None  # a value was found
    return ("+" if c > 0 else "") + fmt_kr(c) if round(c) else "0 kr"


def table_rows(gs: GoalSeek) -> tuple[list[str], list[list[str]]]:
    """The goal-seek as a table (screen, PDF and CLI show the same): figure,
    today, what makes the prudent residual 0 kr, the change, a note."""
    header = [tr("Hva kan endres"), tr("I dag"), tr("Går akkurat opp med"), tr("Endring"), tr("Merknad")]
    rows = [[a.label, format_value(a, a.current), format_value(a), change_text(a), note(a)] for a in gs.answers]
    return header, rows


def title(gs: GoalSeek) -> str:
    return tr("Hva skal til for at «{label}» går opp?").format(label=gs.label)


def summary(gs: GoalSeek) -> str:
    """One line: the prudent residual today and what the table's figures mean."""
    if gs.holds:
        return tr("Restbeløpet ved stresstest (eller etter bindingstiden) er {amount} i dag. Tallene viser hvor "
                  "langt hver enkelt størrelse kan endres før det er 0 kr, med alt annet uendret.").format(
            amount=fmt_kr(gs.residual))
    return tr("Restbeløpet ved stresstest (eller etter bindingstiden) er {amount} i dag. Tallene viser hva hver "
              "enkelt størrelse må være for at det blir 0 kr, med alt annet uendret.").format(
        amount=fmt_kr(gs.residual))


def _condition(a: Answer) -> str | None:
    """The answer as a clause of the refusal ("… dersom …"), or None where it cannot help."""
    if a.value is None or a.limit in ("not_needed", "nav_floor", "no_price", "not_applicable") or a.change is None:
        return None
    v = format_value(a)
    if a.key == "term" and a.value <= a.current:
        return None
    texts = {
        "price": tr("boligen kostet høyst {v}"),
        "grant": tr("kommunen ga et tilskudd på minst {v}"),
        "equity": tr("husstanden hadde minst {v} i egenkapital"),
        "income": tr("nettoinntekten var minst {v} i måneden"),
        "other_debt": tr("betalingene på annen gjeld var høyst {v} i måneden"),
        "living": tr("utgiftene til livsopphold var høyst {v} i måneden"),
        "term": tr("løpetiden var minst {v}"),
    }
    return texts[a.key].format(v=v) if a.key in texts else None


def refusal_paragraph(gs: GoalSeek) -> str:
    """A paragraph the caseworker can copy into a refusal: what would make the
    loan possible, each with the figure, and the children's best interest."""
    if gs.holds:
        return tr("Med «{label}» går budsjettet opp også ved stresstest ({amount} til overs i måneden).").format(
            label=gs.label, amount=fmt_kr(gs.residual))
    clauses = [c for c in (_condition(gs.answer(k)) for k in
                           ("income", "other_debt", "price", "equity", "grant", "term")) if c]
    head = tr("Budsjettet med «{label}» mangler {amount} i måneden ved stresstest (eller etter bindingstiden, der det "
               "er lavere).").format(
        label=gs.label, amount=fmt_kr(-gs.residual))
    if clauses:
        body = tr("Søknaden kunne vært innvilget dersom {conditions} (hver for seg, med det øvrige "
                  "uendret).").format(conditions=_join(clauses))
    else:
        body = tr("Ingen enkelt endring i inntekt, gjeld, kjøpesum, egenkapital, tilskudd eller løpetid får "
                  "budsjettet til å gå opp.")
    text = head + " " + body
    if gs.children:
        text += " " + tr("Husstanden har {n} barn under 18 år. Barnas beste er vurdert: budsjettet setter av "
                         "livsopphold for barna etter SIFOs referansebudsjett og aldri under NAVs veiledende "
                         "satser, og et lån familien ikke kan betjene når renten stiger, kan føre til "
                         "betalingsproblemer, tvangssalg og flytting for barna.").format(n=gs.children)
    return text


def _join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " " + tr("eller") + " " + parts[-1]
