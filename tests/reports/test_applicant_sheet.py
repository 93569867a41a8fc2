"""The applicant's take-home page (issue 22 item 4): one page, the chosen
language, the core's figures, no case-file details beyond first names."""

import io

import pypdf
import pytest

from startlan_desktop.cli import main
from startlan_desktop.core.budget import compute
from startlan_desktop.core.example import example_case
from startlan_desktop.core.formatting import fmt_kr
from startlan_desktop.reports.applicant_sheet import ApplicantOptions, build_applicant_pdf, first_names


def _text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ")


def _norm(s: str) -> str:
    return s.replace("\u00a0", " ")


@pytest.fixture
def case():
    c = example_case()
    c.reference = "2026/4711-3"
    c.caseworker = "Kari Saksbehandler-Hemmelig"
    c.notes = "Intern merknad: betalingsanmerkning"
    c.members[0].name = "Amina Hassan Mohamed"
    return c


def test_one_page_with_the_figures_and_nothing_private(case):
    r = compute(case)
    pages, text = _text(build_applicant_pdf(r, ApplicantOptions(scenario=1, contact="Ring oss på 78 98 00 00")))
    assert pages == 1
    sr = r.scenarios[1]
    # 2 050 000 kr over 30 years at 4,535 + 0,25 = 4,785 % fixed, 30 kr term fee: the annuity by hand
    q = 0.04785 / 12
    payment = 2_050_000 * q / (1 - (1 + q) ** -360) + 30
    assert round(payment) == round(sr.monthly_payment)
    for figure in (payment, sr.left_for_living, sr.stress_payment, sr.payment_after_fixed):
        assert _norm(fmt_kr(figure)) in text
    assert "Dette går opp i dag, men ikke hvis renten stiger mye" in text
    assert "Egne penger 52 420 kr" in text  # price + 2,5 % + 1 170 − (startlån + grant)
    for title in ("Hva lånet koster over tid", "Hva som skjer når renten stiger", "Tvangssalg"):
        assert title in text
    assert "Ring oss på 78 98 00 00" in text
    assert "Amina" in text and "Hassan" not in text and "Mohamed" not in text
    for secret in ("2026/4711", "Saksbehandler-Hemmelig", "Kari", "Intern merknad", "betalingsanmerkning"):
        assert secret not in text


def test_first_names_only_of_the_adults(case):
    assert first_names(compute(case)) == ["Amina", "Yusuf"]


def test_a_crowded_case_still_fits_one_page(case):
    case.scenarios[0].label = "Et svært langt navn på scenarioet " * 5
    case.municipality = "Gáivuona suohkan – Kåfjord kommune"
    _pages, _ = _text(build_applicant_pdf(compute(case), ApplicantOptions(scenario=0)))
    assert _pages == 1


def test_cli_applicant_page_in_english(tmp_path, capsys):
    assert main(["example"]) == 0
    case = tmp_path / "case.startlan"
    case.write_text(capsys.readouterr().out, encoding="utf-8")
    out = tmp_path / "x.pdf"
    assert main(["pdf", str(case), "--applicant", "--lang", "en", "-o", str(out)]) == 0
    pages, text = _text(out.read_bytes())
    assert pages == 1 and "This adds up today, but not if the rate rises a lot" in text
    assert "Startlån – det viktigste" not in text
    assert main(["pdf", str(case), "--applicant", "--scenario", "7", "-o", str(out)]) == 2
    assert "1" in capsys.readouterr().err
