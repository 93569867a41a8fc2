"""The explanation duty (forklaringsplikt, finansavtaleloven): the five topics
the caseworker must explain before the decision, each with the case's own
figures, so the screen and the printout double as the record."""

from __future__ import annotations

from dataclasses import dataclass

from .budget import CaseResult
from .formatting import fmt_date, fmt_kr, fmt_pct, fmt_rate

TITLES = {
    "cost_over_time": "Hva lånet koster over tid",
    "rate_rise": "Hva som skjer når renten stiger",
    "monthly_vs_rent": "Månedlige kostnader i ny bolig sammenlignet med husleie i dag",
    "residual_debt": "Ansvar for restgjeld etter et salg",
    "forced_sale": "Tvangssalg hvis lånet ikke betales",
}


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    text: str
    explained: bool
    date: str

    @property
    def record(self) -> str:
        return f"Forklart {fmt_date(self.date)}" if self.explained and self.date else (
            "Forklart" if self.explained else "Ikke avkrysset")


def _texts(r: CaseResult, index: int) -> dict[str, str]:
    sr = r.scenarios[index]
    s = sr.scenario
    h = r.case.housing
    years = s.term_years
    after = ""
    if sr.payment_after_fixed is not None:
        after = (f" Når bindingstiden på {s.fixed_years} år er over, blir terminbeløpet med dagens flytende rente "
                 f"{fmt_kr(sr.payment_after_fixed)} per måned.")
    break_even = (f" Budsjettet går ikke opp hvis renten blir høyere enn {fmt_pct(sr.break_even_rate_pct)}."
                  if sr.break_even_rate_pct is not None else " Budsjettet går ikke opp selv uten rente.")
    five = sr.schedule.balance_at_year_ends()
    balance5 = five[min(5, len(five) - 1)]
    rent = (f"Husleie i dag: {fmt_kr(h.rent_today)}." if h.rent_today else "Husleie i dag er ikke oppgitt.")
    if h.rent_alternative:
        rent += f" Leie av en egnet bolig: {fmt_kr(h.rent_alternative)}."
    return {
        "cost_over_time": (f"Med «{sr.label}» betaler dere {fmt_kr(sr.total_interest)} i renter og "
                           f"{fmt_kr(sr.schedule.total_fees)} i gebyrer over {years} år, til sammen "
                           f"{fmt_kr(sr.total_paid)} for et lån på {fmt_kr(sr.spec.amount)}. Effektiv rente er "
                           f"{fmt_pct(sr.effective_rate_pct)}. Lengre løpetid gir lavere terminbeløp, men mer "
                           "renter totalt."),
        "rate_rise": (f"Renten kan endre seg. Ved {fmt_rate(sr.stress_rate_pct)} rente blir terminbeløpet "
                      f"{fmt_kr(sr.stress_payment)} per måned, og restbeløpet blir {fmt_kr(sr.residual_stressed)} "
                      f"per måned.{after}{break_even}"),
        "monthly_vs_rent": (f"Boutgiftene i den nye boligen blir {fmt_kr(sr.housing_cost_new)} per måned "
                            f"(startlånet {fmt_kr(sr.monthly_payment)} og andre boutgifter "
                            f"{fmt_kr(r.housing_total)}), i tillegg til andre faste utgifter på "
                            f"{fmt_kr(r.other_costs_total)}. {rent}"),
        "residual_debt": (f"Hvis boligen selges for mindre enn det dere skylder, må dere fortsatt betale resten av "
                          f"gjelden. Etter fem år er restgjelden på startlånet om lag {fmt_kr(balance5)}."),
        "forced_sale": ("Hvis lånet ikke betales, kan kommunen til slutt kreve boligen solgt (tvangssalg). Ta "
                        "kontakt med kommunen med en gang hvis dere får problemer med å betale: da finnes det "
                        "ofte løsninger, som avdragsfrihet eller lengre nedbetalingstid."),
    }


def topics(r: CaseResult, index: int) -> list[Topic]:
    texts = _texts(r, index)
    record = {e.topic: e for e in r.case.explanations}
    out = []
    for key, title in TITLES.items():
        e = record.get(key)
        out.append(Topic(key, title, texts[key], bool(e and e.explained), e.date if e else ""))
    return out
