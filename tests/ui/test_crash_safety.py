"""Issue 18 items 3, 4, 12: after an unexpected error the figures are marked
stale and cannot be exported; the crash dialog says only what happened; start-up
errors do not end the program; SIGTERM autosaves; a failed autosave stays shown."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QApplication

from startlan_desktop.core import recovery
from startlan_desktop.ui import app as app_module
from startlan_desktop.ui import crash


def _crash(window, monkeypatch):
    seen = []
    monkeypatch.setattr(crash, "ask_save", lambda w, log, autosaved: seen.append((log, autosaved)))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        crash.handle(window, *sys.exc_info())
    return seen[0]


def test_after_an_unexpected_error_figures_are_stale_and_export_is_refused(window, monkeypatch, tmp_path):
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: pytest.fail("no file dialog for stale figures"))
    _crash(window, monkeypatch)
    assert window.stale and window.banner.isVisibleTo(window) and "uventet feil" in window.banner.text()
    assert window.export_pdf() is None and window.sheet_pdf() is None
    window.print_sheet()
    assert window.walkthrough() is None
    assert len(errors) == 4
    window.case.scenarios[0].term_years = 25  # an edit recomputes
    window.recompute()
    assert not window.stale and window.sheet_pdf() is not None


def test_crash_message_states_only_what_happened(window, monkeypatch, private_data_dir):
    window.setWindowModified(False)
    log, autosaved = _crash(window, monkeypatch)
    assert log is not None and autosaved is None  # nothing unsaved: no backup claimed
    text, details = crash.message(log, autosaved)
    assert "sikkerhetskopi" not in (text + details).lower().replace("ingen ulagrede", "")
    assert "ingen ulagrede endringer" in details and str(log) in details
    text, details = crash.message(None, False)
    assert "kunne ikke logges" in details and "kunne ikke lagres" in details
    assert "er logget" not in details and "er lagret" not in details
    window.on_edit()
    _, autosaved = _crash(window, monkeypatch)
    assert autosaved is True and "er lagret" in crash.message(log, True)[1]
    monkeypatch.setattr(window.session, "autosave", lambda *a: (_ for _ in ()).throw(OSError(28, "No space")))
    _, autosaved = _crash(window, monkeypatch)
    assert autosaved is False


def test_error_at_start_up_continues_to_the_window(window, monkeypatch):
    seen = []
    monkeypatch.setattr(crash, "ask_save", lambda w, log, autosaved: seen.append(log))

    def step():
        raise RuntimeError("during start-up")

    assert app_module._startup(window, step) is False  # handled: "Fortsett" goes on
    assert seen


def test_bad_file_on_the_command_line_still_opens_the_window(qtbot, tmp_path, monkeypatch):
    from startlan_desktop.ui.main_window import MainWindow

    bad = tmp_path / "bad.startlan"
    bad.write_text("[" * 100)
    errors = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, text: errors.append(text))
    monkeypatch.setattr(MainWindow, "offer_recovery", lambda self: False)
    monkeypatch.setattr(app_module, "on_termination", lambda app, win: None)
    app = app_module.make_app()
    monkeypatch.setattr(type(app), "exec", lambda self: 0)
    assert app_module.run([str(bad)]) == 0
    wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert errors and wins  # the message, and a window to go on in
    for w in wins:
        w.setWindowModified(False)
        w.close()


def test_failed_autosave_stays_shown_until_one_succeeds(window, monkeypatch):
    window.on_edit()
    real = window.session.autosave
    monkeypatch.setattr(window.session, "autosave", lambda *a: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied")))
    assert not window.autosave()
    label = window.document.autosave_warning
    assert label.isVisibleTo(window) and "mangler tilgang" in label.text() and "Permission" not in label.text()
    QApplication.processEvents()
    assert label.isVisibleTo(window)  # not a passing status-bar note
    monkeypatch.setattr(window.session, "autosave", real)
    assert window.autosave()
    assert not label.isVisibleTo(window)


TERM_CHILD = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui.app import make_app, on_termination
    from startlan_desktop.ui.main_window import MainWindow
    from startlan_desktop.ui.settings import AppSettings
    app = make_app()
    w = MainWindow(AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
    w.set_case(example_case())
    w.case.reference = "TERMINATED-1"
    w.on_edit()
    w.show()
    on_termination(app, w)
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    sys.exit(app.exec())
""")


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_writes_an_autosave_for_the_next_start(window, tmp_path, private_data_dir):
    env = dict(os.environ, STARTLAN_DATA_DIR=str(private_data_dir), PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, "-c", TERM_CHILD, str(tmp_path / "c.ini")], env=env,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGTERM)
    assert child.wait(20) == 0
    assert [r.reference for r in recovery.orphaned(exclude=window.session)] == ["TERMINATED-1"]
