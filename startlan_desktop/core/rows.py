"""The scenario comparison's rows, defined once: the screen, the PDF and the
CLI all show these labels and these formatted values, so they never differ."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .budget import ScenarioResult
from .formatting import fmt_kr, fmt_number, fmt_pct, fmt_rate, fmt_years
from .i18n import QT_TR_NOOP, tr


@dataclass(frozen=True)
class Row:
    key: str
    source: str  # the bokmål label, marked for translation
    text: Callable[[ScenarioResult], str]
    residual: bool = False  # coloured and marked by verdict

    @property
    def label(self) -> str:
        return tr(self.source)


def _kr(attr: str) -> Callable[[ScenarioResult], str]:
    return lambda r: fmt_kr(getattr(r, attr))


def _opt_kr(attr: str) -> Callable[[ScenarioResult], str]:
    return lambda r: "–" if getattr(r, attr) is None else fmt_kr(getattr(r, attr))


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


def _interest_only_payment(r: ScenarioResult) -> str:
    return fmt_kr(r.first_payment) if r.spec.interest_only_months else "–"


def _grant(r: ScenarioResult) -> str:
    if r.plan is None or not r.plan.price:
        return "–"
    if r.carries_no_loan:  # not a grant of the whole price beside a loan she cannot get
        return tr(NO_LOAN)
    return ("★ " if r.best_plan else "") + fmt_kr(r.plan.grant)


NO_LOAN = QT_TR_NOOP("kan ikke betjene startlån")


PLAN_ROWS: tuple[tuple[str, str], ...] = (
    ("price", QT_TR_NOOP("Kjøpesum")), ("common_debt", QT_TR_NOOP("Andel fellesgjeld")),
    ("document_fee", QT_TR_NOOP("Dokumentavgift")), ("registration_fees", QT_TR_NOOP("Tinglysing")),
    ("other_costs", QT_TR_NOOP("Andre kjøpskostnader")), ("total_cost", QT_TR_NOOP("= Totalkostnad")),
    ("equity", QT_TR_NOOP("Egenkapital")), ("bank_loan", QT_TR_NOOP("Banklån")),
    ("common_debt", QT_TR_NOOP("Fellesgjeld som overtas")), ("startlan", QT_TR_NOOP("Startlån")),
    ("grant", QT_TR_NOOP("Tilskudd")), ("total_sources", QT_TR_NOOP("= Sum finansiering")),
)
CAP_REASONS = {"need": QT_TR_NOOP("behovet"), "carry": QT_TR_NOOP("betjeningsevnen"),
               "value": QT_TR_NOOP("kommunens tak (kjøpesum og kjøpskostnader)")}
CAP_LABEL = QT_TR_NOOP("Startlånet begrenses av")
PLAN_EMPHASIS = ("total_cost", "total_sources", "grant")  # PLAN_ROWS keys set in bold


def plan_cells(r: ScenarioResult) -> list[str]:
    """The financing plan's figures for one scenario, in PLAN_ROWS order."""
    p = r.plan
    if r.carries_no_loan:  # no grant figure: the plan cannot be made with this budget
        return [tr(NO_LOAN) if key == "grant" else "–" if key == "total_sources" else fmt_kr(getattr(p, key))
                for key, _ in PLAN_ROWS]
    return [fmt_kr(getattr(p, key)) for key, _ in PLAN_ROWS]


def _terms(r: ScenarioResult) -> str:
    return tr("⚑ utenfor vanlige") if r.notes else tr("innenfor")


def _break_even(r: ScenarioResult) -> str:
    if r.break_even_rate_pct is None:
        return tr("går ikke opp ved 0 %")
    if r.break_even_rate_pct >= 30:
        return tr("over 30 %")
    return fmt_pct(r.break_even_rate_pct)


def _verdict(r: ScenarioResult) -> str:
    return r.verdict_label


REPAYMENT_LABELS = {"annuity": QT_TR_NOOP("Annuitet"), "serial": QT_TR_NOOP("Serie"),
                    "trial10": QT_TR_NOOP("Førstegangslån (10 år)")}


def _repayment(r: ScenarioResult) -> str:
    return tr(REPAYMENT_LABELS.get(r.spec.repayment, r.spec.repayment))


def _balance_year10(r: ScenarioResult) -> str:
    return "–" if r.year10 is None else fmt_kr(r.year10.balance)


def _share_year10(r: ScenarioResult) -> str:
    """The balance's share of the home's value today / after a 20 % fall."""
    t = r.year10
    if t is None or t.shares.get(0) is None:
        return "–"
    return f"{fmt_pct(100 * t.shares[0], 0)} ({fmt_pct(-20, 0)}: {fmt_pct(100 * t.shares[20], 0)})"


def _test_year10(r: ScenarioResult) -> str:
    if r.year10 is None:
        return "–"
    return tr("består") if r.year10.passes else tr("består ikke")


ROWS: tuple[Row, ...] = (
    Row("loan_amount", QT_TR_NOOP("Lånebeløp"), lambda r: fmt_kr(r.spec.amount)),
    Row("term", QT_TR_NOOP("Løpetid"), _term),
    Row("repayment", QT_TR_NOOP("Lånetype"), _repayment),
    Row("nominal_rate", QT_TR_NOOP("Nominell rente (inkl. påslag)"), _rate),
    Row("monthly_payment", QT_TR_NOOP("Terminbeløp per måned"), _kr("monthly_payment")),
    Row("interest_only_payment", QT_TR_NOOP("Terminbeløp i avdragsfri tid"), _interest_only_payment),
    Row("first_year_interest", QT_TR_NOOP("Renter første år"), _kr("first_year_interest")),
    Row("first_year_principal", QT_TR_NOOP("Avdrag første år"), _kr("first_year_principal")),
    Row("total_interest", QT_TR_NOOP("Sum renter"), _kr("total_interest")),
    Row("total_paid", QT_TR_NOOP("Sum innbetalt (inkl. gebyrer)"), _kr("total_paid")),
    Row("effective_rate", QT_TR_NOOP("Effektiv rente"), lambda r: fmt_pct(r.effective_rate_pct)),
    Row("interest_deduction", QT_TR_NOOP("Rentefradrag per måned"), _kr("interest_deduction")),
    Row("housing_cost_new", QT_TR_NOOP("Boutgifter i ny bolig per måned"), _kr("housing_cost_new")),
    Row("left_for_living", QT_TR_NOOP("Igjen til livsopphold"), _kr("left_for_living")),
    Row("residual", QT_TR_NOOP("Restbeløp per måned"), _kr("residual"), residual=True),
    Row("stress_rate", QT_TR_NOOP("Stresstestrente"), lambda r: fmt_rate(r.stress_rate_pct)),
    Row("residual_stressed", QT_TR_NOOP("Restbeløp ved stresstest"), _kr("residual_stressed"), residual=True),
    Row("payment_after_fixed", QT_TR_NOOP("Terminbeløp etter bindingstid"), _opt_kr("payment_after_fixed")),
    Row("residual_after_fixed", QT_TR_NOOP("Restbeløp etter bindingstid"), _opt_kr("residual_after_fixed"), residual=True),
    Row("break_even_rate", QT_TR_NOOP("Rente der budsjettet ikke går opp"), _break_even),
    Row("max_loan", QT_TR_NOOP("Største lån (stresstest)"), _kr("max_loan")),
    Row("max_loan_today", QT_TR_NOOP("Største lån (dagens rente)"), _kr("max_loan_today")),
    Row("grant_needed", QT_TR_NOOP("Tilskudd som trengs"), _grant),
    Row("usual_terms", QT_TR_NOOP("Kommunens vanlige vilkår"), _terms),
    Row("balance_year10", QT_TR_NOOP("Restgjeld etter 10 år"), _balance_year10),
    Row("share_year10", QT_TR_NOOP("Andel av verdi år 10"), _share_year10),
    Row("test_year10", QT_TR_NOOP("Bankenes krav etter 10 år"), _test_year10),
    Row("verdict", QT_TR_NOOP("Vurdering"), _verdict),
)


TRIAL_ROW_KEYS = ("balance_year10", "share_year10", "test_year10")


def rows_shown(scenarios, only_trial: bool = False) -> list[Row]:
    """The rows with a figure for some scenario: a row that says "–" for every
    scenario is noise (the screen and the PDF). `only_trial`: drop only the
    trial loan's rows when no scenario is one (the CLI keeps every other row)."""
    def empty(row: Row) -> bool:
        return all(row.text(sr) == "–" for sr in scenarios)

    return [row for row in ROWS if not ((row.key in TRIAL_ROW_KEYS or not only_trial) and empty(row))]


MARKS = {"ok": "✔", "tight": "!", "not_sustainable": "✖", "no_amount": "?"}


def schedule_headers(yearly: bool) -> list[str]:
    """Column titles of a payment plan (Schedule.rows), per term or per year."""
    return [tr("År") if yearly else tr("Termin"), tr("Renter"), tr("Avdrag"), tr("Gebyr"), tr("Terminbeløp"),
            tr("Restgjeld")]


def _opt_date(d) -> str:
    return "–" if d is None else d.strftime("%d.%m.%Y")


# the residual behind each "Restbeløp" row of RELIEF_ROWS, for its ✔/✖ mark
RELIEF_RESIDUALS = {
    "Restbeløp i lettelsen": lambda r: r.residual_during,
    "Restbeløp etterpå": lambda r: r.residual_after,
    "Restbeløp ved stresstest": lambda r: r.residual_stressed,
    "Restbeløp i svakeste fase": lambda r: r.weakest.residual,
}

RELIEF_ROWS = (
    (QT_TR_NOOP("Terminbeløp i lettelsen"), lambda r: fmt_kr(r.payment_during) if r.relief_months else "–"),
    (QT_TR_NOOP("Måneder med lettelse"), lambda r: str(r.relief_months) if r.relief_months else "–"),
    (QT_TR_NOOP("Ordinært terminbeløp fra"), lambda r: _opt_date(r.back_to_ordinary)),
    (QT_TR_NOOP("Terminbeløp etterpå"), lambda r: fmt_kr(r.payment_after)),
    (QT_TR_NOOP("Terminbeløp etter bindingstiden"),
     lambda r: "–" if r.payment_after_expiry is None else fmt_kr(r.payment_after_expiry)),
    (QT_TR_NOOP("Restbeløp i lettelsen"), lambda r: fmt_kr(r.residual_during) if r.relief_months else "–"),
    (QT_TR_NOOP("Restbeløp etterpå"), lambda r: fmt_kr(r.residual_after)),
    (QT_TR_NOOP("Restbeløp ved stresstest"), lambda r: fmt_kr(r.residual_stressed)),
    (QT_TR_NOOP("Svakeste fase fra"), lambda r: _opt_date(r.weakest.start) if len(r.phases) > 1 else "–"),
    (QT_TR_NOOP("Restbeløp i svakeste fase"), lambda r: fmt_kr(r.weakest.residual) if len(r.phases) > 1 else "–"),
    (QT_TR_NOOP("Sum renter resten av løpetiden"), lambda r: fmt_kr(r.total_interest)),
    (QT_TR_NOOP("Ekstra renter mot ingen endring"), lambda r: fmt_kr(r.extra_interest)),
    (QT_TR_NOOP("Nedbetalt"), lambda r: _opt_date(r.ends)),
)
