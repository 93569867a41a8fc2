"""The budget sheet prints the data its figures rest on (issue 16 item 5): each item's figure,
date and status from the case's own data, and which data the case was computed with."""

import datetime as dt

from startlan_desktop.core import casefile, datapack
from startlan_desktop.core.budget import compute
from startlan_desktop.core.example import example_case
from startlan_desktop.reports.budget_sheet import SheetOptions, build_pdf

from .test_budget_sheet import text_of

FIXED = dt.datetime(2026, 11, 23, 10, 30)


def section(pdf: bytes) -> str:
    text = " ".join(text_of(pdf).split())
    return text[text.index("Datagrunnlaget tallene bygger på"):]


def test_unsaved_case_prints_the_data_in_force_item_by_item():
    s = section(build_pdf(compute(example_case()), SheetOptions(created=FIXED)))
    assert "Saken er beregnet med data fra 01.12.2026: dataene som gjelder nå (saken er ikke lagret)." in s
    for line in ("Norges Banks styringsrente 4,50 % 24.09.2026 fra sekundærkilder",
                 "Husbankens renter flytende 4,131 % 01.11.2026 bekreftet",
                 "Grunnbeløpet (G) 136 549 kr 01.05.2026 bekreftet",
                 "Lånevilkår og gebyrer etablering 600 kr, termin 30 kr 13.03.2026 bekreftet",
                 "SIFO referansebudsjett 2026 prisnivå februar 2026 01.06.2026",
                 "Skatteregler 2026 personfradrag 114 540 kr 01.01.2026 bekreftet",
                 "Salgskostnader ved tvangssalg tvangssalg 15 000 kr, megler 2,50 % 01.12.2026 ubekreftet"):
        assert line in s, line
    # The 2024 NAV rates are past their next known change (1 January) on the case date.
    assert "NAVs veiledende satser enslig 7 850 kr 01.01.2024 bekreftet – kan være endret, kontroller" in s
    assert "SIFO referansebudsjett 2025" not in s and "Skatteregler 2025" not in s  # years the case does not use


def test_saved_case_prints_its_own_data_after_an_import(tmp_path):
    path = tmp_path / "c.startlan"
    casefile.save(example_case(), path)
    doc = datapack.export_pack()
    doc["items"]["policy_rate"]["decisions"].append(  # in force today (and on any later day)
        {"valid_from": "2026-12-01", "rate_pct": 4.75, "status": "secondary", "source": "test"})
    doc["items"]["grunnbelop"]["entries"][0]["amount"] = 140_000
    datapack.apply(doc)
    case = casefile.load(path)
    s = section(build_pdf(compute(case), SheetOptions(created=FIXED)))
    assert "tallene som ble lagret med saken, også etter senere dataoppdateringer" in s
    assert "Norges Banks styringsrente 4,50 % 24.09.2026" in s and "4,75" not in s.split("Datagrunnlag Tall")[1]
    assert "Grunnbeløpet (G) 136 549 kr" in s
    assert "Nyere data finnes: Styringsrenten er endret fra 4,50 % til 4,75 % siden saken ble lagret" in s
