"""Issue 10: Husbanken's assessment rules — split loans, interest-only until
other debt is repaid, rent comparison, explanation record, usual terms."""

import io

import numpy_financial as npf
import pytest
from pypdf import PdfReader

from startlan_desktop.core import budget, casefile, loans
from startlan_desktop.core.explanation import topics
from startlan_desktop.core.model import Debt, Scenario
from startlan_desktop.reports.budget_sheet import build_pdf


def split_case(case, share=40.0):
    case.scenarios = [Scenario("Delt", 2_000_000, 30, rate_type="split", fixed_years=5, base_rate_pct=4.621,
                               markup_pp=0.25, fixed_share_pct=share, term_fee=30, establishment_fee=600)]
    return case


def test_split_loan_payment_is_the_sum_of_its_parts(case):
    case.stress.policy_rate_pct = 4.0  # explicit: the stress rate below is 4,0 + 2,5
    split_case(case)
    r = budget.compute(case).scenarios[0]
    fixed = loans.build_schedule(loans.LoanSpec(800_000, 4.871, 360, fixed_months=60,
                                                rate_after_fixed_pct=case.floating_rate_pct + 0.25))
    floating = loans.build_schedule(loans.LoanSpec(1_200_000, case.floating_rate_pct + 0.25, 360))
    assert r.monthly_payment == pytest.approx(fixed.first_payment + floating.first_payment + 30)
    # at expiry the fixed part moves to the floating rate; the sum still holds
    assert r.payment_after_fixed == pytest.approx(fixed.payment(60) + floating.payment(60) + 30)
    assert r.schedule.balance[-1] == pytest.approx(0, abs=1e-6)
    assert sum(r.schedule.principal) == pytest.approx(2_000_000)
    assert r.total_interest == pytest.approx(fixed.total_interest + floating.total_interest)
    # stress: every rate rises by Δ, the rise that takes the loan (its amount-weighted
    # rate) to the stress rate; each part keeps its own schedule (issue 14, item 11/12)
    import numpy_financial as npf

    floating_rate = case.floating_rate_pct + 0.25
    rise = 6.5 - (0.4 * 4.871 + 0.6 * floating_rate)
    expected = (-npf.pmt((4.871 + rise) / 1200, 360, 800_000) - npf.pmt((floating_rate + rise) / 1200, 360, 1_200_000))
    assert r.stress_payment == pytest.approx(expected + 30)
    assert r.stress_rise_pp == pytest.approx(rise)


def test_split_share_extremes_match_plain_loans(case):
    lo = budget.compute(split_case(case, 1)).scenarios[0].monthly_payment
    hi = budget.compute(split_case(case, 99)).scenarios[0].monthly_payment
    assert lo < hi  # the 5-year fixed rate is above today's floating rate


def test_interest_only_until_other_debt_is_repaid(case):
    s = case.scenarios[2]
    s.interest_only_until_debts_repaid = True
    r = budget.compute(case)
    sr = r.scenarios[2]
    assert sr.spec.interest_only_months == 48  # the consumer loan has 4 years left
    assert sr.first_payment == pytest.approx(2_050_000 * (case.floating_rate_pct + 0.25) / 1200 + 30)
    plain = case.scenarios[3]  # same term without the option: repayment over 50 years, not 46
    assert sr.monthly_payment > budget.compute(case).scenarios[2].first_payment
    assert "4 år avdragsfri" in __import__("startlan_desktop.core.rows", fromlist=["ROWS"]).ROWS[1].text(sr)
    assert plain.interest_only_until_debts_repaid is False
    case.debts.append(Debt("Billån", "car_loan", 3000, balance=300_000, rate_pct=8, remaining_years=12))
    assert budget.compute(case).scenarios[2].spec.interest_only_months == 96  # capped at 8 years


def test_rent_comparison_in_json_and_pdf(case, capsys, tmp_path):
    from startlan_desktop.cli import main

    p = tmp_path / "c.startlan"
    casefile.save(case, p)
    assert main(["compute", str(p), "--json"]) == 0
    import json

    doc = json.loads(capsys.readouterr().out)
    assert doc["rent_today"] == 14_500 and doc["rent_alternative"] == 16_000
    assert doc["scenarios"][0]["housing_cost_new"] > 0
    text = "".join(pg.extract_text() for pg in PdfReader(io.BytesIO(build_pdf(budget.compute(case)))).pages)
    assert "husleie i dag 14 500 kr" in text.replace("\u00a0", " ")


def test_explanation_record_survives_save_and_reopen_and_is_printed(case, tmp_path):
    for e in case.explanations[:3]:
        e.explained, e.date = True, "2026-11-20"
    p = tmp_path / "c.startlan"
    casefile.save(case, p)
    again = casefile.load(p)
    assert [(e.topic, e.explained, e.date) for e in again.explanations] == \
        [(e.topic, e.explained, e.date) for e in case.explanations]
    result = budget.compute(again)
    ts = topics(result, 0)
    assert [t.key for t in ts] == ["cost_over_time", "rate_rise", "monthly_vs_rent", "residual_debt", "forced_sale"]
    # 30 years floating at Husbanken's 4,131 % (November 2026) + 0,25 pp: interest = n·pmt − A
    interest = -npf.pmt(0.04381 / 12, 360, 2_050_000) * 360 - 2_050_000
    assert f"{round(interest):,} kr".replace(",", " ") in ts[0].text.replace("\u00a0", " ")
    assert "7,00 %" in ts[1].text.replace("\u00a0", " ")  # 4,50 % + 2,5 pp
    text = "".join(pg.extract_text() for pg in PdfReader(io.BytesIO(build_pdf(result))).pages).replace("\u00a0", " ")
    assert "Forklaringsplikt" in text and "Forklart 20.11.2026" in text and "Ikke avkrysset" in text
    assert "Tvangssalg" in text and "☑" in text and "☐" in text


def test_outside_usual_terms_gives_a_note_not_a_refusal(case):
    r = budget.compute(case)
    assert r.scenarios[0].notes == []
    assert any("50 år" in n or "30 år" in n for n in r.scenarios[2].notes)
    case.usual_terms.rate_type = "fixed"
    r = budget.compute(case)
    assert any("rentetype" in n for n in r.scenarios[0].notes)
    assert r.scenarios[0].verdict in ("ok", "tight")  # still computed, never blocked


def test_stress_follows_policy_rate_setting(case):
    before = budget.compute(case).scenarios[2].residual_stressed
    case.stress.policy_rate_pct = 3.0
    after = budget.compute(case).scenarios[2]
    assert after.stress_rate_pct == pytest.approx(5.5) and after.residual_stressed > before
