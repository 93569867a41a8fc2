"""Issue 17: each silent trap typed as a caseworker would, offscreen, and the
figure or the message checked against what the caseworker meant."""

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from startlan_desktop.core.model import Debt
from startlan_desktop.ui.table_model import header_at

NB = "\u00a0"


def flush(qtbot, window):
    qtbot.waitUntil(lambda: not window.edit_pending(), timeout=2000)


def field(form, attr):
    return next(f.widget for f in form.fields if f.attr == attr)


def type_keys(qtbot, edit, text, finish=True):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    if finish:
        edit.editingFinished.emit()


def new_income(window, qtbot, kind="wage"):
    window.inputs.setCurrentIndex(1)
    window.incomes.rows.add_button.click()
    row = len(window.case.incomes) - 1
    combo = window.incomes.rows.cell(row, "kind")
    combo.setCurrentIndex(combo.findData(kind))
    flush(qtbot, window)
    return row


# --- 1 thousands dots, by field kind ---------------------------------------------

@pytest.mark.parametrize("text,kroner", [("28.400", 28_400), ("1.200", 1_200), ("490.000", 490_000),
                                         ("kr 490.000,-", 490_000)])
def test_a_thousands_dot_in_a_kroner_field_is_thousands(window, qtbot, text, kroner):
    row = new_income(window, qtbot)
    before = window.result.income_total
    type_keys(qtbot, window.incomes.rows.cell(row, "amount"), text)
    flush(qtbot, window)
    assert window.case.incomes[row].amount == kroner
    assert window.result.income_total == pytest.approx(before + kroner)  # a net monthly wage line
    assert window.incomes.rows.cell(row, "amount").text() == f"{kroner:,}".replace(",", NB)


def test_a_rate_field_keeps_the_decimal_dot(window, qtbot):
    window.inputs.setCurrentIndex(5)
    window.loans.select(0)
    type_keys(qtbot, field(window.loans.form, "base_rate_pct"), "4.275")
    flush(qtbot, window)
    assert window.case.scenarios[0].base_rate_pct == 4.275
    assert window.result.scenarios[0].nominal_rate_pct == pytest.approx(4.275 + 0.25)


@pytest.mark.parametrize("text,message", [("28.40", "punktum tusenskille"), ("1,234", "Mente du 1 234"),
                                          ("4,5 %", "ikke prosent")])
def test_an_ambiguous_or_percent_amount_is_refused_at_the_field(window, qtbot, text, message):
    window.inputs.setCurrentIndex(3)
    price = field(window.housing.form, "price")
    before = window.case.housing.price
    type_keys(qtbot, price, text)
    flush(qtbot, window)
    assert price.property("invalid") is True and message in price.message
    assert message in window.housing.messages.text()
    assert window.case.housing.price == before  # never guessed
    assert "siste gyldige verdi" in window.banner.text()


# --- 2 half-typed values ------------------------------------------------------------

def test_half_typed_amounts_never_reach_the_figures(window, qtbot):
    row = new_income(window, qtbot)
    edit = window.incomes.rows.cell(row, "amount")
    base = window.result.income_total
    seen = []
    edit.setFocus()
    edit.selectAll()
    for ch in "28 400":
        qtbot.keyClick(edit, ch)
        flush(qtbot, window)
        seen.append(window.case.incomes[row].amount)
        assert edit.property("invalid") is not True  # half-typed is not wrong yet
    # "28 4" and "28 40" are half-typed: the figures fall back on the value the field
    # had (0 in a new line), never 284 or 2 840
    assert seen == [2, 28, 28, 0, 0, 28_400]
    assert window.result.income_total == pytest.approx(base + 28_400)


def test_a_half_typed_value_left_behind_is_marked_and_the_last_valid_value_counts(window, qtbot):
    row = new_income(window, qtbot)
    edit = window.incomes.rows.cell(row, "amount")
    type_keys(qtbot, edit, "12 500")
    flush(qtbot, window)
    total = window.result.income_total
    type_keys(qtbot, edit, "28.4")  # left before the last two digits
    flush(qtbot, window)
    assert edit.property("invalid") is True and "tusenskille" in edit.message
    assert window.case.incomes[row].amount == 12_500
    assert window.result.income_total == pytest.approx(total)
    assert "siste gyldige verdi" in window.banner.text()


# --- 3 child benefit ------------------------------------------------------------------

def test_a_typed_child_benefit_line_says_the_automatic_one_is_not_added(window, qtbot):
    auto = [i for i in window.result.incomes if i.kind == "child_benefit"]
    assert len(auto) == 1 and auto[0].net_monthly == 2 * 2012  # two children under 18, 2 012 kr from Feb 2026
    row = new_income(window, qtbot, "child_benefit")
    type_keys(qtbot, window.incomes.rows.cell(row, "amount"), "4 024")
    flush(qtbot, window)
    assert window.incomes.auto.isChecked()
    assert "den automatiske barnetrygden (4 024 kr) er ikke lagt til" in window.incomes.total.text().replace(NB, " ")
    assert any("automatiske barnetrygden" in w for w in window.result.warnings)
    assert sum(i.net_monthly for i in window.result.incomes if i.kind == "child_benefit") == 4024  # not twice


def test_extended_child_benefit_is_its_own_kind_beside_the_automatic_one(window, qtbot):
    before = window.result.income_total
    row = new_income(window, qtbot, "extended_child_benefit")
    assert window.case.incomes[row].amount == 2572  # nav.no: 2 572 kr a month from 1 February 2026
    assert window.incomes.rows.cell(row, "amount").text() == f"2{NB}572"
    assert window.result.income_total == pytest.approx(before + 2572)
    assert any(i.kind == "child_benefit" for i in window.result.incomes)  # the ordinary one stays
    # the example household has a co-applicant: extended child benefit is for single parents
    assert "enslige forsørgere" in window.incomes.total.text()


# --- 4 the mouse wheel ------------------------------------------------------------------

def wheel(widget, notches=-1):
    ev = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                     QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                     Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, ev)


def test_the_wheel_changes_a_spin_box_or_combo_only_when_focused(window, qtbot):
    window.inputs.setCurrentIndex(5)
    window.loans.select(0)
    term = field(window.loans.form, "term_years")
    kind = field(window.loans.form, "repayment")
    window.loans.list.setFocus()
    assert not term.hasFocus()
    wheel(term)
    wheel(kind, 1)
    assert window.case.scenarios[0].term_years == 30 and term.value() == 30
    assert kind.currentIndex() == 0
    assert term.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not take the focus either
    term.setFocus()
    qtbot.waitUntil(term.hasFocus)
    wheel(term)
    assert term.value() == 29


# --- 5 fields that silently do nothing -----------------------------------------------------

def test_document_fee_is_off_for_a_cooperative_and_the_price_says_what_it_holds(window, qtbot):
    window.inputs.setCurrentIndex(3)
    h = window.housing
    fee = field(h.form, "document_fee_pct")
    assert fee.isEnabled()
    ownership = field(h.form, "ownership")
    ownership.setCurrentIndex(ownership.findData("cooperative"))
    type_keys(qtbot, field(h.form, "common_debt_share"), "350 000")
    flush(qtbot, window)
    assert not fee.isEnabled() and "bare selveier" in h.doc_fee_note.text()
    assert window.result.scenarios[0].plan.document_fee == 0
    label = h.form.form.labelForField(field(h.form, "price")).text()
    assert "uten fellesgjeld" in label
    assert h.price_note.text().replace(NB, " ") == ("Kjøpesum 2 050 000 kr + andel fellesgjeld 350 000 kr = "
                                                    "totalpris 2 400 000 kr.")


def test_a_car_loan_without_car_costs_gets_a_nudge(window, qtbot):
    window.case.living.petrol_cars = window.case.living.electric_cars = 0
    window.case.debts.append(Debt("Billån", "car_loan", 2500))
    window.set_case(window.case)
    window.inputs.setCurrentIndex(2)
    assert not window.debts.car_note.isHidden() and "ingen bilkostnader" in window.debts.car_note.text()
    window.case.living.electric_cars = 1
    window.on_edit()
    flush(qtbot, window)
    assert window.debts.car_note.isHidden()


def test_sfo_for_years_one_to_three_says_the_free_hours_are_not_counted(window, qtbot):
    window.case.members[2].age_years = 7
    window.case.members[2].after_school = True
    window.set_case(window.case)
    window.inputs.setCurrentIndex(4)
    note = window.living.sfo_note
    assert not note.isHidden() and "12 gratis timer" in note.text() and "ikke trukket fra" in note.text()


# --- 6 a 0 kr loan, "Bruk største lån", one amount for all ---------------------------------

def test_a_new_case_asks_for_a_loan_amount_and_one_amount_fills_every_scenario(window, qtbot):
    window.new_case()
    flush(qtbot, window)
    for c in range(4):
        verdict = window.table.cell_text("verdict", c)
        assert "Fyll inn lånebeløp" in verdict and "Bærekraftig" not in verdict
    window.inputs.setCurrentIndex(5)
    window.loans.select(1)
    type_keys(qtbot, window.loans.amount, "1.500.000")
    flush(qtbot, window)
    assert [s.amount for s in window.case.scenarios] == [1_500_000] * 4
    assert "scenarioene uten beløp" in window.loans.filled.text()
    # a second amount in one scenario touches only that one
    type_keys(qtbot, window.loans.amount, "1 400 000")
    flush(qtbot, window)
    assert [s.amount for s in window.case.scenarios] == [1_500_000, 1_400_000, 1_500_000, 1_500_000]


def test_use_largest_loan_sets_the_prudent_largest_loan(window, qtbot):
    window.inputs.setCurrentIndex(5)
    window.loans.select(0)
    window.case.housing.price = 9_000_000  # the need is no cap here
    window.on_edit()
    flush(qtbot, window)
    max_loan = window.result.scenarios[0].max_loan
    window.loans.use_max.click()
    flush(qtbot, window)
    amount = window.case.scenarios[0].amount
    assert amount == math.floor(max_loan)
    sr = window.result.scenarios[0]
    # independent check: at the largest loan the stressed residual is (just about) zero
    assert 0 <= sr.residual_stressed < 1
    assert window.loans.amount.text() == f"{int(amount):,}".replace(",", NB)


# --- 7 a household that cannot carry any startlån ---------------------------------------------

def test_no_grant_of_the_whole_price_beside_a_loan_she_cannot_get(window, qtbot):
    case = window.case
    case.housing.price = 2_400_000
    case.incomes = case.incomes[:1]
    case.incomes[0].amount = 100_000
    window.set_case(case)
    flush(qtbot, window)
    for c in range(4):
        grant = window.table.cell_text("grant_needed", c)
        assert grant == "kan ikke betjene startlån" and "2 400 000" not in grant.replace(NB, " ")
    assert "kan ikke betjene noe startlån" in window.banner.text()
    assert not any(header_at(window.table, c).startswith("★") for c in range(4))
    walk = window.walkthrough()
    walk.go(5)
    texts = " ".join(lbl.text() for lbl in walk.findChildren(type(window.banner)))
    assert "kan husstanden ikke betjene noe startlån" in texts
    assert "tilskudd 2" not in texts.replace(NB, " ")
    walk.close()


# --- case identity -------------------------------------------------------------------

def test_case_fields_are_on_screen_and_reach_the_case(window, qtbot):
    ident = window.household.identity
    assert ident.reference.text() == "2026/1234"
    window.new_case()
    assert window.case.reference == "" and ident.reference.text() == ""
    type_keys(qtbot, ident.reference, "2026/555")
    type_keys(qtbot, ident.caseworker, "Ola Nordmann")
    type_keys(qtbot, ident.municipality, "Vestby kommune")
    ident.notes.setFocus()
    qtbot.keyClicks(ident.notes, "Søkt bostøtte")
    assert (window.case.reference, window.case.caseworker, window.case.municipality, window.case.notes) == (
        "2026/555", "Ola Nordmann", "Vestby kommune", "Søkt bostøtte")
    assert window.windowTitle().startswith("2026/555")


def test_the_example_is_marked_wherever_shown(window, qtbot):
    assert window.case.example
    assert window.windowTitle().startswith("Eksempelsak")
    assert not window.example_bar.isHidden() and "Eksempelsak" in window.example_text.text()
    walk = window.walkthrough()
    assert walk.step_label.text().startswith("Eksempelsak")
    walk.close()
    import io

    from pypdf import PdfReader

    pdf = window.sheet_pdf()
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "EKSEMPEL" in first
    window.example_button.click()  # "Ny sak"
    assert not window.case.example and window.example_bar.isHidden()


def test_start_opens_the_last_case_or_an_empty_one_and_offers_the_example(qtbot, settings, tmp_path):
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.start()
    assert not w.case.example and w.case.scenarios and not w.case.incomes  # empty, not the example
    assert not w.example_bar.isHidden() and w.example_button.text() == "Åpne eksempelsak"
    w.example_button.click()
    assert w.case.example
    case = example_case()
    case.example = False
    case.reference = "2026/9"
    path = tmp_path / "sist.startlan"
    casefile.save(case, path)
    settings.add_recent(str(path))
    w2 = MainWindow(settings)
    qtbot.addWidget(w2)
    w2.start()
    assert w2.case.reference == "2026/9" and w2.path == path
    assert w2.example_bar.isHidden()
