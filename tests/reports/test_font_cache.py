"""The PDF's parsed fonts kept between processes (reports/fonts.py, issue 23):
a face read back from the cache is the face reportlab parses, and a sheet made
with it is the same sheet."""

from __future__ import annotations

import datetime as dt
import io
import marshal

import pikepdf
import pytest
from reportlab.pdfbase.ttfonts import TTFont

from startlan_desktop.core.budget import compute
from startlan_desktop.core.data import RESOURCES
from startlan_desktop.core.example import example_case
from startlan_desktop.reports import fonts

FONT = RESOURCES / "fonts" / "DejaVuSans-Bold.ttf"


def _same_face(a, b) -> None:
    va, vb = vars(a), vars(b)
    assert va.keys() == vb.keys()
    for key in va:
        if key == "_pdfScale":
            assert [va[key](x) for x in (0, 1, 1000, 2048)] == [vb[key](x) for x in (0, 1, 1000, 2048)]
        else:
            assert (key, type(va[key]), va[key]) == (key, type(vb[key]), vb[key])


def test_a_kept_face_reads_back_as_reportlabs_own():
    parsed = TTFont("X", str(FONT))
    first = fonts.load_font("X", FONT)  # parses and keeps
    kept = fonts.face_cache_file(FONT)
    assert kept.is_file()
    again = fonts.load_font("X", FONT)  # read back
    assert fonts.read_face(FONT, kept) is not None
    for font in (first, again):
        _same_face(parsed.face, font.face)
        own, ours = vars(parsed), vars(font)
        assert own.keys() == ours.keys()  # set up as reportlab's TTFont.__init__ does
        for key in own.keys() - {"face", "state", "encoding"}:
            assert own[key] == ours[key], key
        assert type(font.encoding) is type(parsed.encoding)
        assert font.stringWidth("Månedlig 12 345 kr ✔", 9) == parsed.stringWidth("Månedlig 12 345 kr ✔", 9)


@pytest.mark.parametrize("garbage", [b"", b"not marshal", b"\xe9\x00\x00", b"N", marshal.dumps({"unitsPerEm": 2048}),
                                     marshal.dumps([1, 2])])
def test_an_unreadable_cache_is_parsed_again_and_rewritten(garbage):
    kept = fonts.face_cache_file(FONT)
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_bytes(garbage)
    font = fonts.load_font("X", FONT)
    _same_face(TTFont("X", str(FONT)).face, font.face)
    assert fonts.read_face(FONT, kept) is not None  # kept anew


def test_a_face_kept_for_an_older_file_or_reportlab_is_removed():
    kept = fonts.face_cache_file(FONT)
    kept.parent.mkdir(parents=True, exist_ok=True)
    older = kept.with_name("1-2-rl4.2.0-1.marshal")
    other_font = kept.parent.parent / "DejaVuSans" / "3-4-rl4.2.0-1.marshal"  # the regular face: not this one's
    other_font.parent.mkdir(parents=True, exist_ok=True)
    older.write_bytes(b"x")
    other_font.write_bytes(b"x")
    fonts.load_font("X", FONT)
    assert kept.is_file() and not older.exists() and other_font.exists()


def _pages_and_fonts(pdf: bytes) -> tuple[list[bytes], list[bytes]]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        pages = [page.Contents.read_bytes() for page in doc.pages]
        embedded = sorted(obj.read_bytes() for obj in doc.objects
                          if isinstance(obj, pikepdf.Stream) and "/Length1" in obj)
    return pages, embedded


def test_a_sheet_made_with_kept_faces_is_the_same_sheet(tmp_path, monkeypatch):
    """Every page's drawing and every embedded font subset byte for byte, the
    faces parsed (an empty cache) against the faces read back."""
    from reportlab.pdfbase import pdfmetrics

    from startlan_desktop.reports.budget_sheet import SheetOptions, build_pdf

    def sheet() -> bytes:
        fonts.register.cache_clear()
        for name in (fonts.REGULAR, fonts.BOLD):
            pdfmetrics._fonts.pop(name, None)
        return build_pdf(compute(example_case()), SheetOptions(created=dt.datetime(2026, 12, 1, 9, 30)))

    monkeypatch.setenv("STARTLAN_DATA_DIR", str(tmp_path / "parsed"))
    parsed = sheet()
    monkeypatch.setenv("STARTLAN_DATA_DIR", str(tmp_path / "kept"))
    sheet()  # fills the cache
    from reportlab.pdfbase import ttfonts

    def no_parsing(*_a, **_k):
        raise AssertionError("a face was parsed although it was kept")

    monkeypatch.setattr(ttfonts.TTFontFace, "__init__", no_parsing)
    kept = sheet()
    assert _pages_and_fonts(kept) == _pages_and_fonts(parsed)
