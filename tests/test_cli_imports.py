"""What the quick CLI commands import (issue 23): the expiry list and a
computation start without Qt, reportlab, pikepdf or numpy, which cost a
process most of its start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("PySide6", "shiboken6", "reportlab", "pikepdf", "lxml", "numpy", "numpy_financial", "PIL")

PROBE = """
import contextlib, io, sys, tempfile
from pathlib import Path
from startlan_desktop.core import casefile
from startlan_desktop.core.example import followup_case
d = Path(tempfile.mkdtemp())
for i in range(3):
    casefile.save(followup_case(), d / f"{i}.startlan")
before = set(sys.modules)
from startlan_desktop import cli
with contextlib.redirect_stdout(io.StringIO()):
    assert cli.main([*sys.argv[1:], str(d / "0.startlan") if sys.argv[1] == "compute" else str(d)]) == 0
print("IMPORTED", sorted({m.split(".")[0] for m in sys.modules}))
"""


def _imported(tmp_path, *argv) -> str:
    env = dict(os.environ, STARTLAN_DATA_DIR=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_expiries_imports_no_qt_reportlab_or_numpy(tmp_path):
    line = _imported(tmp_path, "expiries")
    assert "IMPORTED" in line and not [m for m in HEAVY if f"'{m}'" in line]


def test_compute_imports_no_qt_reportlab_or_numpy(tmp_path):
    line = _imported(tmp_path, "compute")
    assert "IMPORTED" in line and not [m for m in HEAVY if f"'{m}'" in line]
