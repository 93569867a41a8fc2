"""On an ordinary 1366×768 office laptop no input tab scrolls sideways, in any
of the window's languages: fields shrink (combos cut with "…") and headers wrap
instead, and every row's ✕ stays in sight. Checked at the size the window opens
with (inside 1366×728: the screen less a task bar, and the frame) and maximised
(1366×700), with cases crowded enough to give every tab a vertical scroll bar
(which takes its width from the rows)."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from startlan_desktop.core.example import example_case, followup_case
from startlan_desktop.core.model import Debt, Income, Member, Scenario
from startlan_desktop.i18n import set_language
from startlan_desktop.ui.main_window import MainWindow
from startlan_desktop.ui.tabs import INPUTS


def crowded_case():
    """Twelve persons, every kind of income and debt (the longest names in each
    language), ten split-rate scenarios and an existing loan: each tab taller
    than the window and with its widest texts."""
    from startlan_desktop.core.budget import DEBT_LABELS, INCOME_LABELS

    case = followup_case()
    case.members += [Member(role="other_adult", name="Bestemor Annelise", age_years=67, pensioner=True,
                            after_school=True, kindergarten=True, student=True)]
    case.members += [Member(role="child", name=f"Barn {i}", age_years=3 + i, age_months=11,
                            kindergarten=i % 2 == 0, after_school=i % 2 == 1) for i in range(10)]
    case.incomes = [Income(label=f"Inntekt nummer {i} med et langt navn", kind=kind, amount=-987_654_321 if i == 0
                           else 987_654, gross_yearly=i % 2 == 0, member=i % 2, estimate=True)
                    for i, kind in enumerate(list(INCOME_LABELS) * 2)]
    case.debts = [Debt(label=f"Gjeld nummer {i} med et langt navn", kind=kind, monthly_payment=987_654,
                       credit_limit=987_654, balance=98_765_432, rate_pct=19.99, floating=True, remaining_years=49.5)
                  for i, kind in enumerate(list(DEBT_LABELS) * 3)]
    case.scenarios = [Scenario(f"Delt lån nummer {i + 1}", 2_050_000, 50, rate_type="split",
                               fixed_years=(3, 5, 10, 20)[i % 4], base_rate_pct=4.1, floating_base_rate_pct=4.025,
                               fixed_share_pct=40, interest_only_years=i % 3) for i in range(10)]
    return case


SIZES = {"as opened": None, "maximised": (1366, 700)}


def _sideways(window, tall: set | None = None) -> list[str]:
    """The input tabs that scroll sideways (or would: content wider than the pane);
    the ones with a vertical scroll bar are added to `tall`."""
    wide = []
    for i in range(window.inputs.count()):
        window.inputs.setCurrentIndex(i)
        QApplication.processEvents()
        QApplication.processEvents()
        area = window.inputs.widget(i)
        bar = area.horizontalScrollBar()
        if tall is not None and area.verticalScrollBar().isVisible():
            tall.add(i)
        if bar.isVisible() or bar.maximum() > 0:
            wide.append(f"{window.inputs.tabText(i)} ({area.widget().minimumSizeHint().width()} px in "
                        f"{area.viewport().width()})")
    return wide


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_no_input_tab_scrolls_sideways_at_1366x768(qtbot, settings, lang):
    set_language(lang)
    try:
        w = MainWindow(settings)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        found = {}
        for name, make in (("example", example_case), ("follow-up", followup_case), ("crowded", crowded_case)):
            w.set_case(make())
            for size_name, size in SIZES.items():
                if size is None:
                    w.fit_to(QRect(0, 0, 1366, 728))  # as it opens on a 1366x768 screen with a task bar
                else:
                    w.resize(*size)
                qtbot.wait(10)
                tall = set()
                wide = _sideways(w, tall)
                if wide:
                    found[(name, size_name)] = wide
                if name == "crowded":  # the rows' tabs are taller than the pane: vertical scroll bars too
                    assert {0, 1, 2, 5, 7} <= tall, tall
        assert not found, found
        assert w.inputs.count() == len(INPUTS)
        w.setWindowModified(False)
    finally:
        set_language("nb")


def test_every_row_keeps_its_remove_button_in_sight(qtbot, settings):
    """English, the widest language: each row's ✕ lies inside the pane."""
    set_language("en")
    try:
        w = MainWindow(settings)
        qtbot.addWidget(w)
        w.set_case(crowded_case())
        w.fit_to(QRect(0, 0, 1366, 728))
        w.show()
        qtbot.waitExposed(w)
        for sec in (w.household, w.incomes, w.debts, w.followup):
            w.inputs.setCurrentIndex(w.inputs.indexOf(sec.parentWidget().parentWidget()))
            QApplication.processEvents()
            pane = sec.parentWidget()  # the scroll area's viewport
            rows = sec.reliefs if sec is w.followup else sec.rows
            for r in range(len(rows.items)):
                rm = rows.grid.itemAtPosition(r + 1, len(rows.columns) + 1).widget()
                right = rm.mapTo(pane, rm.rect().topRight()).x()
                assert right < pane.width(), (type(sec).__name__, r, right, pane.width())
        w.setWindowModified(False)
    finally:
        set_language("nb")
