"""`startlan portfolio`: the generated lists in three formats, bad input and
exit codes; figures against an independent annuity computation."""

import json
import shutil
from pathlib import Path

import numpy_financial as npf
import pytest

from startlan_desktop.cli import main

DATA = Path(__file__).resolve().parent / "data"
ARGS = ["--floating-rate", "4,131", "--markup", "0,25", "--today", "2026-12-01"]


def run(capsys, *argv):
    code = main(["portfolio", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("name", ["loans-utf8.csv", "loans-cp1252.csv", "loans.xlsx"])
def test_json_figures(capsys, name):
    code, out, err = run(capsys, str(DATA / name), "--json", *ARGS)
    assert code == 0
    doc = json.loads(out)
    assert (doc["loans"], doc["fixed_rate_expiries"], doc["rate_after_pct"]) == (10, 8, pytest.approx(4.381))
    first = doc["expiries"][1]  # 7001001: 1 850 000 kr, 2.15 %, 300 months, fixed 3 more months
    assert first["loan_number"] == "7001001"
    pay = -npf.pmt(0.0215 / 12, 300, 1_850_000)
    bal = -npf.fv(0.0215 / 12, 3, -pay, 1_850_000)
    after = -npf.pmt(0.04381 / 12, 297, bal)
    assert first["payment_now"] == pytest.approx(pay, abs=0.005)
    assert first["payment_after"] == pytest.approx(after, abs=0.005)
    assert first["jump"] == pytest.approx(after - pay, abs=0.01)
    assert sum(q["count"] for q in doc["quarters"]) == 8
    assert doc["issues"] == []


def test_table_and_quarters(capsys):
    code, out, err = run(capsys, str(DATA / "loans-utf8.csv"), *ARGS)
    assert code == 0
    assert "7001001" in out and "Åse Ødegård" in out and "01.03.2027" in out and "Ikke kontaktet" in out
    assert "2027 K1" in out and "Etter 2028" in out


def test_filters(capsys):
    code, out, _ = run(capsys, str(DATA / "loans-utf8.csv"), "--json", "--within", "6", *ARGS)
    assert [e["loan_number"] for e in json.loads(out)["expiries"]] == ["7001007", "7001001", "7001002"]
    code, out, _ = run(capsys, str(DATA / "loans-utf8.csv"), "--csv", "--search", "Hassan", *ARGS)
    assert out.splitlines()[1].startswith("7001005;Fatima Hassan;2027-09-01;9;3100000,00;")


def test_bad_rows_go_to_stderr_and_the_rest_is_listed(capsys):
    code, out, err = run(capsys, str(DATA / "loans-bad.csv"), "--csv", *ARGS)
    assert code == 0
    assert [ln.split(";")[0] for ln in out.splitlines()[1:]] == ["8001", "8010"]
    assert "Rad 4, kolonne «Rente»" in err and len(err.splitlines()) == 8


def test_mapping_on_the_command_line(tmp_path, capsys):
    f = tmp_path / "x.csv"
    f.write_text("Konto;Beløp;Sats;Bundet;Mnd\n55;1 000 000;2,5;01.03.2027;240\n", encoding="utf-8")
    code, _, err = run(capsys, str(f), *ARGS)
    assert code == 2 and err.count("\n") == 1 and "Velg kolonnene selv" in err
    code, out, _ = run(capsys, str(f), "--json", "--map", "loan_number=Konto", "--map", "balance=Beløp",
                       "--map", "rate=3", "--map", "fixed_until=Bundet", "--map", "remaining=Mnd", *ARGS)
    assert code == 0 and json.loads(out)["expiries"][0]["loan_number"] == "55"
    code, _, err = run(capsys, str(f), "--map", "nonsense", *ARGS)
    assert code == 2 and "FELT=KOLONNE" in err


@pytest.mark.parametrize("content", [b"", b"just text\n", b"\x00\x01binary"])
def test_unreadable_files_exit_2_with_one_line(tmp_path, capsys, content):
    f = tmp_path / "x.csv"
    f.write_bytes(content)
    code, out, err = run(capsys, str(f), *ARGS)
    assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("startlan: ")


def test_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path / "nope.csv"))
    assert code == 2 and "Finner ikke filen" in err


def test_nothing_written_and_english(tmp_path, capsys):
    shutil.copy(DATA / "loans-utf8.csv", tmp_path)
    assert main(["--lang", "en", "portfolio", str(tmp_path / "loans-utf8.csv"), *ARGS]) == 0
    out = capsys.readouterr().out
    assert "Loan no." in out or "Not contacted" in out
    assert [x.name for x in tmp_path.iterdir()] == ["loans-utf8.csv"]


def test_cases_folder_gives_the_residual(tmp_path, capsys):
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import followup_case

    case = followup_case()
    case.reference = "7001002"
    casefile.save(case, tmp_path / "a.startlan")
    code, out, _ = run(capsys, str(DATA / "loans-utf8.csv"), "--json", "--cases", str(tmp_path), *ARGS)
    e = {x["loan_number"]: x for x in json.loads(out)["expiries"]}
    assert e["7001002"]["case_file"] == "a.startlan" and e["7001002"]["residual_after"] is not None
    assert e["7001001"]["residual_after"] is None
