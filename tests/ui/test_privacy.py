"""Issue 18 item 6: personal data only where the README says, every file the
app creates readable by its owner only, no temporary files outside its folder."""

import os
import stat
import sys
import tempfile

import pytest
from PySide6.QtCore import QSettings

from startlan_desktop.core import casefile, crashlog
from startlan_desktop.core.example import example_case
from startlan_desktop.ui import dialogs
from startlan_desktop.ui.printing import PdfPrinter

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


@posix
def test_recent_files_live_in_their_own_private_file_and_can_be_cleared(window, settings, tmp_path,
                                                                       private_data_dir):
    case = example_case()
    case.reference = "Kari Nordmann 010190"
    p = tmp_path / "Kari Nordmann 010190.startlan"
    casefile.save(case, p)
    assert window.open_path(p)
    settings.set("municipality", "Vestby")
    conf = settings.q.fileName()
    assert "Kari" not in open(conf, encoding="utf-8").read()
    assert _mode(conf) == 0o600
    recent = private_data_dir / "recent.json"
    assert "Kari Nordmann" in recent.read_text(encoding="utf-8") and _mode(recent) == 0o600
    assert [a.text() for a in window.recent_menu.actions()][-1] == "&Tøm listen"
    window.recent_menu.actions()[-1].trigger()
    assert not recent.exists() and not window.recent_menu.isEnabled()


def test_recent_files_move_out_of_an_old_settings_file(settings, private_data_dir):
    settings.q.setValue("recent", '["/saker/Ola.startlan"]')
    assert settings.recent_files == ["/saker/Ola.startlan"]
    assert not settings.q.contains("recent")
    assert (private_data_dir / "recent.json").exists()


def test_file_dialog_history_is_forgotten(qtbot):
    qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    qs.setValue("FileDialog/history", ["/saker/Kari Nordmann"])
    qs.sync()
    assert dialogs.forgetting(("x", "")) == ("x", "")
    qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    assert not qs.contains("FileDialog/history")


def test_every_file_dialog_forgets_its_history(qtbot, monkeypatch):
    """The portfolio, settings and walk-through dialogs once asked QFileDialog
    directly and left the folders they showed in QtProject.conf: now every file
    dialog goes through dialogs.save_file / open_file / choose_folder."""
    import re
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    ui = Path(dialogs.__file__).parent
    direct = [f"{p.name}: {m.group(0)}" for p in ui.rglob("*.py") if p.name != "dialogs.py"
              for m in re.finditer(r"QFileDialog\.get\w+", p.read_text(encoding="utf-8"))]
    assert direct == []

    def remembering(result):
        def ask(*_args, **_kwargs):
            qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
            qs.setValue("FileDialog/history", ["/saker/Kari Nordmann"])
            qs.sync()
            return result
        return staticmethod(ask)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", remembering(("/tmp/a.pdf", "PDF (*.pdf)")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", remembering(("/tmp/b.csv", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", remembering("/tmp/saker"))
    for ask, answer in ((lambda: dialogs.save_file(None, "t", "/tmp", "PDF (*.pdf)"), "/tmp/a.pdf"),
                        (lambda: dialogs.open_file(None, "t", "/tmp", ""), "/tmp/b.csv"),
                        (lambda: dialogs.choose_folder(None, "t", "/tmp"), "/tmp/saker")):
        assert ask() == answer
        qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
        assert not qs.contains("FileDialog/history"), answer


@posix
def test_crash_log_is_private(tmp_path):
    try:
        raise RuntimeError("x")
    except RuntimeError:
        log = crashlog.write(*sys.exc_info(), tmp_path / "logs")
    assert _mode(log) == 0o600


@posix
def test_preview_writes_no_temporary_file_and_print_to_file_is_private(window, tmp_path, monkeypatch):
    # A temp folder of this test's own (Python's and Qt's both read it): other
    # processes writing to /tmp meanwhile made the check fail at random.
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))
    from PySide6.QtCore import QDir

    assert QDir.tempPath() == str(own_tmp)
    before = set(os.listdir(tempfile.gettempdir()))
    printer = PdfPrinter(window.sheet_pdf(), window)
    dialog = printer.preview_dialog(window)
    dialog.show()
    assert printer.page_count >= 1
    assert set(os.listdir(tempfile.gettempdir())) - before == set()
    dialog.reject()
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"
    qp = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    qp.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    qp.setOutputFileName(str(out))
    printer.paint(qp)
    printer.close()
    assert _mode(out) == 0o600


@posix
def test_every_file_a_session_creates_is_private(window, tmp_path, monkeypatch, private_data_dir):
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(tmp_path / "ark.pdf"))
    monkeypatch.setattr(window.exports, "reveal", lambda p: None)
    monkeypatch.setattr(window.document, "ask_save_path", lambda: str(tmp_path / "sak.startlan"))
    window.on_edit()
    assert window.autosave()
    assert window.export_pdf() and window.save()
    window.case.notes = "again"
    window.on_edit()
    assert window.save()  # a .bak too
    made = [p for p in list(tmp_path.iterdir()) + list(private_data_dir.rglob("*"))
            if p.is_file() and not p.name.startswith(".~lock.") and p.suffix != ".ini"]
    assert {p.name for p in made} >= {"ark.pdf", "sak.startlan", "sak.startlan.bak", "recent.json"}
    assert {p.name: _mode(p) for p in made} == {p.name: 0o600 for p in made}
