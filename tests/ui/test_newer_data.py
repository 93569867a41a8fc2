"""The window says in one line when newer data is in force, and one button moves the whole case."""

import pytest

from startlan_desktop.core import data
from startlan_desktop.core.example import example_case


def old_case():
    case = example_case()
    case.stress.policy_rate_pct, case.stress.policy_rate_date = 4.0, "2025-09-18"
    case.rate_table_date, case.floating_rate_pct = "2026-07-01", 4.025
    for s in case.scenarios:
        s.base_rate_pct = 4.025 if s.rate_type == "floating" else 4.496  # July 2026, fixed 10 years
    case.data_snapshot = data.snapshot()
    return case


def test_newer_data_line_and_button_move_every_scenario(window, qtbot):
    window.set_case(old_case())
    assert window.newer_bar.isVisible()
    text = window.newer_data.text().replace("\u00a0", " ")
    assert "Styringsrenten er endret fra 4,00 % til 4,50 % siden saken ble lagret" in text
    assert window.result.scenarios[0].stress_rate_pct == pytest.approx(6.5)  # the case's own data
    window.btn_current_data.click()
    assert not window.newer_bar.isVisible() and window.isWindowModified()
    assert [s.stress_rate_pct for s in window.result.scenarios] == pytest.approx([7.0] * 4)
    assert [s.scenario.base_rate_pct for s in window.result.scenarios] == [4.131, 4.535, 4.131, 4.535]


def test_fetch_rate_uses_the_case_table(window, qtbot):
    window.set_case(old_case())
    window.inputs.setCurrentIndex(5)
    window.case.scenarios[0].base_rate_pct = 3.0
    window.loans.select(0)
    window.loans.fetch_rate()
    assert window.case.scenarios[0].base_rate_pct == 4.025  # July 2026 like the rest, not November's 4,131
    window.loans.btn_add.click()
    assert window.case.scenarios[-1].base_rate_pct in (4.025, 4.496)
