"""Issue 17: a caseworker can enter a whole case without a mouse."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

from startlan_desktop.ui.main_window import MainWindow
from startlan_desktop.ui.table_model import text_at


def mnemonic(text: str) -> str | None:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_alt_letters_open_one_thing_each(window, lang):
    window.change_language(lang)
    top = [a.text() for a in window.menuBar().actions()] + [window.inputs.tabText(i) for i in range(window.inputs.count())]
    letters = [mnemonic(t) for t in top]
    assert None not in letters, top
    assert len(set(letters)) == len(letters), dict(zip(top, letters))
    for act in window.menuBar().actions():
        inside = [mnemonic(a.text()) for a in act.menu().actions() if mnemonic(a.text())]
        assert len(set(inside)) == len(inside), [a.text() for a in act.menu().actions()]


def focus_chain(start, steps: int) -> list:
    seen = [start]
    w = start
    for _ in range(steps):
        w = w.nextInFocusChain()
        while not (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            w = w.nextInFocusChain()
        seen.append(w)
    return seen


def tab_through(qtbot, start, steps: int) -> list:
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_follows_the_screen_and_reaches_add_person(window, qtbot):
    window.inputs.setCurrentIndex(0)
    rows = window.household.rows
    rows.add_button.click()  # a rebuild: new widgets are created last
    first = rows.cell(0, "role")
    n = len(window.case.members)
    seen = tab_through(qtbot, first, 60)
    assert rows.add_button in seen
    cells = [rows.cell(r, "role") for r in range(n)]
    positions = [seen.index(c) for c in cells]
    assert positions == sorted(positions)  # row after row
    assert seen.index(rows.cell(0, "name")) == seen.index(first) + 1  # left to right
    assert seen.index(rows.add_button) > positions[-1]


def test_the_comparison_table_does_not_trap_tab_or_ctrl_tab(window, qtbot):
    for key, mods in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
        window.table.setFocus()
        qtbot.waitUntil(window.table.hasFocus)
        qtbot.keyClick(window.table, key, mods)
        assert not window.table.hasFocus(), (key, mods)


def test_space_ticks_a_check_box(window, qtbot):
    window.inputs.setCurrentIndex(1)
    box = window.incomes.auto
    assert isinstance(box, QCheckBox) and box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked() and window.case.auto_child_benefit is False


def test_after_new_case_the_focus_is_on_the_first_household_field(window, qtbot):
    window.inputs.setCurrentIndex(3)
    window.new_case()
    assert window.inputs.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.household.identity.reference)


def test_help_has_a_guide_in_three_languages(window, qtbot):
    for lang, words in (("nb", "Slik starter du en sak"), ("nn", "Slik startar du ei sak"),
                        ("en", "How to start a case")):
        window.change_language(lang)
        dialog = window.show_guide()
        assert words in dialog.findChild(type(dialog.layout().itemAt(0).widget())).toPlainText()
        dialog.close()


def test_a_whole_case_by_keyboard_alone(window, qtbot):
    """New case, the household, an income and a loan amount, keys only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ny sak
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.household.identity.reference)

    def keys(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def tab(n=1):
        for _ in range(n):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    keys("2026/77")
    tab()
    keys("Kari Saksbehandler")
    assert window.case.reference == "2026/77" and window.case.caseworker == "Kari Saksbehandler"
    # on to "Legg til person", a child is added with Space
    for _ in range(40):
        tab()
        if QApplication.focusWidget() is window.household.rows.add_button:
            break
    assert QApplication.focusWidget() is window.household.rows.add_button
    qtbot.keyClick(window.household.rows.add_button, Qt.Key.Key_Space)
    assert len(window.case.members) == 2 and window.case.members[1].role == "child"
    # the new row's first field has the focus: Tab to the age and type it
    assert QApplication.focusWidget() is window.household.rows.cell(1, "role")
    tab(2)
    age = window.household.rows.cell(1, "age_years")
    assert QApplication.focusWidget() is age
    age.lineEdit().selectAll()
    keys("7")
    assert window.case.members[1].age_years == 7
    # Alt+I: the incomes; Tab to "Legg til inntekt", Space, then the amount
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert window.inputs.currentIndex() == 1
    window.incomes.rows.add_button.setFocus()  # the tab page takes the focus on Alt+I: go to its button
    focus = QApplication.focusWidget()
    assert isinstance(focus, QPushButton)
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    tab(2)  # description, kind, amount
    amount = window.incomes.rows.cell(0, "amount")
    assert QApplication.focusWidget() is amount
    keys("28.400")
    tab()
    assert window.case.incomes[0].amount == 28_400
    # Alt+N: loans and scenarios; the amount field
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert window.inputs.currentIndex() == 5
    window.loans.list.setFocus()
    for _ in range(10):
        tab()
        if QApplication.focusWidget() is window.loans.amount:
            break
    assert QApplication.focusWidget() is window.loans.amount
    keys("1.200.000")
    tab()
    qtbot.waitUntil(lambda: not window.edit_pending())
    assert [s.amount for s in window.case.scenarios] == [1_200_000] * 4
    assert window.result.income_total > 28_400  # the child's benefit is counted too


def test_main_window_fits_1366x768_in_every_language(qtbot, settings):
    from PySide6.QtCore import QRect

    from startlan_desktop.core.example import example_case
    from startlan_desktop.i18n import set_language

    for lang in ("nb", "nn", "en"):
        set_language(lang)
        w = MainWindow(settings)
        qtbot.addWidget(w)
        w.set_case(example_case())
        available = QRect(0, 0, 1366, 728)  # 768 less a 40-pixel task bar
        w.fit_to(available)
        assert w.width() <= 1366 - MainWindow.FRAME_MARGIN[0] and w.height() <= 728 - MainWindow.FRAME_MARGIN[1]
        assert available.contains(QRect(w.pos(), w.size()))
        w.show()
        qtbot.waitExposed(w)
        assert w.minimumSizeHint().width() <= 1366 and w.minimumSizeHint().height() <= 728
        status = w.statusBar()
        assert status.isVisible() and status.geometry().bottom() <= w.height()
        w.close()


def test_at_1366_bokmal_four_scenarios_and_no_sideways_scrolling(window, qtbot):
    window.resize(1366, 700)  # maximised on 1366x768: less the task bar and the title bar
    qtbot.wait(50)
    t = window.table
    assert t.model().columnCount() == 4
    assert sum(t.columnWidth(c) for c in range(4)) <= t.viewport().width() + 1
    for i in range(window.inputs.count()):
        window.inputs.setCurrentIndex(i)
        qtbot.wait(20)
        area = window.inputs.widget(i)
        assert area.horizontalScrollBar().maximum() == 0, window.inputs.tabText(i)
    assert window.statusBar().isVisible() and window.statusBar().geometry().bottom() <= window.height()


def test_follow_up_table_shows_whole_figures_at_1280x720(window, qtbot):
    from startlan_desktop.core.example import followup_case

    window.set_case(followup_case())
    window.inputs.setCurrentIndex(7)
    window.resize(1280, 720)
    qtbot.wait(50)
    t = window.relief_table
    fm = t.fontMetrics()
    for c in range(t.model().columnCount()):
        for i in range(t.model().rowCount()):
            assert fm.horizontalAdvance(text_at(t, i, c)) <= t.columnWidth(c) - 4, text_at(t, i, c)
