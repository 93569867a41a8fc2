"""`startlan timeline`: the yearly table, the events and the tightest month, the
JSON with every month's figures, and bad input (exit 2, one line)."""

import json

import pytest

from startlan_desktop.cli import main
from startlan_desktop.core import budget, casefile
from startlan_desktop.core.model import Income


def test_timeline_table_events_and_lowest(case_file, capsys):
    assert main(["timeline", str(case_file)]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ")
    lines = out.splitlines()
    assert lines[0].startswith("De neste årene")
    assert "30 år, flytende" in lines[1] and "50 år, fast 10 år" in lines[1]
    assert lines[3].startswith("2026 (2 mnd)") and lines[-1].startswith("Regnet måned for måned i dagens kroner")
    assert "  08.2028  Adam begynner på skolen og i SFO" in lines
    assert "  11.2033  Barnetrygden for Sara faller bort" in lines
    assert sum(1 for line in lines if ": Trangest i " in line) == 4


def test_timeline_json_has_every_month(case_file, capsys):
    assert main(["timeline", str(case_file), "--scenario", "2", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["months"] == 120 and len(doc["dates"]) == 120 and doc["dates"][0] == "2026-11"
    (sc,) = doc["scenarios"]
    assert sc["number"] == 2 and len(sc["residual"]) == len(sc["payment"]) == len(doc["income"]) == 120
    r = budget.compute(casefile.load(case_file))
    assert sc["residual"][0] == pytest.approx(r.scenarios[1].residual, abs=0.01)
    assert sc["lowest"]["residual"] == min(sc["residual"])
    assert [y["year"] for y in sc["years"]] == list(range(2026, 2037))
    assert {"month": 84, "date": "2033-11-01", "kind": "child_benefit_ends",
            "text": "Barnetrygden for Sara faller bort"} in doc["events"]


def test_a_dated_line_in_the_cli(case_file, capsys, tmp_path):
    case = casefile.load(case_file)
    case.incomes.append(Income("AAP", "benefit", 5_000.0, end="2027-05-31"))
    p = tmp_path / "dated.startlan"
    casefile.save(case, p)
    assert main(["timeline", str(p), "--scenario", "1"]) == 0
    assert "  06.2027  «AAP» faller bort" in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("argv,msg", [(["--scenario", "9"], "--scenario må være mellom 1 og 4"),
                                      (["--scenario", "x"], "ikke et tall")])
def test_timeline_bad_input_exits_2_with_one_line(case_file, capsys, argv, msg):
    assert main(["timeline", str(case_file), *argv]) == 2
    err = capsys.readouterr().err
    assert msg in err and err.count("\n") == 1


def test_timeline_missing_file(tmp_path, capsys):
    assert main(["timeline", str(tmp_path / "none.startlan")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
