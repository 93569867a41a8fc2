"""numpy, numpy-financial and pikepdf (with its lxml) are test dependencies
only (issue 23): the app's start, a computation, the PDF and the expiry scan
never import them, no module of the app does, and the bundle leaves them out."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_ONLY = ("numpy", "numpy_financial", "pikepdf", "lxml")  # import names

PROBE = f"""
import sys, tempfile
from pathlib import Path
from startlan_desktop.ui.app import run
assert run(["--exit-after-startup"]) == 0
from startlan_desktop import cli
from startlan_desktop.core import casefile
from startlan_desktop.core.example import example_case, followup_case
d = Path(tempfile.mkdtemp())
casefile.save(example_case(), d / "a.startlan")
casefile.save(followup_case(), d / "b.startlan")
assert cli.main(["pdf", str(d / "a.startlan"), "-o", str(d / "a.pdf")]) == 0
assert cli.main(["expiries", str(d)]) == 0
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {TEST_ONLY!r})
print("IMPORTED", heavy)
"""


def test_runtime_never_imports_them(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STARTLAN_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "IMPORTED []" in out.stdout


def test_no_module_of_the_app_imports_them():
    """Every path, not just the probe's: an import in a function counts too."""
    found = []
    for path in sorted((ROOT / "startlan_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in TEST_ONLY]
    assert found == []


def test_they_are_only_test_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = lambda deps: {d.split(">")[0].split("<")[0].split("=")[0].strip().lower() for d in deps}
    assert not names(project["dependencies"]) & {"numpy", "numpy-financial", "pikepdf", "lxml"}
    assert {"numpy", "numpy-financial", "pikepdf"} <= names(project["optional-dependencies"]["test"])
