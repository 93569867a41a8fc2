"""Settings: fits 1366×768, every data item typed (NAV rows too), Husbanken's table pasted, packs previewed."""

import json

import pytest

from startlan_desktop.core import data, datapack
from startlan_desktop.core.example import example_case
from startlan_desktop.ui.settings_dialog import SettingsDialog
from startlan_desktop.ui.table_model import text_at

NAV_2026 = {"valid_from": "01.01.2026", "enslige": "8 020", "ektepar_samboere": "13 380",
            "person_i_bofellesskap": "6 740", "barn_0_5": "3 930", "barn_6_10": "4 040", "barn_11_17": "5 260",
            "source": "Rundskriv A-2/2025"}
PASTE = ("Gjelder fra 01.12.2026\nFlytende rente\t4,131 %\nFast rente 3 år\t4,700 %\nFast rente 5 år\t4,750 %\n"
         "Fast rente 10 år\t4,900 %\nFast rente 20 år\t5,000 %\n")


def _type_nav_row(dlg, cells):
    r = dlg._add_nav_row(None)
    assert r == dlg.nav.model().rowCount() - 1
    for c, key in enumerate(("valid_from", "enslige", "ektepar_samboere", "person_i_bofellesskap", "barn_0_5",
                             "barn_6_10", "barn_11_17", "source")):
        dlg.nav.model().set_text(r, c, cells[key])
    return r


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_dialog_fits_768_with_buttons_visible(window, settings, qtbot, lang):
    from startlan_desktop.i18n import set_language

    set_language(lang)
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    assert dlg.sizeHint().height() <= 700 and dlg.minimumSizeHint().height() <= 700
    assert dlg.sizeHint().width() <= 1366
    dlg.resize(dlg.sizeHint())
    dlg.show()
    qtbot.waitExposed(dlg)
    ok = dlg.buttons.geometry()
    assert dlg.buttons.isVisible() and ok.bottom() <= dlg.height()


def test_nav_rows_typed_in_settings_end_the_stale_banner(window, settings, qtbot):
    case = example_case()
    case.date = "2026-12-05"
    window.set_case(case)
    assert "NAVs veiledende satser" in window.banner.text() and window.banner.isVisible()  # 2024 rates
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    _type_nav_row(dlg, NAV_2026)
    dlg.paste.setPlainText(PASTE)
    assert dlg.read_paste()  # December's table, so the rates are current on 5.12.2026 too
    dlg.accept()
    assert dlg.result() == 1, dlg.messages.text() + dlg.nav_message.text()
    # Stored in the user's data pack, not in QSettings.
    user = json.loads(datapack.user_path().read_text(encoding="utf-8"))["items"]
    assert {t["valid_from"] for t in user["nav_floor"]["tables"]} >= {"2026-01-01", "2024-01-01"}
    assert not settings.q.contains("nav_floor")
    assert data.nav_floor_table(case.assessment_date)["enslige"] == 8020  # typed: 8 020 kr
    assert data.nav_floor_table(__import__("datetime").date(2025, 6, 1))["enslige"] == 7850  # 2024's row
    case = example_case()  # a new case takes the rate table now in force
    case.date = "2026-12-05"
    window.set_case(case)
    assert not [w for w in window.result.warnings if "Nyere tall" in w]
    assert window.banner.isHidden() or "Nyere tall" not in window.banner.text()


def test_bad_nav_cell_keeps_dialog_open_with_message_at_the_cell(window, settings, qtbot):
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    r = _type_nav_row(dlg, {**NAV_2026, "barn_6_10": "-40"})
    dlg.accept()
    assert dlg.result() == 0
    assert f"Rad {r + 1}, «Barn 6–10»" in dlg.nav_message.text()
    assert (dlg.nav.currentIndex().row(), dlg.nav.currentIndex().column()) == (r, 5)
    assert not datapack.user_path().exists()  # nothing saved
    dlg.nav.model().set_text(r, 5, "4 040")
    dlg.nav.model().set_text(r, 7, "")
    dlg.accept()
    assert dlg.result() == 0 and "kilden" in dlg.nav_message.text()


def test_paste_fills_the_rates_and_a_bad_paste_changes_nothing(window, settings, qtbot):
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    before = {k: e.value() for k, e in dlg.rate_edits.items()}
    dlg.paste.setPlainText(PASTE.replace("Fast rente 5 år\t4,750 %\n", ""))
    assert not dlg.read_paste()
    assert "fast rente 5 år" in dlg.paste_message.text()
    assert {k: e.value() for k, e in dlg.rate_edits.items()} == before
    dlg.paste.setPlainText(PASTE)
    assert dlg.read_paste()
    assert dlg.rate_date._iso == "2026-12-01" and dlg.rate_edits["fixed_3"].value() == 4.7
    dlg.accept()
    assert data.rate_table()["valid_from"] == "2026-12-01"
    assert data.rate_table()["rates"]["12"]["fixed_10"] == 4.9


def test_import_preview_shows_old_to_new_and_applies_on_request(window, settings, qtbot, tmp_path):
    pack = datapack.export_pack()
    pack["items"]["policy_rate"]["decisions"].append(
        {"valid_from": "2026-12-10", "rate_pct": 4.75, "status": "secondary", "source": "test"})
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    assert dlg.preview_pack(path)
    rows = [[text_at(dlg.pack_changes, r, c).replace("\u00a0", " ") for c in range(3)]
            for r in range(dlg.pack_changes.model().rowCount())]
    assert ["Norges Banks styringsrente", "4,50 % fra 24.09.2026", "4,75 % fra 10.12.2026"] in rows
    assert not dlg.pack_changes.isHidden() and "Dette endres" in dlg.pack_preview.text()
    assert data.policy_rate()["rate_pct"] == 4.5  # shown, not applied
    dlg.pack_apply.click()
    assert data.policy_rate()["rate_pct"] == 4.75
    in_force = [text_at(dlg.in_force, r, 1).replace("\u00a0", " ") for r in range(dlg.in_force.model().rowCount())]
    assert "4,75 % fra 10.12.2026" in in_force  # the listing of what is in force follows
    from startlan_desktop.core.budget import compute

    assert compute(example_case()).scenarios[0].stress_rate_pct == pytest.approx(4.75 + 2.5)  # a new case


def test_refused_pack_names_the_item_and_changes_nothing(window, settings, qtbot, tmp_path):
    pack = datapack.export_pack()
    pack["items"]["nav_floor"]["tables"][0]["enslige"] = -100
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    assert not dlg.preview_pack(path)
    assert "NAVs veiledende satser" in dlg.pack_preview.text() and "ingenting er endret" in dlg.pack_preview.text()
    assert not dlg.pack_apply.isEnabled() and not datapack.user_path().exists()
    path.write_text('{"format": "startlan-data", "version": 1, "da', encoding="utf-8")
    assert not dlg.preview_pack(path) and "avkortet" in dlg.pack_preview.text()


def test_nav_row_removed_is_the_selected_one_and_the_last_row_stays(window, settings, qtbot):
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    m = dlg.nav.model()
    years = [m.text(r, 0) for r in range(m.rowCount())]
    r = _type_nav_row(dlg, NAV_2026)
    dlg.nav.setCurrentIndex(m.index(r, 1))
    dlg._remove_nav_row()
    assert [m.text(i, 0) for i in range(m.rowCount())] == years
    for _ in range(len(years) + 1):
        dlg.nav.setCurrentIndex(m.index(0, 0))
        dlg._remove_nav_row()
    assert m.rowCount() == 1


def test_nav_rows_in_force_show_kroner_without_kr(window, settings, qtbot):
    dlg = SettingsDialog(settings, window)
    qtbot.addWidget(dlg)
    m = dlg.nav.model()
    row_2024 = [r for r in range(m.rowCount()) if m.text(r, 0) == "01.01.2024"][0]
    assert m.text(row_2024, 1) == "7 850"  # enslige 2024, as in Rundskriv A-3/2023; the header says kr per month
