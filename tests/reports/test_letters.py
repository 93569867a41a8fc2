"""Letters to borrowers and the mail-merge file: one page per letter, the
borrower's own figures (checked against numpy-financial), three languages,
50 letters in under 3 s."""

import csv
import datetime as dt
import io
import time
from pathlib import Path

import numpy_financial as npf
import pytest
from pypdf import PdfReader

from startlan_desktop.core import portfolio as p
from startlan_desktop.reports import letters

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = dt.date(2026, 12, 1)
RATE = p.RateAfter(4.131, 0.25)


@pytest.fixture(scope="module")
def items():
    return p.expiry_list(p.import_list(DATA / "loans-utf8.csv", today=TODAY).loans, RATE, TODAY)


def opts(**kw):
    return letters.LetterOptions(municipality="Båtsfjord kommune", contact="Ring oss på 78 98 00 00.",
                                 caseworker="Kari Saksbehandler", today=TODAY, **kw)


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(io.BytesIO(pdf)).pages]


def test_one_page_per_letter_with_the_borrowers_own_figures(items):
    pages = text_of(letters.build_letters(items, opts()))
    assert len(pages) == len(items) == 8
    page = next(t for t in pages if "7001001" in t)
    pay = -npf.pmt(0.0215 / 12, 300, 1_850_000)
    after = -npf.pmt(0.04381 / 12, 297, -npf.fv(0.0215 / 12, 3, -pay, 1_850_000))
    now_kr, after_kr = round(pay), round(after)
    fmt = lambda v: f"{v:,}".replace(",", " ") + " kr"
    assert "Åse Ødegård" in page and "Storgata 1" in page and "9990 Båtsfjord" in page
    assert "går ut 1. mars 2027" in page
    assert f"omtrent {fmt(after_kr)} i måneden, {fmt(after_kr - now_kr)} mer enn i dag ({fmt(now_kr)})" in page
    assert "Ring oss på 78 98 00 00." in page and "avdragsfrihet" in page


def test_quarterly_loan_says_per_quarter(items):
    page = next(t for t in text_of(letters.build_letters(items, opts())) if "7001006" in t)
    assert "per kvartal" in page


@pytest.mark.parametrize("lang,words", [("nn", ["Fastrenta", "mars 2027"]), ("en", ["fixed rate", "1 March 2027"])])
def test_letters_in_nynorsk_and_english_and_the_window_keeps_its_language(items, lang, words):
    from startlan_desktop.core.i18n import language, tr

    one = [e for e in items if e.loan.number == "7001001"]
    page = text_of(letters.build_letters(one, opts(language=lang)))[0]
    assert all(w in page for w in words), page
    assert language() == "nb" and tr("Brev sendt") == "Brev sendt"


def test_relief_options_follow_the_settings(items):
    page = text_of(letters.build_letters(items[:1], opts(reliefs=("longer_term",))))[0]
    assert "lengre nedbetalingstid" in page and "avdragsfrihet" not in page


def test_fifty_letters_in_one_pdf_under_three_seconds(items):
    many = (items * 7)[:50]
    letters.build_letters(many[:1], opts())  # fonts registered once per process
    t = time.perf_counter()
    pdf = letters.build_letters(many, opts())
    assert time.perf_counter() - t < 3.0
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 50


def test_one_pdf_per_borrower_named_by_loan_number(items, tmp_path):
    paths = letters.write_letters_per_borrower(items[:3], opts(), tmp_path)
    assert [x.name for x in paths] == ["brev-7001007.pdf", "brev-7001001.pdf", "brev-7001002.pdf"]
    assert all(len(PdfReader(str(x)).pages) == 1 for x in paths)


def test_mail_merge_csv(items):
    raw = letters.mail_merge_csv(items)
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 8
    r = next(r for r in rows if r["lanenummer"] == "7001001")
    assert (r["navn"], r["postnr"], r["binding_til"], r["binding_til_tekst"]) == (
        "Åse Ødegård", "9990", "01.03.2027", "1. mars 2027")
    assert r["terminbelop_na"] == "7\xa0977\xa0kr"


def test_cli_writes_letters_and_mail_merge(tmp_path, capsys):
    from startlan_desktop.cli import main

    code = main(["portfolio", str(DATA / "loans-utf8.csv"), "--within", "6", "--letters", str(tmp_path / "b.pdf"),
                 "--mail-merge", str(tmp_path / "f.csv"), "--letters-dir", str(tmp_path), "--today", "2026-12-01",
                 "--letter-lang", "en", "--floating-rate", "4.131"])
    assert code == 0
    assert len(PdfReader(str(tmp_path / "b.pdf")).pages) == 3
    assert (tmp_path / "brev-7001001.pdf").exists() and (tmp_path / "f.csv").exists()
    code = main(["portfolio", str(DATA / "loans-utf8.csv"), "--search", "nobody", "--letters", str(tmp_path / "c.pdf")])
    assert code == 2 and not (tmp_path / "c.pdf").exists()
