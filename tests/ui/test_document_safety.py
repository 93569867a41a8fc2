"""Issue 18 items 1, 2, 7: a recovered case is never saved over another
applicant's file; two instances on one file never lose an update silently;
stray copies are cleaned and a damaged recovery file is reported."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from startlan_desktop.core import casefile, lock, recovery
from startlan_desktop.core.example import example_case
from startlan_desktop.ui import document
from startlan_desktop.ui.main_window import MainWindow

SB = QMessageBox.StandardButton

CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from startlan_desktop.ui.app import make_app
    from startlan_desktop.ui.main_window import MainWindow
    from startlan_desktop.ui.settings import AppSettings
    app = make_app()
    w = MainWindow(AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
    assert w.open_path(sys.argv[2])  # as given on the command line: relative to the folder started in
    w.case.notes = "edited in the killed session"
    w.on_edit()
    assert w.autosave()
    print("ready", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def _case(reference: str):
    c = example_case()
    c.reference = reference
    return c


def _child(tmp_path, cwd, private_data_dir, relative):
    env = dict(os.environ, STARTLAN_DATA_DIR=str(private_data_dir), PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "child.ini"), relative], cwd=cwd, env=env,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def _kill(child):
    child.send_signal(signal.SIGKILL)
    child.wait(10)


@pytest.fixture
def two_folders(tmp_path):
    a, b = tmp_path / "a" / "saker", tmp_path / "b" / "saker"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    casefile.save(_case("A-APPLICANT"), a / "sak.startlan")
    casefile.save(_case("B-APPLICANT"), b / "sak.startlan")
    return a, b


def test_recovery_started_from_another_folder_saves_to_the_case_it_came_from(
        window, tmp_path, private_data_dir, monkeypatch, two_folders):
    a, b = two_folders
    child = _child(tmp_path, a.parent, private_data_dir, "saker/sak.startlan")
    _kill(child)
    monkeypatch.chdir(b.parent)  # restarted from another folder holding another saker/sak.startlan
    (rec,) = recovery.orphaned(exclude=window.session)
    assert rec.original == str((a / "sak.startlan").resolve())
    monkeypatch.setattr(window.document, "ask_restore", lambda rec: True)
    assert window.offer_recovery()
    assert window.case.reference == "A-APPLICANT" and window.path == a / "sak.startlan"
    monkeypatch.setattr(window.document, "ask_changed", lambda p: pytest.fail("A's file is unchanged: no question"))
    assert window.save()
    assert casefile.load(a / "sak.startlan").notes == "edited in the killed session"
    assert casefile.load(b / "sak.startlan").reference == "B-APPLICANT"


def test_recovered_case_asks_before_writing_over_a_file_that_changed(
        window, tmp_path, private_data_dir, monkeypatch, two_folders):
    a, b = two_folders
    child = _child(tmp_path, a.parent, private_data_dir, "saker/sak.startlan")
    _kill(child)
    casefile.save(_case("C-OTHER-APPLICANT"), a / "sak.startlan")  # the file now holds another case
    monkeypatch.setattr(window.document, "ask_restore", lambda rec: True)
    assert window.offer_recovery()
    asked = []
    monkeypatch.setattr(window.document, "ask_changed", lambda p: asked.append(p) or SB.Cancel)
    assert not window.save()
    assert asked == [a / "sak.startlan"]
    assert casefile.load(a / "sak.startlan").reference == "C-OTHER-APPLICANT"  # not written over


def _second_window(qtbot, settings):
    w = MainWindow(settings)
    w.document.ask_unsaved = lambda: SB.Discard
    qtbot.addWidget(w)
    return w


def test_two_instances_on_one_file(window, qtbot, settings, tmp_path, monkeypatch):
    p = tmp_path / "shared.startlan"
    casefile.save(_case("SHARED"), p)
    assert window.open_path(p)
    holder = lock.read(p)
    assert holder is not None and holder.pid == os.getpid()
    assert (tmp_path / ".~lock.shared.startlan#").exists()

    other = _second_window(qtbot, settings)
    seen = []
    monkeypatch.setattr(other.document, "ask_locked", lambda h: seen.append(h) or document.READ_ONLY)
    assert other.open_path(p)
    assert seen and seen[0].token == holder.token
    assert other.document.read_only and "skrivebeskyttet" in other.windowTitle()
    warned = []
    monkeypatch.setattr("startlan_desktop.ui.dialogs.warn", lambda parent, text: warned.append(text))
    monkeypatch.setattr(other.document, "ask_save_path", lambda: "")
    other.case.notes = "second"
    other.on_edit()
    assert not other.save()  # read-only: only Save as, which was cancelled
    assert warned and casefile.load(p).notes != "second"

    # the first instance saves; a third takes the lock over and must not silently overwrite
    window.case.notes = "first"
    window.on_edit()
    assert window.save()
    third = _second_window(qtbot, settings)
    monkeypatch.setattr(third.document, "ask_locked", lambda h: document.TAKE_OVER)
    assert third.open_path(p)
    assert not window.document.lock.held()
    window.case.notes = "first again"
    window.on_edit()
    asked = []
    third.case.notes = "third"
    third.on_edit()
    assert third.save()
    monkeypatch.setattr(window.document, "ask_changed", lambda path: asked.append(path) or SB.Cancel)
    assert not window.save()  # changed on disk since its last save: asked, cancelled
    assert asked and casefile.load(p).notes == "third"
    third.close()
    assert not (tmp_path / ".~lock.shared.startlan#").exists()


LOCK_CHILD = textwrap.dedent("""
    import sys, time
    from startlan_desktop.core import lock
    lock.CaseLock.acquire(sys.argv[1])
    print("locked", flush=True)
    time.sleep(60)
""")


def test_lock_held_by_another_process_and_recognised_stale_after_a_kill(window, tmp_path, monkeypatch):
    p = tmp_path / "k.startlan"
    casefile.save(_case("K"), p)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, "-c", LOCK_CHILD, str(p)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout.readline().strip() == "locked"
        assert lock.read(p).pid == child.pid
        monkeypatch.setattr(window.document, "ask_locked", lambda h: document.CANCEL)
        assert not window.open_path(p)
    finally:
        _kill(child)
    assert lock.read(p) is None  # its process is gone: stale
    monkeypatch.setattr(window.document, "ask_locked", lambda h: pytest.fail("a stale lock is taken silently"))
    assert window.open_path(p)
    assert window.document.lock.held()


def test_save_asks_before_writing_over_a_read_only_file(window, tmp_path, monkeypatch):
    p = tmp_path / "ro.startlan"
    casefile.save(_case("RO"), p)
    assert window.open_path(p)
    monkeypatch.setattr(casefile, "read_only", lambda path: True)
    answers = [False, True]
    monkeypatch.setattr(window.document, "ask_read_only_file", lambda path: answers.pop(0))
    window.case.notes = "x"
    window.on_edit()
    assert not window.save() and casefile.load(p).notes != "x"
    assert window.save() and casefile.load(p).notes == "x"


def test_stray_temporary_files_are_cleaned(window, tmp_path, private_data_dir):
    import time

    p = tmp_path / "c.startlan"
    casefile.save(_case("C"), p)
    old, fresh, foreign = (tmp_path / ".c.startlan.abc.tmp", tmp_path / ".c.startlan.new.tmp",
                           tmp_path / ".other.tmp")
    for f in (old, fresh, foreign):
        f.write_text("half")
    past = time.time() - 3600
    os.utime(old, (past, past))
    os.utime(foreign, (past, past))
    rdir = recovery.recovery_dir()
    stray = rdir / ".x.startlan.1.tmp"
    stray.write_text("half")
    os.utime(stray, (past, past))
    assert window.open_path(p)
    assert not old.exists() and fresh.exists() and foreign.exists()  # a save in progress, another app's file
    window.offer_recovery()
    assert not stray.exists()


def test_damaged_recovery_file_is_reported_and_removed_after_asking(window, monkeypatch):
    bad = recovery.recovery_dir() / "dead-1.startlan"
    bad.write_bytes(b'{"format": "startlan-case", "case": {"refer')
    asked = []
    monkeypatch.setattr(window.document, "ask_remove_damaged", lambda rec: asked.append(rec) or False)
    monkeypatch.setattr(window.document, "ask_restore", lambda rec: pytest.fail("a damaged file is not offered"))
    assert not window.offer_recovery()
    assert len(asked) == 1 and bad.exists()  # said no: kept
    monkeypatch.setattr(window.document, "ask_remove_damaged", lambda rec: True)
    window.offer_recovery()
    assert not bad.exists()


def test_declined_recovery_is_kept_until_the_next_save(window, tmp_path, monkeypatch):
    s = recovery.Session("dead-2")
    s.autosave(_case("DECLINED"), None)
    s._lock.close()  # the session died
    monkeypatch.setattr(window.document, "ask_restore", lambda rec: False)
    assert not window.offer_recovery()
    assert s.file.exists() and str(s.file) in window.statusBar().currentMessage()
    monkeypatch.setattr(window.document, "ask_save_path", lambda: str(tmp_path / "n.startlan"))
    assert window.save()
    assert not s.file.exists()


def test_old_preview_pdfs_in_the_temporary_folder_are_cleaned(window, tmp_path, monkeypatch):
    import tempfile
    import time

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    old, fresh, other = tmp_path / "startlan-abc.pdf", tmp_path / "startlan-new.pdf", tmp_path / "other.pdf"
    for f in (old, fresh, other):
        f.write_bytes(b"%PDF")
    past = time.time() - 3600
    for f in (old, other):
        os.utime(f, (past, past))
    window.offer_recovery()
    assert not old.exists() and fresh.exists() and other.exists()


def test_hostile_files_through_the_window(window, tmp_path, monkeypatch):
    """Every hostile kind of tests/test_fuzz.py, opened in the window: a message,
    the case on screen unchanged, no lock left behind."""
    import time

    from tests.test_fuzz import HOSTILE

    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    before = window.case.reference
    for kind, text in sorted(HOSTILE.items()):
        p = tmp_path / f"{kind}.startlan"
        p.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        assert not window.open_path(p), kind
        assert time.perf_counter() - start < 5, kind
        assert not lock.lock_path(p).exists()
    assert len(errors) == len(HOSTILE) and window.case.reference == before
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo.startlan")
        assert not window.open_path(tmp_path / "fifo.startlan")
