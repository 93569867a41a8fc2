"""PDF/A-2b without pikepdf at run time (issue 23): reportlab's file gets the
XMP, the output intent and matching document info as an incremental update.
Every builder's file (budget sheet, follow-up sheet, applicant's page in
Arabic and Tigrinya too, letters) gets it, with every font embedded; the pages
are the same text and the same pixels as reportlab's own file; the metadata
agrees with the document info (read back independently with pikepdf, a test
dependency only); anything unusual is returned as it was."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from startlan_desktop import i18n as app_i18n
from startlan_desktop.core import portfolio
from startlan_desktop.core.budget import compute
from startlan_desktop.core.example import example_case, followup_case
from startlan_desktop.core.followup import compute_followup
from startlan_desktop.reports import applicant_sheet, budget_sheet, followup_sheet, letters, pdfa

CREATED = dt.datetime(2026, 11, 23, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ROOT = Path(__file__).resolve().parents[2]
KINDS = ["sheet", "followup", "applicant", "applicant-ar", "applicant-ti", "letters"]


@pytest.fixture
def raw(monkeypatch):
    """The reportlab bytes each build hands to to_pdfa."""
    seen = []
    real = pdfa._appended
    monkeypatch.setattr(pdfa, "_appended", lambda pdf, *a: (seen.append((pdf, a)), real(pdf, *a))[1])
    return seen


def _applicant(code: str) -> bytes:
    with app_i18n.speaking(code):
        return applicant_sheet.build_applicant_pdf(compute(example_case()), applicant_sheet.ApplicantOptions(
            created=CREATED))


def _letters() -> bytes:
    today = dt.date(2026, 12, 1)
    loans = portfolio.import_list(ROOT / "tests" / "data" / "loans-utf8.csv", today=today).loans
    items = portfolio.expiry_list(loans, portfolio.RateAfter(4.131, 0.25), today)
    return letters.build_letters(items[:2], letters.LetterOptions(municipality="Båtsfjord kommune", today=today))


BUILDS = {
    "sheet": lambda: budget_sheet.build_pdf(compute(example_case()), budget_sheet.SheetOptions(
        created=CREATED, schedule=True)),
    "followup": lambda: followup_sheet.build_followup_pdf(compute_followup(followup_case()), CREATED),
    "applicant": lambda: _applicant("nb"),
    "applicant-ar": lambda: _applicant("ar"),
    "applicant-ti": lambda: _applicant("ti"),
    "letters": _letters,
}


def _poppler(tool: str, pdf: bytes, tmp_path: Path, name: str) -> bytes:
    p = tmp_path / f"{name}.pdf"
    p.write_bytes(pdf)
    args = [tool, str(p), "-"] if tool == "pdftotext" else [tool, "-r", "40", "-png", str(p)]
    return subprocess.run(args, capture_output=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
@pytest.mark.parametrize("kind", KINDS)
def test_same_text_and_pixels_as_reportlabs_file(kind, raw, tmp_path):
    native = BUILDS[kind]()
    assert native.count(b"%%EOF") == 2  # reportlab's file and the appended update
    assert native.startswith(raw[-1][0])  # the update only appends
    for tool in ("pdftotext", "pdftoppm"):
        assert _poppler(tool, native, tmp_path, "new") == _poppler(tool, raw[-1][0], tmp_path, "old")


@pytest.mark.parametrize("kind", KINDS)
def test_metadata_agrees_with_the_document_info(kind):
    pdf = BUILDS[kind]()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert doc.check_pdf_syntax() == []
        info, meta = doc.docinfo, doc.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(info["/Title"]) and meta["dc:description"] == str(info["/Subject"])
        assert meta["dc:creator"] == [str(info["/Author"])] and meta["xmp:CreatorTool"] == str(info["/Creator"])
        assert meta["pdf:Producer"] == str(info["/Producer"])
        d = str(info["/CreationDate"])
        off = dt.timedelta(hours=int(d[17:19]), minutes=int(d[20:22])) * (1 if d[16] == "+" else -1)
        when = dt.datetime.strptime(d[2:16], "%Y%m%d%H%M%S").replace(tzinfo=dt.timezone(off))
        assert dt.datetime.fromisoformat(meta["xmp:CreateDate"]) == when  # both name the same instant
        assert meta["xmp:ModifyDate"] == meta["xmp:CreateDate"] and str(info["/ModDate"]) == d
        if kind != "letters":  # the letters' date is their day, at noon
            assert when == CREATED  # 14:05 at +01:00 is 13:05 UTC
        intent = doc.Root.OutputIntents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1 and len(intent.DestOutputProfile.read_bytes()) > 300
        assert doc.Root.Metadata.Subtype == pikepdf.Name.XML and "/Filter" not in doc.Root.Metadata
        assert doc.trailer.ID
        for page in doc.pages:  # PDF/A: every font a page refers to is embedded
            for _name, font in page.Resources.Font.items():
                desc = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
                assert "/FontFile2" in desc, f"font {font.BaseFont} not embedded"
        if kind.startswith("applicant-ti"):
            assert any("AbyssinicaSIL" in str(f.BaseFont) for p in doc.pages for _n, f in p.Resources.Font.items())
        if kind in ("sheet", "applicant"):
            assert str(doc.Root.Lang) == "nb-NO"


def test_text_that_needs_escaping_survives(raw):
    BUILDS["sheet"]()
    title = 'Sak «1 & 2» <x> "y" (z) \\ Привет مرحبا'
    pdf = pdfa.to_pdfa(raw[-1][0], title, "Kommune & co", "a) b", CREATED)
    assert pdf.count(b"%%EOF") == 2
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert str(doc.docinfo["/Title"]) == title == doc.open_metadata()["dc:title"]
        assert str(doc.docinfo["/Author"]) == "Kommune & co" and str(doc.docinfo["/Subject"]) == "a) b"


def test_anything_else_is_returned_as_it_was(raw):
    """Not reportlab's plain file: still a valid PDF, only not declared PDF/A."""
    BUILDS["sheet"]()
    once = pdfa.to_pdfa(raw[-1][0], "t", "a", "s", CREATED)
    assert pdfa.to_pdfa(once, "t", "a", "s", CREATED) == once  # an earlier update
    helvetica = raw[-1][0].replace(b"/Subtype /TrueType", b"/Subtype /Type1", 1)  # a font not embedded
    assert pdfa.to_pdfa(helvetica, "t", "a", "s", CREATED) == helvetica

