"""The PDF shows the core's figures, formatted exactly as on screen."""

import datetime as dt
import io

import numpy_financial as npf
import pikepdf
import pytest
from pypdf import PdfReader

from startlan_desktop.core.budget import compute
from startlan_desktop.core.model import Member, Scenario
from startlan_desktop.core.rows import ROWS
from startlan_desktop.reports.budget_sheet import SheetOptions, build_pdf

FIXED = dt.datetime(2026, 11, 23, 10, 30)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ")


def norm(s: str) -> str:
    return s.replace("\u00a0", " ")


@pytest.fixture
def big_case(case):
    case.members += [Member("child", age_years=a, sex=s) for a, s in ((16, "m"), (8, "f"), (0, "f"))]
    case.members[-1].age_months = 7
    base = case.scenarios[0]
    for years, io_years in ((40, 0), (35, 2), (45, 3), (25, 0)):
        s = Scenario(f"{years} år, avdragsfri {io_years}", base.amount, years, base_rate_pct=base.base_rate_pct,
                     interest_only_years=io_years, establishment_fee=600, term_fee=30)
        case.scenarios.append(s)
    assert len(case.members) == 7 and len(case.scenarios) == 8
    return case


def test_example_sheet_has_every_screen_figure(case):
    result = compute(case)
    pdf = build_pdf(result, SheetOptions(scenario=2, created=FIXED))
    text = text_of(pdf)
    for sr in result.scenarios:
        for row in ROWS:
            assert norm(row.text(sr)) in text, (row.key, sr.label)
    assert "Side 1 av" in text and "Eksempel kommune" in text and "2026/1234" in text
    assert "Saksbehandler Eksempel" in text and "23.11.2026" in text
    # 2 050 000 kr over 600 months at 4,131 % + 0,25 pp, plus the 30 kr term fee
    pay = round(-npf.pmt(0.04381 / 12, 600, 2_050_000) + 30)
    assert f"Med 50 års løpetid og flytende rente blir terminbeløpet {pay:,} kr i måneden".replace(",", " ") in text
    assert "NAVs veiledende satser" in text and "SIFO" in text and "Husbankens renter" in text
    assert "Amina" in text and "Sted og dato" in text
    for mark in ("✔", "✖", "!"):
        assert mark in text
    assert "æ" in text and "ø" in text and "å" in text


def test_seven_members_eight_scenarios_split_with_repeated_labels(big_case):
    result = compute(big_case)
    pdf = build_pdf(result, SheetOptions(scenario=5, schedule=True, created=FIXED))
    reader = PdfReader(io.BytesIO(pdf))
    text = text_of(pdf)
    for sr in result.scenarios:
        assert norm(sr.label) in text
        assert norm(ROWS[4].text(sr)) in text  # monthly payment
        assert norm(ROWS[-1].text(sr)) in text
    assert text.count("Terminbeløp per måned") >= 2  # two comparison tables, each with its labels
    assert "Vedlegg: nedbetalingsplan per år – 35 år, avdragsfri 2" in text
    n = len(reader.pages)
    assert f"Side {n} av {n}" in text
    assert "0 år 7 mnd" in text


def test_schedule_appendix_table_repeats_its_header(case):
    case.scenarios[0].term_years = 50
    pdf = build_pdf(compute(case), SheetOptions(scenario=0, schedule=True, created=FIXED))
    reader = PdfReader(io.BytesIO(pdf))
    last_pages = [p.extract_text() for p in reader.pages[-2:]]
    assert all("Restgjeld" in t for t in last_pages if "Vedlegg" in t or t.strip().startswith("Eksempel"))


def test_metadata_and_pdfa_markers(case):
    pdf = build_pdf(compute(case), SheetOptions(created=FIXED))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        info = doc.docinfo
        assert str(info["/Title"]) == "Budsjett for startlån 2026/1234"
        assert str(info["/Author"]) == "Eksempel kommune"
        assert "/CreationDate" in info
        meta = doc.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        intent = doc.Root.OutputIntents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1 and len(intent.DestOutputProfile.read_bytes()) > 300
        assert doc.trailer.ID
        for page in doc.pages:
            for _name, font in page.Resources.Font.items():
                desc = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
                assert "/FontFile2" in desc, f"font {font.BaseFont} not embedded"
        # no personal data in metadata beyond what the sheet shows (no names)
        assert "Amina" not in str(info) and "Amina" not in str(meta)


def test_below_nav_floor_is_stated(case):
    case.living.overrides = {"mat_og_drikke": 100}
    case.living.extra = []
    for k in ("klaer_og_sko", "personlig_pleie", "lek_og_mediebruk", "reisekostnader", "mediebruk_og_fritid"):
        case.living.overrides[k] = 0
    text = text_of(build_pdf(compute(case), SheetOptions(created=FIXED)))
    assert "NAV-satsen er brukt som gulv" in text


def test_pdf_export_is_fast_enough(case):
    import time

    result = compute(case)
    build_pdf(result)
    t = time.perf_counter()
    build_pdf(result)
    assert time.perf_counter() - t < 2.0  # generous for CI; benchmarks/run.py states the figure


def test_financing_plan_is_printed(case):
    r = compute(case)
    text = text_of(build_pdf(r, SheetOptions(created=FIXED)))
    assert "Finansieringsplan og tilskudd som trengs" in text
    assert norm(fmt_kr_(r.scenarios[0].plan.grant)) in text and "★" in text


def fmt_kr_(v):
    from startlan_desktop.core.formatting import fmt_kr

    return fmt_kr(v)


def test_break_cost_and_forced_sale_are_printed(case):
    """Issue 20: the break-cost table, the forced-sale table and sentence, and
    topics 1 and 4 of the record quote the same figures."""
    from startlan_desktop.core.breakcost import table_for_case
    from startlan_desktop.core.forcedsale import for_scenario

    r = compute(case)
    text = text_of(build_pdf(r, SheetOptions(scenario=0, created=FIXED)))
    bc = table_for_case(r, 0)
    fs = for_scenario(r, 0)
    assert "Over- og underkurs ved fast rente – 30 år, fast 10 år" in text
    assert norm(f"{round(bc.cell(1, -1.0).cost):,} kr".replace(",", " ")) in text
    assert "Gjeld etter tvangssalg – 30 år, flytende" in text and "Prisfall 30 %" in text
    flat = " ".join(text.split())  # lines wrap differently in a table cell
    assert norm(fs.sentence()) in flat
    left = f"{round(fs.left(3, 20) / 1000)} 000 kr i gjeld"
    pay = f"{round(bc.cell(1, -1.0).cost / 1000)} 000 kr i overkurs"
    assert flat.count(left) >= 2  # the section and topic 4
    assert flat.count(pay) >= 2  # the section and topic 1


def test_no_fixed_scenario_and_no_price_leave_the_sections_out(case):
    for s in case.scenarios:
        s.rate_type = "floating"
    case.housing.price = 0
    text = text_of(build_pdf(compute(case), SheetOptions(created=FIXED)))
    assert "Over- og underkurs ved fast rente" not in text and "Gjeld etter tvangssalg" not in text


def test_goal_seek_section_and_refusal_paragraph_are_printed(case):
    """Issue 19: the "Hva skal til" table with a box per row, and the refusal text with the children."""
    from startlan_desktop.core import goalseek as gs

    result = compute(case)
    text = text_of(build_pdf(result, SheetOptions(scenario=0, created=FIXED)))
    g = gs.goal_seek(case, 0)
    assert norm(gs.title(g)) in text
    header, rows = gs.table_rows(g)
    for row in rows:
        assert norm(row[2]) in text  # the figure that makes the prudent residual 0 kr
    flat = " ".join(text.split())
    assert "Søknaden kunne vært innvilget dersom" in flat and "Barnas beste er vurdert" in flat
    assert text.count("☐") >= len(rows)
    # the section follows the sheet's scenario
    other = text_of(build_pdf(result, SheetOptions(scenario=3, created=FIXED)))
    assert norm(gs.title(gs.goal_seek(case, 3))) in other


def test_years_ahead_section_names_the_tightest_month(case):
    """Issue 19 item 5: "De neste årene" with the chart, the tightest month in words and per
    scenario, and the events numbered as on the chart."""
    from startlan_desktop.core.budget import years_ahead

    result = compute(case)
    text = text_of(build_pdf(result, SheetOptions(scenario=2, created=FIXED)))
    tl = years_ahead(result)
    assert "De neste årene" in text and "Restbeløp per måned de neste ti årene" in text
    st = tl.scenarios[2]
    assert norm(f"«{st.label}»: {st.lowest.text}")[:60] in " ".join(text.split())
    assert "Trangeste måned" in text and "08.2028" in text and "Adam begynner på skolen og i SFO" in text
    assert "Barnetrygden for Sara faller bort" in text
    assert "Regnet måned for måned i dagens kroner" in " ".join(text.split())


def test_life_events_section_beside_the_case(case):
    """Issue 19 item 4 on paper: the sheet's scenario under each life event, and the income break-even."""
    from startlan_desktop.core.variants import compute_variants, income_break_even

    result = compute(case)
    text = text_of(build_pdf(result, SheetOptions(scenario=2, created=FIXED)))
    flat = " ".join(text.split())
    assert "Livshendelser – 50 år, flytende" in flat
    table = compute_variants(case)
    for row in table.rows:
        assert norm(row.variant.label) in flat
        assert norm(budget_kr(row.prudent(2))) in flat
    assert norm(income_break_even(case, 2).text())[:40] in flat


def budget_kr(v):
    from startlan_desktop.core.formatting import fmt_kr

    return fmt_kr(v)


def test_sheet_figures_given_or_computed_give_the_same_sheet(case):
    """The figures the window prepares ahead (sheet_figures) make the same sheet as those
    computed while it is built; figures for another scenario are not used."""
    from startlan_desktop.reports.budget_sheet import sheet_figures

    result = compute(case)
    options = SheetOptions(scenario=1, created=FIXED)
    alone = text_of(build_pdf(result, options))
    assert text_of(build_pdf(result, options, sheet_figures(result, 1))) == alone
    assert text_of(build_pdf(result, options, sheet_figures(result, 2))) == alone
    assert text_of(build_pdf(result, SheetOptions(scenario=2, created=FIXED))) != alone


def test_reportlabs_accelerator_is_in_use():
    """rl_accel (reportlab[accel]) draws every number and string width in C: without it the
    sheet is ~15 % slower (issue 23), and nothing else would say it went missing."""
    from reportlab.lib import rl_accel

    assert {"fp_str", "instanceStringWidthTTF", "asciiBase85Encode"} <= set(rl_accel._c_funcs)
