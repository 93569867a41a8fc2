"""Every table's rows, defined once: the scenario comparison, the financing
plan, the relief options and the expiry list. A `Row` says what a line is
called, which figure it shows for one item (a scenario, a relief option, an
expiry), how that figure is written and which verdict it marks. The screen
(`ui/table_model.py`), the PDF and the CLI read these same rows, so they
never differ.

The rules every table shares live here too: a missing figure is written "–"
(`DASH`); a row that is "–" for every item is left out (`blank`, `rows_shown`);
a marked cell carries ✔ / ! / ✖ beside its figure (`MARKS`), so colour is never
the only signal; which mark a residual gets is `verdict_state` / `sign_state`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from .formatting import fmt_break_even_rate, fmt_date, fmt_kr, fmt_number, fmt_pct, fmt_rate, fmt_years
from .i18n import QT_TR_NOOP, tr
from .record import record

if TYPE_CHECKING:  # the rows only read these results; importing them here would load the budget for the CLI's tables
    from .budget import ScenarioResult

DASH = "–"  # a figure that does not apply: no fixed period, no relief months …
MARKS = {"ok": "✔", "tight": "!", "not_sustainable": "✖", "no_amount": "?"}
WARN_MARKS = {"not_sustainable": "⚠"}  # the expiry lists flag only a residual that turns negative
STATE_WORDS = {"ok": QT_TR_NOOP("går opp"), "tight": QT_TR_NOOP("stramt"),
               "not_sustainable": QT_TR_NOOP("går ikke opp")}


def verdict_state(sr: ScenarioResult, _value: Any = None) -> str | None:
    """The state of today's residual and of the verdict: the scenario's verdict,
    none while the scenario has no loan amount (nothing to mark green or red)."""
    return None if sr.verdict == "no_amount" else sr.verdict


def sign_state(_item: Any, value: float) -> str:
    """A residual at a stressed rate or after a relief: ✔ from 0 kr up, ✖ below."""
    return "ok" if value >= 0 else "not_sustainable"


def _scenario_sign_state(sr: ScenarioResult, value: float) -> str | None:
    return None if sr.verdict == "no_amount" else sign_state(sr, value)


def _negative_state(_item: Any, value: float) -> str | None:
    return "not_sustainable" if value < 0 else None


class Cell(NamedTuple):
    """One cell as every renderer shows it: the figure, and the state it marks.
    (A tuple: a table of them is made and compared on every keystroke.)"""

    text: str
    state: str | None = None
    mark: str = ""

    @property
    def shown(self) -> str:
        """The text on screen and on paper: the mark before the figure."""
        return f"{self.mark} {self.text}" if self.mark else self.text


@record(frozen=True, eq=False)
class Row:
    """One line of a table (one column of the expiry list).

    `value(item)` is the figure for one item: a number written by `format`, a
    word written as it is, or None, written "–" (`missing`). `state(item, value)` gives
    the verdict the cell marks ("ok", "tight", "not_sustainable") or None.
    `bold` sets the line in bold (the residuals, the totals); `numeric` aligns
    it right; `tip(item)` is a cell's tooltip, `sort(item)` its sort key when
    the figure's own value does not sort (the expiry lists)."""

    key: str
    source: str  # the bokmål label, marked for translation
    value: Callable[[Any], Any]
    format: Callable[[Any], str] = fmt_kr
    state: Callable[[Any, Any], str | None] | None = None
    bold: bool = False
    numeric: bool = True
    marks: Mapping[str, str] | None = None  # None: MARKS
    tip: Callable[[Any], str] | None = None
    sort: Callable[[Any], Any] | None = None
    missing: str = DASH  # how a missing figure is written (the portfolio's residual column leaves it empty)
    translate: bool = True  # False: `source` is a title already in the reader's language (text_columns)

    @property
    def label(self) -> str:
        return tr(self.source) if self.translate else self.source

    def text(self, item: Any) -> str:
        """The figure as written, without a mark (the CLI prints this)."""
        return self._write(self.value(item))

    def _write(self, value: Any) -> str:
        if value is None:
            return self.missing
        return value if isinstance(value, str) else self.format(value)

    def cell(self, item: Any) -> Cell:
        """The figure and its state; a missing figure ("–") is never marked."""
        value = self.value(item)
        text = self._write(value)
        if value is None or self.state is None:
            return Cell(text)
        state = self.state(item, value)
        return Cell(text, state, (self.marks or MARKS).get(state, "") if state else "")

    def sort_key(self, item: Any) -> Any:
        """What the expiry lists sort this column by: a number sorts as a
        number, a word as a word."""
        if self.sort is not None:
            return self.sort(item)
        value = self.value(item)
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else self.text(item).lower()


def blank(texts: Iterable[str]) -> bool:
    """The all-dash rule: a row that says "–" for every item is noise and is
    left out (hidden on screen, not printed in the PDF)."""
    return all(t == DASH for t in texts)


def text_columns(header: Sequence[str], numeric: Callable[[int], bool] = lambda c: c > 0,
                 tip: Callable[[int], Callable[[Any], str] | None] = lambda c: None) -> tuple[Row, ...]:
    """Row specs for a table the core already wrote as text (a header and
    lines of strings: goal-seek, forced sale, break cost, quarters, the log):
    column `c` shows each line's c-th string; `numeric(c)` aligns it right."""
    return tuple(Row(str(c), title, itemgetter(c), str, numeric=numeric(c), tip=tip(c), translate=False)
                 for c, title in enumerate(header))


def cells(rows: Sequence[Row], item: Any) -> list[str]:
    """One item's cells as shown (marks included), in the order of `rows`."""
    return [row.cell(item).shown for row in rows]


# --- the scenario comparison ---------------------------------------------------------------------

def _attr(name: str) -> Callable[[Any], Any]:
    return lambda r: getattr(r, name)


def _term(r: ScenarioResult) -> str:
    s = r.scenario
    text = fmt_years(s.term_years, s.term_extra_months)
    if r.spec.repayment == "trial10":  # ends after 10 years, whatever term was typed
        text = fmt_years(r.spec.term_months // 12)
    io = r.spec.interest_only_months
    if io:
        text += ", " + tr("{period} avdragsfri").format(period=fmt_years(io // 12, io % 12))
    return text


def _rate(r: ScenarioResult) -> str:
    s = r.scenario
    if s.rate_type == "fixed":
        return tr("{rate} fast {years} år").format(rate=fmt_rate(r.nominal_rate_pct), years=s.fixed_years)
    if s.rate_type == "split":
        return tr("{rate} delt ({share} % fast {years} år)").format(
            rate=fmt_rate(r.nominal_rate_pct), share=fmt_number(s.fixed_share_pct), years=s.fixed_years)
    return tr("{rate} flytende").format(rate=fmt_rate(r.nominal_rate_pct))


def _interest_only_payment(r: ScenarioResult) -> float | None:
    return r.first_payment if r.spec.interest_only_months else None


NO_LOAN = QT_TR_NOOP("kan ikke betjene startlån")


def _grant(r: ScenarioResult) -> str | None:
    if r.plan is None or not r.plan.price:
        return None
    if r.carries_no_loan:  # not a grant of the whole price beside a loan she cannot get
        return tr(NO_LOAN)
    return ("★ " if r.best_plan else "") + fmt_kr(r.plan.grant)


def _terms(r: ScenarioResult) -> str:
    return tr("⚑ utenfor vanlige") if r.notes else tr("innenfor")


def _break_even(r: ScenarioResult) -> str:
    if r.break_even_rate_pct is None:
        return tr("går ikke opp ved 0 %")
    if r.break_even_rate_pct >= 30:
        return tr("over 30 %")
    return fmt_break_even_rate(r.break_even_rate_pct)


REPAYMENT_LABELS = {"annuity": QT_TR_NOOP("Annuitet"), "serial": QT_TR_NOOP("Serie"),
                    "trial10": QT_TR_NOOP("Førstegangslån (10 år)")}


def _repayment(r: ScenarioResult) -> str:
    return tr(REPAYMENT_LABELS.get(r.spec.repayment, r.spec.repayment))


def _balance_year10(r: ScenarioResult) -> float | None:
    return None if r.year10 is None else r.year10.balance


def _share_year10(r: ScenarioResult) -> str | None:
    """The balance's share of the home's value today / after a 20 % fall."""
    t = r.year10
    if t is None or t.shares.get(0) is None:
        return None
    return f"{fmt_pct(100 * t.shares[0], 0)} ({fmt_pct(-20, 0)}: {fmt_pct(100 * t.shares[20], 0)})"


def _test_year10(r: ScenarioResult) -> str | None:
    if r.year10 is None:
        return None
    return tr("består") if r.year10.passes else tr("består ikke")


def _reasons(r: ScenarioResult) -> str:
    return " ".join(r.reasons)


def _residual(key: str, label: str, state=_scenario_sign_state, tip=None) -> Row:
    """A residual row: bold, marked ✔ / ! / ✖ by its state."""
    return Row(key, label, _attr(key), state=state, bold=True, tip=tip)


ROWS: tuple[Row, ...] = (
    Row("loan_amount", QT_TR_NOOP("Lånebeløp"), lambda r: r.spec.amount),
    Row("term", QT_TR_NOOP("Løpetid"), _term),
    Row("repayment", QT_TR_NOOP("Lånetype"), _repayment),
    Row("nominal_rate", QT_TR_NOOP("Nominell rente (inkl. påslag)"), _rate),
    Row("monthly_payment", QT_TR_NOOP("Terminbeløp per måned"), _attr("monthly_payment")),
    Row("interest_only_payment", QT_TR_NOOP("Terminbeløp i avdragsfri tid"), _interest_only_payment),
    Row("first_year_interest", QT_TR_NOOP("Renter første år"), _attr("first_year_interest")),
    Row("first_year_principal", QT_TR_NOOP("Avdrag første år"), _attr("first_year_principal")),
    Row("total_interest", QT_TR_NOOP("Sum renter"), _attr("total_interest")),
    Row("total_paid", QT_TR_NOOP("Sum innbetalt (inkl. gebyrer)"), _attr("total_paid")),
    Row("effective_rate", QT_TR_NOOP("Effektiv rente"), _attr("effective_rate_pct"), fmt_pct),
    Row("interest_deduction", QT_TR_NOOP("Rentefradrag per måned"), _attr("interest_deduction")),
    Row("housing_cost_new", QT_TR_NOOP("Boutgifter i ny bolig per måned"), _attr("housing_cost_new")),
    Row("left_for_living", QT_TR_NOOP("Igjen til livsopphold"), _attr("left_for_living")),
    _residual("residual", QT_TR_NOOP("Restbeløp per måned"), verdict_state, _reasons),
    Row("stress_rate", QT_TR_NOOP("Stresstestrente"), _attr("stress_rate_pct"), fmt_rate),
    _residual("residual_stressed", QT_TR_NOOP("Restbeløp ved stresstest")),
    Row("payment_after_fixed", QT_TR_NOOP("Terminbeløp etter bindingstid"), _attr("payment_after_fixed")),
    _residual("residual_after_fixed", QT_TR_NOOP("Restbeløp etter bindingstid")),
    Row("break_even_rate", QT_TR_NOOP("Rente der budsjettet ikke går opp"), _break_even),
    Row("max_loan", QT_TR_NOOP("Største lån (stresstest)"), _attr("max_loan")),
    Row("max_loan_today", QT_TR_NOOP("Største lån (dagens rente)"), _attr("max_loan_today")),
    Row("grant_needed", QT_TR_NOOP("Tilskudd som trengs"), _grant),
    Row("usual_terms", QT_TR_NOOP("Kommunens vanlige vilkår"), _terms),
    Row("balance_year10", QT_TR_NOOP("Restgjeld etter 10 år"), _balance_year10),
    Row("share_year10", QT_TR_NOOP("Andel av verdi år 10"), _share_year10),
    Row("test_year10", QT_TR_NOOP("Bankenes krav etter 10 år"), _test_year10),
    Row("verdict", QT_TR_NOOP("Vurdering"), lambda r: r.verdict_label, state=verdict_state, bold=True, tip=_reasons),
)


TRIAL_ROW_KEYS = ("balance_year10", "share_year10", "test_year10")


def rows_shown(scenarios, only_trial: bool = False, rows: Sequence[Row] = ROWS) -> list[Row]:
    """The rows with a figure for some scenario (`blank`: the screen and the
    PDF). `only_trial`: drop only the trial loan's rows when no scenario is
    one (the CLI keeps every other row)."""
    return [row for row in rows
            if not ((row.key in TRIAL_ROW_KEYS or not only_trial) and blank(row.text(sr) for sr in scenarios))]


# --- the financing plan ------------------------------------------------------------------------

def _plan(attr: str) -> Callable[[ScenarioResult], Any]:
    def value(r: ScenarioResult) -> Any:
        if r.carries_no_loan:  # no grant figure: the plan cannot be made with this budget
            if attr == "grant":
                return tr(NO_LOAN)
            if attr == "total_sources":
                return None
        return getattr(r.plan, attr)
    return value


CAP_REASONS = {"need": QT_TR_NOOP("behovet"), "carry": QT_TR_NOOP("betjeningsevnen"),
               "value": QT_TR_NOOP("kommunens tak (kjøpesum og kjøpskostnader)")}
CAP_LABEL = QT_TR_NOOP("Startlånet begrenses av")


def _plan_row(key: str, label: str, attr: str | None = None, bold: bool = False) -> Row:
    return Row(key, label, _plan(attr or key), bold=bold)


PLAN_ROWS: tuple[Row, ...] = (
    _plan_row("price", QT_TR_NOOP("Kjøpesum")), _plan_row("common_debt", QT_TR_NOOP("Andel fellesgjeld")),
    _plan_row("document_fee", QT_TR_NOOP("Dokumentavgift")),
    _plan_row("registration_fees", QT_TR_NOOP("Tinglysing")),
    _plan_row("other_costs", QT_TR_NOOP("Andre kjøpskostnader")),
    _plan_row("total_cost", QT_TR_NOOP("= Totalkostnad"), bold=True),
    _plan_row("equity", QT_TR_NOOP("Egenkapital")), _plan_row("bank_loan", QT_TR_NOOP("Banklån")),
    _plan_row("common_debt_taken", QT_TR_NOOP("Fellesgjeld som overtas"), "common_debt"),
    _plan_row("startlan", QT_TR_NOOP("Startlån")),
    _plan_row("grant", QT_TR_NOOP("Tilskudd"), bold=True),
    _plan_row("total_sources", QT_TR_NOOP("= Sum finansiering"), bold=True),
)
CAP_ROW = Row("cap", CAP_LABEL, lambda r: tr(CAP_REASONS[r.plan.startlan_cap_reason]))
PLAN_TABLE: tuple[Row, ...] = (*PLAN_ROWS, CAP_ROW)  # the plan as the screen and the PDF show it


def plan_cells(r: ScenarioResult) -> list[str]:
    """The financing plan's figures for one scenario, in PLAN_ROWS order."""
    return [row.text(r) for row in PLAN_ROWS]


def schedule_headers(yearly: bool) -> list[str]:
    """Column titles of a payment plan (Schedule.rows), per term or per year."""
    return [tr("År") if yearly else tr("Termin"), tr("Renter"), tr("Avdrag"), tr("Gebyr"), tr("Terminbeløp"),
            tr("Restgjeld")]


# --- the relief options of a follow-up case ------------------------------------------------------

def _during(attr: str) -> Callable[[Any], Any]:
    """A figure of the relief period: none when the option has no relief months."""
    return lambda r: getattr(r, attr) if r.relief_months else None


def _weakest(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A figure of the weakest phase: none while the payment never changes."""
    return lambda r: fn(r.weakest) if len(r.phases) > 1 else None


RELIEF_ROWS: tuple[Row, ...] = (
    Row("payment_during", QT_TR_NOOP("Terminbeløp i lettelsen"), _during("payment_during")),
    Row("relief_months", QT_TR_NOOP("Måneder med lettelse"), _during("relief_months"), str),
    Row("back_to_ordinary", QT_TR_NOOP("Ordinært terminbeløp fra"), _attr("back_to_ordinary"), fmt_date),
    Row("payment_after", QT_TR_NOOP("Terminbeløp etterpå"), _attr("payment_after")),
    Row("payment_after_expiry", QT_TR_NOOP("Terminbeløp etter bindingstiden"), _attr("payment_after_expiry")),
    Row("residual_during", QT_TR_NOOP("Restbeløp i lettelsen"), _during("residual_during"), state=sign_state),
    Row("residual_after", QT_TR_NOOP("Restbeløp etterpå"), _attr("residual_after"), state=sign_state),
    Row("residual_stressed", QT_TR_NOOP("Restbeløp ved stresstest"), _attr("residual_stressed"), state=sign_state),
    Row("weakest_start", QT_TR_NOOP("Svakeste fase fra"), _weakest(lambda ph: ph.start), fmt_date),
    Row("weakest_residual", QT_TR_NOOP("Restbeløp i svakeste fase"), _weakest(lambda ph: ph.residual),
        state=sign_state),
    Row("total_interest", QT_TR_NOOP("Sum renter resten av løpetiden"), _attr("total_interest")),
    Row("extra_interest", QT_TR_NOOP("Ekstra renter mot ingen endring"), _attr("extra_interest")),
    Row("ends", QT_TR_NOOP("Nedbetalt"), _attr("ends"), fmt_date),
)


# --- the expiry list over a folder of case files (core.expiries.ExpiryRow) -----------------------

def _expiry(attr: str) -> Callable[[Any], Any]:
    return lambda r: getattr(r.expiry, attr)


EXPIRY_COLUMNS: tuple[Row, ...] = (
    Row("reference", QT_TR_NOOP("Saksnr."), lambda r: r.reference or None, numeric=False),
    Row("file", QT_TR_NOOP("Fil"), _attr("file"), numeric=False),
    Row("fixed_until", QT_TR_NOOP("Binding til"), _expiry("fixed_until"), fmt_date,
        sort=lambda r: r.expiry.fixed_until.toordinal()),
    Row("months_left", QT_TR_NOOP("Mnd igjen"), _expiry("months_left"), str),
    Row("payment_now", QT_TR_NOOP("Terminbeløp nå"), _expiry("payment_now")),
    Row("payment_after", QT_TR_NOOP("Etter"), _expiry("payment_after")),
    Row("jump", QT_TR_NOOP("Økning"), _expiry("jump")),
    Row("residual_after", QT_TR_NOOP("Restbeløp etter"), _expiry("residual_after"), state=_negative_state,
        marks=WARN_MARKS),
)


# --- the portfolio's expiry list (core.portfolio.ExpiryItem) -------------------------------------

def _per_term(attr: str) -> Callable[[Any], str]:
    """A payment per term: marked * when the loan is paid quarterly or half-yearly."""
    return lambda e: fmt_kr(getattr(e, attr)) + ("" if e.loan.terms_per_year == 12 else " *")


def _per_term_tip(e: Any) -> str:
    if e.loan.terms_per_year == 12:
        return ""
    return tr("Terminbeløp per termin ({n} terminer per år)").format(n=e.loan.terms_per_year)


def _per_term_row(key: str, label: str) -> Row:
    return Row(key, label, _per_term(key), tip=_per_term_tip, sort=_attr(key))


PORTFOLIO_COLUMNS: tuple[Row, ...] = (
    Row("number", QT_TR_NOOP("Lånenr."), lambda e: e.loan.number, numeric=False),
    Row("name", QT_TR_NOOP("Låntaker"), lambda e: e.loan.name, numeric=False),
    Row("fixed_until", QT_TR_NOOP("Binding til"), lambda e: e.loan.fixed_until, fmt_date,
        sort=lambda e: e.loan.fixed_until.toordinal()),
    Row("months_left", QT_TR_NOOP("Mnd igjen"), lambda e: tr("gått ut") if e.ended else str(e.months_left),
        sort=_attr("months_left")),
    Row("balance", QT_TR_NOOP("Restgjeld"), lambda e: e.loan.balance, sort=lambda e: e.loan.balance),
    _per_term_row("payment_now", QT_TR_NOOP("Terminbeløp nå")),
    _per_term_row("payment_after", QT_TR_NOOP("Etter")),
    _per_term_row("jump", QT_TR_NOOP("Økning")),
    Row("jump_pct", QT_TR_NOOP("Økning %"), _attr("jump_pct"), lambda v: fmt_pct(v, 1)),
    Row("residual_after", QT_TR_NOOP("Restbeløp etter (sak)"), _attr("residual_after"), state=_negative_state,
        marks=WARN_MARKS, missing="", sort=lambda e: float("inf") if e.residual_after is None else e.residual_after),
)
PER_TERM_NOTE = QT_TR_NOOP("* terminbeløp per kvartal eller halvår.")
CONTACT_LABEL = QT_TR_NOOP("Sist kontakt")


def contact_row(text: Callable[[Any], str]) -> Row:
    """The expiry list's last column: the last contact with the borrower, as
    `text(item)` reads it from the follow-up log (the window's and the CLI's)."""
    return Row("contact", CONTACT_LABEL, text, numeric=False)
