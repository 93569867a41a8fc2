"""Data packs and cases that remember their data (issue 16, items 3, 5, 6)."""

import copy
import datetime as dt
import json

import numpy_financial as npf
import pytest

from startlan_desktop.cli import main
from startlan_desktop.core import casefile, data, datapack
from startlan_desktop.core.budget import compute
from startlan_desktop.core.errors import CaseFileError
from startlan_desktop.core.example import example_case


@pytest.fixture(autouse=True)
def fresh_data():
    data.reload()
    yield
    data.reload()


def pack_with(**edits):
    doc = datapack.export_pack()
    for path, value in edits.items():
        node = doc["items"]
        *parents, last = path.split("__")
        for p in parents:
            node = node[int(p)] if isinstance(node, list) else node[p]
        node[int(last) if isinstance(node, list) else last] = value
    return doc


def write(tmp_path, doc, name="pack.json"):
    p = tmp_path / name
    p.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return p


def test_export_edit_import_gives_725_in_a_new_case(tmp_path, capsys):
    assert main(["data", "export"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "startlan-data" and doc["version"] == 1 and set(doc["items"]) == set(data.ITEMS)
    doc["items"]["policy_rate"]["decisions"][0]["rate_pct"] = 4.75
    p = write(tmp_path, doc)
    assert main(["data", "import", str(p)]) == 0
    assert "4,50 % fra 24.09.2026 → 4,75 % fra 24.09.2026" in capsys.readouterr().out.replace("\u00a0", " ")
    r = compute(example_case())  # a new case takes the data in force
    assert [s.stress_rate_pct for s in r.scenarios] == pytest.approx([4.75 + 2.5] * 4)


def test_saved_case_reproduces_its_figures_after_an_import(tmp_path, capsys):
    case_path = tmp_path / "c.startlan"
    casefile.save(example_case(), case_path)
    assert main(["compute", str(case_path), "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    doc = pack_with(policy_rate__decisions__0__rate_pct=4.75, husbanken_rates__tables__0__rates__12__floating=4.5)
    assert main(["data", "import", str(write(tmp_path, doc))]) == 0
    capsys.readouterr()
    assert main(["compute", str(case_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == before  # to the krone (and the øre)
    assert main(["compute", str(case_path), "--json", "--current-data"]) == 0
    now = json.loads(capsys.readouterr().out)
    s0 = now["scenarios"][0]
    assert s0["stress_rate_pct"] == pytest.approx(7.25)
    assert s0["nominal_rate_pct"] == pytest.approx(4.5 + 0.25)
    # 2 050 000 kr over 360 months at 4,75 %, plus the 30 kr term fee
    assert s0["monthly_payment"] == pytest.approx(-npf.pmt(0.0475 / 12, 360, 2_050_000) + 30, abs=0.01)


def test_dry_run_changes_nothing(tmp_path, capsys):
    doc = pack_with(policy_rate__decisions__0__rate_pct=4.75)
    assert main(["data", "import", str(write(tmp_path, doc)), "--dry-run"]) == 0
    assert "Prøvekjøring" in capsys.readouterr().out
    assert not datapack.user_path().exists()
    assert data.policy_rate()["rate_pct"] == 4.5


def _truncated():
    return json.dumps(datapack.export_pack())[:5000]


HOSTILE = [
    (lambda: _truncated(), "ikke gyldig JSON"),
    (lambda: "[]", "ikke en datapakke"),
    (lambda: {**datapack.export_pack(), "version": 2}, "nyere versjon"),
    (lambda: {**datapack.export_pack(), "version": "1"}, "versjonsnummer"),
    (lambda: {**datapack.export_pack(), "date": "i går"}, "dato"),
    (lambda: {**datapack.export_pack(), "items": {}}, "ingen dataelementer"),
    (lambda: {**datapack.export_pack(), "items": {"bitcoin": {}}}, "Ukjent dataelement"),
    (lambda: pack_with(policy_rate__decisions__0__rate_pct=-1), "Norges Banks styringsrente"),
    (lambda: pack_with(policy_rate__decisions__0__rate_pct=45), "utenfor gyldig område"),
    (lambda: pack_with(policy_rate__decisions__0__rate_pct="4,75"), "skal være et tall"),
    (lambda: pack_with(policy_rate__decisions__0__rate_pct=True), "skal være et tall"),
    (lambda: pack_with(policy_rate__decisions__0__valid_from="24.09.2026"), "dato"),
    (lambda: pack_with(husbanken_rates__tables__0__rates__12__floating=0), "Husbankens renter"),
    (lambda: pack_with(husbanken_rates__tables__0__rates__12__fixed_7=4.0), "ukjent rentetype"),
    (lambda: pack_with(husbanken_rates__tables="nei"), "liste"),
    (lambda: pack_with(nav_floor__tables__0__enslige=-7850), "NAVs veiledende satser"),
    (lambda: pack_with(grunnbelop__entries__0__amount=13), "Grunnbeløpet"),
    (lambda: pack_with(sifo_2026__household__mobler__4=9e9), "SIFO referansebudsjett 2026"),
    (lambda: pack_with(tax_2026__personal_allowance="mye"), "Skatteregler 2026"),
    (lambda: pack_with(tax_2026__ordinary_income_tax={}), "mangler"),
    (lambda: pack_with(loan_terms__fees__establishment_paper=-800), "Lånevilkår"),
]


@pytest.mark.parametrize("make,message", HOSTILE)
def test_hostile_packs_are_refused_and_nothing_changes(tmp_path, capsys, make, message):
    datapack.set_user_item("grunnbelop", {**data.shipped("grunnbelop")})  # a user file to keep intact
    before_file = datapack.user_path().read_bytes()
    before = copy.deepcopy(data.in_force())
    doc = make()
    p = write(tmp_path, doc)
    assert main(["data", "import", str(p)]) == 2
    err = capsys.readouterr().err
    assert message in err and "ingenting er endret" in err and err.count("\n") == 1
    assert datapack.user_path().read_bytes() == before_file
    data.reload()
    assert data.in_force() == before


def test_nan_and_older_packs_are_refused(tmp_path):
    text = json.dumps(pack_with(policy_rate__decisions__0__rate_pct=4.75)).replace("4.75", "NaN")
    with pytest.raises(datapack.DataPackError, match="NaN"):
        datapack.preview(datapack.parse_pack(text))
    newer = pack_with(husbanken_rates__tables__0__valid_from="2026-12-01")
    datapack.apply(newer)
    old = datapack.export_pack()
    old["items"] = {"husbanken_rates": data.shipped("husbanken_rates")}
    with pytest.raises(datapack.DataPackError, match="eldre enn dem som gjelder"):
        datapack.apply(old)


def test_refusal_is_in_the_ui_language(tmp_path, capsys):
    p = write(tmp_path, pack_with(policy_rate__decisions__0__rate_pct=45))
    assert main(["--lang", "en", "data", "import", str(p)]) == 2
    err = capsys.readouterr().err
    assert "nothing has changed" in err and "policy rate" in err.lower()


def test_newer_data_line_and_moving_the_whole_case():
    case = example_case()
    case.stress.policy_rate_pct, case.stress.policy_rate_date = 4.0, "2025-09-18"
    case.rate_table_date, case.floating_rate_pct = "2026-07-01", 4.025
    for s in case.scenarios:
        s.base_rate_pct = 4.025 if s.rate_type == "floating" else 4.496
    case.data_snapshot = data.snapshot()
    line = datapack.newer_data_line(case, dt.date(2026, 12, 1)).replace("\u00a0", " ")
    assert line.startswith("Styringsrenten er endret fra 4,00 % til 4,50 % siden saken ble lagret")
    assert "(og 1 endringer til)" in line  # the rate table of November 2026
    datapack.move_to_current(case, dt.date(2026, 12, 1))
    assert datapack.newer_data_line(case, dt.date(2026, 12, 1)) == ""
    assert [s.base_rate_pct for s in case.scenarios] == [4.131, 4.535, 4.131, 4.535]  # Nov 2026, fixed 10 y
    assert (case.stress.policy_rate_pct, case.rate_table_date, case.floating_rate_pct) == (4.5, "2026-11-01", 4.131)
    assert compute(case).scenarios[0].stress_rate_pct == pytest.approx(7.0)


def test_snapshot_keeps_the_norms_after_a_sifo_correction(tmp_path):
    path = tmp_path / "c.startlan"
    casefile.save(example_case(), path)
    before = compute(casefile.load(path)).living.sifo_total
    sifo = copy.deepcopy(data.in_force()["sifo_2026"])
    sifo["household"]["mobler"] = {k: v + 100 for k, v in sifo["household"]["mobler"].items()}
    datapack.set_user_item("sifo_2026", sifo)
    case = casefile.load(path)
    assert compute(case).living.sifo_total == before
    assert datapack.newer_data(case) == ["SIFO referansebudsjett 2026 er oppdatert siden saken ble lagret"]
    datapack.move_to_current(case)
    assert compute(case).living.sifo_total == pytest.approx(before + 100)  # the 4-person row, 100 kr more


def test_tampered_snapshot_in_a_case_file_is_refused(tmp_path):
    doc = casefile.to_dict(example_case())
    doc["case"]["data_snapshot"]["nav_floor"]["tables"][0]["enslige"] = "mange"
    p = tmp_path / "bad.startlan"
    p.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CaseFileError, match="NAVs veiledende satser"):
        casefile.load(p)


def test_version_4_file_gets_no_snapshot_until_saved(tmp_path):
    doc = casefile.to_dict(example_case())
    doc["version"] = 4
    del doc["case"]["data_snapshot"]
    p = tmp_path / "v4.startlan"
    p.write_text(json.dumps(doc), encoding="utf-8")
    case = casefile.load(p)
    assert case.data_snapshot is None
    casefile.save(case, p)
    assert casefile.load(p).data_snapshot == data.in_force()


def test_next_known_changes():
    assert data.next_change("husbanken_rates", "2026-11-01") == dt.date(2026, 12, 1)
    assert data.next_floating_change(dt.date(2026, 11, 1)) == dt.date(2027, 1, 1)
    assert data.next_floating_change(dt.date(2026, 2, 10)) == dt.date(2026, 3, 1)
    assert data.next_change("nav_floor", "2026-01-01") == dt.date(2027, 1, 1)
    assert data.next_change("grunnbelop", "2026-05-01") == dt.date(2027, 5, 1)
    assert not data.is_stale("husbanken_rates", "2026-11-01", dt.date(2026, 11, 30))
    assert data.is_stale("husbanken_rates", "2026-11-01", dt.date(2026, 12, 1))
    assert data.is_stale("nav_floor", "2025-01-01", dt.date(2026, 1, 1))
    assert not data.is_stale("policy_rate", "2026-09-24", dt.date(2027, 3, 25))  # 182 days
    assert data.is_stale("policy_rate", "2026-09-24", dt.date(2027, 3, 27))


def test_case_banner_clears_when_every_item_is_current():
    case = example_case()
    case.date = "2026-12-01"
    warned = [w for w in compute(case).warnings if "kontroller" in w]
    assert warned and "NAV" in warned[0] and "Husbankens renter" in warned[0]
    nav = {"valid_from": "2026-01-01", "status": "user", "source": "nav.no, typed by the caseworker",
           "enslige": 8_000, "ektepar_samboere": 13_400, "person_i_bofellesskap": 6_700,
           "barn_0_5": 3_900, "barn_6_10": 4_000, "barn_11_17": 5_250}
    datapack.set_user_item("nav_floor", {**data.shipped("nav_floor"), "tables": [nav]})
    table = {**data.rate_table(), "valid_from": "2026-12-01", "status": "user", "source": "husbanken.no/rente"}
    datapack.set_user_item("husbanken_rates", {**data.shipped("husbanken_rates"), "tables": [table]})
    fresh = example_case()
    fresh.date = "2026-12-01"
    assert not [w for w in compute(fresh).warnings if "kontroller" in w]
    assert compute(fresh).living.nav_floor == 13_400 + 5_250 + 3_900  # couple, girl 11, boy 4


@pytest.mark.parametrize("value", [8.0, 7.5])
def test_an_age_that_is_not_a_whole_number_is_refused(tmp_path, value):
    # Ages and counts index tables (SIFO's bands, the timeline's birthdays): 8.0 or 7,5 is refused.
    doc = datapack.export_pack()
    doc["items"] = {"sifo_2026": doc["items"]["sifo_2026"]}
    doc["items"]["sifo_2026"]["published"] = "2026-12-01"
    doc["items"]["sifo_2026"]["categories"]["mat_og_drikke"][7]["age_min"] = value
    with pytest.raises(datapack.DataPackError, match="heltall"):
        datapack.preview(doc)
    assert not datapack.user_path().exists()
