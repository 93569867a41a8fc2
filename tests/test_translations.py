"""The catalogues: every text in the code is extracted, every one translated
into nynorsk and English, placeholders intact; the language switch reaches the
core, the PDF and the CLI, while numbers and dates stay Norwegian."""

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from startlan_desktop.core.i18n import tr
from startlan_desktop.i18n import LANGUAGES, set_language

ROOT = Path(__file__).resolve().parent.parent
TS = {code: ROOT / "resources" / "translations" / f"startlan_{code}.ts" for code in ("nn", "en")}
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


def _translations(m: ET.Element) -> list[str]:
    t = m.find("translation")
    forms = [f.text or "" for f in t.findall("numerusform")]
    return forms if m.get("numerus") == "yes" else [t.text or ""]


@pytest.mark.parametrize("code", TS)
def test_every_text_has_a_finished_translation(code):
    msgs = _messages(TS[code])
    assert len(msgs) > 700
    for m in msgs:
        source = m.find("source").text
        assert m.find("translation").get("type") is None, f"{code}: not finished: {source!r}"
        for text in _translations(m):
            assert text.strip(), f"{code}: empty translation of {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (code, source, text)
            assert ("&" in source) == ("&" in text), f"{code}: keyboard accelerator lost in {text!r}"


def test_catalogues_hold_exactly_the_texts_in_the_code(tmp_path, translations_script):
    """A text added to the code without `python build/translations.py update`
    (and a translation) fails here."""
    script = translations_script
    fresh = tmp_path / "startlan_en.ts"
    subprocess.run([script.tool("lupdate"), *script.sources(), "-locations", "none", "-ts", str(fresh)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    in_code = {m.find("source").text for m in _messages(fresh)}
    for code, path in TS.items():
        in_catalogue = {m.find("source").text for m in _messages(path)}
        assert in_code - in_catalogue == set(), f"{code}: texts not in the catalogue"
        assert in_catalogue - in_code == set(), f"{code}: texts no longer in the code"


def test_no_text_is_translated_at_import_time():
    """tr() at module or class level would freeze one language: such labels
    are marked with QT_TR_NOOP and translated where shown."""
    bad = []
    for path in (ROOT / "startlan_desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node, in_function, name=path.name):
            for child in ast.iter_child_nodes(node):
                inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                if isinstance(child, ast.Call) and getattr(child.func, "id", "") == "tr" and not in_function:
                    bad.append(f"{name}:{child.lineno}")
                visit(child, inside, name)

        visit(tree, False)
    assert bad == []


def test_switching_language_changes_core_texts():
    assert set_language("en") == "en"
    assert tr("Lånebeløp") == "Loan amount"
    assert tr("%n år", None, 1) == "1 year" and tr("%n år", None, 50) == "50 years"
    assert set_language("nn") == "nn"
    assert tr("Hva som skjer når renten stiger") == "Kva som skjer når renta stig"
    assert set_language("nb") == "nb"
    assert tr("Lånebeløp") == "Lånebeløp"


def test_unknown_language_or_missing_catalogue_falls_back_to_bokmal(monkeypatch, tmp_path):
    assert set_language("xx") == "nb"
    import startlan_desktop.i18n as i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    assert set_language("en") == "nb"
    assert tr("Lånebeløp") == "Lånebeløp"


def test_numbers_and_dates_stay_norwegian_in_every_language(case):
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.rows import ROWS

    texts = {}
    for code in LANGUAGES:
        set_language(code)
        r = compute(case)
        texts[code] = {row.key: row.text(r.scenarios[0]) for row in ROWS}
    assert texts["en"]["loan_amount"] == texts["nb"]["loan_amount"] == "2\u00a0050\u00a0000\u00a0kr"
    assert texts["en"]["effective_rate"] == texts["nn"]["effective_rate"] == texts["nb"]["effective_rate"]
    assert "," in texts["en"]["effective_rate"]
    assert texts["en"]["term"] == "30 years" and texts["nn"]["term"] == "30 år"


def test_validation_messages_follow_the_language(case):
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.errors import ValidationError

    case.scenarios[0].amount = -5
    set_language("en")
    with pytest.raises(ValidationError) as exc:
        compute(case)
    assert exc.value.message.startswith("Scenario 1: The loan amount must be between 0 and")


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("code, headings", [
    ("en", ["Start-up loan budget", "In short", "Household", "Comparison of loan options", "Page 1 of",
            "Duty to explain (Financial Contracts Act)", "Signatures"]),
    ("nn", ["Budsjett for startlån", "Kort fortalt", "Hushald", "Samanlikning av lånealternativ", "Side 1 av",
            "Forklaringsplikt (finansavtalelova)", "Underskrifter"]),
])
def test_pdf_headings_follow_the_language(case, code, headings):
    from startlan_desktop.core.budget import compute
    from startlan_desktop.reports.budget_sheet import build_pdf

    set_language(code)
    text = _pdf_text(build_pdf(compute(case)))
    for heading in headings:
        assert heading in text, heading
    assert "2 050 000 kr" in text  # numbers stay Norwegian (pypdf reads U+00A0 as a space)
    assert "Sammenligning av lånealternativer" not in text


def test_cli_takes_a_language(capsys, tmp_path):
    from startlan_desktop.cli import main

    path = tmp_path / "sak.startlan"
    assert main(["example"]) == 0
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["--lang", "en", "compute", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Net income per month:" in out and "Residual at stress test" in out and "Netto" not in out
