"""Issue 6 in the window: autosave, recovery after a kill, crash handling,
and no network access during a whole session with a PDF export."""

import os
import signal
import subprocess
import sys
import textwrap
import time

from PySide6.QtWidgets import QMessageBox

from startlan_desktop.core import recovery
from startlan_desktop.ui import crash

CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui.app import make_app
    from startlan_desktop.ui.main_window import MainWindow
    from startlan_desktop.ui.settings import AppSettings
    app = make_app()
    w = MainWindow(AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
    w.set_case(example_case())
    w.case.reference = "KILLED-1"
    w.case.scenarios[0].term_years = 45
    w.on_edit()
    w.recompute()
    w.document.autosave_timer.setInterval(100)
    deadline = time.time() + 20
    while not w.session.file.exists() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("autosaved", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def test_recovery_after_sigkill(window, tmp_path, private_data_dir, monkeypatch):
    env = dict(os.environ, STARTLAN_DATA_DIR=str(private_data_dir))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "child.ini")], env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "autosaved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    pending = recovery.orphaned(exclude=window.session)
    assert [r.reference for r in pending] == ["KILLED-1"]
    monkeypatch.setattr(window.document, "ask_restore", lambda rec: True)
    assert window.offer_recovery()
    assert window.case.reference == "KILLED-1" and window.case.scenarios[0].term_years == 45
    assert window.isWindowModified()
    assert recovery.orphaned(exclude=window.session) == []  # restored: the old file is gone


def test_live_session_is_not_offered_for_recovery(window, qtbot):
    window.on_edit()
    assert window.autosave()
    assert window.session.file.exists()
    assert recovery.orphaned() == []  # its lock is held: not an orphan


def test_autosave_on_scenario_change_and_removed_on_save(window, qtbot, tmp_path, monkeypatch):
    window.inputs.setCurrentIndex(5)
    window.loans.btn_duplicate.click()
    assert window.session.file.exists()
    monkeypatch.setattr(window.document, "ask_save_path", lambda: str(tmp_path / "s.startlan"))
    assert window.save()
    assert not window.session.file.exists()


def test_discarding_removes_the_autosave(window, monkeypatch):
    window.on_edit()
    window.autosave()
    monkeypatch.setattr(window.document, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.new_case()
    assert not window.session.file.exists()


def test_uncaught_exception_logs_without_personal_data_and_keeps_the_case(window, monkeypatch, private_data_dir):
    shown = []
    monkeypatch.setattr(crash, "ask_save", lambda w, log, autosaved: shown.append(log))
    window.case.members[0].name = "Amina"
    window.on_edit()
    before = [s.residual for s in window.result.scenarios]
    try:
        raise RuntimeError("Amina 490 000 kr")
    except RuntimeError:
        crash.handle(window, *sys.exc_info())
    assert shown and shown[0].exists()
    log = shown[0].read_text(encoding="utf-8")
    assert "RuntimeError" in log and "Amina" not in log and "490" not in log
    assert window.session.file.exists()  # autosaved on the way down
    assert window.case.members[0].name == "Amina"
    assert [s.residual for s in window.result.scenarios] == before


def test_no_network_during_a_full_session_and_pdf_export(window, qtbot, tmp_path, monkeypatch):
    events = []

    def audit(event, args):
        if event.startswith("socket.") and event != "socket.gethostname":
            events.append(event)

    sys.addaudithook(audit)  # hooks cannot be removed; it only records
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(tmp_path / "a.pdf"))
    monkeypatch.setattr(window.exports, "reveal", lambda p: None)
    monkeypatch.setattr(window.document, "ask_save_path", lambda: str(tmp_path / "a.startlan"))
    start = time.perf_counter()
    window.new_case()
    window.open_example()
    window.case.scenarios[0].term_years = 50
    window.on_edit()
    window.recompute()
    assert window.export_pdf() is not None
    assert window.save()
    assert events == [], f"network activity: {events}"
    assert "PySide6.QtNetwork" not in sys.modules
    assert time.perf_counter() - start < 30
