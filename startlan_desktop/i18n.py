"""Loading a language: the project's own catalogue (`resources/translations/
startlan_<code>.qm`, built from the `.ts` sources by `build/translations.py`)
and Qt's own for its standard buttons and dialogs.

The catalogue is a `QTranslator` (QtCore only, so the CLI can use it without a
window); `core.i18n.tr()` looks texts up in it. Bokmål is the source language
and needs no catalogue.
"""

from __future__ import annotations

import logging

from .core import i18n
from .core.data import RESOURCES

LANGUAGES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
TRANSLATIONS = RESOURCES / "translations"
log = logging.getLogger(__name__)
_installed: list = []  # translators installed in the running application


def catalogue_path(code: str):
    return TRANSLATIONS / f"startlan_{code}.qm"


def set_language(code: str) -> str:
    """Switch every later `tr()` to `code`; returns the language now in use.
    An unknown code or a missing catalogue falls back to bokmål, never fails."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    if code not in LANGUAGES:
        code = i18n.SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    if code == i18n.SOURCE_LANGUAGE:
        i18n.install(None, code)
        return code
    own = QTranslator()
    if not own.load(str(catalogue_path(code))):
        log.warning("no catalogue for %s at %s; using bokmål", code, catalogue_path(code))
        i18n.install(None, i18n.SOURCE_LANGUAGE)
        return i18n.SOURCE_LANGUAGE
    i18n.install(own, code)
    _installed.append(own)
    qt = QTranslator()
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    if app is not None:
        for t in _installed:
            app.installTranslator(t)
    return code
