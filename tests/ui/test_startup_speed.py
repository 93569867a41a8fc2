"""Start-up and first-export speed-ups (issue 23) change nothing but the time."""

from __future__ import annotations

import inspect
import sys

from startlan_desktop.ui import app, warmup


def _inspect_answer(module) -> bool:
    """PySide6's own check (shibokensupport/feature.py, `_mod_uses_pyside`), written out."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_quicker_pyside_check_gives_pysides_answer_for_every_module():
    app.make_app()
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quicker", False)
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: _inspect_answer(m) for m in modules}
    assert answers["startlan_desktop.ui.main_window"] and not answers["startlan_desktop.core.loans"]
    app.quicker_pyside_import_check()  # a second call keeps the one in place
    assert feature._mod_uses_pyside is quick


def test_the_quicker_check_reads_no_file_of_pythons_own_library(monkeypatch):
    import builtins
    import json

    import platformdirs

    app.make_app()
    quick = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    read = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda path, *a, **k: (read.append(str(path)), real_open(path, *a, **k))[1])
    assert quick(json) is False and quick(platformdirs) is False
    assert read == [platformdirs.__file__]  # a site-packages module is read: it could say "PySide6"


def test_the_export_waits_for_a_running_warm_up_and_writes_the_same_sheet(window, tmp_path, monkeypatch):
    monkeypatch.setattr(warmup, "_thread", None)
    monkeypatch.setattr(window.exports, "reveal", lambda path: None)
    first = tmp_path / "a.pdf"
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(first))
    warmup.start(window)
    thread = warmup._thread
    assert thread is not None
    assert window.export_pdf() == first  # clicked while the warm-up may still run: it waits for it
    assert not thread.is_alive()
    warmup.start(window)
    assert warmup._thread is thread  # once per process
    second = tmp_path / "b.pdf"
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(second))
    assert window.export_pdf() == second
    import pikepdf

    with pikepdf.open(first) as a, pikepdf.open(second) as b:
        assert len(a.pages) == len(b.pages) >= 1


# What the first frame does not show is not imported before it (issue 23): the
# file's lock and recovery, the case-file module (hashlib) when no case is opened,
# the other input sections, the charts, the reports.
NOT_BEFORE_FIRST_FRAME = (
    "startlan_desktop.core.lock", "startlan_desktop.core.recovery", "startlan_desktop.core.casefile", "hashlib",
    "startlan_desktop.ui.sections.incomes",
    "startlan_desktop.ui.sections.debts", "startlan_desktop.ui.sections.housing",
    "startlan_desktop.ui.sections.living", "startlan_desktop.ui.sections.loans",
    "startlan_desktop.ui.sections.explanation", "startlan_desktop.ui.charts", "startlan_desktop.reports",
    "ctypes", "uuid", "PySide6.QtCharts", "PySide6.QtPdf", "reportlab", "openpyxl",
    "locale",  # gettext's search for argparse's own words (ui/app.py `_argparse_words_as_written`): 1.5 ms
    "signal", "fcntl",  # the termination handlers and the file lock, once the window is up
)
# Qt classes whose Python types PySide builds with all their enums (QStyle ~20, QGradient's
# presets): ~10 ms before the first frame, for nothing it shows; the dialogs, the file
# dialog, the shortcuts' key sequences (set after the frame) and the schedule's radio
# buttons each cost 2-8 M instructions to build
NOT_BUILT_BEFORE_FIRST_FRAME = (
    ("PySide6.QtWidgets", "QStyle"), ("PySide6.QtGui", "QGradient"), ("PySide6.QtWidgets", "QMessageBox"),
    ("PySide6.QtWidgets", "QDialog"), ("PySide6.QtWidgets", "QDialogButtonBox"), ("PySide6.QtWidgets", "QFileDialog"),
    ("PySide6.QtWidgets", "QTextBrowser"), ("PySide6.QtGui", "QKeySequence"), ("PySide6.QtWidgets", "QRadioButton"),
    ("PySide6.QtCore", "QTranslator"), ("PySide6.QtCore", "QLibraryInfo"),
    ("PySide6.QtCore", "Qt"),  # the namespace's 93 enums: 118 M instructions (ui/qtvalues.py)
    ("PySide6.QtGui", "QIcon"),  # ThemeIcon's ~70 members: 10 M (ui/menus.py `_new_action`, ui/app.py `set_icon`)
)

FIRST_FRAME_PROBE = """
import sys
from startlan_desktop.ui import app
seen = []
real = app.wait_first_paint
def first_paint(qapp, win):
    at = real(qapp, win)
    seen.extend(m for m in {names!r} if m in sys.modules)
    seen.extend(f"{{module}}.{{cls}}" for module, cls in {classes!r} if cls in vars(sys.modules[module]))
    return at
app.wait_first_paint = first_paint
assert app.run(["--exit-after-startup"]) == 0
print("IMPORTED", sorted(seen))
"""


def test_the_first_frame_imports_nothing_it_does_not_show(tmp_path):
    import os
    import subprocess
    from pathlib import Path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STARTLAN_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE.format(names=NOT_BEFORE_FIRST_FRAME,
                                                                      classes=NOT_BUILT_BEFORE_FIRST_FRAME)],
                         cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "IMPORTED []" in out.stdout, out.stdout


def test_the_shortcuts_are_set_once_the_first_frame_is_drawn(window):
    """The fixture waits for the first frame: every menu shortcut is in place then."""
    shortcuts = {a.shortcut().toString() for a in (window.act_new, window.act_open, window.act_save,
                                                   window.act_save_as, window.act_pdf, window.act_walk)}
    assert shortcuts == {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E", "Ctrl+G"}
    assert window.pending_shortcuts == []


def test_recovery_and_warm_up_wait_for_the_first_frame(qtbot, monkeypatch):
    """The real start runs them once the window is painted, not before it, the
    termination handlers (SIGTERM, the session's log-out) first."""
    from startlan_desktop.ui.main_window import MainWindow

    seen = []
    monkeypatch.setattr(MainWindow, "offer_recovery", lambda self: seen.append(("recovery", self._painted)))
    monkeypatch.setattr(warmup, "schedule", lambda win: seen.append(("warm-up", win._painted)))
    monkeypatch.setattr(app, "on_termination", lambda qapp, win: seen.append(("termination", win._painted)))
    qapp = app.make_app()

    def exec_(self):
        qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
        return 0

    monkeypatch.setattr(type(qapp), "exec", exec_)
    assert app.run([]) == 0
    assert seen == [("termination", True), ("warm-up", True), ("recovery", True)]
    for w in qapp.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.setWindowModified(False)
            w.close()


def test_the_cell_margin_is_the_styles_focus_frame_margin(window):
    """Read from the delegate (no QStyle at start-up), it is what the style says."""
    from PySide6.QtWidgets import QStyle

    table = window.table
    expected = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    assert table._cell_margin() == expected


def test_a_shaded_cell_is_painted_in_its_colour(window):
    """The comparison hands its shades to the view as colours (no QBrush before the
    first frame): the delegate paints each as the solid brush of that colour."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from startlan_desktop.ui.table_model import STATE_COLOURS

    table = window.table
    model = table.model()
    shaded = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
              if model.index(r, c).data(Qt.ItemDataRole.BackgroundRole) is not None]
    assert shaded
    for r, c in shaded:
        option = QStyleOptionViewItem()
        table.itemDelegate().initStyleOption(option, model.index(r, c))
        assert option.backgroundBrush.style() == Qt.BrushStyle.SolidPattern
        assert option.backgroundBrush.color().name() in STATE_COLOURS.values()


def test_the_arguments_parse_and_read_as_before_and_argparse_is_left_as_it_was():
    import argparse

    from startlan_desktop.ui import app

    translate = argparse._
    args = app.parse_args(["sak.startlan", "--lang", "nn", "--tab", "3"])
    assert (args.case, args.lang, args.tab, args.exit_after_startup) == ("sak.startlan", "nn", 3, False)
    assert argparse._ is translate  # only the building of the parser does without gettext
    with app._argparse_words_as_written():
        assert argparse._("options") == "options"
        quick = app._parser()
    assert argparse._ is translate
    assert quick.format_help() == app._parser().format_help()  # the same help as built with gettext asked
