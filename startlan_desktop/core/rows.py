"""The scenario comparison's rows, defined once: the screen, the PDF and the
CLI all show these labels and these formatted values, so they never differ."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .budget import ScenarioResult
from .formatting import fmt_kr, fmt_number, fmt_pct, fmt_rate


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    text: Callable[[ScenarioResult], str]
    residual: bool = False  # coloured and marked by verdict


def _kr(attr: str) -> Callable[[ScenarioResult], str]:
    return lambda r: fmt_kr(getattr(r, attr))


def _opt_kr(attr: str) -> Callable[[ScenarioResult], str]:
    return lambda r: "–" if getattr(r, attr) is None else fmt_kr(getattr(r, attr))


def _term(r: ScenarioResult) -> str:
    s = r.scenario
    text = f"{s.term_years} år" + (f" {s.term_extra_months} mnd" if s.term_extra_months else "")
    io = r.spec.interest_only_months
    if io:
        text += f", {io // 12} år" + (f" {io % 12} mnd" if io % 12 else "") + " avdragsfri"
    return text


def _rate(r: ScenarioResult) -> str:
    s = r.scenario
    if s.rate_type == "fixed":
        return f"{fmt_rate(r.nominal_rate_pct)} fast {s.fixed_years} år"
    if s.rate_type == "split":
        return f"{fmt_rate(r.nominal_rate_pct)} delt ({fmt_number(s.fixed_share_pct)} % fast {s.fixed_years} år)"
    return f"{fmt_rate(r.nominal_rate_pct)} flytende"


def _interest_only_payment(r: ScenarioResult) -> str:
    return fmt_kr(r.first_payment) if r.spec.interest_only_months else "–"


def _grant(r: ScenarioResult) -> str:
    if r.plan is None or not r.plan.price:
        return "–"
    return ("★ " if r.best_plan else "") + fmt_kr(r.plan.grant)


PLAN_ROWS: tuple[tuple[str, str], ...] = (
    ("price", "Kjøpesum"), ("common_debt", "Andel fellesgjeld"), ("document_fee", "Dokumentavgift"),
    ("registration_fees", "Tinglysing"), ("other_costs", "Andre kjøpskostnader"), ("total_cost", "= Totalkostnad"),
    ("equity", "Egenkapital"), ("bank_loan", "Banklån"), ("common_debt", "Fellesgjeld som overtas"),
    ("startlan", "Startlån"), ("grant", "Tilskudd"), ("total_sources", "= Sum finansiering"),
)
CAP_REASONS = {"need": "behovet", "carry": "betjeningsevnen", "value": "boligens verdi"}
CAP_LABEL = "Startlånet begrenses av"


def plan_cells(r: ScenarioResult) -> list[str]:
    """The financing plan's figures for one scenario, in PLAN_ROWS order."""
    p = r.plan
    return [fmt_kr(getattr(p, key)) for key, _ in PLAN_ROWS]


def _terms(r: ScenarioResult) -> str:
    return "⚑ utenfor vanlige" if r.notes else "innenfor"


def _break_even(r: ScenarioResult) -> str:
    if r.break_even_rate_pct is None:
        return "går ikke opp ved 0 %"
    if r.break_even_rate_pct >= 30:
        return "over 30 %"
    return fmt_pct(r.break_even_rate_pct)


def _verdict(r: ScenarioResult) -> str:
    return r.verdict_label


ROWS: tuple[Row, ...] = (
    Row("loan_amount", "Lånebeløp", lambda r: fmt_kr(r.spec.amount)),
    Row("term", "Løpetid", _term),
    Row("repayment", "Lånetype", lambda r: "Annuitet" if r.spec.repayment == "annuity" else "Serie"),
    Row("nominal_rate", "Nominell rente (inkl. påslag)", _rate),
    Row("monthly_payment", "Terminbeløp per måned", _kr("monthly_payment")),
    Row("interest_only_payment", "Terminbeløp i avdragsfri tid", _interest_only_payment),
    Row("first_year_interest", "Renter første år", _kr("first_year_interest")),
    Row("first_year_principal", "Avdrag første år", _kr("first_year_principal")),
    Row("total_interest", "Sum renter", _kr("total_interest")),
    Row("total_paid", "Sum innbetalt (inkl. gebyrer)", _kr("total_paid")),
    Row("effective_rate", "Effektiv rente", lambda r: fmt_pct(r.effective_rate_pct)),
    Row("interest_deduction", "Rentefradrag per måned", _kr("interest_deduction")),
    Row("housing_cost_new", "Boutgifter i ny bolig per måned", _kr("housing_cost_new")),
    Row("left_for_living", "Igjen til livsopphold", _kr("left_for_living")),
    Row("residual", "Restbeløp per måned", _kr("residual"), residual=True),
    Row("stress_rate", "Stresstestrente", lambda r: fmt_rate(r.stress_rate_pct)),
    Row("residual_stressed", "Restbeløp ved stresstest", _kr("residual_stressed"), residual=True),
    Row("payment_after_fixed", "Terminbeløp etter bindingstid", _opt_kr("payment_after_fixed")),
    Row("residual_after_fixed", "Restbeløp etter bindingstid", _opt_kr("residual_after_fixed"), residual=True),
    Row("break_even_rate", "Rente der budsjettet ikke går opp", _break_even),
    Row("max_loan", "Største lån (stresstest)", _kr("max_loan")),
    Row("max_loan_today", "Største lån (dagens rente)", _kr("max_loan_today")),
    Row("grant_needed", "Tilskudd som trengs", _grant),
    Row("usual_terms", "Kommunens vanlige vilkår", _terms),
    Row("verdict", "Vurdering", _verdict),
)


MARKS = {"ok": "✔", "tight": "!", "not_sustainable": "✖"}


def _opt_date(d) -> str:
    return "–" if d is None else d.strftime("%d.%m.%Y")


RELIEF_ROWS = (
    ("Terminbeløp i lettelsen", lambda r: fmt_kr(r.payment_during) if r.relief_months else "–"),
    ("Måneder med lettelse", lambda r: str(r.relief_months) if r.relief_months else "–"),
    ("Ordinært terminbeløp fra", lambda r: _opt_date(r.back_to_ordinary)),
    ("Terminbeløp etterpå", lambda r: fmt_kr(r.payment_after)),
    ("Terminbeløp etter bindingstiden", lambda r: "–" if r.payment_after_expiry is None else fmt_kr(r.payment_after_expiry)),
    ("Restbeløp i lettelsen", lambda r: fmt_kr(r.residual_during) if r.relief_months else "–"),
    ("Restbeløp etterpå", lambda r: fmt_kr(r.residual_after)),
    ("Restbeløp ved stresstest", lambda r: fmt_kr(r.residual_stressed)),
    ("Sum renter resten av løpetiden", lambda r: fmt_kr(r.total_interest)),
    ("Ekstra renter mot ingen endring", lambda r: fmt_kr(r.extra_interest)),
    ("Nedbetalt", lambda r: _opt_date(r.ends)),
)
