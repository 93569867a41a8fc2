"""Notes at the fields that would otherwise do nothing, silently.

A field that does not count in this case (the document fee on a cooperative
flat), a figure that is easy to read wrongly (is the price with or without
the common debt?), or an input that usually comes with another (a car loan
without car running costs) gets one plain line where it is typed. Nothing
here changes a figure.
"""

from __future__ import annotations

import datetime as _dt

from .financing import total_price
from .formatting import fmt_kr
from .i18n import tr
from .living import age_of
from .model import Case

# SFO/AKS is free for 12 hours a week in years 1–3 (domain § 11); children start school the
# year they turn six, so years 1–3 are, by age alone, 6 to 8 years old.
SFO_FREE_HOURS = 12
SFO_FREE_AGES = range(6, 9)


def document_fee_note(case: Case) -> str:
    """The document fee applies to freehold transfers only."""
    if case.housing.ownership == "freehold":
        return ""
    return tr("Dokumentavgift gjelder bare selveier; for borettslag/aksje regnes den ikke med.")


def price_note(case: Case) -> str:
    """Kjøpesum is without the common debt: say it, and show the total price.

    Total price = kjøpesum + the flat's share of the common debt,
    e.g. 2 400 000 kr + 350 000 kr = 2 750 000 kr.
    """
    h = case.housing
    if not h.common_debt_share:
        return tr("Kjøpesum uten fellesgjeld. Fellesgjeld føres i eget felt.")
    return tr("Kjøpesum {price} + andel fellesgjeld {debt} = totalpris {total}.").format(
        price=fmt_kr(h.price), debt=fmt_kr(h.common_debt_share), total=fmt_kr(total_price(h)))


def car_note(case: Case) -> str:
    """A car loan usually means a car: nudge when SIFO counts no car costs."""
    ch = case.living
    if any(d.kind == "car_loan" for d in case.debts) and not (ch.petrol_cars or ch.electric_cars):
        return tr("Billån er ført, men livsoppholdet regner ingen bilkostnader: legg inn bilen under Livsopphold.")
    return ""


def sfo_note(case: Case, on: _dt.date | None = None) -> str:
    """Children of school years 1–3 in SFO/AKS: the rate is a full place; the
    free hours are not taken off. Says so instead of counting it silently."""
    on = on or case.assessment_date
    young = [m for m in case.members if m.after_school and age_of(m, on)[0] in SFO_FREE_AGES]
    if not young:
        return ""
    return tr("SFO/AKS for 1.–3. trinn har {hours} gratis timer i uka. Satsen regnes som full pris og de gratis "
              "timene er ikke trukket fra: skriv kommunens pris etter gratistimene i feltet SFO/AKS.").format(
        hours=SFO_FREE_HOURS)
