"""Walk-through mode: all steps by keyboard, and the rate slider moves the residual."""

import re

from PySide6.QtCore import Qt

from startlan_desktop.core.budget import residual_curve
from startlan_desktop.core.formatting import fmt_kr
from startlan_desktop.ui.walkthrough import STEPS


def test_steps_through_all_screens_by_keyboard(window, qtbot):
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    seen = [dlg.step_label.text()]
    for _ in range(len(STEPS) + 2):  # past the end stays on the last step
        qtbot.keyClick(dlg, Qt.Key.Key_Right)
        seen.append(dlg.step_label.text())
    assert dlg.stack.currentIndex() == len(STEPS) - 1
    assert [f"Eksempelsak · Steg {i + 1} av 6: {s}" for i, s in enumerate(STEPS)] == list(dict.fromkeys(seen))
    qtbot.keyClick(dlg, Qt.Key.Key_Left)
    assert dlg.stack.currentIndex() == len(STEPS) - 2
    dlg.close()


def test_rate_slider_moves_the_residual_and_marks_the_break(window, qtbot):
    window.table.horizontalHeader().sectionClicked.emit(2)  # 50 years, floating
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    r = window.result
    be = r.scenarios[2].break_even_rate_pct
    assert "7,23" in dlg.break_label.text()
    start = dlg.residual_label.text()
    assert fmt_kr(r.scenarios[2].left_for_living - 0) in start or "Igjen" in start
    dlg.slider.setValue(3000)
    low = dlg.residual_label.text()
    left = residual_curve(r, 2, [3.0])[0] + r.living.used
    assert fmt_kr(left) in low and low.startswith("✔")
    dlg.slider.setValue(round(be * 1000) + 500)
    assert dlg.residual_label.text().startswith("✖") and "for lite" in dlg.residual_label.text()
    dlg.close()


def test_walkthrough_shows_no_personal_data_beyond_first_names(window, qtbot):
    window.case.notes = "Intern merknad: må sjekke betalingsanmerkning"
    window.case.caseworker = "Saksbehandler Hemmelig"
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    texts = " ".join(w.text() for w in dlg.findChildren(type(dlg.step_label)))
    assert "Intern merknad" not in texts and "Hemmelig" not in texts and window.case.reference not in texts
    dlg.close()


def test_summary_says_how_the_home_is_paid_for(window, qtbot):
    dlg = window.walkthrough()
    qtbot.addWidget(dlg)
    page = dlg.stack.widget(5)
    text = " ".join(w.text() for w in page.findChildren(type(dlg.step_label))).replace("\u00a0", " ")
    # price 2 050 000 + document fee 2,5 % (51 250) + registration 1 170 = 2 102 420 kr
    assert "Slik betales boligen (2 102 420 kr)" in text
    # each scenario's plan adds up: equity + startlån + grant = the total (no bank loan)
    plans = re.findall(r"egne penger 52 420 kr, banklån 0 kr, startlån ([\d ]+) kr og tilskudd ([\d ]+) kr", text)
    assert len(plans) == 4
    for startlan, grant in plans:
        assert 52_420 + int(startlan.replace(" ", "")) + int(grant.replace(" ", "")) == 2_102_420
    assert int(plans[0][1].replace(" ", "")) > 0  # 30 years at the 7,00 % stress rate needs a grant
    dlg.close()
