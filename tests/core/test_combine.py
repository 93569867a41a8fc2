"""A split loan's combined schedule (issue 23: column-wise sums, same figures)."""

from __future__ import annotations

import pytest

from startlan_desktop.core.loans import LoanSpec, build_schedule, combine


def test_combined_schedule_adds_the_parts_and_weights_the_rate():
    fixed = build_schedule(LoanSpec(820_000, 4.6, 600, fixed_months=60, rate_after_fixed_pct=4.275))
    floating = build_schedule(LoanSpec(1_230_000, 4.275, 600))
    whole = combine([fixed, floating], LoanSpec(2_050_000, 4.275, 600, term_fee=30))
    assert len(whole.interest) == 600 and whole.balance[-1] == 0
    # first term by hand: 820 000 × 4.6 %/12 + 1 230 000 × 4.275 %/12
    assert whole.interest[0] == pytest.approx(820_000 * 0.046 / 12 + 1_230_000 * 0.04275 / 12, abs=1e-9)
    # the rate shown is the balance-weighted rate: (820 000 × 4.6 + 1 230 000 × 4.275) / 2 050 000 = 4.405 %
    assert whole.rate_pct[0] == pytest.approx(4.405, abs=1e-9)
    assert whole.rate_pct[60] == pytest.approx(4.275, abs=1e-9)  # both parts float after the binding
    for k in (0, 59, 60, 599):
        assert whole.balance[k] == fixed.balance[k] + floating.balance[k]
        assert whole.principal[k] == fixed.principal[k] + floating.principal[k]
    assert whole.payment(0) == pytest.approx(fixed.payment(0) + floating.payment(0) + 30, abs=1e-9)
