"""The shipped figures of December 2026 (domain.md § 11), checked against the published values."""

import datetime as dt

import pytest

from startlan_desktop.core import data
from startlan_desktop.core.budget import compute
from startlan_desktop.core.example import example_case


def test_policy_rate_today_and_its_history():
    p = data.policy_rate()
    assert (p["rate_pct"], p["valid_from"], p["status"]) == (4.5, "2026-09-24", "secondary")
    assert data.policy_decision(dt.date(2026, 9, 23))["rate_pct"] == 4.25
    assert data.policy_decision(dt.date(2026, 5, 7))["rate_pct"] == 4.25
    assert data.policy_decision(dt.date(2026, 5, 6))["rate_pct"] == 4.0
    assert [d["valid_from"] for d in data.policy_decisions()] == ["2026-09-24", "2026-05-07", "2025-09-18"]


def test_example_is_stressed_at_seven_percent():
    r = compute(example_case())
    assert [s.stress_rate_pct for s in r.scenarios] == pytest.approx([7.00] * 4)  # 4,50 % + 2,5 pp


def test_november_2026_table_uses_published_rows():
    t = data.rate_table()
    assert t["valid_from"] == "2026-11-01" and t["status"] == "confirmed"
    published = {12: (4.131, 4.774, 4.650, 4.535, 4.822), 4: (4.145, 4.793, 4.668, 4.552, 4.841),
                 2: (4.167, 4.822, 4.695, 4.578, 4.871)}
    kinds = ("floating", "fixed_3", "fixed_5", "fixed_10", "fixed_20")
    for n, row in published.items():
        assert [data.husbanken_rate(k, n, t) for k in kinds] == list(row)
        # Husbanken's formula reproduces its published rows to the thousandth
        for k, monthly, published_n in zip(kinds, published[12], row):
            assert round(data.nominal_for_frequency(monthly, n), 3) == published_n, (k, n)


def test_floating_history_2025_2026():
    expected = {"2025-01-01": 4.640, "2025-03-01": 4.602, "2025-05-01": 4.582, "2025-07-01": 4.525,
                "2025-09-01": 4.429, "2025-11-01": 4.266, "2026-01-01": 4.121, "2026-03-01": 4.044,
                "2026-05-01": 4.035, "2026-07-01": 4.025, "2026-08-01": 4.025, "2026-09-01": 4.025,
                "2026-10-01": 4.025, "2026-11-01": 4.131}
    for date, rate in expected.items():
        assert data.husbanken_rate("floating", 12, data.rate_table(date)) == rate
    assert data.rate_table("2026-07-01")["status"] == "confirmed"  # July 2026 is official now
    assert data.husbanken_rate("fixed_10", 12, data.rate_table("2026-08-01")) == 4.448


def test_fees_and_g():
    fees = data.loan_terms()["fees"]
    assert (fees["establishment_electronic"], fees["establishment_paper"], fees["term_fee_electronic"],
            fees["term_fee_paper"], fees["mortgage_registration"]) == (600, 800, 30, 40, 545)
    assert fees["valid_from"] == "2026-03-13"
    g = data.grunnbelop()
    assert (g["amount"], g["valid_from"]) == (136_549, "2026-05-01")
