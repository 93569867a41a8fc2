"""`startlan goalseek`: the table, the JSON contract (each value plugs back) and bad input."""

import json

import pytest

from startlan_desktop.cli import main
from startlan_desktop.core import casefile
from startlan_desktop.core import goalseek as gs


def test_goalseek_json_values_plug_back(case_file, capsys):
    assert main(["goalseek", str(case_file), "--scenario", "1", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["title"] == "Hva skal til for at «30 år, flytende» går opp?"
    assert doc["holds"] is (doc["prudent_residual"] >= 0)
    keys = [a["key"] for a in doc["answers"]]
    assert keys == ["amount", "price", "grant", "equity", "income", "other_debt", "living", "term",
                    "interest_only", "fixed"]
    case = casefile.load(case_file)
    for a in doc["answers"]:
        if a["value"] is None or not a["exact"] or a["limit"] in ("not_needed", "nav_floor"):
            continue
        answer = gs.Answer(a["key"], a["current"], a["value"], None, unit=a["unit"])
        assert abs(gs.plug_back(case, 0, answer)) < 1.0, a["key"]  # the JSON is rounded to øre
    assert doc["refusal_text"].startswith("Budsjettet med «30 år, flytende» mangler")


def test_goalseek_table(case_file, capsys):
    assert main(["goalseek", str(case_file), "--scenario", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Hva skal til for at «50 år, flytende» går opp?")
    assert "Korteste løpetid" in out and "Laveste nettoinntekt per måned" in out


@pytest.mark.parametrize("argv", [["--scenario", "0"], ["--scenario", "5"], ["--scenario", "x"], []])
def test_goalseek_bad_input_exits_2_with_one_line(case_file, capsys, argv):
    assert main(["goalseek", str(case_file), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("startlan: ") and err.count("\n") == 1


def test_goalseek_missing_file(tmp_path, capsys):
    assert main(["goalseek", str(tmp_path / "none.startlan"), "--scenario", "1"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
