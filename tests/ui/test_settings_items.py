"""Settings' "Andre data" tab (G, fees, SIFO, tax, sale costs), its staleness rule, and the
rates earlier versions kept in QSettings moved once into the user's data pack."""

import datetime as dt
import json

import pytest
from PySide6.QtCore import QSettings

from startlan_desktop.core import data, dataedit, datapack
from startlan_desktop.ui.settings import AppSettings
from startlan_desktop.ui.settings_dialog import SettingsDialog
from startlan_desktop.ui.table_model import text_at


def row_of(name, label):
    return next(i for i, f in enumerate(dataedit.fields(name)) if f.label == label)


@pytest.fixture
def dlg(window, settings, qtbot):
    d = SettingsDialog(settings, window)
    qtbot.addWidget(d)
    return d


def test_g_and_sale_costs_typed_in_the_tab_are_stored_on_ok(dlg):
    ed = dlg.data_items
    ed.set_cell("grunnbelop", 0, "140 000")
    ed.date.setText("01.05.2027")
    ed.source.setText("nav.no, G fra 1. mai 2027")
    ed.set_cell("sale_costs", row_of("sale_costs", "Meglerkostnad, andel av salgssum"), "3")
    ed.source.setText("Tingretten")
    ed.set_cell("grunnbelop", 0, "140 000")  # back to G: what was typed for it is still there
    assert (ed.date.text(), ed.source.text()) == ("01.05.2027", "nav.no, G fra 1. mai 2027")
    dlg.accept()
    assert dlg.result() == 1, dlg.messages.text() + ed.message.text()
    assert data.grunnbelop()["amount"] == 140_000 and data.grunnbelop()["valid_from"] == "2027-05-01"
    assert data.load("sale_costs")["agent_cost_pct"] == 3.0 and data.load("sale_costs")["source"] == "Tingretten"
    stored = json.loads(datapack.user_path().read_text(encoding="utf-8"))["items"]
    assert set(stored) == {"grunnbelop", "sale_costs"}  # untouched items are not copied into the user's pack


def test_bad_figure_keeps_the_dialog_open_with_the_row_marked_and_nothing_stored(dlg):
    ed = dlg.data_items
    row = row_of("tax_2026", "Skatt på alminnelig inntekt")
    ed.set_cell("tax_2026", row, "220")
    ed.item.setCurrentIndex(0)  # looking at another item when OK is pressed
    dlg.accept()
    assert dlg.result() == 0
    assert ed.item.currentData() == "tax_2026" and ed.table.currentIndex().row() == row
    assert "Skatteregler 2026, «Skatt på alminnelig inntekt»" in ed.message.text()
    assert "100 %" in ed.message.text()
    assert dlg.tabs.tabText(dlg.tabs.currentIndex()) == "Andre data"
    assert not datapack.user_path().exists()


def test_untouched_tab_stores_nothing(dlg):
    dlg.accept()
    assert dlg.result() == 1
    assert not datapack.user_path().exists() or "grunnbelop" not in json.loads(
        datapack.user_path().read_text(encoding="utf-8"))["items"]


def test_every_item_is_shown_with_date_source_and_status(dlg):
    ed = dlg.data_items
    for i in range(ed.item.count()):
        ed.item.setCurrentIndex(i)
        name = ed.item.currentData()
        assert ed.table.model().rowCount() == len(dataedit.fields(name)) > 0
        assert ed.date.text() and ed.source.text() and ed.status.text()
    ed.item.setCurrentIndex(ed.item.findData("sifo_2026"))
    assert ed.table.model().rowCount() > 80  # SIFO's whole table for the year


def type_date(qtbot, edit, day: dt.date) -> None:
    edit.clear()
    qtbot.keyClicks(edit, day.strftime("%d.%m.%Y"))


def test_stale_note_uses_the_next_known_change_not_six_months(dlg, qtbot):
    today = dt.date.today()
    type_date(qtbot, dlg.rate_date, today - dt.timedelta(days=40))  # past the next monthly change
    assert dlg.stale.text().startswith("⚠") and "kan være endret" in dlg.stale.text()
    type_date(qtbot, dlg.rate_date, today)
    assert not dlg.stale.text().startswith("⚠") and "neste kjente endring" in dlg.stale.text()
    assert data.next_change("husbanken_rates", today.isoformat()).strftime("%d.%m.%Y") in dlg.stale.text()
    type_date(qtbot, dlg.policy_date, today - dt.timedelta(days=40))  # the policy rate: six months
    assert not dlg.policy_stale.text().startswith("⚠")
    type_date(qtbot, dlg.policy_date, today - dt.timedelta(days=200))
    assert dlg.policy_stale.text().startswith("⚠")


# --- QSettings of earlier versions ------------------------------------------------------

OLD_RATES = {"valid_from": "2026-12-01", "status": "user", "floating": 4.2, "fixed_3": 4.8, "fixed_5": 4.7,
             "fixed_10": 4.6, "fixed_20": 4.9}


def old_settings(tmp_path, **values):
    q = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    for k, v in values.items():
        q.setValue(k, v)
    q.sync()
    return q


def test_old_rates_and_policy_rate_move_into_the_data_pack_once(tmp_path):
    q = old_settings(tmp_path, rates=json.dumps(OLD_RATES), policy_rate_pct=4.75, policy_rate_date="2026-12-10")
    s = AppSettings(q)
    assert not any(q.contains(k) for k in ("rates", "policy_rate_pct", "policy_rate_date"))
    t = data.rate_table()
    assert (t["valid_from"], t["rates"]["12"]["floating"], t["status"]) == ("2026-12-01", 4.2, "user")
    assert data.rate_table("2026-11-01")["rates"]["12"]["floating"] == 4.131  # the shipped history stays
    assert (data.policy_rate()["rate_pct"], data.policy_rate()["valid_from"]) == (4.75, "2026-12-10")
    assert s.rates["floating"] == 4.2
    # Once: the user's later change is not overwritten at the next start.
    s.set_policy_rate(5.0, "2026-12-20", "norges-bank.no")
    AppSettings(q)
    assert data.policy_rate()["rate_pct"] == 5.0
    assert AppSettings(q).migrate_old_data() == []


def test_old_figures_for_a_shipped_date_give_way_to_the_published_ones(tmp_path):
    q = old_settings(tmp_path, rates=json.dumps({**OLD_RATES, "valid_from": "2026-11-01", "floating": 9.9}),
                     policy_rate_pct=4.0, policy_rate_date="2025-09-18")
    AppSettings(q)
    assert data.rate_table("2026-11-01")["rates"]["12"]["floating"] == 4.131
    assert data.policy_rate()["rate_pct"] == 4.5
    assert not q.contains("rates") and not q.contains("policy_rate_pct")


@pytest.mark.parametrize("raw", ["{not json", json.dumps({**OLD_RATES, "floating": "4,2"}), json.dumps([1, 2]),
                                 json.dumps({**OLD_RATES, "valid_from": "31.12.2026"}),
                                 json.dumps({**OLD_RATES, "floating": 420.0}), json.dumps({**OLD_RATES, "fixed_5": True})])
def test_unreadable_old_rates_are_dropped_without_a_crash(tmp_path, raw):
    q = old_settings(tmp_path, rates=raw, policy_rate_pct="abc", policy_rate_date="x")
    AppSettings(q)
    assert not q.contains("rates") and not q.contains("policy_rate_pct")
    assert data.rate_table()["valid_from"] == "2026-11-01" and data.policy_rate()["rate_pct"] == 4.5


def test_old_keys_stay_when_the_data_pack_cannot_be_written(tmp_path, monkeypatch):
    q = old_settings(tmp_path, rates=json.dumps(OLD_RATES))

    def fail(items):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(datapack, "write_user_items", fail)
    AppSettings(q)
    assert q.contains("rates")  # nothing lost: moved at the next start
    monkeypatch.undo()
    AppSettings(q)
    assert not q.contains("rates") and data.rate_table()["valid_from"] == "2026-12-01"


def test_pack_tab_lists_what_is_in_force_and_exports_it(dlg, tmp_path):
    rows = {text_at(dlg.in_force, r, 0): text_at(dlg.in_force, r, 1).replace("\u00a0", " ")
            for r in range(dlg.in_force.model().rowCount())}
    assert rows["Norges Banks styringsrente"] == "4,50 % fra 24.09.2026"
    assert rows["Salgskostnader ved tvangssalg"] == "tvangssalg 15 000 kr, megler 2,50 % fra 01.12.2026"
    assert len(rows) == len(data.ITEMS)
    path = tmp_path / "ut.json"
    assert dlg.write_pack(path)
    doc = datapack.parse_pack(path.read_text(encoding="utf-8"))
    assert datapack.check_pack(doc, against=None).keys() == set(data.ITEMS)
    assert datapack.preview(doc) == []  # exactly what is in force
    assert not dlg.write_pack(tmp_path / "no-such-dir" / "ut.json") and "Kunne ikke skrive" in dlg.pack_preview.text()


def test_dialog_opens_inside_the_screen_with_room_for_the_tables(dlg, window):
    avail = window.screen().availableGeometry()
    assert dlg.width() <= min(980, avail.width()) and dlg.height() <= min(700, avail.height())
    assert dlg.height() >= min(dlg.sizeHint().height(), avail.height() - 70)  # never smaller than it needs


def test_stress_rule_typed_in_settings_reaches_new_cases_and_survives_a_policy_change(dlg, settings, window):
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.example import example_case

    assert {k: e.value() for k, e in dlg.stress_edits.items()} == {
        "startlan_addon_pp": 2.5, "bank_margin_pp": 3.0, "bank_floor_pct": 7.0}  # Husbanken's and the banks' rule
    dlg.stress_edits["startlan_addon_pp"].setValue(3.0)
    dlg.accept()
    assert dlg.result() == 1, dlg.messages.text()
    assert dataedit.stress_rule()["startlan_addon_pp"] == 3.0
    assert compute(example_case()).scenarios[0].stress_rate_pct == pytest.approx(4.5 + 3.0)  # a new case
    settings.set_policy_rate(4.75, "2026-12-01", "norges-bank.no")  # a later policy rate keeps the typed rule
    assert dataedit.stress_rule()["startlan_addon_pp"] == 3.0
    assert compute(example_case()).scenarios[0].stress_rate_pct == pytest.approx(4.75 + 3.0)


def test_unchanged_stress_rule_stores_nothing(dlg):
    dlg.accept()
    assert not datapack.user_path().exists() or "policy_rate" not in json.loads(
        datapack.user_path().read_text(encoding="utf-8"))["items"]
