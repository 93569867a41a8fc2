"""Every data item typed in settings (issue 16 item 2, issue 20): G, Husbanken's fees, SIFO,
the tax rules of a year and the sale costs, with the date and source beside the figures;
checked in core, stored in the user's data pack; a bad field is refused naming it and nothing
is stored."""

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from startlan_desktop.core import data, dataedit, datapack, forcedsale, tax
from startlan_desktop.core.budget import compute
from startlan_desktop.core.errors import ValidationError
from startlan_desktop.core.example import example_case


def row_of(name, label):
    return next(i for i, f in enumerate(dataedit.fields(name)) if f.label == label)


def typed(name, changes, date=None, source="typed for the test"):
    cells = dataedit.texts(name)
    for label, text in changes.items():
        cells[row_of(name, label)] = text
    return dataedit.edited_item(name, cells, date or "01.12.2026", source)


def test_every_editable_item_round_trips_unchanged():
    # The shown texts read back give the same figures (22 % is 0,22 again, not 0,2200000001).
    for name in dataedit.EDITABLE:
        before = data.in_force()[name]
        doc = dataedit.edited_item(name, dataedit.texts(name), "31.12.2026", "x")
        for f in dataedit.fields(name):
            assert dataedit._get(doc, f.path) == pytest.approx(dataedit._get(before, f.path), rel=1e-12), f.label


def test_g_typed_adds_a_dated_entry_and_keeps_the_history():
    dataedit.save_item("grunnbelop", typed("grunnbelop", {"Grunnbeløpet (G)": "140 000"}, "01.05.2027", "nav.no"))
    assert data.grunnbelop()["amount"] == 140_000 and data.grunnbelop()["status"] == "user"
    assert data.grunnbelop(dt.date(2026, 6, 1))["amount"] == 136_549  # the 2026 G still applies in 2026
    stored = json.loads(datapack.user_path().read_text(encoding="utf-8"))["items"]["grunnbelop"]
    assert stored["entries"][0]["source"] == "nav.no"


def test_fees_typed_in_settings_are_in_force():
    dataedit.save_item("loan_terms", typed("loan_terms", {"Termingebyr, papir": "45"}, "01.12.2026", "husbanken.no"))
    fees = data.loan_terms()["fees"]
    assert (fees["term_fee_paper"], fees["valid_from"], fees["status"]) == (45, "2026-12-01", "user")
    assert fees["term_fee_electronic"] == 30  # the others as they were


def test_sifo_food_typed_changes_the_budget_by_the_difference():
    # The example's co-applicant is a man of 38: SIFO 2026 food for men 25–50 is 4 760 kr. Typed
    # as 5 000 kr, the household's living costs rise by 240 kr a month (no other band changes).
    before = compute(example_case()).living.sifo_total
    label = "Mat og drikke · 25–50 år, mann"
    assert dataedit.texts("sifo_2026")[row_of("sifo_2026", label)] == "4 760"
    dataedit.save_item("sifo_2026", typed("sifo_2026", {label: "5 000"}, "01.12.2026", "SIFO 2026, rettet"))
    after = compute(example_case()).living.sifo_total
    assert after - before == pytest.approx(5_000 - 4_760)
    assert data.sifo(2026)["status"] == "user" and data.sifo(2026)["published"] == "2026-12-01"


def test_tax_allowance_typed_lowers_the_tax_by_its_rate():
    # 500 000 kr in wages: a personal allowance 5 460 kr higher leaves 5 460 kr less ordinary
    # income to tax at 22 %: 1 201,20 kr less tax a year (nothing else depends on it).
    before = tax.estimate(500_000, year=2026).tax
    dataedit.save_item("tax_2026", typed("tax_2026", {"Personfradrag": "120 000"}, "01.07.2026", "Skatteetaten"))
    assert tax.estimate(500_000, year=2026).tax == pytest.approx(before - 0.22 * 5_460)
    assert data.tax_params(2026)["updated"] == "2026-07-01"
    src = {s.key: s for s in data.sources(2026, 2026, "2026-11-01", "2026-09-24")}["tax"]
    assert (src.status, src.date) == ("user", "2026-07-01")


def test_tax_rate_typed_in_percent_is_stored_as_a_share():
    dataedit.save_item("tax_2026", typed("tax_2026", {"Trinnskatt trinn 3, sats": "14"}, "01.07.2026", "x"))
    assert data.tax_params(2026)["bracket_tax"][2]["rate"] == pytest.approx(0.14)


def test_sale_costs_typed_are_the_defaults_and_listed_as_a_source():
    dataedit.save_item("sale_costs", typed("sale_costs", {"Meglerkostnad, andel av salgssum": "3",
                                                          "Gebyrer ved tvangssalg": "20 000"},
                                           "02.12.2026", "Tingretten, gebyrtabell"))
    assert forcedsale.default_costs() == (20_000, 3.0)
    src = {s.key: s for s in compute(example_case()).sources}["sale_costs"]
    assert (src.date, src.status, src.source) == ("2026-12-02", "user", "Tingretten, gebyrtabell")
    assert datapack.summary("sale_costs", data.load("sale_costs")).replace("\u00a0", " ") == \
        "tvangssalg 20 000 kr, megler 3,00 % fra 02.12.2026"


def test_sale_costs_are_in_the_data_pack_and_the_status_listing(capsys):
    from startlan_desktop.cli import main

    assert "sale_costs" in datapack.export_pack()["items"]
    assert main(["data", "show"]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ")
    assert "Salgskostnader ved tvangssalg" in out and "tvangssalg 15 000 kr, megler 2,50 %" in out


@pytest.mark.parametrize("name,label,text,field_words", [
    ("grunnbelop", "Grunnbeløpet (G)", "abc", "kronebeløp"),
    ("grunnbelop", "Grunnbeløpet (G)", "1 365 490 000", "mellom 50 000 og 1 000 000"),
    ("loan_terms", "Tinglysing av pant", "-545", "mellom 0 og"),
    ("loan_terms", "Tinglysing av pant", "", "tomt"),
    ("loan_terms", "Tinglysing av pant", "5 %", "ikke prosent"),
    ("sifo_2026", "Mat og drikke · 25–50 år, mann", "47 600 000", "mellom 0 og 47 600"),
    ("sifo_2026", "Mat og drikke · 25–50 år, mann", "4.760,50,1", "Uklart"),
    ("tax_2026", "Skatt på alminnelig inntekt", "150", "mellom 0 og 100 %"),
    ("tax_2026", "Skatt på alminnelig inntekt", "nan", "tall"),
    ("tax_2026", "Personfradrag", "1e9", "kronebeløp"),
    ("sale_costs", "Meglerkostnad, andel av salgssum", "-1", "mellom 0 og 25 %"),
])
def test_hostile_figures_are_refused_at_their_row_and_nothing_is_stored(name, label, text, field_words):
    with pytest.raises(ValidationError) as exc:
        typed(name, {label: text})
    assert exc.value.field == f"{name}.{row_of(name, label)}"
    assert field_words in exc.value.message.replace("\u00a0", " ")
    assert not datapack.user_path().exists()


@pytest.mark.parametrize("date,source,field,words", [
    ("31.02.2026", "x", "date", "dd.mm.åååå"),
    ("2026/12/01", "x", "date", "dd.mm.åååå"),
    ("01.01.2020", "x", "date", "eldre enn programmets egne tall"),  # the shipped figures would win
    ("01.12.2026", "   ", "source", "kilden"),
])
def test_date_and_source_are_checked(date, source, field, words):
    with pytest.raises(ValidationError) as exc:
        dataedit.edited_item("sale_costs", dataedit.texts("sale_costs"), date, source)
    assert exc.value.field == f"sale_costs.{field}" and words in exc.value.message


def test_wrong_number_of_rows_is_refused():
    with pytest.raises(ValidationError):
        dataedit.edited_item("loan_terms", dataedit.texts("loan_terms")[:-1], "01.12.2026", "x")


def test_tax_pack_with_a_bad_updated_date_is_refused():
    doc = datapack.export_pack()
    doc["items"] = {"tax_2026": {**doc["items"]["tax_2026"], "updated": "in a while"}}
    with pytest.raises(datapack.DataPackError, match="dato"):
        datapack.preview(doc)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(dataedit.EDITABLE), st.integers(0, 200), st.text(max_size=30))
def test_any_typed_text_is_stored_or_refused_never_a_crash(name, row, text):
    cells = dataedit.texts(name)
    cells[row % len(cells)] = text
    try:
        doc = dataedit.edited_item(name, cells, "24.12.2026", "x")
    except ValidationError as exc:
        assert exc.field.startswith(name + ".")
        return
    datapack.check_item(name, doc)  # what passes is a valid item


def test_enforcement_rates_typed_reach_the_reference_line_and_end_the_check():
    # One adult with the single rate typed as 11 000 kr: the reference line is 11 000 kr a month.
    from startlan_desktop.core.living import enforcement_rate
    from startlan_desktop.core.model import Member

    one = [Member("applicant", age_years=40)]
    assert enforcement_rate(one, dt.date(2026, 12, 1)) == 10_724
    assert "enforcement_rates" in {s.item for s in data.stale_items(dt.date(2026, 12, 1))}  # from 1 July 2024
    dataedit.save_item("enforcement_rates", typed("enforcement_rates", {"Enslig": "11 000"}, "01.07.2026",
                                                  "regjeringen.no, livsoppholdssatser fra 1. juli 2026"))
    assert enforcement_rate(one, dt.date(2026, 12, 1)) == 11_000
    assert "enforcement_rates" not in {s.item for s in data.stale_items(dt.date(2026, 12, 1))}
    # A household of five: the two youngest get 20 % less; typed as 25 % the cut follows.
    dataedit.save_item("enforcement_rates", typed("enforcement_rates",
                                                  {"Reduksjon for yngste fra fjerde person i husstanden": "25"},
                                                  "01.07.2026", "x"))
    assert data.load("enforcement_rates")["reduction_from_fourth_member"] == pytest.approx(0.25)


@pytest.mark.parametrize("lang,words", [("en", "The figure must be between 0 and 100 %"),
                                        ("nn", "Talet må vere mellom 0 og 100 %")])
def test_refusal_is_in_the_ui_language(lang, words):
    from startlan_desktop.i18n import set_language

    set_language(lang)
    cells = dataedit.texts("tax_2026")
    cells[0] = "220"
    with pytest.raises(ValidationError) as exc:
        dataedit.edited_item("tax_2026", cells, "01.12.2026", "x")
    assert words in exc.value.message
