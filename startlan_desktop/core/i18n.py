"""User-facing text, in the chosen language.

Every string a person reads is written in bokmål and passed through `tr()`,
which `pyside6-lupdate` finds and extracts into `resources/translations/*.ts`.
Core never imports Qt: the application installs a catalogue here (a loaded
`QTranslator`, see `startlan_desktop.i18n`), so the window, the PDF and the CLI
translate through one catalogue. Without one, `tr()` returns the bokmål text.

Labels defined at import time are marked with `QT_TR_NOOP()` and translated
where they are shown, so a language switch reaches them too. Numbers and dates
stay Norwegian in every language (see `formatting`).
"""

from __future__ import annotations

from typing import Protocol

SOURCE_LANGUAGE = "nb"


class Catalogue(Protocol):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


_catalogue: Catalogue | None = None
_language = SOURCE_LANGUAGE
_cache: dict[tuple[str, str | None], str] = {}


def install(catalogue: Catalogue | None, language: str) -> None:
    """Use `catalogue` for `tr()` from now on (None: the bokmål source text)."""
    global _catalogue, _language
    _catalogue, _language = catalogue, language
    _cache.clear()


def language() -> str:
    return _language


def tr(text: str, disambiguation: str | None = None, n: int | None = None) -> str:
    """`text` in the current language. With `n`, a plural form where `%n` is
    replaced by n (English has "1 year" and "2 years"; Norwegian "år" both)."""
    if n is not None:
        out = _catalogue.translate("", text, disambiguation, n) if _catalogue else ""
        return (out or text).replace("%n", str(n))
    key = (text, disambiguation)
    cached = _cache.get(key)
    if cached is None:
        cached = (_catalogue.translate("", text, disambiguation) if _catalogue else "") or text
        _cache[key] = cached
    return cached


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a label defined at import time; translate it with tr() where shown."""
    return text
