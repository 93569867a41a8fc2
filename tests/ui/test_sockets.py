"""Issue 18 item 5: nothing but printing opens a socket. The whole session runs
under strace (system calls, so Qt's C++ side is seen too, which Python's audit
hooks miss): start, edit, autosave, PDF export, save, open, recovery check, the
app's own print preview, a language switch. Only the system print dialog may
then talk to the print service."""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent('''
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from startlan_desktop.core.example import example_case
from startlan_desktop.ui.app import make_app
from startlan_desktop.ui.main_window import MainWindow
from startlan_desktop.ui.settings import AppSettings
out = Path(sys.argv[1])
app = make_app()
w = MainWindow(AppSettings(QSettings(str(out / "s.ini"), QSettings.Format.IniFormat)))
w.exports.ask_pdf_path = lambda: str(out / "a.pdf")
w.exports.reveal = lambda p: None
w.document.ask_save_path = lambda: str(out / "a.startlan")
w.set_case(example_case())
w.show()
app.processEvents()
w.case.scenarios[0].term_years = 40
w.on_edit(); w.recompute(); w.autosave()
assert w.export_pdf()
assert w.save()
from startlan_desktop.ui.printing import PdfPrinter
p = PdfPrinter(w.sheet_pdf(), w)
d = p.preview_dialog(w)
d.show()
for _ in range(5):
    app.processEvents()
d.reject(); p.close()
w.open_path(out / "a.startlan")
w.offer_recovery()
w.change_language("en")
app.processEvents()
os.chdir(out)  # the marker in the trace: printing starts here
if len(sys.argv) > 2:
    from PySide6.QtPrintSupport import QPrinter, QPrintDialog
    pr = QPrinter(QPrinter.PrinterMode.HighResolution)
    dlg = QPrintDialog(pr, w); dlg.show(); app.processEvents(); dlg.reject()
w.setWindowModified(False); w.close()
''')


def _trace(tmp_path, *extra):
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    log = tmp_path / "trace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STARTLAN_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join(sys.path))
    r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect,chdir", "-o", str(log), sys.executable,
                        str(script), str(tmp_path), *extra], env=env, capture_output=True, text=True, timeout=240)
    if "ptrace" in r.stderr or "Operation not permitted" in r.stderr:
        pytest.skip("strace is not allowed here")
    assert r.returncode == 0, r.stderr[-2000:]
    lines = log.read_text().splitlines()
    marker = next(i for i, line in enumerate(lines) if "chdir(" in line and str(tmp_path) in line)
    return lines[:marker], lines[marker + 1:]


@pytest.mark.skipif(shutil.which("strace") is None or not sys.platform.startswith("linux"), reason="needs strace")
def test_nothing_but_printing_opens_a_socket(tmp_path):
    before, after = _trace(tmp_path, "print")
    sockets = [line for line in before if "socket(" in line or "connect(" in line]
    assert sockets == [], "\n".join(sockets[:10])
    # the check can see sockets: the print dialog asks the print service (CUPS) when there is one
    if os.path.exists("/usr/lib/x86_64-linux-gnu/libcups.so.2") or any("libcups" in p for p in os.listdir("/usr/lib")):
        assert any("connect(" in line for line in after)
