"""The first-time buyers' trial loan on screen (issue 20 item 3)."""

from PySide6.QtCore import Qt

from startlan_desktop.core.formatting import fmt_kr
from startlan_desktop.ui.table_model import text_at


def field(form, attr):
    return next(f.widget for f in form.fields if f.attr == attr)


def flush(qtbot, window):
    qtbot.waitUntil(lambda: not window.edit_pending(), timeout=2000)


def row_of(table, key):
    from startlan_desktop.core.rows import ROWS

    return next(i for i, r in enumerate(ROWS) if r.key == key)


def test_combo_offers_the_trial_loan_with_a_tooltip_and_the_table_shows_year10(window, qtbot):
    window.inputs.setCurrentIndex(5)
    window.loans.select(1)
    kind = field(window.loans.form, "repayment")
    i = kind.findData("trial10")
    assert kind.itemText(i) == "Førstegangslån (10 år)"
    assert "10 år" in kind.itemData(i, Qt.ItemDataRole.ToolTipRole)
    row = row_of(window.table, "balance_year10")
    assert window.table.isRowHidden(row)  # no trial loan yet: the row is noise
    kind.setCurrentIndex(i)
    flush(qtbot, window)
    sr = window.result.scenarios[1]
    assert window.case.scenarios[1].repayment == "trial10"
    assert not window.table.isRowHidden(row)
    assert text_at(window.table, row, 1) == fmt_kr(sr.year10.balance)
    assert text_at(window.table, row, 0) == "–"
    test_row = row_of(window.table, "test_year10")
    assert text_at(window.table, test_row, 1) in ("består", "består ikke")
    assert not field(window.loans.form, "term_years").isEnabled()  # the loan ends after 10 years


def test_interest_only_on_a_trial_loan_is_refused_at_the_field(window, qtbot):
    window.inputs.setCurrentIndex(5)
    window.loans.select(1)
    kind = field(window.loans.form, "repayment")
    kind.setCurrentIndex(kind.findData("trial10"))
    flush(qtbot, window)
    field(window.loans.form, "interest_only_years").setValue(2)
    flush(qtbot, window)
    assert window.error is not None
    assert "avdragsfrihet" in window.loans.messages.text()
    assert "Kan ikke beregne" in window.banner.text()
    field(window.loans.form, "interest_only_years").setValue(0)
    flush(qtbot, window)
    assert window.error is None and not window.loans.messages.isVisible()
