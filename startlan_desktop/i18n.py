"""Loading a language: the project's own catalogue (`resources/translations/
startlan_<code>.qm`, built from the `.ts` sources by `build/translations.py`)
and Qt's own for its standard buttons and dialogs.

The catalogue is a `QTranslator` (QtCore only, so the CLI can use it without a
window); `core.i18n.tr()` looks texts up in it. Bokmål is the source language
and needs no catalogue.

Beside them, the applicant's languages (Ukrainian, Arabic, Somali, Tigrinya,
Polish; `applicant_languages.json`) have catalogues for the walk-through and
the take-home page only: the caseworker's window stays in nb/nn/en, and
`speaking(code)` lends `tr()` such a language while those are made. Each is
marked machine-translated until a translator has checked it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from .core import i18n
from .core.data import RESOURCES

LANGUAGES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
APPLICANT_LANGUAGES = ("uk", "ar", "so", "ti", "pl")  # as in applicant_languages.json (a test checks)
TRANSLATIONS = RESOURCES / "translations"
log = logging.getLogger(__name__)
_installed: list = []  # translators installed in the running application


def catalogue_path(code: str):
    return TRANSLATIONS / f"startlan_{code}.qm"


@cache
def applicant_languages() -> dict[str, dict]:
    """code -> {"name", "rtl", "machine_translated"} of the applicant's languages."""
    doc = json.loads((TRANSLATIONS / "applicant_languages.json").read_text(encoding="utf-8"))
    return {code: v for code, v in doc.items() if not code.startswith("_")}


def meeting_languages() -> dict[str, str]:
    """Every language the walk-through and the take-home page speak, each named in itself."""
    return {**LANGUAGES, **{code: v["name"] for code, v in applicant_languages().items()}}


def right_to_left(code: str) -> bool:
    return bool(applicant_languages().get(code, {}).get("rtl"))


def machine_translated(code: str) -> bool:
    """True while the language's catalogue has not been checked by a translator."""
    return bool(applicant_languages().get(code, {}).get("machine_translated"))


@cache
def _catalogue(code: str):
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    if t.load(str(catalogue_path(code))):
        return t
    log.warning("no catalogue for %s at %s; using bokmål", code, catalogue_path(code))
    return None


@contextmanager
def speaking(code: str) -> Iterator[str]:
    """`tr()` in `code` (any meeting language) meanwhile, then back to the
    window's; yields the language in use (bokmål when `code` has no catalogue).
    Only the core's catalogue changes: the window is not retranslated."""
    if code == i18n.language() or code not in meeting_languages():
        yield i18n.language()
        return
    cat = None if code == i18n.SOURCE_LANGUAGE else _catalogue(code)
    used = code if cat is not None or code == i18n.SOURCE_LANGUAGE else i18n.SOURCE_LANGUAGE
    with i18n.using(cat, used, right_to_left(used)):
        yield used


def set_language(code: str) -> str:
    """Switch every later `tr()` to `code`; returns the language now in use.
    An unknown code or a missing catalogue falls back to bokmål, never fails."""
    from PySide6.QtCore import QCoreApplication

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
    from PySide6.QtCore import QLibraryInfo, QTranslator  # not built for bokmål, the default (issue 23)

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
