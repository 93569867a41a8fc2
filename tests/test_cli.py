"""The `startlan` command: JSON contracts, tables and error paths."""

import json
import subprocess
import sys

import pytest

from startlan_desktop.cli import main


def run_json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_compute_json_contract(case_file, capsys):
    doc = run_json(capsys, ["compute", str(case_file), "--json"])
    assert len(doc["scenarios"]) == 4
    keys = {"label", "monthly_payment", "total_interest", "total_paid", "effective_rate_pct", "residual",
            "residual_stressed", "break_even_rate_pct", "max_loan", "verdict", "loan_amount", "term_years",
            "nominal_rate_pct", "repayment", "stress_rate_pct", "stress_rule"}
    assert keys <= set(doc["scenarios"][0])
    assert doc["scenarios"][0]["term_years"] == 30 and doc["scenarios"][2]["term_years"] == 50
    assert doc["scenarios"][2]["monthly_payment"] < doc["scenarios"][0]["monthly_payment"]
    assert {"sifo_total", "nav_floor", "used"} <= set(doc["living_costs"])
    assert doc["scenarios"][0]["nominal_rate_pct"] == pytest.approx(4.131 + 0.25)  # Husbanken Nov 2026 + markup


def test_compute_table_uses_norwegian_numbers(case_file, capsys):
    assert main(["compute", str(case_file)]) == 0
    out = capsys.readouterr().out
    assert "Terminbeløp per måned" in out and "\u00a0kr" in out and "Restbeløp ved stresstest" in out


def test_schedule_text_and_csv(case_file, capsys):
    assert main(["schedule", str(case_file), "--scenario", "1", "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("termin;renter") and len(lines) == 361
    assert lines[-1].endswith(";0,00")
    assert main(["schedule", str(case_file), "--scenario", "3", "--yearly"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 52


def test_loan_quick_calculation(capsys):
    doc = run_json(capsys, ["loan", "--amount", "2 000 000", "--rate", "5", "--years", "30", "--json"])
    assert doc["first_payment"] == pytest.approx(10736.43, abs=0.005)
    assert doc["terms"] == 360
    doc = run_json(capsys, ["loan", "--amount", "2000000", "--rate", "5", "--years", "30",
                            "--interest-only-years", "2", "--term-fee", "30", "--establishment-fee", "600",
                            "--json"])
    assert doc["first_payment"] == pytest.approx(2_000_000 * 0.05 / 12 + 30)
    assert doc["effective_rate_pct"] > 5.116
    doc = run_json(capsys, ["loan", "--payment", "10736,43", "--rate", "5", "--years", "30", "--json"])
    assert doc["max_loan"] == pytest.approx(2_000_000, abs=1)


def test_sifo_quick(capsys):
    doc = run_json(capsys, ["sifo", "--year", "2025", "--member", "f:40", "--member", "m:40",
                            "--member", "m:5:barnehage", "--member", "f:11", "--petrol-cars", "1", "--json"])
    assert doc["total"] * 12 == pytest.approx(455_140)
    assert set(doc["categories"]) == {"mat_og_drikke", "klaer_og_sko", "personlig_pleie", "lek_og_mediebruk",
                                      "reisekostnader", "spedbarnsutstyr", "andre_dagligvarer",
                                      "husholdningsartikler", "mobler", "mediebruk_og_fritid", "bilkostnader",
                                      "barnehage", "sfo"}
    doc = run_json(capsys, ["sifo", "--member", "f:28:breastfeeding", "--member", "m:4mo", "--json"])
    assert doc["categories"]["mat_og_drikke"] == 5950 + 1065
    assert doc["nav_floor"] == 7850 + 3850


def test_tax_quick(capsys):
    doc = run_json(capsys, ["tax", "--year", "2026", "--wage", "500000", "--json"])
    assert doc["tax"] == pytest.approx(110_582.6)
    assert doc["net_monthly"] == pytest.approx((500_000 - 110_582.6) / 12, abs=0.01)


@pytest.mark.parametrize("argv", [
    ["loan", "--amount", "1000000", "--rate", "45", "--years", "30"],
    ["loan", "--amount", "1000000", "--rate", "5", "--years", "60"],
    ["loan", "--amount", "-5", "--rate", "5", "--years", "30"],
    ["loan", "--amount", "abc", "--rate", "5", "--years", "30"],
    ["loan", "--amount", "1000000", "--rate", "5", "--years", "30", "--interest-only-years", "9"],
    ["loan", "--rate", "5", "--years", "30"],
    ["sifo", "--member", "x:40"],
    ["sifo", "--member", "f:40:flying"],
    ["sifo", "--member", "f:140"],
    ["sifo", "--year", "2019", "--member", "f:40"],
    ["tax", "--wage", "-1"],
    ["compute", "/nonexistent/case.startlan"],
    ["schedule", "/nonexistent.startlan", "--scenario", "x"],
    ["nonsense"],
    [],
])
def test_errors_exit_2_with_one_line(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("startlan: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_schedule_scenario_out_of_range(case_file, capsys):
    assert main(["schedule", str(case_file), "--scenario", "9"]) == 2
    assert "mellom 1 og 4" in capsys.readouterr().err


def test_bad_case_file_exits_2(tmp_path, capsys):
    p = tmp_path / "bad.startlan"
    p.write_text("{broken", encoding="utf-8")
    assert main(["compute", str(p)]) == 2
    assert "JSON" in capsys.readouterr().err


def test_console_script_runs_as_a_process(case_file):
    out = subprocess.run([sys.executable, "-m", "startlan_desktop.cli", "compute", str(case_file), "--json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["scenarios"][0]["verdict"] in ("ok", "tight", "not_sustainable")


def test_pdf_command(case_file, tmp_path, capsys):
    out = tmp_path / "ark.pdf"
    assert main(["pdf", str(case_file), "-o", str(out), "--scenario", "3", "--schedule"]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"pdfaid" in data
    assert main(["pdf", str(case_file), "-o", str(out), "--scenario", "9"]) == 2
    assert "mellom 1 og 4" in capsys.readouterr().err
    assert main(["pdf", str(case_file), "-o", str(tmp_path / "missing" / "x.pdf")]) == 2


def test_breakcost_json_and_table(case_file, capsys):
    doc = run_json(capsys, ["breakcost", str(case_file), "--scenario", "2", "--json"])
    assert doc["fixed_years"] == 10 and len(doc["cells"]) == 15
    cell = next(c for c in doc["cells"] if c["years"] == 1 and c["move_pp"] == -1.0)
    assert cell["cost"] > 0 and cell["remaining_months"] == 108
    assert main(["breakcost", str(case_file), "--scenario", "2"]) == 0
    out = capsys.readouterr().out
    assert "−2 pp" in out and "overkurs" in out


def test_breakcost_floating_and_bad_scenario_exit_2(case_file, capsys):
    assert main(["breakcost", str(case_file), "--scenario", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "flytende" in err
    assert main(["forcedsale", str(case_file), "--scenario", "7"]) == 2
    assert "--scenario" in capsys.readouterr().err


def test_forcedsale_json_and_sentence(case_file, capsys):
    doc = run_json(capsys, ["forcedsale", str(case_file), "--scenario", "1", "--json"])
    assert doc["price_falls_pct"] == [0, 10, 20, 30]
    y3 = doc["years"][3]
    assert y3["debt_left"]["20"] == pytest.approx(y3["debt"] - doc["net_proceeds"]["20"], abs=0.02)
    assert doc["text"].startswith("Hvis boligen må selges etter 3 år og prisene har falt 20 %, står dere igjen med")
    assert main(["forcedsale", str(case_file), "--scenario", "1"]) == 0
    assert "Prisfall 30 %" in capsys.readouterr().out


def test_forcedsale_bad_sale_cost_exit_2(case_file, capsys):
    doc = json.loads(case_file.read_text(encoding="utf-8"))
    doc["case"]["housing"]["agent_cost_pct"] = -1
    case_file.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["forcedsale", str(case_file), "--scenario", "1"]) == 2
    assert "Meglerkostnaden" in capsys.readouterr().err


def _startlan(*argv, **env):
    import os

    return subprocess.run([sys.executable, "-m", "startlan_desktop.cli", *argv], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def _pdf_text(path) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_pdf_process_with_its_figures_computed_ahead_or_not_is_the_same_sheet(case_file, tmp_path):
    """`startlan pdf` computes the figures in a forked child while it loads
    reportlab (startlan_desktop/ahead.py); in one process it makes the same sheet,
    and a bad scenario or case says the same one line with exit code 2 either way."""
    ahead, alone = tmp_path / "ahead.pdf", tmp_path / "alone.pdf"
    assert _startlan("pdf", str(case_file), "-o", str(ahead), "--scenario", "2").returncode == 0
    assert _startlan("pdf", str(case_file), "-o", str(alone), "--scenario", "2", STARTLAN_NO_FORK="1").returncode == 0
    strip = lambda t: "\n".join(line for line in t.splitlines() if "Laget" not in line)  # noqa: E731 (the minute made)
    assert strip(_pdf_text(ahead)) == strip(_pdf_text(alone))
    bad = tmp_path / "bad.startlan"
    bad.write_text("{broken", encoding="utf-8")
    for env in ({}, {"STARTLAN_NO_FORK": "1"}):
        out = _startlan("pdf", str(case_file), "-o", str(tmp_path / "x.pdf"), "--scenario", "9", **env)
        assert (out.returncode, out.stderr.strip().count("\n"), "mellom 1 og 4" in out.stderr) == (2, 0, True)
        out = _startlan("pdf", str(bad), "-o", str(tmp_path / "x.pdf"), **env)
        assert (out.returncode, out.stderr.strip().count("\n"), "JSON" in out.stderr) == (2, 0, True)
    assert not (tmp_path / "x.pdf").exists()


def test_the_process_ends_with_all_its_output_and_its_exit_code(case_file, capsys):
    """`startlan` leaves without Python's teardown (cli.run): the output is
    complete and the exit code is main()'s."""
    assert main(["schedule", str(case_file), "--scenario", "3", "--csv"]) == 0
    expected = capsys.readouterr().out
    out = _startlan("schedule", str(case_file), "--scenario", "3", "--csv")
    assert (out.returncode, out.stdout) == (0, expected) and len(expected.splitlines()) == 601
    assert _startlan("schedule", str(case_file), "--scenario", "7").returncode == 2
