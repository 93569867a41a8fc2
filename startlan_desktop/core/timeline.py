"""The years ahead ("De neste årene"): the household's budget month by month
for the first ten years, for every scenario, in today's kroner.

Month 0 is the assessment month and is the ordinary budget (`compute()`).
Month m is the m-th calendar month after it, taken as it stands at the end of
that month:

- every person is as old as they are then; SIFO's bands, NAV's child rates
  and the 12 % rule follow from the ages through `core/living.py`, unchanged;
- a child in kindergarten starts school in August of the year they turn 6
  and has SFO through year 4 (until August of the year they turn 10); a
  child in SFO keeps it until then; a child with neither stays without;
- the automatic child benefit is paid up to and including the month before
  the child turns 18 (nav.no; the data file's rule "paid until month before
  the child turns 18");
- an income or another fixed cost with a start or an end date counts in the
  calendar months from its start up to and including its end; other debts
  end when their remaining years run out (as in the loan's phases);
- the startlån's payment is the scenario's real payment in that month, read
  from its payment plan (`sr.schedule`: interest-only, the fixed period and
  after), and the interest deduction is the tax value of the twelve months'
  interest from there, the same formula as `stress.budget_at_rise`.

Everything else stays as on the assessment date: the rates, benefits, norms,
tax rules and prices (today's kroner; no inflation and no rate change is
guessed, except that a fixed rate runs into the rate after the binding
period). This module never imports `budget`: the budget hands it a
`Budgeter` that prices one month's household.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import field, replace
from functools import cached_property
from itertools import accumulate
from typing import Protocol

from . import data, scenario, stress
from .formatting import fmt_kr, fmt_month
from .i18n import QT_TR_NOOP, tr
from .living import age_of
from .model import Case, Debt, Income, Member
from .record import record

HORIZON_MONTHS = 120  # the first ten years
VERDICT_MONTHS = 60  # the verdict looks at the first five
CHILD_BENEFIT_AGE = 18
SCHOOL_AGE = 6  # school starts in August of the year the child turns 6
SFO_YEARS = 4  # SFO through year 4
AUGUST = 8
#: Ages where a figure outside SIFO's tables changes: infants, NAV's child rates (6, 11, 18),
#: the enforcement rates (15), transport (6, 20, 30 for students, 67) and trygdeavgift (17, 70).
OTHER_AGE_LIMITS = (1, 2, 6, 11, 15, 17, 18, 20, 30, 67, 70)
DROP_KR = 0.5  # a turn counts as a fall when the residual drops by more than this in its month


# --- months ----------------------------------------------------------------------

def month_index(d: _dt.date) -> int:
    """Months since year 0: `month_index(d) + 1` is the calendar month after d's."""
    return d.year * 12 + d.month - 1


def month_start(index: int) -> _dt.date:
    return _dt.date(index // 12, index % 12 + 1, 1)


def month_end(index: int) -> _dt.date:
    """The last day of the month: the day before the next month's first
    (no `calendar`, which the window's start would load only for this).

    >>> month_end(month_index(_dt.date(2028, 2, 10)))
    datetime.date(2028, 2, 29)
    """
    return month_start(index + 1) - _dt.timedelta(days=1)


def _month_of(iso: str) -> int | None:
    return _month(iso) if iso else None


def _month(iso: str) -> int:
    """The calendar month index of a date that is set."""
    return month_index(_dt.date.fromisoformat(iso))


def active(line: Income | Debt, index: int) -> bool:
    """Whether a dated line counts in calendar month `index`: from the month
    of its start up to and including the month of its end."""
    start, end = _month_of(line.start), _month_of(line.end)
    return (start is None or start <= index) and (end is None or index <= end)


def is_dated(case: Case) -> bool:
    lines: list[Income | Debt] = [*case.incomes, *case.debts]
    return any(line.start or line.end for line in lines)


def _ended(d: Debt) -> Debt:
    """A debt that does not run this month: it costs nothing and never rises
    (kept in its place, since reliefs and phases refer to debts by index)."""
    return replace(d, monthly_payment=0.0, credit_limit=0.0, balance=0.0, rate_pct=0.0, remaining_years=0.0)


def dated_view(case: Case, index: int) -> Case:
    """The case with only the lines that run in calendar month `index` (the
    case itself when no line is dated)."""
    if not is_dated(case):
        return case
    return replace(case, incomes=[inc for inc in case.incomes if active(inc, index)],
                   debts=[d if active(d, index) else _ended(d) for d in case.debts])


# --- people ----------------------------------------------------------------------------

@record(frozen=True)
class Person:
    """One member's age over the timeline, in completed months.

    On the assessment date the member is `t0` months old; at the end of the
    assessment month `end0` (one more when a birthday falls later in that
    month); at the end of month m, `end0 + m`.
    """

    member: Member
    t0: int
    end0: int
    birth_year: int
    first: int  # the assessment month's index

    @classmethod
    def of(cls, member: Member, on: _dt.date) -> Person:
        y, mo = age_of(member, on)
        t0 = 12 * y + mo
        first = month_index(on)
        if member.birth_date:
            b = _dt.date.fromisoformat(member.birth_date)
            end0 = max(first - month_index(b), t0)
            return cls(member, t0, end0, b.year, first)
        return cls(member, t0, t0, (first - t0) // 12, first)

    def months_old(self, m: int) -> int:
        return self.t0 if m == 0 else self.end0 + m

    def month_reaching(self, years: int) -> int | None:
        """The first month m ≥ 1 at whose end the member is `years` old (None: already)."""
        if self.t0 >= 12 * years:
            return None
        return max(1, 12 * years - self.end0)

    def _offset(self, year: int, month: int) -> int:
        return year * 12 + month - 1 - self.first

    @property
    def school_start(self) -> int | None:
        """The month (offset) school starts, for a child in kindergarten; None when not ahead."""
        m = self._offset(self.birth_year + SCHOOL_AGE, AUGUST)
        return m if self.member.kindergarten and m >= 1 else None

    @property
    def sfo_end(self) -> int | None:
        """The month (offset) SFO ends, for a child in SFO or going there; None when not ahead."""
        m = self._offset(self.birth_year + SCHOOL_AGE + SFO_YEARS, AUGUST)
        goes = self.member.after_school or self.school_start is not None
        return m if goes and m >= 1 else None

    def at(self, m: int) -> Member:
        """The member as at the end of month m (the member itself for month 0)."""
        if m == 0:
            return self.member
        total = self.months_old(m)
        school, sfo_end = self.school_start, self.sfo_end
        kindergarten = self.member.kindergarten and not (school is not None and school <= m)
        after_school = (self.member.after_school or (school is not None and school <= m)) and not (
            sfo_end is not None and sfo_end <= m)
        return _copied(self.member, birth_date="", age_years=total // 12, age_months=total % 12,
                       kindergarten=kindergarten, after_school=after_school)

    @property
    def is_child(self) -> bool:
        return self.member.is_child or self.t0 < 12 * CHILD_BENEFIT_AGE


def people(case: Case) -> list[Person]:
    return [Person.of(m, case.assessment_date) for m in case.members]


def case_in_month(case: Case, m: int, persons: list[Person] | None = None) -> Case:
    """The case as it stands at the end of month m: the members aged, the
    lines running that month. The date, and with it every rate, stays."""
    if m == 0:
        return dated_view(case, month_index(case.assessment_date))
    persons = persons if persons is not None else people(case)
    view = dated_view(case, month_index(case.assessment_date) + m)
    return _copied(view, members=[p.at(m) for p in persons])


def _copied(obj: Case | Member, **changes):
    """`dataclasses.replace(obj, **changes)` for a Case or a Member, as a
    shallow copy: neither has a ``__post_init__`` or a field outside
    ``__init__``, so replace's call of ``__init__`` over every field gives the
    same object, at several times the cost of a month's copy (and copy.copy's
    at twice, issue 23)."""
    out = object.__new__(type(obj))
    out.__dict__.update(obj.__dict__)
    out.__dict__.update(changes)
    return out


def _whole(value) -> int | None:
    """A band limit as whole years or months (a data pack may hold 5.0, or worse: then None)."""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return int(f) if math.isfinite(f) and abs(f) < 10_000 else None


def _age_limits(case: Case) -> tuple[int, ...]:
    """Every age at which a band of the case's SIFO year, or another rate, changes."""
    return data.derived(data.sifo(case.living.sifo_year), "timeline.age_limits", _table_age_limits)


def _table_age_limits(table: dict) -> tuple[int, ...]:
    limits = set(OTHER_AGE_LIMITS)
    for bands in table["categories"].values():
        for band in bands:
            lo, hi = _whole(band.get("age_min")), _whole(band.get("age_max"))
            limits.update(x for x in (lo, None if hi is None else hi + 1) if x is not None)
    return tuple(sorted(limits))


def _month_limits(case: Case) -> tuple[int, ...]:
    """Ages in completed months where an infant's band changes (SIFO 2026: food 0–5 and 6–11 months)."""
    return data.derived(data.sifo(case.living.sifo_year), "timeline.month_limits", _table_month_limits)


def _table_month_limits(table: dict) -> tuple[int, ...]:
    limits: set[int] = set()
    for bands in table["categories"].values():
        for band in bands:
            years, lo, hi = _whole(band.get("age_min")), _whole(band.get("months_min")), _whole(band.get("months_max"))
            if years is not None and lo is not None and hi is not None:
                limits.update((12 * years + lo, 12 * years + hi + 1))
    return tuple(sorted(limits))


def change_months(case: Case, persons: list[Person], months: int) -> list[int]:
    """The months (1 ≤ m < months) in which the household's budget can
    change: an age limit reached, school or SFO, a dated line starting or
    ending. Between them it stands still, so it is priced only there
    (tests/core/test_timeline.py checks this against pricing every month)."""
    out: set[int] = set()
    limits, month_limits = _age_limits(case), _month_limits(case)  # the case's, read once for all its members
    for p in persons:
        for years in limits:
            m = p.month_reaching(years)
            if m is not None:
                out.add(m)
        for total in month_limits:
            if p.t0 < total:
                out.add(max(1, total - p.end0))
        out.update(m for m in (p.school_start, p.sfo_end) if m is not None)
    first = month_index(case.assessment_date)
    lines: list[Income | Debt] = [*case.incomes, *case.debts]
    for line in lines:
        if line.start:
            out.add(_month(line.start) - first)
        if line.end:
            out.add(_month(line.end) + 1 - first)
    return sorted(m for m in out if 1 <= m < months)


# --- the household of a month --------------------------------------------------------------

@record(frozen=True)
class HouseholdMonth:
    """One month's budget before the startlån (kr per month)."""

    income: float  # net income
    living: float  # living costs as the budget counts them (the NAV floor applied)
    household: stress.Household  # base = income − living − housing costs; the other debts

    @cached_property
    def bank(self) -> tuple[float, float, float]:
        """The bank loan's (payment, interest over a year, deduction) at its rate today."""
        hh = self.household
        if hh.bank is None:
            return 0.0, 0.0, 0.0
        pay, interest = hh.bank_figures(hh.bank.rate_pct)
        return pay, interest, hh.deduction(interest)

    def before_loan(self, gone: tuple[int, ...]) -> float:
        """What is left before the startlån and its deduction: base − other debts − bank payment + its deduction."""
        pay, _, ded = self.bank
        return self.household.base - self.household.others(0.0, gone) - pay + ded


class Budgeter(Protocol):
    """What the budget lends the timeline (core/budget.py implements it)."""

    def household(self, case: Case) -> HouseholdMonth: ...

    def income_label(self, inc: Income) -> str: ...

    def debt_label(self, d: Debt) -> str: ...


def households(case: Case, month0: HouseholdMonth, budgeter: Budgeter, months: int,
               every_month: bool = False) -> list[HouseholdMonth]:
    """The household of each month, priced at the change months only (every
    month with `every_month`, the slow reference the tests compare with)."""
    persons = people(case)
    changes = range(1, months) if every_month else change_months(case, persons, months)
    priced = {0: month0}
    for m in changes:
        priced[m] = budgeter.household(case_in_month(case, m, persons))
    out, current = [], month0
    for m in range(months):
        current = priced.get(m, current)
        out.append(current)
    return out


# --- events ----------------------------------------------------------------------------------

EVENT_KINDS = ("child_18", "child_benefit_ends", "school_start", "sfo_ends", "age", "line_starts", "line_ends",
               "debt_repaid", "interest_only_ends", "fixed_ends", "loan_repaid")


@record(frozen=True)
class Event:
    month: int  # 0-based month of the timeline: the first month with the change
    kind: str  # one of EVENT_KINDS
    text: str  # a clause: "Sara fyller 18 år"
    date: _dt.date  # the first day of that month

    @property
    def title(self) -> str:
        return self.text[:1].upper() + self.text[1:]


def _name(p: Person, i: int) -> str:
    return p.member.name or tr("barn {n}").format(n=i + 1)


def household_events(case: Case, budgeter: Budgeter, months: int) -> list[Event]:
    """What happens to the household in the first `months` months, by month."""
    first = month_index(case.assessment_date)
    raw: list[tuple[int, str, str]] = []
    auto_benefit = case.auto_child_benefit and not any(i.kind == "child_benefit" for i in case.incomes)
    for i, p in enumerate(people(case)):
        if not p.is_child:
            continue
        name = _name(p, i)
        m18 = p.month_reaching(CHILD_BENEFIT_AGE)
        if m18 is not None:
            raw.append((m18, "child_18", tr("{name} fyller 18 år").format(name=name)))
            if auto_benefit:
                raw.append((m18, "child_benefit_ends", tr("barnetrygden for {name} faller bort").format(name=name)))
        if p.school_start is not None:
            raw.append((p.school_start, "school_start", tr("{name} begynner på skolen og i SFO").format(name=name)))
        if p.sfo_end is not None:
            raw.append((p.sfo_end, "sfo_ends", tr("{name} er ferdig med SFO").format(name=name)))
    for inc in case.incomes:
        label = budgeter.income_label(inc)
        if inc.start:
            raw.append((_month(inc.start) - first, "line_starts", tr("«{line}» begynner").format(line=label)))
        if inc.end:
            raw.append((_month(inc.end) + 1 - first, "line_ends", tr("«{line}» faller bort").format(line=label)))
    for d in case.debts:
        label = budgeter.debt_label(d)
        ends = [m for m in (_month(d.end) + 1 - first if d.end else None,
                            scenario.debt_months_left(d) if d.kind not in scenario.OPEN_ENDED
                            and d.remaining_years > 0 else None) if m is not None]
        if d.start:
            raw.append((_month(d.start) - first, "line_starts", tr("«{line}» begynner å løpe").format(line=label)))
        if ends:
            raw.append((min(ends), "debt_repaid", tr("«{line}» er nedbetalt").format(line=label)))
    return _events(raw, first, months)


def age_events(case: Case, months_hh: list[HouseholdMonth]) -> list[Event]:
    """A birthday that moves the living costs (a new SIFO band or NAV rate):
    "Adam fyller 7 år", in the months where the living costs changed."""
    first = month_index(case.assessment_date)
    limits = _age_limits(case)
    raw = []
    for i, p in enumerate(people(case)):
        for years in limits:
            m = p.month_reaching(years)
            if m is None or m >= len(months_hh) or years == CHILD_BENEFIT_AGE and p.is_child:
                continue
            if abs(months_hh[m].living - months_hh[m - 1].living) > 0.005:
                raw.append((m, "age", tr("{name} fyller {years} år").format(name=_name(p, i), years=years)))
    return _events(raw, first, len(months_hh))


def _events(raw: list[tuple[int, str, str]], first: int, months: int) -> list[Event]:
    return sorted((Event(m, kind, text, month_start(first + m)) for m, kind, text in raw if 1 <= m < months),
                  key=lambda e: e.month)


def loan_events(case: Case, sr, months: int) -> list[Event]:
    """The scenario's own turns: interest-only ends, the fixed rate ends, the loan is repaid."""
    spec = sr.spec
    first = month_index(case.assessment_date)
    raw = []
    if spec.interest_only_months:
        raw.append((spec.interest_only_months, "interest_only_ends", tr("avdragsfriheten slutter")))
    if spec.fixed_months and spec.fixed_months < spec.term_months:
        raw.append((spec.fixed_months, "fixed_ends", tr("bindingstiden slutter")))
    if spec.term_months < months:
        raw.append((spec.term_months, "loan_repaid", tr("startlånet er nedbetalt")))
    return _events(raw, first, months)


# --- the scenarios ---------------------------------------------------------------------------

def loan_months(schedule, months: int) -> tuple[list[float], list[float]]:
    """Per month: the startlån's payment (monthly equivalent, fees included)
    and the interest of the twelve months from it, read from the payment plan.

    The term covering month m is m // months_per_term. A trial loan's last
    term carries the balance it leaves (the balloon, refinanced, not paid
    from the budget): that part is left out.
    """
    spec = schedule.spec
    tpy, per_term, n = spec.terms_per_year, spec.months_per_term, len(schedule.interest)
    terms = min(n, -(-months // per_term))  # the terms the months touch
    # term by term in comprehensions, then spread over the months: the loop per month was a
    # third of a scenario's timeline (issue 23); each sum is the same, in the same order
    prefix = list(accumulate(schedule.interest[:months // per_term + tpy + 1], initial=0.0))
    fee = spec.term_fee
    total = [i + p + fee for i, p in zip(schedule.interest[:terms], schedule.principal[:terms])]
    if terms == n and n and schedule.balloon:
        total[-1] -= schedule.balloon
    scale = tpy / 12
    pay = [p * scale for p in total]
    ends = prefix[tpy:tpy + terms]  # the sum up to twelve months on: prefix[min(k + tpy, n)]
    if len(ends) < terms:  # the plan ends within a year of the last months: their sums run to its end
        ends += [prefix[n]] * (terms - len(ends))
    interest = [end - start for end, start in zip(ends, prefix)]
    if per_term > 1:
        pay = [x for x in pay for _ in range(per_term)][:months]
        interest = [x for x in interest for _ in range(per_term)][:months]
    rest = [0.0] * (months - len(pay))  # the months after the last term
    return pay + rest, interest + rest


@record
class Lowest:
    """The tightest month of a scenario."""

    month: int
    date: _dt.date
    residual: float
    causes: list[Event] = field(default_factory=list)  # the turns that brought it about
    since: int | None = None  # the month of those turns: the largest fall up to the tightest month

    @property
    def because(self) -> str:
        """The causes as one clause: "Sara fyller 18 år og barnetrygden for Sara faller bort"."""
        texts = [e.text for e in self.causes]
        if len(texts) <= 1:
            return "".join(texts)
        return tr("{items} og {last}").format(items=", ".join(texts[:-1]), last=texts[-1])

    @property
    def text(self) -> str:
        """"Trangest i 2031: −1 240 kr i måneden når Sara fyller 18 år og barnetrygden faller bort"."""
        amount = fmt_kr(self.residual)
        if self.month == 0:
            return tr("Trangest allerede nå: {amount} i måneden.").format(amount=amount)
        if self.causes and self.since == self.month:
            return tr("Trangest i {year}: {amount} i måneden når {causes} ({month}).").format(
                year=self.date.year, amount=amount, causes=self.because, month=fmt_month(self.date))
        if self.causes:
            return tr("Trangest i {year}: {amount} i måneden ({month}). Størst fall i {since}: {causes}.").format(
                year=self.date.year, amount=amount, month=fmt_month(self.date),
                since=fmt_month(self.causes[0].date), causes=self.because)
        return tr("Trangest i {year}: {amount} i måneden ({month}).").format(
            year=self.date.year, amount=amount, month=fmt_month(self.date))


@record
class ScenarioTimeline:
    index: int
    label: str
    payment: list[float]  # the startlån's payment per month, fees included
    residual: list[float]  # what is left over the living-cost norm, per month
    events: list[Event]  # the scenario's own (the household's are on the Timeline)
    lowest: Lowest


@record
class YearRow:
    year: int
    first_month: int
    months: int  # months of the timeline in this calendar year
    lowest: list[float]  # per scenario: the tightest month's residual in the year
    average: list[float]


@record
class Timeline:
    start: _dt.date  # the first day of the assessment month (month 0)
    months: int
    income: list[float]  # per month: net income
    living: list[float]  # living costs counted
    other_costs: list[float]  # other fixed costs (debts), the startlån and the bank loan aside
    events: list[Event]  # the household's
    scenarios: list[ScenarioTimeline]
    notes: list[str] = field(default_factory=list)  # what the timeline cannot know by itself

    def date_of(self, m: int) -> _dt.date:
        return month_start(month_index(self.start) + m)

    def all_events(self, index: int) -> list[Event]:
        """The household's events and scenario `index`'s, by month."""
        return sorted(self.events + self.scenarios[index].events, key=lambda e: e.month)

    def years(self) -> list[YearRow]:
        """Per calendar year: each scenario's tightest month and its average."""
        rows: dict[int, list[int]] = {}
        for m in range(self.months):
            rows.setdefault(self.date_of(m).year, []).append(m)
        return [YearRow(year, ms[0], len(ms), [min(st.residual[m] for m in ms) for st in self.scenarios],
                        [math.fsum(st.residual[m] for m in ms) / len(ms) for st in self.scenarios])
                for year, ms in rows.items()]


BASIS = QT_TR_NOOP("Regnet måned for måned i dagens kroner: satser, normer, skatteregler og renter som på saksdatoen, "
         "uten prisstigning eller renteendring; bare barnas alder, datoene på inntekter og utgifter og "
         "lånets egne faser (avdragsfrihet, bindingstid) endrer seg.")


def basis_text() -> str:
    """What the timeline assumes, in one sentence (shown with every timeline)."""
    return tr(BASIS)


def notes(case: Case, budgeter: Budgeter, months: int) -> list[str]:
    """Lines the timeline keeps as typed although they would end: child benefit
    typed by hand, extended child benefit and cash-for-care without an end
    date; and a pregnancy (kept for the whole period, the baby not added)."""
    first = month_index(case.assessment_date)
    persons = people(case)
    out = []
    reaching = [(p.month_reaching(CHILD_BENEFIT_AGE), _name(p, i)) for i, p in enumerate(persons) if p.is_child]
    turning = [(m, name) for m, name in reaching if m is not None and m < months]
    for inc in case.incomes:
        if inc.end:
            continue
        label = budgeter.income_label(inc)
        if inc.kind == "child_benefit" and turning:
            m, name = turning[0]
            out.append(tr("«{line}» er ført uten sluttdato, så den faller ikke bort når {name} fyller 18 år ({month}). "
                          "Gi linjen en sluttdato, eller la programmet regne barnetrygden.").format(
                line=label, name=name, month=fmt_month(month_start(first + m))))
        elif inc.kind == "extended_child_benefit":
            reach = [p.month_reaching(CHILD_BENEFIT_AGE) for p in persons if p.is_child]
            ends = [m for m in reach if m is not None and m < months]
            if reach and len(ends) == len(reach):
                out.append(tr("«{line}» har ingen sluttdato; utvidet barnetrygd gis til det yngste barnet fyller 18 år "
                              "({month}).").format(line=label, month=fmt_month(month_start(first + max(ends)))))
        elif inc.kind == "cash_for_care":
            out.append(tr("«{line}» har ingen sluttdato; kontantstøtte gis bare til barnet er 20 måneder.").format(
                line=label))
    for i, p in enumerate(persons):
        if p.member.pregnant:
            out.append(tr("{name} er gravid: tidslinjen regner med svangerskapet hele perioden og tar ikke med barnet "
                          "som kommer. Legg barnet inn når det er født.").format(
                name=p.member.name or tr("Person {n}").format(n=i + 1)))
    return out


def _lowest(residual: list[float], events: list[Event], start: _dt.date) -> Lowest:
    """The tightest month (the first on a tie) and the turns behind it: those
    of the month with events, at or before it, where the residual fell the most."""
    low = min(range(len(residual)), key=lambda m: (residual[m], m))
    first = month_index(start)
    drops = [(residual[m - 1] - residual[m], m) for m in {e.month for e in events if e.month <= low}]
    drops = [(d, m) for d, m in drops if d > DROP_KR]
    if not drops:
        return Lowest(low, month_start(first + low), residual[low])
    _, m = max(drops)  # the largest fall (the latest on a tie)
    return Lowest(low, month_start(first + low), residual[low], [e for e in events if e.month == m], m)


def _gone(case: Case, months: int) -> list[tuple[int, ...]]:
    """Per month: the other debts repaid by then (their remaining years run out)."""
    out: list[tuple[int, ...]] = []
    last: tuple[int, ...] | None = None
    current: tuple[int, ...] = ()
    for m in range(months):
        key = scenario.debts_repaid_by(case, m)
        if key != last:
            current, last = key, key
        out.append(current)
    return out


def _stretches(months_hh: list[HouseholdMonth], months: int) -> list[tuple[range, HouseholdMonth]]:
    """The first `months` months as runs of the same household: (months, household)."""
    out, start = [], 0
    while start < months:
        hm, end = months_hh[start], start + 1
        while end < months and months_hh[end] is hm:
            end += 1
        out.append((range(start, end), hm))
        start = end
    return out


def scenario_timeline(case: Case, sr, months_hh: list[HouseholdMonth], before: list[float],
                      household_ev: list[Event], months: int) -> ScenarioTimeline:
    """One scenario's residual per month:

    residual = base − other debts − bank payment + bank deduction
               − startlån payment + startlån deduction,

    the deduction min(k · (bank interest + startlån interest), cap)/12 less
    the bank's own, as in `stress.budget_at_rise` at no rise.
    """
    pay, interest = loan_months(sr.schedule, months)
    residual: list[float] = []
    for seg, hm in _stretches(months_hh, months):  # the household changes a few times only
        _, bank_int, bank_ded = hm.bank
        deductions = hm.household.deductions([bank_int + interest[m] for m in seg])
        residual += [before[m] - pay[m] + (ded - bank_ded) for m, ded in zip(seg, deductions)]
    events = loan_events(case, sr, months)
    start = month_start(month_index(case.assessment_date))
    return ScenarioTimeline(sr.index, sr.label, pay, residual, events,
                            _lowest(residual, household_ev + events, start))


def build(result, budgeter: Budgeter, months: int = HORIZON_MONTHS, every_month: bool = False) -> Timeline:
    """The timeline of a computed case (a `budget.CaseResult`): month 0 is its budget."""
    case = result.case
    hh0 = result.household
    month0 = HouseholdMonth(result.income_total, result.living.used, hh0)
    months_hh = households(case, month0, budgeter, months, every_month)
    gone = _gone(case, months)
    ev = sorted(household_events(case, budgeter, months) + age_events(case, months_hh), key=lambda e: e.month)
    before, other, memo = [], [], {}
    for hm, g in zip(months_hh, gone):  # the household changes a few times only: each pair priced once
        key = (id(hm), g)
        if key not in memo:
            memo[key] = (hm.before_loan(g), hm.household.others(0.0, g))
        before.append(memo[key][0])
        other.append(memo[key][1])
    scenarios = [scenario_timeline(case, sr, months_hh, before, ev, months) for sr in result.scenarios]
    return Timeline(month_start(month_index(case.assessment_date)), months,
                    [hm.income for hm in months_hh], [hm.living for hm in months_hh], other, ev, scenarios,
                    notes(case, budgeter, months))


def verdict_reason(low: Lowest) -> str:
    """Why a scenario is tight although month one holds: the shortfall ahead."""
    amount = fmt_kr(-low.residual)
    if low.causes and low.since == low.month:
        return tr("I {month} mangler {amount} hver måned når {causes} (dagens kroner og renter).").format(
            month=fmt_month(low.date), amount=amount, causes=low.because)
    if low.causes:
        return tr("I {month} mangler {amount} hver måned (dagens kroner og renter; størst fall i {since}: "
                  "{causes}).").format(month=fmt_month(low.date), amount=amount,
                                       since=fmt_month(low.causes[0].date), causes=low.because)
    return tr("I {month} mangler {amount} hver måned (dagens kroner og renter).").format(
        month=fmt_month(low.date), amount=amount)


def apply(result, budgeter: Budgeter, months: int = VERDICT_MONTHS) -> Timeline | None:
    """Let each scenario's verdict cover the first `months` months: a month
    that does not hold makes a scenario that holds today at most "Stramt",
    with the month and the cause; a shortfall the after-fixed test already
    names is not named twice. Sets `sr.lowest_ahead`; returns the timeline
    (None without scenarios: a follow-up case has no verdict to cover)."""
    if not result.scenarios:
        return None
    tl = build(result, budgeter, months)
    for sr, st in zip(result.scenarios, tl.scenarios):
        sr.lowest_ahead = st.lowest
        low = st.lowest
        if sr.verdict not in ("ok", "tight") or low.residual >= 0:
            continue
        after = sr.residual_after_fixed
        if after is not None and after < 0 and low.residual >= after - 0.5:
            continue
        if sr.verdict == "ok":
            sr.verdict = "tight"
            sr.reasons = [tr("Går opp med dagens rente.")] + sr.reasons
        sr.reasons = sr.reasons + [verdict_reason(low)]
    return tl
