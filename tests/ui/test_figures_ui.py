"""Figures on screen while a caseworker types (issue 14)."""

import math

from PySide6.QtCore import Qt

from startlan_desktop.core.formatting import parse_number
from startlan_desktop.ui.table_model import header_at, text_at


def flush(qtbot, window):
    # the views below the table follow an edit on a timer of their own: wait for them too
    qtbot.waitUntil(lambda: not window.updates_pending(), timeout=5000)


def field(window, attr):
    return next(f.widget for f in window.loans.form.fields if f.attr == attr)


def set_field(qtbot, window, attr, text):
    w = field(window, attr)
    w.setFocus()
    w.selectAll()
    qtbot.keyClicks(w, text)
    w.editingFinished.emit()
    flush(qtbot, window)


def test_typing_a_loan_amount_digit_by_digit_never_raises(window, qtbot):
    """Issue 14 item 9: `1`, `15`, `150` … with a term fee raised OverflowError and opened the
    crash dialog. Each keystroke recomputes; pytest-qt fails the test on any exception in a slot."""
    window.inputs.setCurrentIndex(5)
    window.loans.select(0)
    set_field(qtbot, window, "establishment_fee", "600")
    set_field(qtbot, window, "term_fee", "30")
    amount = field(window, "amount")
    amount.setFocus()
    amount.selectAll()
    qtbot.keyClick(amount, Qt.Key.Key_Delete)
    nominal = window.result.scenarios[0].nominal_rate_pct
    floor = ((1 + nominal / 1200) ** 12 - 1) * 100  # no fees: the nominal rate compounded
    shown = []
    for ch in "1500000":
        qtbot.keyClicks(amount, ch)
        flush(qtbot, window)
        sr = window.result.scenarios[0]
        text = window.table.cell_text("effective_rate", 0)
        fees = 600 + 30 * sr.spec.n_terms
        if sr.spec.amount <= fees:  # fees at or above the amount: undefined, shown as a dash
            assert sr.effective_rate_pct is None and text.strip() == "–", (sr.spec.amount, text)
            continue
        value = parse_number(text)
        assert math.isfinite(value) and floor - 0.01 <= value < 100, (sr.spec.amount, text)
        shown.append(value)
    assert window.result.scenarios[0].spec.amount == 1_500_000
    assert len(shown) >= 2 and shown == sorted(shown, reverse=True)  # falls as the amount grows


def test_every_result_view_survives_a_tiny_amount(window, qtbot):
    """The charts, plan and risk views redraw on each keystroke too: none may raise on 1, 15, 150 kr."""
    window.inputs.setCurrentIndex(5)
    window.loans.select(0)
    set_field(qtbot, window, "term_fee", "30")
    for index in range(window.bottom.count()):
        window.bottom.setCurrentIndex(index)
        for text in ("1", "15", "150", "0"):
            set_field(qtbot, window, "amount", text)
            assert window.result.scenarios[0].spec.amount == float(text)
            assert window.result.scenarios[0].effective_rate_pct is None


def test_relief_table_names_the_weakest_phase_with_its_mark(window, qtbot):
    """Issue 14 item 4 on screen: interest-only across the fixed rate's end (01.03.2027) has three
    phases; the table shows the weakest with ✔/✖ and the column title's tip lists them."""
    from startlan_desktop.core.rows import RELIEF_ROWS

    window.open_followup_example()
    flush(qtbot, window)
    labels = [row.source for row in RELIEF_ROWS]
    fu = window.followup.result
    io = next(c for c, r in enumerate(fu.reliefs) if r.relief.interest_only_months and not r.relief.extend_years)
    r = fu.reliefs[io]
    assert len(r.phases) == 3 and r.phases[1].start.isoformat() == "2027-03-01"
    cell = text_at(window.relief_table, labels.index("Restbeløp i svakeste fase"), io)
    assert cell.startswith("✖ " if r.weakest.residual < 0 else "✔ ")
    assert text_at(window.relief_table, labels.index("Svakeste fase fra"), io) == "23.11.2027"
    assert "01.03.2027" in header_at(window.relief_table, io, role=Qt.ItemDataRole.ToolTipRole)


def test_ended_fixed_rate_says_so_and_shows_the_jump(window, qtbot):
    window.open_followup_example()
    window.case.date, window.case.existing.fixed_until = "2026-11-23", "2026-10-01"
    window.recompute()
    flush(qtbot, window)
    text = window.followup.expiry.text().replace("\u00a0", " ")
    e = window.followup.result.expiry
    assert e.ended and e.jump > 1000
    assert "Fastrenten løp ut 01.10.2026" in text and "mer" in text
