"""The walk-through in the applicant's language (issue 22 items 1, 3, 5 and
issue 20): the window stays in its own language, Arabic is mirrored, the
machine-translated flag and the glossary are shown, steps 1–3 are pictures,
the slider step shows both scenarios side by side, the trial loan is
explained, the take-home page comes from the window."""

import copy

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from startlan_desktop import i18n as app_i18n
from startlan_desktop.core import i18n
from startlan_desktop.core.formatting import fmt_kr
from startlan_desktop.ui.walkthrough import MACHINE_TRANSLATED


def _choose(dlg, code):
    dlg.language.activated.emit(dlg.language.findData(code))


def _texts(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(w.text() for w in widget.findChildren(QLabel)).replace("\u00a0", " ")


@pytest.fixture
def walk(window, qtbot):
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.close()


def test_the_applicants_language_leaves_the_window_in_its_own(window, walk):
    tab = window.inputs.tabText(0)
    _choose(walk, "uk")
    assert walk.step_label.text() == "Приклад справи · Крок 1 з 6: Гроші, які у вас є"
    assert window.inputs.tabText(0) == tab and i18n.language() == "nb"  # the caseworker's window: bokmål
    assert "Разом" in _texts(walk.stack.widget(0))  # the page's texts, not only the title
    assert fmt_kr(window.result.income_total).replace("\u00a0", " ") in _texts(walk.stack.widget(0))
    walk.go(4)  # the slider speaks Ukrainian too, also after it moves
    walk.slider.setValue(3000)
    assert walk.residual_label.text().startswith("✔ Залишається щомісяця:")
    assert walk.language.currentData() == "uk"
    _choose(walk, "nb")
    assert walk.step_label.text().startswith("Eksempelsak · Steg 5 av 6")


@pytest.mark.parametrize("code", app_i18n.APPLICANT_LANGUAGES)
def test_the_machine_translated_flag_is_shown(walk, code):
    _choose(walk, code)
    assert walk.flag_label.isVisibleTo(walk)
    text = walk.flag_label.text()
    with app_i18n.speaking(code):
        own = i18n.tr(MACHINE_TRANSLATED)
    assert MACHINE_TRANSLATED in text and own in text and own != MACHINE_TRANSLATED


def test_no_flag_in_bokmal_or_once_checked(walk, monkeypatch):
    assert not walk.flag_label.isVisibleTo(walk)
    langs = {k: dict(v) for k, v in app_i18n.applicant_languages().items()}
    langs["pl"]["machine_translated"] = False
    monkeypatch.setattr(app_i18n, "applicant_languages", lambda: langs)
    _choose(walk, "pl")
    assert walk.step_label.text().startswith("Przykładowa sprawa")
    assert not walk.flag_label.isVisibleTo(walk)


def test_arabic_is_mirrored(walk, qtbot):
    _choose(walk, "ar")
    assert walk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert walk.step_label.text().endswith("المال الذي لديكم")
    qtbot.keyClick(walk, Qt.Key.Key_Left)  # forward, in the reading direction
    assert walk.stack.currentIndex() == 1
    qtbot.keyClick(walk, Qt.Key.Key_Right)
    assert walk.stack.currentIndex() == 0
    walk.go(4)
    marks = {key: rate for key, _label, rate in walk.slider.marks}
    # the track runs from the right: today's rate right of the stress rate
    assert walk.slider.x_of(marks["today"]) > walk.slider.x_of(marks["stress"])
    _choose(walk, "nb")
    assert walk.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_glossary_on_request(walk, qtbot):
    _choose(walk, "uk")
    assert not walk.glossary.isVisible()
    qtbot.keyClick(walk, Qt.Key.Key_O)
    assert walk.glossary.isVisible()
    text = _texts(walk.glossary)
    for norwegian, word in (("startlån", "стартова позика"), ("terminbeløp", "щомісячний платіж"),
                            ("fast rente", "фіксована ставка"), ("flytende rente", "плаваюча ставка"),
                            ("avdragsfri", "без погашення"), ("restgjeld", "залишок боргу"),
                            ("tilskudd", "субсидія"), ("stresstest", "стрес-тест"), ("rente", "процентна ставка")):
        assert norwegian in text and word in text
    qtbot.keyClick(walk, Qt.Key.Key_Escape)  # Esc closes the glossary, not the walk-through
    assert not walk.glossary.isVisible() and walk.isVisible()
    walk.glossary_button.click()
    assert walk.glossary.isVisible()
    qtbot.keyClick(walk, Qt.Key.Key_O)
    assert not walk.glossary.isVisible()


def test_first_three_steps_are_pictures_that_add_up(window, walk):
    r = window.result
    parts = {k: v for k, _l, v in walk.income_bar.segments}
    assert sum(parts.values()) == pytest.approx(r.income_total)
    assert len(parts) == len([i for i in r.incomes if i.net_monthly])
    living = {k: v for k, _l, v in walk.living_bar.segments}
    assert living["living"] == r.living.used and living["other"] == r.other_costs_total
    # example: 53 822 kr in, 35 163 living, 3 200 other debts: 15 459 kr for the home and the loan
    assert living["rest"] == pytest.approx(53_822.12 - 35_163 - 3_200, abs=0.01)
    housing = sum(v for _k, _l, v in walk.housing_bar.segments)
    assert housing == r.housing_total == 5_450  # 3 400 + 1 300 + 250 + 500
    for step in range(3):  # the picture first, the sentence second
        page = walk.stack.widget(step)
        first = page.layout().itemAt(0).widget()
        assert type(first).__name__ == "StackedBar", step


def test_a_bank_loans_deduction_is_netted_into_the_housing_picture(window, qtbot):
    window.case.housing.bank_loan.amount, window.case.housing.bank_loan.rate_pct = 400_000.0, 5.5
    window.recompute()
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    r = window.result
    values = [v for _k, _l, v in dlg.housing_bar.segments]
    assert all(v > 0 for v in values) and sum(values) == pytest.approx(r.housing_total)
    dlg.close()


def test_slider_shows_both_scenarios_side_by_side(window, walk):
    from startlan_desktop.core.budget import rate_point

    walk.show_beside(2)
    walk.go(4)
    assert set(walk.rate_bars) == {0, 2} and set(walk.residual_labels) == {0, 2}
    assert len({bar.top for bar in walk.rate_bars.values()}) == 1  # one scale
    walk.slider.setValue(6000)
    for i, bar in walk.rate_bars.items():
        left = dict((k, v) for k, _l, v in bar.segments)["left"]
        assert left == pytest.approx(rate_point(window.result, i, 6.0).residual)
        assert window.result.scenarios[i].label in walk.residual_labels[i].text()


def test_trial_loan_explained_in_plain_words(window, qtbot):
    trial = copy.deepcopy(window.case.scenarios[0])
    trial.repayment, trial.label, trial.rate_type, trial.fixed_years = "trial10", "Førstegangslån", "fixed", 5
    window.case.scenarios.append(trial)
    window.set_case(window.case)
    window.table.horizontalHeader().sectionClicked.emit(4)
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    sr = window.result.scenarios[4]
    test = sr.year10
    text = dlg.trial_label.text().replace("\u00a0", " ")
    assert "samme terminbeløp som et startlån over 30 år" in text and "bare i 10 år" in text
    assert fmt_kr(test.balance).replace("\u00a0", " ") in text
    segs = {k: v for k, _l, v in dlg.trial_bar.segments}
    assert segs["part4"] == pytest.approx(test.balance)
    assert sum(segs.values()) == pytest.approx(sr.spec.amount)
    assert "Førstegangslån: lånet slutter etter 10 år" in _texts(dlg.stack.widget(5))
    _choose(dlg, "so")
    assert "10 sano" in dlg.trial_label.text()
    dlg.close()


def test_take_home_page_from_the_window_in_the_walkthroughs_language(window, walk, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(window.exports, "reveal", lambda path: opened.append(path))
    window.settings.set("letter_contact", "Ring 77 00 00 00, tirsdag–torsdag 9–14")  # the letters' line too
    dlg = window.walkthrough()
    _choose(dlg, "pl")
    path = dlg.save_applicant_page(str(tmp_path / "ark.pdf"))
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1 and "Co miesiąc" in text and MACHINE_TRANSLATED in text
    assert "Ring 77 00 00 00" in text  # the settings' "who to call"
    assert opened == [path]
    dlg.close()


def test_take_home_page_button_asks_where_and_saves(window, tmp_path, monkeypatch):
    """The button as a caseworker clicks it (clicked's `checked` once reached the path: a crash)."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "ark-ar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    opened = []
    monkeypatch.setattr(window.exports, "reveal", lambda path: opened.append(path))
    dlg = window.walkthrough()
    _choose(dlg, "ar")
    dlg.page_button.click()
    assert opened == [target] and len(PdfReader(target).pages) == 1
    dlg.close()

def test_scenario_name_per_language_from_the_loan_form(window):
    from startlan_desktop.ui.label_translations import LabelTranslations

    s = window.case.scenarios[0]
    dialog = LabelTranslations(s, window)
    assert set(dialog.edits) == {"nn", "en", "uk", "ar", "so", "ti", "pl"}
    assert dialog.edits["ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.edits["en"].setText("30 years, floating")
    dialog.edits["uk"].setText("  30 років  ")
    assert dialog.apply() and s.label_translations == {"en": "30 years, floating", "uk": "30 років"}
    assert not dialog.apply()  # nothing changed the second time
    dialog.close()
    window.recompute()
    window.change_language("en")
    from startlan_desktop.ui.table_model import header_at

    assert "30 years, floating" in header_at(window.table, 0)


def test_the_loan_form_has_the_button(window):
    assert window.loans.label_languages.text() == "Navnet på andre språk …"


def test_who_to_call_is_one_settings_line(window, settings, qtbot):
    """Settings → Generelt: the line the letters use (letter_contact) is the page's "who to call"."""
    from startlan_desktop.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    dlg.contact.setText("  Ring 78 98 00 00 og spør etter Kari  ")
    dlg.accept()
    assert settings.contact == "Ring 78 98 00 00 og spør etter Kari"
    assert settings._get("letter_contact", "") == settings.contact
    walk = window.walkthrough()
    qtbot.addWidget(walk)
    assert walk.contact == settings.contact
    walk.close()
