import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from startlan_desktop.core.example import example_case
from startlan_desktop.ui.app import make_app
from startlan_desktop.ui.main_window import MainWindow
from startlan_desktop.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog would block an offscreen test run forever: fail instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[2] if len(args) > 2 else args}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: refuse(None, None, box.text()))


@pytest.fixture
def window(qtbot, settings):
    make_app()
    w = MainWindow(settings)
    w.document.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # tests that need the question set their own
    qtbot.addWidget(w)
    w.set_case(example_case())
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.first_frame_done)  # as the caseworker first sees it: shortcuts are set after the first frame
    return w
