"""Issue 15 item 3: the limits are declared once (core/limits.py), and the
validation, the follow-up checks and the messages are built from them.

The expected figures are the rules' own (domain.md), written out here, not
read back from the code: 50 years' term, 8 years' interest-only, a markup of at
most 0,25 pp, 2,5 years' deferral (§ 8-8), dear debt 2 pp above the loan."""

import pytest

from startlan_desktop.core import limits, loans
from startlan_desktop.core.errors import ValidationError
from startlan_desktop.core.example import example_case, followup_case
from startlan_desktop.core.followup import default_reliefs, limit_notes, validate_relief
from startlan_desktop.core.model import Member, Relief
from startlan_desktop.core.validation import validate_case


def test_the_rules_figures():
    assert limits.MAX_TERM_YEARS == 50
    assert limits.MAX_INTEREST_ONLY_YEARS == 8 and limits.MAX_INTEREST_ONLY_MONTHS == 96
    assert limits.MAX_MARKUP_PP == 0.25
    assert limits.MAX_DEFERRAL_MONTHS == 30  # 2.5 years
    assert limits.DEAR_DEBT_MARGIN_PP == 2.0
    # the loan engine uses the same objects, not a second copy
    assert loans.MAX_TERM_YEARS is limits.MAX_TERM_YEARS and loans.MAX_INTEREST_ONLY_YEARS is limits.MAX_INTEREST_ONLY_YEARS


def test_loan_engine_bounds_and_messages():
    loans.build_schedule(loans.LoanSpec(1_000_000, 4.275, 600))  # 50 years: allowed
    with pytest.raises(ValidationError, match="50 år"):
        loans.build_schedule(loans.LoanSpec(1_000_000, 4.275, 601))
    loans.build_schedule(loans.LoanSpec(1_000_000, 4.275, 600, interest_only_months=96))
    with pytest.raises(ValidationError, match="høyst 8 år"):
        loans.build_schedule(loans.LoanSpec(1_000_000, 4.275, 600, interest_only_months=97))


def test_case_validation_bounds():
    case = example_case()
    s = case.scenarios[0]
    s.markup_pp = 0.25
    validate_case(case)
    s.markup_pp = 0.26
    with pytest.raises(ValidationError):
        validate_case(case)
    s.markup_pp = 0.25
    s.interest_only_years = 9
    with pytest.raises(ValidationError):
        validate_case(case)
    s.interest_only_years = 0
    case.members = [Member(role="applicant")] * 16
    with pytest.raises(ValidationError, match="mellom 1 og 15 personer"):
        validate_case(case)


def test_followup_limits_warn_and_refuse():
    case = followup_case()
    loan = case.existing
    loan.interest_only_used_months, loan.remaining_years, loan.remaining_extra_months, loan.years_elapsed = 0, 20, 0, 10
    # a deferral up to 30 months (§ 8-8: 2.5 years) is plain; beyond it a warning quoting the limit
    assert limit_notes(case, Relief("30 mnd", defer_months=30, reason="Sykdom")) == []
    [note] = limit_notes(case, Relief("31 mnd", defer_months=31, reason="Sykdom"))
    assert "over 30 måneder" in note and "2,5 år" in note
    # one interest-only period is at most 8 years (96 months)
    validate_relief(case, Relief("96 mnd", interest_only_months=96))
    with pytest.raises(ValidationError, match="høyst 8 år i én periode"):
        validate_relief(case, Relief("97 mnd", interest_only_months=97))
    # the remaining term at most 50 years: 20 years left, so 30 more
    validate_relief(case, Relief("lengst", extend_years=30))
    with pytest.raises(ValidationError, match="over 50 år"):
        validate_relief(case, Relief("for lang", extend_years=31))
    # 10 years run + 20 left + 21 = 51 years in all: a warning naming 50
    [note] = limit_notes(case, Relief("lang", extend_years=21, reason="Sykdom"))
    assert "51 år, over 50 år" in note


def test_dear_debt_margin_is_more_than_two_points():
    case = followup_case()
    rate = case.existing.rate_pct
    for d in case.debts:
        d.balance, d.rate_pct = 10_000, rate + 2.0  # exactly 2 pp: not dear
    assert not any(r.refinance_debts for r in default_reliefs(case))
    case.debts[0].rate_pct = rate + 2.01
    assert [r.refinance_debts for r in default_reliefs(case) if r.refinance_debts] == [[0]]
