"""Fil → Ark til søkeren: the applicant's take-home page from the main window,
in the language asked for, made by the same report function as
`startlan pdf --applicant` (the same page, word for word)."""

import io

from pypdf import PdfReader

from startlan_desktop.cli import main


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _answer(window, code, path, opened):
    window.exports.ask_applicant_page = lambda: (code, str(path))
    window.exports.reveal = opened.append


def test_the_file_menu_has_the_take_home_page(window):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_applicant in file_menu.actions()
    assert window.act_applicant.text().replace("&", "") == "Ark til søkeren (PDF) …"


def test_take_home_page_in_the_applicants_language_is_the_clis_page(window, tmp_path, case_file):
    opened = []
    out = tmp_path / "side.pdf"
    _answer(window, "uk", out, opened)
    window.act_applicant.trigger()
    assert opened == [out] and out.exists()
    cli_out = tmp_path / "cli.pdf"
    assert main(["pdf", str(case_file), "-o", str(cli_out), "--applicant", "--lang", "uk"]) == 0
    text = _text(out)
    assert text == _text(cli_out)  # the same page, by the same report function
    assert "Hver måned" not in text and "2 050 000 kr" in text  # Ukrainian words, Norwegian figures
    assert sum("\u0400" <= ch <= "\u04ff" for ch in text) > 200  # Cyrillic


def test_take_home_page_follows_the_chosen_scenario_and_a_window_language(window, tmp_path, case_file):
    window.select_scenario(2)
    out, cli_out = tmp_path / "en.pdf", tmp_path / "cli-en.pdf"
    _answer(window, "en", out, [])
    window.act_applicant.trigger()
    assert main(["--lang", "en", "pdf", str(case_file), "-o", str(cli_out), "--applicant", "--scenario", "3"]) == 0
    text = _text(out)
    assert text == _text(cli_out)
    assert "“50 år, flytende”" in text and "Every month" in text  # the case's own name for the scenario


def test_the_dialog_offers_the_walkthroughs_languages(window, qtbot):
    from startlan_desktop.i18n import meeting_languages
    from startlan_desktop.ui.takehome import LanguageDialog

    dlg = LanguageDialog("30 år, flytende", window)
    qtbot.addWidget(dlg)
    codes = [dlg.language.itemData(i) for i in range(dlg.language.count())]
    assert codes == list(meeting_languages()) and {"nb", "nn", "en", "uk", "ar"} <= set(codes)
    assert dlg.code() == "nb"  # the window's language first


def test_no_page_while_the_case_has_errors(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.exports.ask_applicant_page = lambda: (_ for _ in ()).throw(AssertionError("must not ask"))
    window.stale = True
    assert window.exports.applicant_page() is None
    assert shown and "lånescenario uten feil" in shown[0]
