"""Switching language at run time: visible texts change, the case and its
unsaved state survive, the choice is remembered, and the walk-through and the
PDF follow. Numbers stay Norwegian."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from startlan_desktop.core.rows import ROWS
from startlan_desktop.ui.table_model import header_at, text_at


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_language_changes_visible_texts(window, settings, qtbot):
    window.inputs.setCurrentIndex(3)
    window.household.rows.cell(0, "name").textEdited.emit("Amina")  # an unsaved edit
    window.setWindowModified(True)
    case = window.case
    assert window.inputs.tabText(0) == "H&usstand"
    assert _menu_titles(window)[0] == "&Fil"

    window.change_language("en")
    assert window.inputs.tabText(0) == "Ho&usehold"
    assert window.inputs.tabText(5) == "Loa&ns and scenarios"
    assert window.bottom.tabText(3) == "Payment plan"
    assert _menu_titles(window)[:2] == ["&File", "&Scenario"]
    assert header_at(window.table, 0, Qt.Orientation.Vertical) == "Loan amount"
    assert text_at(window.table, 0, 0) == "2\u00a0050\u00a0000\u00a0kr"  # numbers stay Norwegian
    verdict = [i for i, r in enumerate(ROWS) if r.key == "verdict"][0]
    assert text_at(window.table, verdict, 0).split(" ", 1)[1] in ("Sustainable", "Tight", "Not sustainable")
    assert window.summary.values["income"].accessibleName() == "Net income"
    assert window.inputs.currentIndex() == 3
    qtbot.waitUntil(window.housing.isVisible)  # the same tab is open
    assert window.case is case and window.isWindowModified()  # nothing lost, still unsaved
    assert settings.language == "en"

    window.change_language("nn")
    assert window.inputs.tabText(0) == "H&ushald"
    assert header_at(window.table, 0, Qt.Orientation.Vertical) == "Lånebeløp"
    window.change_language("nb")
    assert window.inputs.tabText(0) == "H&usstand"
    assert settings.language == "nb"


def test_language_menu_ticks_the_current_language(window):
    window.change_language("en")
    menu = window.language_menu
    assert menu.title() == "Lan&guage"
    names = {a.text(): a.isChecked() for a in menu.actions()}
    assert names == {"Norsk bokmål": False, "Norsk nynorsk": False, "English": True}
    [a for a in menu.actions() if a.text() == "Norsk nynorsk"][0].trigger()
    assert window.inputs.tabText(0) == "H&ushald"


def test_validation_message_at_the_field_follows_the_language(window, qtbot):
    window.change_language("en")
    edit = window.loans.form.fields[1].widget  # the loan amount
    edit.setText("abc")
    edit.textEdited.emit("abc")
    assert edit.toolTip() == "Enter an amount in kroner, for example 12 500 or 28.400."
    assert "Loan amount: Enter an amount" in window.loans.messages.text()
    assert "Invalid value under Loans and scenarios" in window.banner.text()


def test_walkthrough_in_english_and_switching_inside_it(window, qtbot):
    window.change_language("en")
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    assert dlg.step_label.text() == "Example case · Step 1 of 6: The money you have"  # the example is marked
    qtbot.keyClick(dlg, Qt.Key.Key_Right)
    qtbot.keyClick(dlg, Qt.Key.Key_Right)
    qtbot.keyClick(dlg, Qt.Key.Key_Right)
    assert dlg.step_label.text() == "Example case · Step 4 of 6: The loan options"
    dlg.language.activated.emit(1)  # Norsk nynorsk, chosen in the walk-through
    assert dlg.step_label.text() == "Eksempelsak · Steg 4 av 6: Lånealternativa"
    assert window.inputs.tabText(0) == "H&ushald"  # the window followed
    qtbot.keyClick(dlg, Qt.Key.Key_Right)
    assert dlg.stack.currentIndex() == 4
    dlg.slider.setValue(3000)
    assert dlg.residual_label.text().startswith("✔ Att kvar månad:")
    dlg.close()


def test_pdf_follows_the_chosen_language(window):
    window.change_language("en")
    pdf = window.sheet_pdf()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Start-up loan budget" in text and "In short" in text and "Comparison of loan options" in text
    assert "Kort fortalt" not in text
    assert "2 050 000 kr" in text


def test_window_fits_1280_by_720_in_every_language(window, qtbot):
    """The comparison scrolls and the charts give way, so the window fits a
    1280x720 screen; the verdict stays in the column header."""
    for code in ("nb", "nn", "en"):
        window.change_language(code)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (code, hint)
    header = header_at(window.table, 0)
    assert header.splitlines()[1] in ("! Tight", "✔ Sustainable", "✖ Not sustainable")


def test_switching_keeps_the_layout_and_leaves_no_old_menus(window, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMenu

    menus, split = len(window.findChildren(QMenu)), window.vsplit.sizes()
    for code in ("en", "nn", "nb"):
        window.change_language(code)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(window.findChildren(QMenu)) <= menus
    qtbot.waitUntil(window.vsplit.isVisible)
    assert window.vsplit.sizes()[0] == split[0]  # the table keeps the height the caseworker gave it
