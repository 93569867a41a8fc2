"""The applicant's languages (issue 22 item 3): every text the walk-through and
the take-home page show exists in every catalogue (nb source, nn, en, uk, ar,
so, ti, pl) with its placeholders; the applicant's catalogues hold nothing
else and carry the machine-translated flag; the page is one page in each,
Arabic shaped and right to left, Tigrinya in an Ethiopic font."""

import importlib.util
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from startlan_desktop import i18n as app_i18n
from startlan_desktop.cli import main
from startlan_desktop.core import i18n
from startlan_desktop.core.budget import compute
from startlan_desktop.core.formatting import fmt_kr
from startlan_desktop.reports.applicant_sheet import MACHINE_TRANSLATED, ApplicantOptions, build_applicant_pdf

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = ("nn", "en", *app_i18n.APPLICANT_LANGUAGES)
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _meeting_texts():
    spec = importlib.util.spec_from_file_location("meeting_texts", ROOT / "build" / "meeting_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def needed():
    """What the walk-through (every step, both layouts, the slider, the glossary) and the
    take-home page ask tr() for, over cases that reach every verdict and picture."""
    texts = _meeting_texts().needed()
    assert len(texts) > 150
    return texts


def _finished(code: str) -> dict[str, str]:
    out = {}
    for m in ET.parse(TRANSLATIONS / f"startlan_{code}.ts").iter("message"):
        t = m.find("translation")
        if t.get("type") is None and (t.text or "").strip():
            out[m.find("source").text] = t.text
    return out


@pytest.mark.parametrize("code", CATALOGUES)
def test_every_walkthrough_text_is_in_the_catalogue(needed, code):
    have = _finished(code)
    missing = sorted(needed - set(have))
    assert not missing, f"{code}: {len(missing)} walk-through texts untranslated, e.g. {missing[:3]}"
    for source in needed:
        assert sorted(PLACEHOLDER.findall(have[source])) == sorted(PLACEHOLDER.findall(source)), (code, source)


def test_the_recorder_sees_what_a_page_asks_for():
    """The test above is only as good as the recording: a text asked is a text seen."""
    with i18n.recording() as seen:
        i18n.tr("Hver måned")
    assert ("Hver måned", None, False) in seen
    with i18n.recording() as seen:
        pass
    assert seen == set()


@pytest.mark.parametrize("code", app_i18n.APPLICANT_LANGUAGES)
def test_applicant_catalogues_hold_only_texts_of_the_code(code):
    """They are not the window's catalogues: no text beyond what the code has (nn holds
    exactly the code's texts, tests/test_translations.py), and far fewer than it."""
    in_code = {m.find("source").text for m in ET.parse(TRANSLATIONS / "startlan_nn.ts").iter("message")}
    in_catalogue = set(_finished(code))
    assert in_catalogue - in_code == set()
    assert len(in_catalogue) < len(in_code) / 2


def test_the_languages_and_their_flags():
    doc = json.loads((TRANSLATIONS / "applicant_languages.json").read_text(encoding="utf-8"))
    codes = [c for c in doc if not c.startswith("_")]
    assert codes == list(app_i18n.APPLICANT_LANGUAGES)
    assert all(doc[c]["machine_translated"] is True for c in codes)  # until a translator has checked them
    assert [c for c in codes if doc[c]["rtl"]] == ["ar"]
    assert {"uk", "ar", "so", "ti", "pl"} <= set(app_i18n.meeting_languages())
    assert set(app_i18n.LANGUAGES) == {"nb", "nn", "en"}  # the window's languages stay three


def test_speaking_lends_a_language_and_gives_it_back():
    with app_i18n.speaking("uk") as used:
        assert used == "uk" and i18n.tr("Hver måned") == "Щомісяця"
        assert i18n.language() == "uk" and not i18n.right_to_left()
    assert i18n.tr("Hver måned") == "Hver måned" and i18n.language() == "nb"
    with app_i18n.speaking("ar"):
        assert i18n.right_to_left() and i18n.isolate("30 år") == "\u206830 år\u2069"
    assert i18n.isolate("30 år") == "30 år"
    with app_i18n.speaking("xx") as used:  # unknown: the language in use, never a failure
        assert used == "nb"


def _page(case, code, scenario=0):
    with app_i18n.speaking(code):
        pdf = build_applicant_pdf(compute(case), ApplicantOptions(scenario=scenario))
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(p.extract_text() for p in reader.pages)


def _fonts(reader) -> set[str]:
    fonts = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    return fonts


@pytest.mark.parametrize("code, words", [
    ("uk", "Щомісяця"), ("pl", "Co miesiąc"), ("so", "Bil kasta"), ("ti", "ኣብ ወርሒ"),
])
def test_take_home_page_in_each_language_is_one_page_and_flagged(case, code, words):
    reader, text = _page(case, code)
    assert len(reader.pages) == 1
    assert words in text
    assert MACHINE_TRANSLATED in text  # the flag, in Norwegian for the caseworker
    with app_i18n.speaking(code):
        own = i18n.tr(MACHINE_TRANSLATED)
    assert own != MACHINE_TRANSLATED and own in text  # and in the language
    assert "2\u00a0050\u00a0000\u00a0kr" in text or "2 050 000 kr" in text  # numbers stay Norwegian
    if code == "ti":
        assert any("AbyssinicaSIL" in f for f in _fonts(reader))


def test_arabic_page_is_shaped_and_right_to_left(case):
    reader, text = _page(case, "ar")
    assert len(reader.pages) == 1
    # joined letter forms (Arabic presentation forms, U+FB50–U+FEFF), not the bare letters
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in text)
    assert not any(0x0621 <= ord(c) <= 0x063A or 0x0641 <= ord(c) <= 0x064A for c in text)
    # right-aligned: the title starts far right of the left margin (18 mm = 51 pt)
    starts = []
    reader.pages[0].extract_text(visitor_text=lambda t, _cm, tm, _fd, _fs: starts.append((t, tm[4])) if t.strip() else None)
    title, x = starts[0]
    assert "ﺍﻟﺒﺪﺍﻳﺔ" in title and x > 150
    assert "2\u00a0050\u00a0000" in text or "2 050 000" in text  # a number stays one number
    assert "\u2068" not in text and "\u2069" not in text  # the isolate marks are not drawn


def test_right_to_left_lines_are_drawn_in_visual_order():
    """What reportlab is given: shaped, reversed, numbers and typed names kept, brackets mirrored."""
    import arabic_reshaper

    from startlan_desktop.reports.scripts import rtl_lines, visual

    words = "قرض البداية"
    assert visual(words) == arabic_reshaper.reshape(words)[::-1]  # the first word drawn rightmost
    assert "2\u00a0050\u00a0000\u00a0kr" not in visual("في 2\u00a0050\u00a0000\u00a0kr شهر")  # kr left of it …
    assert "kr\u00a02\u00a0050\u00a0000" in visual("في 2\u00a0050\u00a0000\u00a0kr شهر")  # … the number intact
    assert visual("اليوم (4,45\u00a0%)").startswith("(")  # the closing bracket, mirrored, at the left
    assert "«30 år, flytende (kopi)»" in visual("القرض: «\u206830 år, flytende (kopi)\u2069»")
    long = " ".join(["الفائدة"] * 60)
    lines = rtl_lines(long, "DejaVuSans", 10, 200)
    from reportlab.pdfbase import pdfmetrics

    assert len(lines) > 3 and all(pdfmetrics.stringWidth(x, "DejaVuSans", 10) <= 200 for x in lines)


def test_flag_goes_when_a_translator_has_checked(case, monkeypatch):
    langs = {k: dict(v) for k, v in app_i18n.applicant_languages().items()}
    langs["uk"]["machine_translated"] = False
    monkeypatch.setattr(app_i18n, "applicant_languages", lambda: langs)
    _reader, text = _page(case, "uk")
    assert MACHINE_TRANSLATED not in text and "Машинний переклад" not in text


def test_scenario_label_per_language(case, tmp_path):
    from startlan_desktop.core import casefile

    case.scenarios[0].label_translations = {"uk": "30 років, плаваюча", "en": "30 years, floating"}
    path = tmp_path / "c.startlan"
    casefile.save(case, path)
    loaded = casefile.load(path)
    assert loaded.scenarios[0].label_translations == case.scenarios[0].label_translations
    _reader, text = _page(loaded, "uk")
    assert "30 років, плаваюча" in text and "30 år, flytende" not in text
    assert compute(loaded).scenarios[0].label == "30 år, flytende"  # bokmål: the label as typed
    _reader, text = _page(loaded, "pl")
    assert "30 år, flytende" in text  # no Polish name given: the typed one


def test_old_case_files_without_label_translations_still_open(case, tmp_path):
    from startlan_desktop.core import casefile

    doc = json.loads(casefile.dumps(case))
    for s in doc["case"]["scenarios"]:
        del s["label_translations"]
    path = tmp_path / "old.startlan"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert casefile.load(path).scenarios[0].label_translations == {}


def test_a_label_translation_too_long_is_refused_at_the_field(case):
    from startlan_desktop.core.errors import ValidationError
    from startlan_desktop.core.validation import validate_case

    case.scenarios[1].label_translations = {"ar": "x" * 5000}
    with pytest.raises(ValidationError) as err:
        validate_case(case)
    assert err.value.field == "scenarios[1].label_translations.ar"


@pytest.mark.parametrize("code", app_i18n.APPLICANT_LANGUAGES)
def test_cli_applicant_page_in_each_language(tmp_path, capsys, code):
    assert main(["example"]) == 0
    path = tmp_path / "case.startlan"
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    out = tmp_path / "x.pdf"
    assert main(["pdf", str(path), "--applicant", "--lang", code, "-o", str(out)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and MACHINE_TRANSLATED in reader.pages[0].extract_text()
    assert i18n.language() == "nb"  # the language was lent for the page only


def test_cli_refuses_an_applicant_language_for_the_budget_sheet(tmp_path, capsys):
    assert main(["example"]) == 0
    path = tmp_path / "case.startlan"
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["pdf", str(path), "--lang", "ar", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "--applicant" in err and len(err.strip().splitlines()) == 1


def test_shipped_fonts_cover_the_scripts():
    from reportlab.pdfbase import pdfmetrics

    from startlan_desktop.reports.fonts import ethiopic, register

    regular, bold = register()
    for font in (regular, bold):
        covered = pdfmetrics.getFont(font).face.charToGlyph
        for text in ("Щомісяця", "Co miesiąc zostaje ąęłńóśźż", "ﻗﺮﺽ ﺍﻟﺒﺪﺍﻳﺔ ﻻ"):  # Cyrillic, Polish, Arabic forms
            assert all(ord(c) in covered for c in text if not c.isspace()), (font, text)
    covered = pdfmetrics.getFont(ethiopic()).face.charToGlyph
    assert all(ord(c) in covered for c in "ናይ መጀመርታ ልቓሕ 0123456789\u00a0kr" if not c.isspace())
    assert (ROOT / "resources" / "fonts" / "AbyssinicaSIL-OFL.txt").read_text().count("SIL Open Font License") >= 1


def test_numbers_stay_norwegian_in_every_meeting_language(case):
    from startlan_desktop.core import meeting

    for code in app_i18n.meeting_languages():
        with app_i18n.speaking(code):
            sr = compute(case).scenarios[0]
            figure = meeting.verdict(sr).figure  # "… higher than 5,878 %" in its words
            assert fmt_kr(1234567) == "1\u00a0234\u00a0567\u00a0kr"
            # break-even 5,87895 %: the last 0,001 step that holds, with a decimal comma
            assert sr.break_even_rate_pct == pytest.approx(5.87895, abs=1e-5)
            assert "5,878\u00a0%" in figure, (code, figure)


def test_the_ethiopic_font_is_parsed_only_for_a_page_that_needs_it():
    """Issue 23: a Norwegian budget sheet does not pay for Abyssinica SIL."""
    import subprocess

    probe = ("from reportlab.pdfbase import pdfmetrics\n"
             "from startlan_desktop.core.budget import compute\n"
             "from startlan_desktop.core.example import example_case\n"
             "from startlan_desktop.reports.budget_sheet import build_pdf\n"
             "from startlan_desktop.reports.fonts import ETHIOPIC\n"
             "build_pdf(compute(example_case()))\n"
             "print(ETHIOPIC in pdfmetrics.getRegisteredFontNames())\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))
