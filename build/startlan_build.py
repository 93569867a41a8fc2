"""The build backend: setuptools', with the translation catalogues compiled first.

The `.qm` catalogues are built from the `.ts` sources (they are not in git), so a
wheel built from a clean checkout would otherwise carry none, and an installed app
would silently stay in bokmål. When a catalogue is missing or older than its
source, building a wheel (or an sdist) asks for PySide6-Essentials, whose
`pyside6-lrelease` compiles it (`build/translations.py release`); when they are up
to date (a checkout after `scripts/setup.sh`), nothing more is installed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every other hook as setuptools has it

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LRELEASE = "PySide6-Essentials>=6.8,<6.12"  # the range the app runs on (pyproject dependencies)


def stale() -> bool:
    """A .ts source without its .qm, or newer than it."""
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def compile_catalogues() -> None:
    if stale():
        subprocess.run([sys.executable, str(ROOT / "build" / "translations.py"), "release"], check=True)


def get_requires_for_build_wheel(config_settings=None):
    return _setuptools.get_requires_for_build_wheel(config_settings) + ([LRELEASE] if stale() else [])


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    compile_catalogues()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
