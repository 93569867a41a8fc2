"""`startlan variants`: the table of life events beside the original, the break-even, bad input."""

import json

import pytest

from startlan_desktop.cli import main


def test_variants_table(case_file, capsys):
    assert main(["variants", str(case_file)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Livshendelser")
    labels = [line.replace("\u00a0", " ").split("  ")[0] for line in lines[3:12]]
    assert labels == ["Saken som den er", "Amina mister inntekten", "Yusuf mister inntekten",
                      "Amina: inntekten faller til 66 % (sykdom, AAP)", "Yusuf: inntekten faller til 66 % (sykdom, AAP)",
                      "Et barn til", "Amina alene med barna", "Yusuf alene med barna", "Livsopphold 10 % dyrere"]
    assert "Nettoinntekten" in out


def test_variants_json(case_file, capsys):
    assert main(["variants", str(case_file), "--scenario", "3", "--json", "--price-shock", "20"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [s["number"] for s in doc["scenarios"]] == [3]
    keys = [v["key"] for v in doc["variants"]]
    assert keys[0] == "original" and "price_shock" in keys and "separation:1" in keys
    shock = next(v for v in doc["variants"] if v["key"] == "price_shock")
    assert shock["label"] == "Livsopphold 20\u00a0% dyrere"
    assert shock["scenarios"][0]["prudent_residual"] < doc["variants"][0]["scenarios"][0]["prudent_residual"]
    assert doc["income_break_even"][0]["number"] == 3


@pytest.mark.parametrize("argv,msg", [(["--price-shock", "500"], "--price-shock må være mellom 0 og 100"),
                                      (["--scenario", "7"], "--scenario må være mellom 1 og 4")])
def test_variants_bad_input(case_file, capsys, argv, msg):
    assert main(["variants", str(case_file), *argv]) == 2
    err = capsys.readouterr().err
    assert msg in err and err.count("\n") == 1
