"""The CLI reads kroner and rates as the window's fields do (core/parsing.py):
`28.400` is 28 400 kr, `1,234` is refused with exit 2 and one line, and a rate
may have a comma or a dot."""

from __future__ import annotations

import json

import pytest

from startlan_desktop.cli import main


def _json(capsys, argv) -> dict:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_a_dot_before_three_digits_in_kroner_is_a_thousands_separator(capsys):
    # at 0 % a one-year annuity pays the amount in twelve equal terms: 28 400 / 12
    doc = _json(capsys, ["loan", "--amount", "28.400", "--rate", "0", "--years", "1", "--json"])
    assert doc["first_payment"] == pytest.approx(28_400 / 12, abs=0.005)
    assert doc["total_paid"] == pytest.approx(28_400, abs=0.005)
    for typed in ("28 400", "kr 28.400,-", "28400"):
        assert _json(capsys, ["loan", "--amount", typed, "--rate", "0", "--years", "1", "--json"]) == doc


@pytest.mark.parametrize("argv", [
    ["loan", "--amount", "1,234", "--rate", "5", "--years", "30"],
    ["loan", "--amount", "28.40", "--rate", "5", "--years", "30"],
    ["loan", "--amount", "5 %", "--rate", "5", "--years", "30"],
    ["loan", "--payment", "1,234", "--rate", "5", "--years", "30"],
    ["loan", "--amount", "100000", "--rate", "4 kr", "--years", "30"],
    ["loan", "--amount", "100000", "--rate", "1.234,5", "--years", "30"],
    ["loan", "--amount", "100000", "--rate", "5", "--years", "30", "--term-fee", "1,234"],
    ["tax", "--wage", "1,234"],
    ["portfolio", "x.csv", "--min-jump", "1,234"],
])
def test_ambiguous_or_wrong_kind_is_refused_with_one_line(capsys, argv):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("startlan: ") and err.count("\n") == 1 and "Traceback" not in err


def test_refusal_says_why_in_the_fields_words(capsys):
    assert main(["loan", "--amount", "1,234", "--rate", "5", "--years", "30"]) == 2
    err = capsys.readouterr().err
    assert "--amount" in err and "1 234" in err and "'1,234'" in err


def test_a_rate_takes_a_comma_or_a_dot_and_a_percent_sign(capsys):
    docs = [_json(capsys, ["loan", "--amount", "2 000 000", "--rate", r, "--years", "30", "--json"])
            for r in ("4.275", "4,275", "4,275 %")]
    assert docs[0] == docs[1] == docs[2]
    # 2 000 000 kr over 360 terms at 4,275 %: r = 0,04275/12, payment = P r / (1 - (1 + r)^-360)
    r = 0.04275 / 12
    assert docs[0]["first_payment"] == pytest.approx(2_000_000 * r / (1 - (1 + r) ** -360), abs=0.005)


def test_wage_in_norwegian_thousands(capsys):
    assert _json(capsys, ["tax", "--year", "2026", "--wage", "500.000", "--json"]) == \
        _json(capsys, ["tax", "--year", "2026", "--wage", "500000", "--json"])
