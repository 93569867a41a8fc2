"""Issue 8 in the window: the follow-up tab, the follow-up sheet, the expiry list."""

from pypdf import PdfReader

from startlan_desktop.core import casefile
from startlan_desktop.core.example import followup_case
from startlan_desktop.ui.table_model import header_at, text_at


def flush(qtbot, window):
    qtbot.waitUntil(lambda: not window.edit_pending(), timeout=2000)


def test_followup_example_shows_relief_comparison(window, qtbot):
    window.open_followup_example()
    assert window.inputs.currentIndex() == 7
    sec = window.followup
    assert window.relief_table.model().columnCount() >= 5 and window.relief_table.isVisibleTo(window)
    assert "Fastrenten løper ut 01.03.2027" in sec.expiry.text()
    assert window.table.model().columnCount() == 0  # no new-loan scenarios in a follow-up case
    sec.reliefs.cell(1, "chosen").setChecked(True)
    flush(qtbot, window)
    assert window.case.reliefs[1].chosen
    assert header_at(window.relief_table, 1).startswith("✔")  # chosen, marked
    assert "Valgt: Avdragsfri 12 mnd" in sec.words.text()


def test_adding_an_existing_loan_to_a_new_case(window, qtbot):
    window.inputs.setCurrentIndex(7)
    sec = window.followup
    assert sec.add_button.isVisibleTo(window)
    sec.add_button.click()
    flush(qtbot, window)
    assert window.case.existing is not None and window.case.reliefs
    assert sec.form.isVisibleTo(window)


def test_followup_sheet_export(window, tmp_path, monkeypatch):
    window.open_followup_example()
    out = tmp_path / "oppfolging.pdf"
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(out))
    monkeypatch.setattr(window.exports, "reveal", lambda p: None)
    assert window.export_pdf() == out
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Oppfølging av startlån" in text and "Mulige betalingslettelser" in text


def test_expiry_list_dialog_sorted_and_exported(window, tmp_path, qtbot):
    from startlan_desktop.ui.followup import ExpiryListDialog

    a = followup_case()
    b = followup_case()
    b.reference, b.existing.fixed_until = "2026/0002", "2026-12-15"
    casefile.save(a, tmp_path / "a.startlan")
    casefile.save(b, tmp_path / "b.startlan")
    dlg = ExpiryListDialog(str(tmp_path), window)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.finished_scan, timeout=20_000)  # the scan runs on a worker thread
    assert [text_at(dlg.table, i, 0) for i in range(2)] == ["2026/0002", "2026/0877"]
    csv = tmp_path / "liste.csv"
    dlg.export(str(csv))
    assert csv.read_text(encoding="utf-8-sig").splitlines()[1].startswith("2026/0002;b.startlan;2026-12-15")


def test_caseworker_picks_the_debts_to_refinance(window, qtbot):
    """Issue 20 item 6: the window, not only the file, chooses which debts a relief refinances."""
    window.open_followup_example()
    sec = window.followup
    picker = sec.refinance
    names = [r.label for r in window.case.reliefs]
    idx = names.index("Refinansiere dyr gjeld")
    picker.relief.setCurrentIndex(idx)
    assert [b.isChecked() for b in picker.boxes] == [False, True]  # the 2 pp default: the consumer loan
    assert not picker.boxes[0].isEnabled()  # the student loan has no balance to move into the loan
    before = window.followup_result.reliefs[idx].payment_after
    picker.boxes[1].setChecked(False)
    flush(qtbot, window)
    assert window.case.reliefs[idx].refinance_debts == []
    after = window.followup_result.reliefs[idx]
    assert after.payment_after < before and after.payment_after == window.followup_result.reliefs[0].payment_after
    picker.relief.setCurrentIndex(0)
    assert not any(b.isChecked() for b in picker.boxes)


def test_interest_only_beyond_eight_years_is_a_printed_warning(window, qtbot):
    """Issue 20 item 5: no refusal; a ⚑ on screen, with the reason the caseworker types."""
    window.open_followup_example()
    sec = window.followup
    sec.form.fields[[f.attr for f in sec.form.fields].index("interest_only_used_months")].widget.setValue(90)
    flush(qtbot, window)
    assert window.followup_result is not None
    assert "⚑" in sec.warnings.text() and "Begrunnelse mangler" in sec.warnings.text()
    window.case.reliefs[1].reason = "Sykemeldt"
    window.on_edit()
    flush(qtbot, window)
    assert "Begrunnelse: Sykemeldt" in sec.warnings.text()
    assert header_at(window.relief_table, 1).startswith("⚑")


def test_expiry_list_reads_on_a_worker_and_can_be_cancelled(window, tmp_path, qtbot):
    """Issue 23: the list never freezes the window; cancel keeps what was read."""
    import threading

    from startlan_desktop.ui.followup import ExpiryListDialog

    for i in range(40):
        c = followup_case()
        c.reference = f"2026/{i:04d}"
        casefile.save(c, tmp_path / f"s{i:03d}.startlan")
    gui = threading.get_ident()
    seen = []
    import startlan_desktop.core.expiries as ex

    real = ex._scan_one
    import time

    ex_patch = lambda *a: (seen.append(threading.get_ident()), time.sleep(0.02), real(*a))[2]  # slow enough to cancel
    try:
        ex._scan_one = ex_patch
        dlg = ExpiryListDialog(str(tmp_path), window)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.progress.value() >= 3, timeout=20_000)
        dlg.cancel()
        qtbot.waitUntil(dlg.finished_scan, timeout=20_000)
    finally:
        ex._scan_one = real
    assert seen and gui not in seen  # every file was read off the GUI thread
    assert 3 <= len(dlg.rows) < 40 and dlg.table.model().rowCount() == len(dlg.rows)
    assert "Avbrutt etter" in dlg.note.text() and "ufullstendig" in dlg.note.text()
    dlg.accept()


def test_used_interest_only_beyond_96_months_is_accepted_with_a_warning(window, qtbot):
    """Issue 20 item 4: 120 months already used is typed without a refusal; new interest-only warns."""
    window.open_followup_example()
    sec = window.followup
    spin_box = sec.form.fields[[f.attr for f in sec.form.fields].index("interest_only_used_months")].widget
    spin_box.setValue(120)
    flush(qtbot, window)
    assert spin_box.value() == 120 and window.case.existing.interest_only_used_months == 120
    assert window.followup_result is not None  # computed, not refused
    io = next(r for r in window.followup_result.reliefs if r.relief.interest_only_months)
    assert f"{120 + io.relief.interest_only_months} mnd i alt" in sec.warnings.text()


def test_fixed_loan_shows_its_break_cost_in_the_followup(window, qtbot):
    """Issue 20 item 1: over-/underkurs of the running loan's fixed rate, from core.followup."""
    window.open_followup_example()
    sec = window.followup
    flush(qtbot, window)
    t = window.followup_result.breakcost
    assert t is not None and sec.breakcost.isVisibleTo(sec)
    assert sec.breakcost.title.text() == t.title()
    assert sec.breakcost.table.model().rowCount() == 4 and text_at(sec.breakcost.table, 0, 0) == "nå"
    from startlan_desktop.core.formatting import fmt_kr

    assert text_at(sec.breakcost.table, 0, 2) == fmt_kr(t.cell(0, -1.0).cost)
    window.case.existing.rate_type = "floating"
    window.on_edit()
    flush(qtbot, window)
    assert window.followup_result.breakcost is None and not sec.breakcost.isVisibleTo(sec)


def _cases(folder, n):
    for i in range(n):
        c = followup_case()
        c.reference = f"2026/{i:04d}"
        casefile.save(c, folder / f"s{i:03d}.startlan")


def test_expiry_list_sends_the_bar_a_step_at_most_every_50_ms(window, tmp_path, qtbot, monkeypatch):
    """Issue 23: a queue of one progress step per file froze the window for 100-200 ms over 1 000 files."""
    import time

    from startlan_desktop.ui import followup

    _cases(tmp_path, 60)
    steps = []
    dlg = followup.ExpiryListDialog(str(tmp_path), window)
    qtbot.addWidget(dlg)
    dlg._thread.progressed.connect(lambda done, total: steps.append(done))
    t = time.perf_counter()
    qtbot.waitUntil(dlg.finished_scan, timeout=20_000)
    elapsed = time.perf_counter() - t
    assert steps[-1] == 60 and dlg.progress.value() == 60
    assert len(steps) <= elapsed / followup.PROGRESS_EVERY + 2 < 60


def test_expiry_list_reads_once_the_dialog_is_painted(window, tmp_path, qtbot, monkeypatch):
    """Issue 23: while the worker holds the interpreter, the dialog's first paint took 70-130 ms."""
    from PySide6.QtCore import QEvent, QObject

    import startlan_desktop.core.expiries as ex
    from startlan_desktop.ui.followup import ExpiryListDialog

    _cases(tmp_path, 3)
    painted, read_after_paint = [], []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    real = ex._scan_one
    monkeypatch.setattr(ex, "_scan_one", lambda *a: (read_after_paint.append(bool(painted)), real(*a))[1])
    dlg = ExpiryListDialog(str(tmp_path), window)
    qtbot.addWidget(dlg)
    watch = Watch(dlg)
    dlg.installEventFilter(watch)
    dlg.show()
    qtbot.waitUntil(dlg.finished_scan, timeout=20_000)
    assert read_after_paint == [True, True, True] and len(dlg.rows) == 3
