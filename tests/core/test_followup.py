"""Issue 8: relief options against independent computations."""

import datetime as dt
import json
import math

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from startlan_desktop.core import casefile, loans
from startlan_desktop.core.example import followup_case
from startlan_desktop.core.followup import add_months, compute_followup, describe
from startlan_desktop.core.model import Relief

R = 4.275 / 1200  # the floating test loan's monthly rate


@pytest.fixture
def fcase():
    case = followup_case()
    loan = case.existing
    loan.rate_type, loan.fixed_until, loan.rate_pct, loan.term_fee = "floating", "", 4.275, 0.0
    loan.balance, loan.remaining_years, loan.years_elapsed = 1_500_000, 20, 10
    case.reliefs = [Relief("Ingen endring"), Relief("Avdragsfri 12", interest_only_months=12),
                    Relief("Forlenget 20", extend_years=20), Relief("Utsatt 6", defer_months=6),
                    Relief("Utsatt 6, betalt over 12", defer_months=6, defer_spread_months=12),
                    Relief("Refinansier", refinance_debts=[1])]
    return case


def test_no_change_reproduces_the_loans_own_schedule(fcase):
    fu = compute_followup(fcase)
    none = fu.reliefs[0]
    own = loans.build_schedule(loans.LoanSpec(1_500_000, 4.275, 240))
    assert none.payment_after == pytest.approx(-npf.pmt(R, 240, 1_500_000))
    assert none.schedule.payments == pytest.approx(own.payments)
    assert round(none.total_interest) == round(own.total_interest)
    assert none.extra_interest == 0


def test_interest_only_then_annuity_over_the_remaining_term(fcase):
    io = compute_followup(fcase).reliefs[1]
    assert io.payment_during == pytest.approx(1_500_000 * R)
    assert io.payment_after == pytest.approx(-npf.pmt(R, 228, 1_500_000))
    own = compute_followup(fcase).reliefs[0]
    expected_extra = (12 * 1_500_000 * R + (-npf.pmt(R, 228, 1_500_000)) * 228 - 1_500_000) - own.total_interest
    assert io.extra_interest == pytest.approx(expected_extra, abs=0.01)
    assert io.back_to_ordinary.isoformat() == "2027-11-23"


def test_term_extension_payment(fcase):
    ext = compute_followup(fcase).reliefs[2]
    assert ext.payment_after == pytest.approx(-npf.pmt(R, 480, 1_500_000))
    assert ext.ends.year == 2066 and ext.extra_interest > 0


def test_deferral_capitalises_interest(fcase):
    d = compute_followup(fcase).reliefs[3]
    grown = 1_500_000 * (1 + R) ** 6
    assert d.payment_during == 0
    assert d.payment_after == pytest.approx(-npf.pmt(R, 234, grown))
    assert d.total_interest == pytest.approx(grown - 1_500_000 + (-npf.pmt(R, 234, grown)) * 234 - grown, abs=0.01)


def test_deferral_spread_over_months(fcase):
    """Issue 14 item 5: the 6 deferred terms are arrears at the loan's rate, repaid as an annuity
    over 12 months on top of the ordinary payment; the end date stays; the interest shows it."""
    fu = compute_followup(fcase)
    none, d = fu.reliefs[0], fu.reliefs[4]
    ordinary = -npf.pmt(R, 240, 1_500_000)
    owed = npf.fv(R, 6, -ordinary, 0)  # six payments, each carrying interest until the deferral ends
    extra = -npf.pmt(R, 12, owed)
    assert d.payment_during == 0
    assert [(ph.kind, ph.months) for ph in d.phases] == [("deferred", 6), ("spread", 12), ("ordinary", 222)]
    assert d.phases[1].payment == pytest.approx(ordinary + extra)
    assert d.payment_after == pytest.approx(ordinary) and d.relief_months == 18
    assert d.ends == none.ends and d.ends.isoformat() == "2046-11-23"
    assert d.extra_interest == pytest.approx(12 * extra - 6 * ordinary, abs=0.01)
    assert d.total_interest == pytest.approx(none.total_interest + 12 * extra - 6 * ordinary, abs=0.01)
    assert d.total_paid == pytest.approx(240 * ordinary + 12 * extra - 6 * ordinary, abs=0.01)
    assert d.back_to_ordinary.isoformat() == "2028-05-23"


def test_spread_deferral_after_a_fixed_rate_ends_uses_the_rate_in_force():
    """The ordinary payment after the deferral is at the rate after expiry, not the expired fixed
    rate: fixed 2.95 % ends after 3 months, 6 months deferred, spread over 12."""
    case = followup_case()
    case.reliefs = [Relief("Ingen endring"), Relief("Utsatt", defer_months=6, defer_spread_months=12)]
    fu = compute_followup(case)
    d = fu.reliefs[1]
    r1, r2 = 2.95 / 1200, (case.floating_rate_pct + 0.25) / 1200
    pay1 = -npf.pmt(r1, 288, 1_720_000)
    bal3 = npf.fv(r1, 3, pay1, -1_720_000)
    pay2 = -npf.pmt(r2, 285, bal3)
    owed = 0.0  # the arrears, month by month at the rate of each month
    for m in range(6):
        owed = owed * (1 + (r1 if m < 3 else r2)) + (pay1 if m < 3 else pay2) + 30
    extra = -npf.pmt(r2, 12, owed)
    assert d.phases[1].kind == "spread" and d.phases[1].rate_pct == pytest.approx(case.floating_rate_pct + 0.25)
    assert d.phases[1].payment == pytest.approx(pay2 + 30 + extra)
    assert d.payment_after == pytest.approx(pay2 + 30)
    assert d.ends == fu.reliefs[0].ends


def test_interest_only_across_a_fixed_rate_expiry_shows_each_phase():
    """Issue 14 item 4: 12 months interest-only, the fixed 2.95 % ends after 3 of them."""
    case = followup_case()
    case.reliefs = [Relief("Ingen endring"), Relief("Avdragsfri 12", interest_only_months=12)]
    fu = compute_followup(case)
    io = fu.reliefs[1]
    b, r1, r2 = 1_720_000, 0.0295 / 12, (case.floating_rate_pct + 0.25) / 1200
    full = -npf.pmt(r2, 276, b)
    assert [(ph.kind, ph.first_month, ph.months) for ph in io.phases] == [
        ("interest_only", 0, 3), ("interest_only", 3, 9), ("ordinary", 12, 276)]
    # the second phase is dated by the fixed rate's end (01.03.2027), which falls in month 3
    assert [ph.start.isoformat() for ph in io.phases] == ["2026-11-23", "2027-03-01", "2027-11-23"]
    assert io.phases[0].payment == pytest.approx(b * r1 + 30)
    assert io.phases[1].payment == pytest.approx(b * r2 + 30)
    assert io.phases[2].payment == pytest.approx(full + 30)
    g = fu.budget.available_for_startlan
    ded0 = 0.22 * (3 * b * r1 + 9 * b * r2) / 12
    ded1 = 0.22 * 9 * b * r2 / 12 + 0.22 * -npf.ipmt(r2, [1, 2, 3], 276, b).sum() / 12
    ded2 = 0.22 * -npf.ipmt(r2, list(range(1, 13)), 276, b).sum() / 12
    assert io.phases[0].residual == pytest.approx(g - b * r1 - 30 + ded0)
    assert io.phases[1].residual == pytest.approx(g - b * r2 - 30 + ded1)
    assert io.phases[2].residual == pytest.approx(g - full - 30 + ded2)
    assert io.payment_during == io.phases[0].payment and io.payment_after == io.phases[2].payment
    assert io.weakest is io.phases[2]
    assert any("endrer seg i lettelsen" in n and "01.03.2027" in n for n in io.notes)
    text = describe(fu, io).replace("\u00a0", " ")
    assert "i 3 måneder betaler dere" in text and "Fra 01.03.2027" in text and "Fra 23.11.2027" in text


def test_follow_up_dates_keep_the_day_of_month():
    """Issue 14 item 10: 30.03.2026 + 12 months is 30.03.2027, not 28.03.2027."""
    assert add_months(dt.date(2026, 3, 30), 12) == dt.date(2027, 3, 30)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)  # leap year
    assert add_months(dt.date(2026, 8, 31), 1) == dt.date(2026, 9, 30)
    assert add_months(dt.date(2026, 12, 31), 2) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 11, 23), 0) == dt.date(2026, 11, 23)
    case = followup_case()
    case.date = "2026-03-30"
    case.existing.fixed_until = "2029-03-01"
    case.reliefs = [Relief("Ingen endring"), Relief("Avdragsfri 12", interest_only_months=12)]
    io = compute_followup(case).reliefs[1]
    assert io.back_to_ordinary == dt.date(2027, 3, 30)
    assert io.ends == dt.date(2050, 3, 30)  # 24 years from 30.03.2026


@pytest.mark.parametrize("date, fixed_until, ended", [("2027-02-10", "2027-03-01", False),
                                                      ("2026-11-23", "2026-10-01", True),
                                                      ("2027-03-01", "2027-03-01", True)])
def test_expiry_within_the_coming_month_or_ended_shows_the_jump(date, fixed_until, ended):
    """Issue 14 item 6: 'økning 0' before; the jump is from the fixed-rate payment to the one at
    the rate after expiry, on today's balance over the remaining term."""
    case = followup_case()
    case.date, case.existing.fixed_until = date, fixed_until
    e = compute_followup(case).expiry
    now = -npf.pmt(0.0295 / 12, 288, 1_720_000) + 30
    after = -npf.pmt((case.floating_rate_pct + 0.25) / 1200, 288, 1_720_000) + 30
    assert e.months_left == 0 and e.ended is ended and e.soon
    assert e.payment_now == pytest.approx(now) and e.payment_after == pytest.approx(after)
    assert e.jump == pytest.approx(after - now) and e.jump > 1000


def test_expiries_list_most_urgent_first_with_their_jump(tmp_path, capsys):
    from startlan_desktop.cli import main

    for ref, until in (("2026/0001", "2026-12-10"), ("2026/0002", "2026-09-01"), ("2026/0003", "2028-06-01")):
        c = followup_case()
        c.reference, c.existing.fixed_until = ref, until
        casefile.save(c, tmp_path / f"{ref[-1]}.startlan")
    assert main(["expiries", str(tmp_path), "--csv"]) == 0
    rows = [line.split(";") for line in capsys.readouterr().out.splitlines()[1:]]
    assert [r[0] for r in rows] == ["2026/0002", "2026/0001", "2026/0003"]
    jumps = [float(r[6].replace(",", ".")) for r in rows]
    after = -npf.pmt((followup_case().floating_rate_pct + 0.25) / 1200, 288, 1_720_000)
    assert jumps[0] == pytest.approx(after - -npf.pmt(0.0295 / 12, 288, 1_720_000), abs=0.01)
    assert all(j > 1000 for j in jumps)


def test_refinancing_adds_the_balance_and_frees_the_payment(fcase):
    fu = compute_followup(fcase)
    ref = fu.reliefs[5]
    assert ref.payment_after == pytest.approx(-npf.pmt(R, 240, 1_500_000 + 85_000))
    assert ref.freed_debt_payments == 2_850
    assert ref.residual_after - fu.reliefs[0].residual_after == pytest.approx(
        2_850 - (ref.payment_after - fu.reliefs[0].payment_after) + 0.22 * (ref.schedule.first_year()[0]
                                                                           - fu.reliefs[0].schedule.first_year()[0]) / 12)


def test_fixed_rate_expiry_check():
    fu = compute_followup(followup_case())
    e = fu.expiry
    assert e.fixed_until.isoformat() == "2027-03-01" and e.months_left == 3 and e.soon
    own = loans.build_schedule(loans.LoanSpec(1_720_000, 2.95, 288, term_fee=30, fixed_months=3,
                                              rate_after_fixed_pct=followup_case().floating_rate_pct + 0.25))
    assert e.payment_now == pytest.approx(own.payment(0)) and e.payment_after == pytest.approx(own.payment(3))
    assert e.jump > 1000 and e.residual_after < 0


def test_limits_are_warnings_with_a_reason_never_a_block(fcase):
    """Issue 20 item 5: interest-only beyond 8 years over the loan's life, a deferral
    beyond 30 months and a total term over 50 years are computed, each with a ⚑ note that
    quotes the caseworker's reason (or asks for it)."""
    fcase.existing.interest_only_used_months = 90
    fcase.reliefs = [Relief("Ingen endring"), Relief("For lang", interest_only_months=12, reason="Langvarig sykdom"),
                     Relief("Over 50", extend_years=25), Relief("Utsatt 30", defer_months=30),
                     Relief("Utsatt 31", defer_months=31)]
    fu = compute_followup(fcase)
    none, io, ext, d30, d31 = fu.reliefs
    assert not any(n.startswith("⚑") for n in none.notes + d30.notes)
    assert io.notes[0].startswith("⚑ Avdragsfrihet utover 8 år") and "102 mnd" in io.notes[0]
    assert io.notes[0].endswith("Begrunnelse: Langvarig sykdom")
    assert io.payment_during < none.payment_during  # computed: interest only
    assert "55 år" in ext.notes[0] and "Begrunnelse mangler" in ext.notes[0]
    assert "30 måneder" in d31.notes[0] and d31.relief_months == 31


def test_deferral_of_30_months_is_capitalised_like_six(fcase):
    """§ 8-8: up to 2.5 years of interest added to the loan; 1 500 000 kr at 4,275 %
    grows by (1 + r)^30 with no payments."""
    fcase.reliefs = [Relief("Ingen endring"), Relief("Utsatt 30", defer_months=30)]
    d = compute_followup(fcase).reliefs[1]
    assert d.payment_during == 0 or d.phases[0].kind == "deferred"
    grown = 1_500_000 * (1 + R) ** 30
    assert d.spec.amount == pytest.approx(grown, rel=1e-9)


def test_engine_bounds_still_refuse_what_cannot_be_computed(fcase):
    from startlan_desktop.core.errors import ValidationError

    fcase.reliefs = [Relief("For mye", interest_only_months=97)]
    with pytest.raises(ValidationError, match="8 år i én periode"):
        compute_followup(fcase)


def test_describe_is_plain_words(fcase):
    fu = compute_followup(fcase)
    text = describe(fu, fu.reliefs[1]).replace("\u00a0", " ")
    assert "i 12 måneder betaler dere 5 344 kr" in text and "Fra 23.11.2027" in text


def test_cli_relief_expiries_and_example(tmp_path, capsys):
    from startlan_desktop.cli import main

    assert main(["example", "--follow-up"]) == 0
    p = tmp_path / "a.startlan"
    p.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["relief", str(p), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["expiry"]["months_left"] == 3 and len(doc["reliefs"]) >= 5
    second = followup_case()
    second.reference, second.existing.fixed_until = "2026/0001", "2028-06-01"
    casefile.save(second, tmp_path / "b.startlan")
    (tmp_path / "broken.startlan").write_text("{", encoding="utf-8")
    assert main(["expiries", str(tmp_path), "--csv"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[1].startswith("2026/0877;a.startlan;2027-03-01") and lines[2].startswith("2026/0001")
    assert "broken.startlan" in err
    assert main(["expiries", str(tmp_path / "nope")]) == 2


def test_stress_includes_a_bank_loan_beside_the_startlan(fcase):
    """The follow-up's stressed residual uses the budget's own stress of everything
    but the startlån, the bank loan's stress included."""
    from startlan_desktop.core.model import BankLoan

    before = compute_followup(fcase).reliefs[0].residual_stressed
    fcase.housing.bank_loan = BankLoan(amount=300_000, rate_pct=5.5, term_years=20)
    after = compute_followup(fcase)
    bank = after.budget.bank_loan
    extra = 300_000 * loans.annuity_factor(8.5 / 1200, 240) - bank.first_payment
    ded = 0.22 * (300_000 * loans.first_year_interest_per_krone(bank.spec, 8.5) - bank.first_year()[0]) / 12
    today_cost = bank.first_payment - 0.22 * bank.first_year()[0] / 12
    assert after.reliefs[0].residual_stressed == pytest.approx(before - today_cost - extra + ded)


@settings(max_examples=40, deadline=None)
@given(st.floats(min_value=50_000, max_value=4_000_000), st.floats(min_value=0.5, max_value=9),
       st.integers(3, 30), st.integers(0, 40), st.sampled_from(["io", "defer", "spread", "extend", "none"]),
       st.integers(1, 24), st.integers(1, 36))
def test_phases_cover_the_loan_and_add_up_to_what_is_paid(balance, rate, years, fixed_left, kind, n, spread):
    """Every month is in exactly one phase, and for an annuity the phases' payments times their
    months add up to everything paid (each total comes from its own schedule)."""
    case = followup_case()
    loan = case.existing
    loan.balance, loan.rate_pct, loan.remaining_years, loan.years_elapsed = balance, rate, years, 0
    loan.fixed_until = (add_months(case.assessment_date, fixed_left).isoformat() if fixed_left else "")
    loan.rate_type = "fixed" if fixed_left else "floating"
    relief = {"io": Relief("r", interest_only_months=min(n, 12 * years - 1)),
              "defer": Relief("r", defer_months=min(n, 12 * years - 2)),
              "spread": Relief("r", defer_months=min(n, 12), defer_spread_months=min(spread, 12 * years - 13)),
              "extend": Relief("r", extend_years=min(n, 50 - years)), "none": Relief("r")}[kind]
    case.reliefs = [Relief("Ingen endring"), relief]
    fu = compute_followup(case)
    none, r = fu.reliefs
    months = [ph.first_month for ph in r.phases]
    assert months[0] == 0 and months == sorted(months)
    assert all(a.first_month + a.months == b.first_month for a, b in zip(r.phases, r.phases[1:]))
    total_months = r.phases[-1].first_month + r.phases[-1].months
    assert add_months(case.assessment_date, total_months) == r.ends
    assert math.fsum(ph.payment * ph.months for ph in r.phases) == pytest.approx(r.total_paid, abs=1.0)
    if kind in ("spread", "none", "io"):
        assert r.ends == none.ends  # the end date is unchanged
    if kind in ("spread", "defer", "io", "extend"):
        assert r.extra_interest >= -0.01


def test_spread_must_end_before_the_loan(fcase):
    from startlan_desktop.core.errors import ValidationError

    fcase.existing.remaining_years = 1
    fcase.reliefs = [Relief("Utsatt", defer_months=6, defer_spread_months=6)]  # 6 + 6 = the 12 months left
    with pytest.raises(ValidationError, match="før lånet er nedbetalt"):
        compute_followup(fcase)
    fcase.reliefs = [Relief("Utsatt", defer_months=6, defer_spread_months=5)]
    assert compute_followup(fcase).reliefs[0].ends.isoformat() == "2027-11-23"


def test_a_running_loan_cannot_be_a_trial_loan():
    """The first-time-buyer loan is a form for new loans; a running loan is an annuity
    or a serial loan, and the message says so."""
    from startlan_desktop.core.errors import ValidationError
    from startlan_desktop.core.validation import check_existing

    case = followup_case()
    case.existing.repayment = loans.TRIAL
    with pytest.raises(ValidationError, match="annuitet eller serie"):
        check_existing(case)


def test_used_interest_only_over_eight_years_is_a_warning_not_a_refusal(fcase):
    """Issue 20 item 4: a running loan that has used 10 years' interest-only already is
    accepted (validation) and every option with more interest-only warns with the total;
    options without interest-only carry no ⚑ about it."""
    from startlan_desktop.core.errors import ValidationError
    from startlan_desktop.core.validation import validate_case

    fcase.existing.interest_only_used_months = 120  # 10 years, over the 96 months of the rules
    validate_case(fcase)
    fcase.reliefs = [Relief("Ingen endring"), Relief("Avdragsfri 12", interest_only_months=12, reason="Sykdom"),
                     Relief("Forlenget", extend_years=2)]
    none, io, ext = compute_followup(fcase).reliefs
    assert io.notes[0].startswith("⚑ Avdragsfrihet utover 8 år") and "132 mnd i alt" in io.notes[0]
    assert not [n for n in none.notes + ext.notes if "Avdragsfrihet utover" in n]
    fcase.existing.interest_only_used_months = 601  # more than a loan's whole life: a typing error
    with pytest.raises(ValidationError):
        validate_case(fcase)
