"""The meeting with the applicant (issue 22): the verdict in words, and the
month and the home as stacked bars, every figure from the budget's results.
The walk-through and the applicant's take-home page only paint these.

The month bar splits the net income the way the budget does:

    income = living costs + other fixed costs + housing (bank loan incl.)
             + the startlån (net of its interest deduction) + what is left

where "what is left" is the residual beyond the living-cost norm (negative
when the budget fails). The identity holds in each phase and at each rise,
because the residual is defined as exactly that remainder (core.stress).
"""

from __future__ import annotations

from . import stress
from .budget import CaseResult, ScenarioLoan, ScenarioResult
from .formatting import fmt_break_even_rate, fmt_kr, fmt_rate
from .i18n import QT_TR_NOOP, tr
from .record import record

SEGMENTS = {
    "living": QT_TR_NOOP("Livsopphold"),
    "other": QT_TR_NOOP("Andre lån og faste utgifter"),
    "housing": QT_TR_NOOP("Boutgifter"),
    "loan": QT_TR_NOOP("Startlånet"),
    "left": QT_TR_NOOP("Igjen"),
}
SOURCES = {
    "equity": QT_TR_NOOP("Egne penger"),
    "bank": QT_TR_NOOP("Banklån"),
    "common_debt": QT_TR_NOOP("Fellesgjeld"),
    "startlan": QT_TR_NOOP("Startlån"),
    "grant": QT_TR_NOOP("Tilskudd"),
}
#: One symbol per verdict, so colour is never the only signal.
MARK = {"ok": "✔", "tight": "!", "no": "✖", "no_amount": "?"}


@record(frozen=True)
class Verdict:
    key: str  # "ok", "tight", "no" or "no_amount"
    headline: str  # the verdict in words
    figure: str  # the one figure that decides it, in a sentence

    @property
    def mark(self) -> str:
        return MARK[self.key]

    @property
    def text(self) -> str:
        return f"{self.headline}. {self.figure}"


def verdict(sr: ScenarioResult) -> Verdict:
    """The verdict for the applicant, with the figure that decides it.

    - the budget fails at today's rate: "Dette går ikke opp", the shortfall a month;
    - it holds today but not at the stress rate or after the fixed period:
      "går opp i dag, men ikke hvis renten stiger mye", the rate where it breaks;
    - it holds at the stress rate but not in a month of the next five years
      (core/timeline.py): "går opp i dag, men ikke om noen år", the tightest month;
    - it holds throughout: "går opp, også hvis renten stiger til <stress rate>",
      what is left beyond the norm at the stress rate.
    """
    if sr.verdict == "no_amount":
        return Verdict("no_amount", tr("Lånebeløpet er ikke fylt inn"),
                       tr("Husstanden kan betjene et startlån på inntil {amount}.").format(amount=fmt_kr(sr.max_loan)))
    if sr.residual < 0:
        return Verdict("no", tr("Dette går ikke opp"),
                       tr("Med dagens rente mangler {amount} hver måned.").format(amount=fmt_kr(-sr.residual)))
    if sr.verdict == "tight":
        if sr.break_even_rate_pct is not None and sr.break_even_rate_pct < sr.stress_rate_pct:
            figure = tr("Budsjettet går ikke opp hvis renten blir høyere enn {rate}.").format(
                rate=fmt_break_even_rate(sr.break_even_rate_pct))
        elif sr.residual_after_fixed is not None and sr.residual_after_fixed < 0:
            figure = tr("Når bindingstiden er over, mangler {amount} hver måned.").format(
                amount=fmt_kr(-sr.residual_after_fixed))
        elif sr.residual_stressed >= 0 and sr.lowest_ahead is not None and sr.lowest_ahead.residual < 0:
            return Verdict("tight", tr("Dette går opp i dag, men ikke om noen år"), sr.lowest_ahead.text)
        else:
            figure = tr("Ved {rate} mangler {amount} hver måned.").format(
                rate=fmt_rate(sr.stress_rate_pct), amount=fmt_kr(-sr.residual_stressed))
        return Verdict("tight", tr("Dette går opp i dag, men ikke hvis renten stiger mye"), figure)
    return Verdict("ok", tr("Dette går opp, også hvis renten stiger til {rate}").format(rate=fmt_rate(sr.stress_rate_pct)),
                   tr("Ved {rate} har dere fortsatt {amount} mer enn normen hver måned.").format(
                       rate=fmt_rate(sr.stress_rate_pct), amount=fmt_kr(sr.residual_stressed)))


# --- the month as one bar ---------------------------------------------------------------

@record(frozen=True)
class Segment:
    key: str
    amount: float  # kr/month (the "left" segment may be negative)

    @property
    def label(self) -> str:
        return tr(SEGMENTS[self.key])


@record(frozen=True)
class MonthBar:
    key: str  # "today", "stress", "after_fixed" or "slider"
    title: str
    rate_pct: float
    income: float
    segments: tuple[Segment, ...]

    @property
    def left(self) -> float:
        return self.segments[-1].amount

    @property
    def ok(self) -> bool:
        return self.left >= 0


BAR_TITLES = {"today": QT_TR_NOOP("I dag ({rate})"), "stress": QT_TR_NOOP("Hvis renten stiger ({rate})"),
              "after_fixed": QT_TR_NOOP("Når bindingstiden er over ({rate})"), "slider": QT_TR_NOOP("Med {rate}")}


def _bar(r: CaseResult, key: str, rate_pct: float, f: stress.PhaseFigures) -> MonthBar:
    """A phase's figures as the month's bar: the bank loan sits with housing."""
    housing = sum(c.amount for c in r.housing_costs[:len(r.housing_costs) - _bank_lines(r)])
    segments = (Segment("living", r.living.used), Segment("other", f.other_costs),
                Segment("housing", housing + f.bank_payment - f.bank_deduction),
                Segment("loan", f.payment - f.deduction), Segment("left", f.residual))
    return MonthBar(key, tr(BAR_TITLES[key]).format(rate=fmt_rate(rate_pct)), rate_pct, r.income_total, segments)


def _bank_lines(r: CaseResult) -> int:
    """How many of the housing lines are the bank loan's (its payment and deduction), at the end."""
    if r.household is None or r.household.bank is None:
        return 0
    return 2 if r.household.k else 1


def month_bars(r: CaseResult, index: int) -> list[MonthBar]:
    """Today, at the stress rate and (for a fixed or split loan) after the
    binding period: the binding phase of each, as the budget assesses it."""
    sr = r.scenarios[index]
    bars = [_bar(r, "today", sr.nominal_rate_pct, stress.binding(sr.phases)),
            _bar(r, "stress", sr.stress_rate_pct, stress.binding(sr.phases_stressed))]
    assert r.household is not None  # compute() sets it
    if sr.rate_after_fixed_pct is not None:
        f = ScenarioLoan.of(r.case, sr.scenario).after_fixed(r.household)
        if f is not None:  # always, when the scenario has a rate after fixed
            bars.append(_bar(r, "after_fixed", sr.rate_after_fixed_pct, f))
    return bars


def bar_at_rate(r: CaseResult, index: int, rate_pct: float) -> MonthBar:
    """The month at a startlån rate, every floating rate risen as much (the slider)."""
    sr = r.scenarios[index]
    loan = ScenarioLoan.of(r.case, sr.scenario)
    assert r.household is not None  # compute() sets it
    f = stress.binding(loan.at(r.household, rate_pct - sr.nominal_rate_pct))
    return _bar(r, "slider", rate_pct, f)


# --- the home as one bar ---------------------------------------------------------------------

def home_bar(sr: ScenarioResult) -> list[Segment]:
    """How the home is paid for (the financing plan): own money, bank loan,
    the common debt taken over, startlån and grant; empty without a price."""
    p = sr.plan
    if p is None or not p.price:
        return []
    parts = [("equity", p.equity), ("bank", p.bank_loan), ("common_debt", p.common_debt),
             ("startlan", p.startlan), ("grant", p.grant)]
    return [_Source(k, float(v)) for k, v in parts if v]


@record(frozen=True)
class _Source(Segment):
    @property
    def label(self) -> str:
        return tr(SOURCES[self.key])


# --- the first three steps as pictures ------------------------------------------------------

@record(frozen=True)
class Part:
    """A part of a picture's bar with its own name (an income, a cost line)."""

    key: str
    label: str
    amount: float


def income_parts(r: CaseResult) -> list[Part]:
    """Each income after tax as a part of one bar (their sum is the income total)."""
    return [Part(f"part{i % 6}", line.label, line.net_monthly)
            for i, line in enumerate(line for line in r.incomes if line.net_monthly)]


def living_parts(r: CaseResult) -> list[Part]:
    """The income split into living costs, other fixed costs and the rest for the
    home and the loan: rest = income − living costs − other costs (negative: short)."""
    rest = r.income_total - r.living.used - r.other_costs_total
    parts = [Part("living", tr(SEGMENTS["living"]), r.living.used)]
    if r.other_costs_total:
        parts.append(Part("other", tr(SEGMENTS["other"]), r.other_costs_total))
    return parts + [Part("rest" if rest >= 0 else "short", tr("Til boligen og lånet"), rest)]


def housing_parts(r: CaseResult) -> list[Part]:
    """Each housing cost as a part of one bar; a deduction (a negative line, the
    bank loan's interest deduction) is netted into the line before it, so the
    parts add up to the housing total."""
    parts: list[Part] = []
    for i, c in enumerate(r.housing_costs):
        if c.amount < 0 and parts:
            last = parts.pop()
            parts.append(Part(last.key, tr("{cost} etter fradrag").format(cost=last.label), last.amount + c.amount))
        elif c.amount:
            parts.append(Part(f"part{i % 6}", c.label, c.amount))
    return parts


def trial_parts(sr: ScenarioResult) -> list[Part]:
    """The first-time buyers' trial loan as one bar: what the 30-year payment
    repays in the 10 years, and the balance due when the loan ends
    (amount = repaid + balance); empty unless the scenario is one."""
    test = getattr(sr, "year10", None)
    if test is None:
        return []
    return [Part("loan", tr("Betalt ned de første 10 årene"), sr.spec.amount - test.balance),
            Part("part4", tr("Igjen etter 10 år"), test.balance)]


def trial_text(sr: ScenarioResult) -> str:
    """The trial loan in plain words for the applicant ("" unless the scenario is one)."""
    test = getattr(sr, "year10", None)
    return "" if test is None else test.explanation()
