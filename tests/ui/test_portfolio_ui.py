"""The portfolio window: model + filter proxy, the column-mapping dialog
remembered per layout, the follow-up log per loan, letters."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from startlan_desktop.core import followup_log as fl
from startlan_desktop.core import portfolio as pf
from startlan_desktop.ui import portfolio as ui
from startlan_desktop.ui.app import make_app
from startlan_desktop.ui.table_model import text_at

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def win(qtbot, settings, tmp_path):
    make_app()
    shutil.copy(DATA / "loans-utf8.csv", tmp_path / "lan.csv")
    w = ui.PortfolioWindow(settings)
    w.today = dt.date(2026, 12, 1)
    qtbot.addWidget(w)
    assert w.open_list(tmp_path / "lan.csv")
    w.rate_after.setValue(4.381)  # 4.131 + 0.25, whatever the shipped rate
    return w


def test_list_sorted_soonest_first_with_core_figures(win):
    assert win.proxy.rowCount() == 8
    first = [win.proxy.index(0, c).data() for c in range(4)]
    assert first == ["7001007", "Ingrid Sæther", "01.02.2027", "2"]
    e = win.items[[x.loan.number for x in win.items].index("7001001")]
    row = next(r for r in range(8) if win.proxy.index(r, 0).data() == "7001001")
    assert win.proxy.index(row, 6).data() == pf.fmt_kr(e.payment_after)
    assert round(e.payment_after) == 10138  # checked by hand in tests/core/test_portfolio.py


def test_sorting_by_jump_is_numeric(win):
    win.view.sortByColumn(7, ui.Qt.SortOrder.DescendingOrder)
    jumps = [win.proxy.index(r, 7).data(ui.SORT_ROLE) for r in range(win.proxy.rowCount())]
    assert jumps == sorted(jumps, reverse=True)


def test_filters(win, qtbot):
    win.within.setCurrentIndex(2)  # 6 months
    win.apply_filters()
    assert win.proxy.rowCount() == 3
    win.within.setCurrentIndex(0)
    win.search.setText("hassan")
    win.apply_filters()
    assert [win.proxy.index(r, 0).data() for r in range(win.proxy.rowCount())] == ["7001005"]
    win.search.clear()
    win.min_kr.setValue(3000)
    win.apply_filters()
    assert all(win.proxy.index(r, 7).data(ui.SORT_ROLE) >= 3000 for r in range(win.proxy.rowCount()))
    assert win.proxy.rowCount() == sum(e.jump >= 3000 for e in win.items)


def test_typed_rate_recomputes(win):
    win.rate_after.setValue(6.0)
    assert all(e.rate_after_pct == 6.0 for e in win.items)


def test_log_per_loan_and_uncontacted_filter(win, tmp_path):
    win.view.selectRow(0)
    win.action.setCurrentIndex(list(fl.ACTIONS).index("called"))
    win.note.setText("vil ha møte")
    assert win.register_action()
    assert win.history.model().rowCount() == 1 and text_at(win.history, 0, 1) == "Ringt"
    win.uncontacted.setChecked(True)
    win.apply_filters()
    assert win.proxy.rowCount() == 7
    assert (tmp_path / fl.FILENAME).exists()
    with pytest.raises(fl.LogError):  # locked while the window has it open
        fl.FollowUpLog(tmp_path / fl.FILENAME)
    win.close()
    fl.FollowUpLog(tmp_path / fl.FILENAME).close()


def test_letters_and_exports(win, tmp_path, monkeypatch):
    from pypdf import PdfReader

    monkeypatch.setattr("startlan_desktop.ui.dialogs.ask", lambda *a: ui.__dict__.get("SB_YES", None))
    win.view.selectRow(0)
    win.view.selectionModel().select(win.proxy.index(1, 0), win.view.selectionModel().SelectionFlag.Select
                                     | win.view.selectionModel().SelectionFlag.Rows)
    assert win.letters_pdf(str(tmp_path / "b.pdf"))
    assert len(PdfReader(str(tmp_path / "b.pdf")).pages) == 2
    assert win.mail_merge(str(tmp_path / "m.csv")) and win.export_csv(str(tmp_path / "l.csv"))
    assert win.letters_per_borrower(str(tmp_path))
    assert (tmp_path / "brev-7001007.pdf").exists()


def test_mapping_dialog_is_remembered_per_layout(qtbot, settings, tmp_path, monkeypatch):
    make_app()
    f = tmp_path / "x.csv"
    f.write_text("Konto;Kunde;Beløp;Sats;Bundet til;Mnd\n55;A B;1 000 000;2,5;01.03.2027;240\n", encoding="utf-8")
    shown = []

    def fake_exec(dlg):
        shown.append(dlg)
        for field, col in (("loan_number", 0), ("balance", 2), ("rate", 3), ("fixed_until", 4), ("remaining", 5)):
            dlg.combos[field].setCurrentIndex(col + 1)
        dlg._accept()
        return QDialog.DialogCode.Accepted if dlg.result() == QDialog.DialogCode.Accepted else 0

    monkeypatch.setattr(ui.ColumnMappingDialog, "exec", fake_exec)
    w = ui.PortfolioWindow(settings)
    qtbot.addWidget(w)
    assert w.open_list(f) and len(shown) == 1
    assert text_at(shown[0].preview, 1, 1) == "A B"  # the first rows are shown
    assert [e.loan.number for e in w.items] == ["55"]
    w.close()
    w2 = ui.PortfolioWindow(settings)
    qtbot.addWidget(w2)
    assert w2.open_list(f) and len(shown) == 1  # remembered: no dialog the second time
    w2.close()


def test_mapping_dialog_refuses_incomplete_choice(qtbot):
    make_app()
    table = pf.Table([["a", "b"], ["1", "2"]], "csv")
    dlg = ui.ColumnMappingDialog(table, 0, {}, "")
    qtbot.addWidget(dlg)
    dlg._accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and "Lånenummer" in dlg.error.text()


def test_ten_thousand_loans_model(qtbot, settings, tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "benchmarks"))
    import portfolio as bench

    make_app()
    bench.make_csv(tmp_path / "big.csv", 10_000)
    w = ui.PortfolioWindow(settings)
    w.today = bench.TODAY
    qtbot.addWidget(w)
    assert w.open_list(tmp_path / "big.csv")
    assert w.model.rowCount() == len(w.items) > 3000
    w.search.setText("90000")
    w.apply_filters()
    assert 0 < w.proxy.rowCount() <= 1000
    w.close()


def test_menu_opens_the_window(window):
    win = window.portfolio_window()
    assert win.isVisible()
    win.close()
