"""Tax estimates by hand from the 2025 and 2026 rules (domain.md § 5)."""

import pytest

from startlan_desktop.core import tax
from startlan_desktop.core.errors import ValidationError


def test_wage_500k_2026_by_hand():
    e = tax.estimate(500_000, year=2026)
    ordinary = (500_000 - 95_700 - 114_540) * 0.22
    bracket = (318_300 - 226_100) * 0.017 + (500_000 - 318_300) * 0.04
    social = 500_000 * 0.076
    assert e.tax == pytest.approx(ordinary + bracket + social)
    assert e.net_monthly == pytest.approx((500_000 - e.tax) / 12)


def test_high_wage_hits_all_brackets_2026():
    w = 1_600_000
    e = tax.estimate(w, year=2026)
    bracket = ((318_300 - 226_100) * 0.017 + (725_050 - 318_300) * 0.04 + (980_100 - 725_050) * 0.137
               + (1_467_200 - 980_100) * 0.168 + (w - 1_467_200) * 0.178)
    assert e.bracket_tax == pytest.approx(bracket)
    assert e.ordinary_tax == pytest.approx((w - 95_700 - 114_540) * 0.22)


def test_low_income_social_security_phase_in():
    e = tax.estimate(120_000, year=2026)
    assert e.social_security == pytest.approx(0.25 * (120_000 - 99_650))  # below 7.6 % of 120 000
    assert tax.estimate(90_000, year=2026).social_security == 0


def test_pension_2026_uses_the_june_2026_credit():
    p = 300_000
    e = tax.estimate(0, p, year=2026)
    credit = 39_100 - (p - 294_200) * 0.191
    assert e.pension_credit == pytest.approx(credit)
    ordinary = (p - 75_400 - 114_540) * 0.22
    assert e.tax == pytest.approx(ordinary + (p - 226_100) * 0.017 + p * 0.051 - credit)


def test_wage_2025_rules():
    e = tax.estimate(400_000, year=2025)
    expected = ((400_000 - 92_000 - 108_550) * 0.22 + (306_050 - 217_400) * 0.017 + (400_000 - 306_050) * 0.04
                + 400_000 * 0.077)
    assert e.tax == pytest.approx(expected)


def test_finnmark_zone():
    e = tax.estimate(500_000, year=2026, finnmark=True)
    assert e.ordinary_tax == pytest.approx((500_000 - 95_700 - 114_540 - 45_000) * 0.185)


def test_combined_minimum_deduction_is_capped():
    e = tax.estimate(200_000, 150_000, year=2026)
    assert e.minimum_deduction == 95_700


def test_bad_input():
    with pytest.raises(ValidationError):
        tax.estimate(-1)
    with pytest.raises(ValidationError) as exc:
        tax.estimate(1, year=2019)
    assert exc.value.field == "tax_year"
