"""The settings dialog: values are saved only on OK, and only when valid."""

from startlan_desktop.ui.settings_dialog import SettingsDialog


def test_settings_are_saved_on_ok(window, settings, qtbot):
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    dlg.municipality.setText("Vestby kommune")
    dlg.rate_edits["floating"].setText("4,5")
    dlg.rate_edits["floating"].textEdited.emit("4,5")
    dlg.u_term.setValue(40)
    assert "eldre enn seks måneder" not in dlg.stale.text()  # the shipped table is from November 2026
    assert "Styringsrenten fra 24.09.2026" in dlg.policy_stale.text()
    dlg.policy_date.setIso("2025-09-18")
    dlg._update_stale()
    assert "⚠" in dlg.policy_stale.text()
    dlg.policy_date.setIso("2026-11-05")
    dlg.policy.setText("4,75")
    dlg.policy.textEdited.emit("4,75")
    dlg.accept()
    assert (settings.policy_rate_pct, settings.policy_rate_date) == (4.75, "2026-11-05")  # the data in force
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.example import example_case

    assert compute(example_case()).scenarios[0].stress_rate_pct == 4.75 + 2.5
    assert settings.municipality == "Vestby kommune"
    assert settings.rates["floating"] == 4.5
    assert settings.usual_terms.max_term_years == 40


def test_invalid_fields_block_ok(window, settings, qtbot):
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    dlg.markup.setText("0,9")
    dlg.markup.textEdited.emit("0,9")
    dlg.municipality.setText("Skal ikke lagres")
    dlg.accept()
    assert dlg.result() == 0 and "Rett opp" in dlg.messages.text()
    assert settings.municipality == ""
