"""Typing an amount repaints what changed, not the whole panel (issue 23/14)."""

from PySide6.QtWidgets import QApplication

from startlan_desktop.ui.notices import BANNER_HOLD_MS


def _type_income(window, amount):
    window.case.incomes[0].amount = amount
    window.recompute()
    QApplication.processEvents()


def test_income_info_label_keeps_its_size_for_a_much_larger_amount(window):
    window.inputs.setCurrentIndex(1)
    QApplication.processEvents()
    info = window.incomes.rows.extra_info[0]
    before = info.size()
    _type_income(window, 4_900_005)
    assert "229" in info.text()  # the new figure is shown (net per month of 4 900 005 kr gross a year)
    assert info.size() == before
    assert info.minimumSize() == info.maximumSize()  # fixed: a new text does not invalidate the tab's layout


def test_banner_keeps_its_height_while_a_warning_comes_and_goes(window, qtbot):
    b = window.notices.banner
    b.setText("⚠ a\n⚠ b\n⚠ c")
    b.show()
    QApplication.processEvents()
    tall = b.height()
    window.notices._level("warning", "⚠ a")
    QApplication.processEvents()
    assert b.height() == tall  # held while typing
    qtbot.waitUntil(lambda: b.minimumHeight() == 0, timeout=BANNER_HOLD_MS + 2000)
    QApplication.processEvents()
    assert b.height() < tall  # then it fits its text


def test_debt_info_label_keeps_its_size_for_a_much_larger_payment(window):
    """The debts' "counts …" label is sized once, as the incomes' (issue 23): typing a payment repaints it alone."""
    window.inputs.setCurrentIndex(2)
    QApplication.processEvents()
    info = window.debts.rows.extra_info[0]
    before = info.size()
    assert "1\u00a0150" in info.text() and info.isVisible()  # the student loan's 1 150 kr a month
    window.case.debts[0].monthly_payment = 987_654
    window.recompute()
    QApplication.processEvents()
    assert "987\u00a0654" in info.text()
    assert info.size() == before
    assert info.minimumSize() == info.maximumSize()  # fixed: a new text does not invalidate the tab's layout


def test_sections_without_row_figures_give_the_column_no_room(window):
    """The household's rows have no figure after them: the info column is hidden, not an empty gap."""
    QApplication.processEvents()
    assert not any(info.isVisible() for info in window.household.rows.extra_info.values())
