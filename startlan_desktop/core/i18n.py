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

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

SOURCE_LANGUAGE = "nb"


class Catalogue(Protocol):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


_catalogue: Catalogue | None = None
_language = SOURCE_LANGUAGE
_cache: dict[tuple[str, str | None], str] = {}
_rtl = False  # the language in use reads right to left (Arabic)
_recorders: list[set] = []  # sets collecting the texts asked for (see `recording`)


def install(catalogue: Catalogue | None, language: str) -> None:
    """Use `catalogue` for `tr()` from now on (None: the bokmål source text)."""
    global _catalogue, _language, _rtl
    _catalogue, _language, _rtl = catalogue, language, False
    _cache.clear()


def language() -> str:
    return _language


def tr(text: str, disambiguation: str | None = None, n: int | None = None) -> str:
    """`text` in the current language. With `n`, a plural form where `%n` is
    replaced by n (English has "1 year" and "2 years"; Norwegian "år" both)."""
    if _recorders:
        for seen in _recorders:
            seen.add((text, disambiguation, n is not None))
    if n is not None:
        out = _catalogue.translate("", text, disambiguation, n) if _catalogue else ""
        return (out or text).replace("%n", str(n))
    key = (text, disambiguation)
    cached = _cache.get(key)
    if cached is None:
        cached = (_catalogue.translate("", text, disambiguation) if _catalogue else "") or text
        _cache[key] = cached
    return cached


@contextmanager
def using(catalogue: Catalogue | None, language: str, rtl: bool = False) -> Iterator[None]:
    """`tr()` in another language for a while (the applicant's, in the
    walk-through and on the take-home page), then back to the window's."""
    global _catalogue, _language, _cache, _rtl
    before = (_catalogue, _language, _cache, _rtl)
    _catalogue, _language, _cache, _rtl = catalogue, language, {}, rtl  # the window's cache stays as it was
    try:
        yield
    finally:
        _catalogue, _language, _cache, _rtl = before


def right_to_left() -> bool:
    """The language in use reads right to left."""
    return _rtl


def isolate(text: str) -> str:
    """A name typed in another script (a scenario's label) set into a right-to-left
    sentence: wrapped in Unicode's first-strong isolate, so "30 år, flytende"
    keeps its own order; unchanged in a left-to-right language."""
    return f"\u2068{text}\u2069" if _rtl and text else text


@contextmanager
def recording() -> Iterator[set]:
    """Collect every text `tr()` is asked for meanwhile, as (source,
    disambiguation, plural): which texts a screen needs in a catalogue."""
    seen: set = set()
    _recorders.append(seen)
    try:
        yield seen
    finally:
        _recorders.remove(seen)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a label defined at import time; translate it with tr() where shown."""
    return text
