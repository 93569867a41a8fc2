"""Break cost of a fixed rate (overkurs / underkurs): what it costs, or brings,
to repay or move a fixed-rate loan before the binding period ends.

Husbanken (husbanken.no/kunde-i-husbanken/overkurs-og-underkurs, finansavtale-
forskriften § 2-1) compares the agreed fixed rate with the rate it offers then
for the remaining binding period. The loss (or gain) is the present value of
the interest difference on the remaining balance over the remaining fixed
period, discounted at the new rate. Rates fell: the borrower pays (overkurs);
rates rose: the borrower gains (underkurs, paid towards the loan).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from . import loans
from .formatting import fmt_date, fmt_kr, fmt_kr_approx, fmt_number, fmt_rate
from .i18n import tr

YEARS = (1, 3, 5)  # "after 1, 3 and 5 years"
EXISTING_YEARS = (0, *YEARS)  # a running loan: also repaid or moved today
MOVES_PP = (-2.0, -1.0, 0.0, 1.0, 2.0)  # market rate for the remaining period, against the agreed rate


def break_cost(opening_balances: list[float], agreed_pct: float, new_pct: float, terms_per_year: int) -> float:
    """Present value of the interest difference over the remaining fixed terms.

    .. math::

        K = \\sum_{j=1}^{m} \\frac{(r_a - r_n)/n \\cdot B_{j-1}}{(1 + r_n/n)^j}

    with :math:`B_{j-1}` the scheduled balance at the start of remaining term
    *j*, :math:`r_a` the agreed and :math:`r_n` the new rate (per year) and
    *n* terms per year. *K* > 0 is overkurs (the borrower pays), *K* < 0
    underkurs (the borrower gains).

    Parameters
    ----------
    opening_balances : balance at the start of each remaining fixed term, kr
    agreed_pct, new_pct : nominal rates, % per year
    terms_per_year : 12, 4 or 2

    Examples
    --------
    One year left on 1 000 000 kr of interest-only debt at 5 %, market now 4 %:
    833,33 kr a month more than the market, for 12 months, discounted at 4 %:

    >>> round(break_cost([1_000_000.0] * 12, 5.0, 4.0, 12), 2)
    9786.66
    >>> round(break_cost([1_000_000.0] * 12, 5.0, 6.0, 12), 2)  # rates rose: a gain
    -9682.44
    """
    diff = (agreed_pct - new_pct) / 100 / terms_per_year
    v = 1.0 / (1.0 + new_pct / 100 / terms_per_year)
    return math.fsum(diff * b * v ** j for j, b in enumerate(opening_balances, start=1))


@dataclass(frozen=True)
class BreakCostCell:
    years: int  # repaid or moved after this many years
    move_pp: float
    new_rate_pct: float
    balance: float  # the fixed part's balance then
    remaining_months: int
    cost: float  # > 0 overkurs (pay), < 0 underkurs (gain)


@dataclass(frozen=True)
class BreakCostTable:
    """Break cost after 1, 3 and 5 years for market moves of −2 … +2 pp. A
    cell is None when the binding period is over by then (no break cost)."""

    label: str
    agreed_rate_pct: float
    fixed_years: int
    fixed_amount: float  # the part with a fixed rate (a split loan's fixed share)
    years: tuple[int, ...]
    moves_pp: tuple[float, ...]
    cells: dict  # (years, move_pp) -> BreakCostCell | None
    fixed_months: int = 0  # an existing loan's binding period left from the case date, in months
    fixed_until: str = ""  # an existing loan's end of the binding period (ISO)

    def cell(self, years: int, move_pp: float) -> BreakCostCell | None:
        return self.cells[(years, move_pp)]

    def title(self) -> str:
        """The table's heading: the scenario's, or the existing loan's with its binding period left."""
        if self.fixed_until:
            return tr("Over- og underkurs for det eksisterende lånet «{loan}»: restgjeld {amount}, fast rente {rate} "
                      "til {date} ({months} mnd igjen)").format(
                loan=self.label, amount=fmt_kr(self.fixed_amount), rate=fmt_rate(self.agreed_rate_pct),
                date=fmt_date(self.fixed_until), months=self.fixed_months)
        return tr("Over- og underkurs for «{scenario}»: {amount} med fast rente {rate} i {years} år").format(
            scenario=self.label, amount=fmt_kr(self.fixed_amount), rate=fmt_rate(self.agreed_rate_pct),
            years=self.fixed_years)

    def sentence(self) -> str:
        """Topic 1 of the explanation duty, with the case's own figures: a
        1 pp move at the first year the table has a figure for."""
        year = next((y for y in self.years if self.cells[(y, -1.0)] is not None), None)
        if year is None:
            return tr("Bindingstiden er kortere enn ett år, så det blir ikke over- eller underkurs å regne på.")
        down, up = self.cells[(year, -1.0)], self.cells[(year, 1.0)]
        if year == 0:  # an existing loan, repaid or moved today
            return tr("Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet nå, og renten for resten "
                      "av bindingstiden er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. Er den 1 "
                      "prosentpoeng høyere, får dere om lag {gain} i underkurs.").format(
                pay=fmt_kr_approx(down.cost), gain=fmt_kr_approx(-up.cost))
        return tr("Fast rente kan ikke sies opp gratis: innfrir eller flytter dere lånet etter {years} år, og renten "
                  "for resten av bindingstiden da er 1 prosentpoeng lavere, må dere betale om lag {pay} i overkurs. "
                  "Er den 1 prosentpoeng høyere, får dere om lag {gain} i underkurs.").format(
            years=year, pay=fmt_kr_approx(down.cost), gain=fmt_kr_approx(-up.cost))


def _opening_balances(sched: loans.Schedule, start: int, stop: int) -> list[float]:
    """Balance at the start of terms start .. stop-1 (0-based)."""
    amount = sched.spec.amount
    return [sched.balance[k - 1] if k else amount for k in range(start, stop)]


def table_for_schedule(sched: loans.Schedule, agreed_pct: float, fixed_years: int, label: str = "",
                       years: tuple[int, ...] = YEARS, moves_pp: tuple[float, ...] = MOVES_PP,
                       fixed_terms: int | None = None) -> BreakCostTable:
    """The break-cost table for a fixed-rate schedule (its first `fixed_years`,
    or `fixed_terms` terms, run at `agreed_pct`). The new rate is the agreed one
    plus the move, never below zero."""
    tpy = sched.spec.terms_per_year
    fixed_terms = min(fixed_years * tpy if fixed_terms is None else fixed_terms, len(sched.balance))
    cells: dict[tuple[int, float], BreakCostCell | None] = {}
    for y in years:
        start = y * tpy
        for move in moves_pp:
            if start >= fixed_terms:
                cells[(y, move)] = None
                continue
            new = max(agreed_pct + move, 0.0)
            opening = _opening_balances(sched, start, fixed_terms)
            cells[(y, move)] = BreakCostCell(y, move, new, opening[0], (fixed_terms - start) * 12 // tpy,
                                             break_cost(opening, agreed_pct, new, tpy))
    return BreakCostTable(label, agreed_pct, fixed_years, sched.spec.amount, tuple(years), tuple(moves_pp), cells)


def fixed_part_schedule(sr) -> loans.Schedule | None:
    """The schedule of a scenario's fixed-rate part: the whole loan for a fixed
    rate, the fixed share for a split loan (built as the budget builds it),
    None for a floating rate."""
    s = sr.scenario
    if s.rate_type == "fixed":
        return sr.schedule
    if s.rate_type != "split":
        return None
    spec = replace(sr.spec, amount=s.amount * s.fixed_share_pct / 100, rate_pct=s.nominal_rate_pct,
                   establishment_fee=0.0, term_fee=0.0)
    return loans.build_schedule(spec)


def scenario_table(sr) -> BreakCostTable | None:
    """The break-cost table of a budget scenario (ScenarioResult), or None when
    its rate is floating."""
    sched = fixed_part_schedule(sr)
    if sched is None:
        return None
    return table_for_schedule(sched, sr.scenario.nominal_rate_pct, sr.scenario.fixed_years, sr.label)


def legend() -> str:
    return tr("Kolonnene er endringen i markedsrenten for resten av bindingstiden. Positive beløp er overkurs "
              "(dere betaler), negative er underkurs (dere får, og beløpet går til nedbetaling av lånet). "
              "Beregnet som Husbanken gjør: nåverdien av renteforskjellen på restlånet ut bindingstiden.")


def move_label(move_pp: float) -> str:
    """`−2 pp`, `0 pp`, `+1 pp` for a column title."""
    sign = "+" if move_pp > 0 else ""
    return tr("{sign}{pp} pp").format(sign=sign, pp=fmt_number(move_pp))


def table_rows(t: BreakCostTable) -> tuple[list[str], list[list[str]]]:
    """The table as the screen, the PDF and the CLI show it: one row per year,
    one column per market move; positive figures are overkurs (to pay)."""
    header = [tr("Innfris etter")] + [move_label(m) for m in t.moves_pp]
    rows = []
    for y in t.years:
        cells = [t.cell(y, m) for m in t.moves_pp]
        rows.append([tr("nå") if y == 0 else tr("%n år", None, y)] + ["–" if c is None else fmt_kr(c.cost) for c in cells])
    return header, rows


def table_for_case(result, index: int) -> BreakCostTable | None:
    """The table to explain for a case: the chosen scenario's, or, when it
    floats, the case's first fixed-rate scenario's (so the choice can be
    explained); None when no scenario has a fixed rate."""
    if not result.scenarios:
        return None
    chosen = scenario_table(result.scenarios[index])
    if chosen is not None:
        return chosen
    return next((t for t in map(scenario_table, result.scenarios) if t is not None), None)
