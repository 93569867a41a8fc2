"""The explanation duty (forklaringsplikt, finansavtaleloven): the five topics
the caseworker must explain before the decision, each with the case's own
figures, so the screen and the printout double as the record."""

from __future__ import annotations

from .breakcost import scenario_table, table_for_case
from .budget import CaseResult
from .forcedsale import for_scenario
from .formatting import fmt_break_even_rate, fmt_date, fmt_kr, fmt_pct, fmt_rate
from .i18n import QT_TR_NOOP, tr
from .record import record

TITLES = {
    "cost_over_time": QT_TR_NOOP("Hva lånet koster over tid"),
    "rate_rise": QT_TR_NOOP("Hva som skjer når renten stiger"),
    "monthly_vs_rent": QT_TR_NOOP("Månedlige kostnader i ny bolig sammenlignet med husleie i dag"),
    "residual_debt": QT_TR_NOOP("Ansvar for restgjeld etter et salg"),
    "forced_sale": QT_TR_NOOP("Tvangssalg hvis lånet ikke betales"),
}


@record(frozen=True)
class Topic:
    key: str
    title: str
    text: str
    explained: bool
    date: str

    @property
    def record(self) -> str:
        if self.explained and self.date:
            return tr("Forklart {date}").format(date=fmt_date(self.date))
        return tr("Forklart") if self.explained else tr("Ikke avkrysset")


def _break_cost_text(r: CaseResult, index: int) -> str:
    """Over-/underkurs in the scenario's own figures; for a floating scenario,
    the first fixed-rate scenario of the case, so the choice can be explained."""
    if r.scenarios[index].scenario.rate_type != "floating":
        table = scenario_table(r.scenarios[index])
        assert table is not None  # a fixed or split rate has one
        return table.sentence()
    fixed = table_for_case(r, index)
    text = tr("Med flytende rente blir det ingen over- eller underkurs om dere innfrir eller flytter lånet.")
    if fixed is not None:
        text += " " + tr("Velger dere «{scenario}»:").format(scenario=fixed.label) + " " + fixed.sentence()
    return text


def _residual_debt_text(r: CaseResult, index: int) -> str:
    """Liability after a sale with the forced-sale figures (item 2 of issue 20);
    without a price, the balance after five years."""
    text = tr("Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av gjelden.")
    fs = for_scenario(r, index)
    if fs is None:
        five = r.scenarios[index].schedule.balance_at_year_ends()
        return text + " " + tr("Etter fem år er restgjelden på startlånet om lag {balance}.").format(
            balance=fmt_kr(five[min(5, len(five) - 1)]))
    text += " " + fs.sentence()
    if fs.contrast:
        text += " " + fs.contrast_sentence()
    return text


def _texts(r: CaseResult, index: int) -> dict[str, str]:
    sr = r.scenarios[index]
    s = sr.scenario
    h = r.case.housing
    after = ""
    if sr.payment_after_fixed is not None:
        after = " " + tr("Når bindingstiden på {years} år er over, blir terminbeløpet med dagens flytende rente "
                         "{payment} per måned.").format(years=s.fixed_years, payment=fmt_kr(sr.payment_after_fixed))
    if sr.break_even_rate_pct is not None:
        break_even = " " + tr("Budsjettet går ikke opp hvis renten blir høyere enn {rate}.").format(
            rate=fmt_break_even_rate(sr.break_even_rate_pct))
    else:
        break_even = " " + tr("Budsjettet går ikke opp selv uten rente.")
    rent = (tr("Husleie i dag: {rent}.").format(rent=fmt_kr(h.rent_today)) if h.rent_today
            else tr("Husleie i dag er ikke oppgitt."))
    if h.rent_alternative:
        rent += " " + tr("Leie av en egnet bolig: {rent}.").format(rent=fmt_kr(h.rent_alternative))
    return {
        "cost_over_time": tr("Med «{scenario}» betaler dere {interest} i renter og {fees} i gebyrer over {years} år, "
                             "til sammen {paid} for et lån på {amount}. Effektiv rente er {effective}. Lengre løpetid "
                             "gir lavere terminbeløp, men mer renter totalt.").format(
            scenario=sr.label, interest=fmt_kr(sr.total_interest), fees=fmt_kr(sr.schedule.total_fees),
            years=s.term_years, paid=fmt_kr(sr.total_paid), amount=fmt_kr(sr.spec.amount),
            effective=fmt_pct(sr.effective_rate_pct)) + " " + _break_cost_text(r, index),
        "rate_rise": tr("Renten kan endre seg. Ved {rate} rente blir terminbeløpet {payment} per måned, og "
                        "restbeløpet blir {residual} per måned.").format(
            rate=fmt_rate(sr.stress_rate_pct), payment=fmt_kr(sr.stress_payment),
            residual=fmt_kr(sr.residual_stressed)) + after + break_even,
        "monthly_vs_rent": tr("Boutgiftene i den nye boligen blir {housing} per måned (startlånet {payment} og andre "
                              "boutgifter {other_housing}), i tillegg til andre faste utgifter på {other}.").format(
            housing=fmt_kr(sr.housing_cost_new), payment=fmt_kr(sr.monthly_payment),
            other_housing=fmt_kr(r.housing_total), other=fmt_kr(r.other_costs_total)) + " " + rent,
        "residual_debt": _residual_debt_text(r, index),
        "forced_sale": tr("Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta "
                          "kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det "
                          "ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid."),
    }


def topics(r: CaseResult, index: int) -> list[Topic]:
    texts = _texts(r, index)
    record = {e.topic: e for e in r.case.explanations}
    out = []
    for key, title in TITLES.items():
        e = record.get(key)
        out.append(Topic(key, tr(title), texts[key], bool(e and e.explained), e.date if e else ""))
    return out
