"""Issue 14 item 9 through the command line: tiny amounts never crash and never print NaN."""

import json

import pytest

from startlan_desktop.cli import main
from startlan_desktop.core import casefile
from startlan_desktop.core.example import example_case


def strict_json(text):
    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def test_loan_amount_zero_prints_valid_json(capsys):
    assert main(["loan", "--amount", "0", "--rate", "4.275", "--years", "30", "--term-fee", "30", "--json"]) == 0
    doc = strict_json(capsys.readouterr().out)
    assert doc["effective_rate_pct"] is None and doc["first_payment"] == 30.0


@pytest.mark.parametrize("amount", [1, 15, 150, 1500])
def test_compute_and_pdf_on_tiny_amounts_exit_0(tmp_path, capsys, amount):
    case = example_case()
    for s in case.scenarios:
        s.amount, s.term_fee, s.establishment_fee = amount, 30, 600
    path = tmp_path / "tiny.startlan"
    casefile.save(case, path)
    assert main(["compute", str(path), "--json"]) == 0
    doc = strict_json(capsys.readouterr().out)
    # 600 + 30 x 360 (or 600) kr of fees are at or above the amount: undefined, null
    assert all(s["effective_rate_pct"] is None for s in doc["scenarios"])
    assert main(["compute", str(path)]) == 0
    assert "Effektiv rente" in capsys.readouterr().out
    assert main(["pdf", str(path), "-o", str(tmp_path / "tiny.pdf")]) == 0
    assert (tmp_path / "tiny.pdf").read_bytes().startswith(b"%PDF")
