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


# --- issue 14 item 1: the pension credit's second step (domain.md § 11) ---------------------

def test_pension_500k_2025_published_figures():
    # Issue 14 / Skatteetaten 2025 rules, by hand:
    # ordinary 22 % x (500 000 - 73 150 - 108 550) = 70 026; bracket 1.7 % x 88 650 + 4 % x 193 950
    # = 9 265.05; trygdeavgift 5.1 % = 25 500; credit 36 000 - 16.7 % x 146 550 - 6 % x 77 050
    # = 6 903.15; tax 97 887.90.
    e = tax.estimate(0, 500_000, year=2025)
    assert e.pension_credit == pytest.approx(6_903.15, abs=0.005)
    assert e.tax == pytest.approx(97_887.90, abs=0.005)


def test_pension_500k_2026_published_figure():
    # 2026 (June 2026 rules): 22 % x (500 000 - 75 400 - 114 540) = 68 213.20; bracket 1.7 % x 92 200
    # + 4 % x 181 700 = 8 835.40; 25 500; credit 39 100 - 19.1 % x 142 900 - 6 % x 62 900 = 8 032.10.
    e = tax.estimate(0, 500_000, year=2026)
    assert e.pension_credit == pytest.approx(8_032.10, abs=0.005)
    assert e.tax == pytest.approx(94_516.50, abs=0.005)


def test_pension_credit_ceases_at_615_100_in_2025():
    # Skatteetaten: the 2025 credit ceases at 615 100 kr (36 000 - 24 473.85 = 11 526.15 left at the
    # second threshold, used up by 6 % after 192 102.50 kr more: 615 052.50, rounded up to 615 100).
    assert tax.estimate(0, 615_100, year=2025).pension_credit == 0
    assert tax.estimate(0, 614_000, year=2025).pension_credit == pytest.approx(0.06 * (615_052.50 - 614_000))


def test_pension_credit_between_thresholds_uses_step_one_rate_only():
    assert tax.estimate(0, 400_000, year=2025).pension_credit == pytest.approx(36_000 - 0.167 * (400_000 - 276_400))
    # below the first threshold the full 36 000, capped at the taxes it reduces:
    # 22 % x (250 000 - 73 150 - 108 550) + 1.7 % x (250 000 - 217 400) + 5.1 % x 250 000 = 28 330.20
    assert tax.estimate(0, 250_000, year=2025).pension_credit == pytest.approx(15_026 + 554.20 + 12_750)


def test_cli_tax_pension_2025(capsys):
    from startlan_desktop.cli import main

    assert main(["tax", "--year", "2025", "--pension", "500000"]) == 0
    out = capsys.readouterr().out
    assert "97\u00a0887,90\u00a0kr" in out or "97\u00a0888\u00a0kr" in out
    assert main(["tax", "--year", "2025", "--pension", "500000", "--json"]) == 0
    import json

    doc = json.loads(capsys.readouterr().out)
    assert doc["tax"] == 97_887.90 and doc["pension_credit"] == 6_903.15


# --- issue 14 item 8: trygdeavgift on wages from 70 (ftrl. § 23-3: low rate 5.1 %) -----------

@pytest.mark.parametrize("year, ordinary_rate", [(2025, 0.077), (2026, 0.076)])
def test_wage_trygdeavgift_low_rate_from_70(year, ordinary_rate):
    w = 300_000
    assert tax.estimate(w, year=year, age=69).social_security == pytest.approx(w * ordinary_rate)
    assert tax.estimate(w, year=year, age=70).social_security == pytest.approx(w * 0.051)
    assert tax.estimate(w, year=year, age=80).social_security == pytest.approx(w * 0.051)
    assert tax.estimate(w, year=year, age=16).social_security == pytest.approx(w * 0.051)
    assert tax.estimate(w, year=year).social_security == pytest.approx(w * ordinary_rate)


def test_wage_70_tax_total_2026_by_hand():
    w = 400_000
    expected = ((w - 95_700 - 114_540) * 0.22 + (318_300 - 226_100) * 0.017 + (w - 318_300) * 0.04 + w * 0.051)
    assert tax.estimate(w, year=2026, age=72).tax == pytest.approx(expected)


def test_budget_uses_member_age_in_income_year():
    from startlan_desktop.core.budget import income_lines
    from startlan_desktop.core.model import Case, Income, Member

    # born 1956: turns 70 in 2026, whatever the day of the assessment
    case = Case(members=[Member(birth_date="1956-12-31")], incomes=[Income(kind="wage", amount=400_000,
                                                                             gross_yearly=True, member=0)])
    case.tax_year = 2026
    line = income_lines(case)[0]
    w = 400_000
    by_hand = (w - 95_700 - 114_540) * 0.22 + (318_300 - 226_100) * 0.017 + (w - 318_300) * 0.04 + w * 0.051
    assert line.net_monthly == pytest.approx((w - by_hand) / 12)


def test_cli_tax_age(capsys):
    import json

    from startlan_desktop.cli import main

    assert main(["tax", "--year", "2026", "--wage", "300000", "--age", "70", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["social_security"] == 15_300.0
    assert main(["tax", "--wage", "300000", "--age", "-1"]) == 2


def test_doctests_in_tax():
    import doctest

    failures, tried = doctest.testmod(tax)
    assert tried >= 6 and failures == 0
