import datetime as dt

import pytest

from startlan_desktop.ui.table_model import header_at


def flush(qtbot, window):
    qtbot.waitUntil(lambda: not window.edit_pending(), timeout=2000)


def test_ticking_an_explanation_records_the_date(window, qtbot):
    window.inputs.setCurrentIndex(6)
    box = window.explanation.boxes["rate_rise"]
    box.setChecked(True)
    flush(qtbot, window)
    e = next(e for e in window.case.explanations if e.topic == "rate_rise")
    assert e.explained and e.date == dt.date.today().isoformat()
    assert "7,00" in window.explanation.texts["rate_rise"].text()
    assert window.isWindowModified()


def test_policy_rate_field_moves_the_stressed_residual(window, qtbot):
    window.inputs.setCurrentIndex(5)
    field = next(f.widget for f in window.loans.stressform.fields if f.attr == "policy_rate_pct")
    before = window.result.scenarios[0].residual_stressed
    field.setText("5")
    field.textEdited.emit("5")
    flush(qtbot, window)
    assert window.result.scenarios[0].stress_rate_pct == pytest.approx(7.5)
    assert window.result.scenarios[0].residual_stressed < before
    assert "Styringsrenten 5,00 % + 2,5 prosentpoeng" in window.sources_label.toolTip().replace("\u00a0", " ")


def test_split_loan_and_rent_note(window, qtbot):
    window.inputs.setCurrentIndex(5)
    window.loans.select(1)
    kind = next(f.widget for f in window.loans.form.fields if f.attr == "rate_type")
    kind.setCurrentIndex(kind.findData("split"))
    flush(qtbot, window)
    assert window.case.scenarios[1].rate_type == "split"
    assert "delt" in window.table.cell_text("nominal_rate", 1)
    assert "husleie i dag: 14" in window.summary.rent_note.text()


def test_outside_usual_terms_note_is_shown(window, qtbot):
    window.inputs.setCurrentIndex(5)
    window.loans.select(2)  # 50 years
    window.on_edit()
    flush(qtbot, window)
    assert window.loans.notes.isVisibleTo(window) and "30 år" in window.loans.notes.text()
    assert window.table.cell_text("usual_terms", 2).startswith("⚑")


def test_financing_plan_tab_and_grant_row(window, qtbot):
    window.bottom.setCurrentWidget(window.financing)
    assert window.financing.model().columnCount() == 4
    # scenarios 3 and 4 both need no grant: a tie, so no ★ (issue 17)
    assert not any(header_at(window.financing, c).startswith("★") for c in range(4))
    assert window.table.cell_text("grant_needed", 2).endswith("0\u00a0kr")
    window.inputs.setCurrentIndex(3)
    price = next(f.widget for f in window.housing.form.fields if f.attr == "price")
    price.setText("2 600 000")
    price.textEdited.emit("2 600 000")
    flush(qtbot, window)
    assert window.result.scenarios[2].plan.grant > 0
