"""PDF/A-2b without pikepdf at run time (issue 23): reportlab's file gets the
XMP, the output intent and matching document info as an incremental update.
The pages are the same text and the same pixels as through pikepdf, the
metadata agrees with the document info, and anything unusual still goes
through pikepdf."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from startlan_desktop.core.budget import compute
from startlan_desktop.core.example import example_case
from startlan_desktop.reports import applicant_sheet, budget_sheet, pdfa

CREATED = dt.datetime(2026, 11, 23, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def raw(monkeypatch):
    """The reportlab bytes each build hands to to_pdfa."""
    seen = []
    real = pdfa._appended
    monkeypatch.setattr(pdfa, "_appended", lambda pdf, *a: (seen.append((pdf, a)), real(pdf, *a))[1])
    return seen


def _builds():
    r = compute(example_case())
    return {"sheet": lambda: budget_sheet.build_pdf(r, budget_sheet.SheetOptions(created=CREATED, schedule=True)),
            "applicant": lambda: applicant_sheet.build_applicant_pdf(r, applicant_sheet.ApplicantOptions(
                created=CREATED))}


def _poppler(tool: str, pdf: bytes, tmp_path: Path, name: str) -> bytes:
    p = tmp_path / f"{name}.pdf"
    p.write_bytes(pdf)
    args = [tool, str(p), "-"] if tool == "pdftotext" else [tool, "-r", "40", "-png", str(p)]
    return subprocess.run(args, capture_output=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
@pytest.mark.parametrize("kind", ["sheet", "applicant"])
def test_same_text_and_pixels_as_through_pikepdf(kind, raw, tmp_path):
    native = _builds()[kind]()
    assert native.count(b"%%EOF") == 2  # the appended update, not pikepdf's rewrite
    old = pdfa._with_pikepdf(raw[-1][0], *raw[-1][1])
    for tool in ("pdftotext", "pdftoppm"):
        assert _poppler(tool, native, tmp_path, "new") == _poppler(tool, old, tmp_path, "old")


@pytest.mark.parametrize("kind", ["sheet", "applicant"])
def test_metadata_agrees_with_the_document_info(kind):
    pdf = _builds()[kind]()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert doc.check_pdf_syntax() == []
        info, meta = doc.docinfo, doc.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(info["/Title"]) and meta["dc:description"] == str(info["/Subject"])
        assert meta["dc:creator"] == [str(info["/Author"])] and meta["xmp:CreatorTool"] == str(info["/Creator"])
        assert meta["pdf:Producer"] == str(info["/Producer"])
        # 14:05 at +01:00 is 13:05 UTC: both dates name that instant
        when = dt.datetime.fromisoformat(meta["xmp:CreateDate"])
        assert when == CREATED and meta["xmp:ModifyDate"] == meta["xmp:CreateDate"]
        d = str(info["/CreationDate"])
        off = dt.timedelta(hours=int(d[17:19]), minutes=int(d[20:22])) * (1 if d[16] == "+" else -1)
        assert dt.datetime.strptime(d[2:16], "%Y%m%d%H%M%S").replace(tzinfo=dt.timezone(off)) == CREATED
        assert str(info["/ModDate"]) == d
        intent = doc.Root.OutputIntents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1 and len(intent.DestOutputProfile.read_bytes()) > 300
        assert doc.Root.Metadata.Subtype == pikepdf.Name.XML and "/Filter" not in doc.Root.Metadata
        assert doc.trailer.ID and str(doc.Root.Lang) == "nb-NO"


def test_text_that_needs_escaping_survives(raw):
    _builds()["sheet"]()
    title = 'Sak «1 & 2» <x> "y" (z) \\ Привет مرحبا'
    pdf = pdfa.to_pdfa(raw[-1][0], title, "Kommune & co", "a) b", CREATED)
    assert pdf.count(b"%%EOF") == 2
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert str(doc.docinfo["/Title"]) == title == doc.open_metadata()["dc:title"]
        assert str(doc.docinfo["/Author"]) == "Kommune & co" and str(doc.docinfo["/Subject"]) == "a) b"


def test_anything_else_goes_through_pikepdf(raw):
    _builds()["sheet"]()
    once = pdfa.to_pdfa(raw[-1][0], "t", "a", "s", CREATED)
    twice = pdfa.to_pdfa(once, "t", "a", "s", CREATED)  # an earlier update: not reportlab's plain file
    assert pdfa._appended(once, "t", "a", "s", CREATED) is None and twice.count(b"%%EOF") == 1
    helvetica = raw[-1][0].replace(b"/Subtype /TrueType", b"/Subtype /Type1", 1)
    assert pdfa._appended(helvetica, "t", "a", "s", CREATED) is None
    with pikepdf.open(io.BytesIO(twice)) as doc:
        assert doc.open_metadata()["pdfaid:part"] == "2"


def test_startlan_pdf_does_not_import_pikepdf(tmp_path):
    probe = ("import sys\nfrom startlan_desktop import cli\n"
             "from startlan_desktop.core import casefile\nfrom startlan_desktop.core.example import example_case\n"
             f"p = {str(tmp_path / 'a.startlan')!r}\ncasefile.save(example_case(), p)\n"
             f"assert cli.main(['pdf', p, '-o', {str(tmp_path / 'a.pdf')!r}]) == 0\n"
             "print('PIKEPDF', 'pikepdf' in sys.modules, 'lxml' in sys.modules)\n")
    env = dict(os.environ, STARTLAN_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "PIKEPDF False False" in out.stdout
