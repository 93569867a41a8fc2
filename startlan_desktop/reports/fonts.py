"""The embedded TrueType fonts for the PDF: DejaVu Sans (every Norwegian glyph,
the no-break space, ✔ ✖, the minus sign, Cyrillic, Polish and Arabic with its
presentation forms) and, for Tigrinya, Abyssinica SIL (Ethiopic; no bold)."""

from __future__ import annotations

import marshal
from functools import cache
from pathlib import Path

from ..core.data import RESOURCES

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ETHIOPIC = "AbyssinicaSIL"


@cache
def register() -> tuple[str, str]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    fonts = RESOURCES / "fonts"
    pdfmetrics.registerFont(load_font(REGULAR, fonts / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(load_font(BOLD, fonts / "DejaVuSans-Bold.ttf"))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # drawings start from this state; its Helvetica would be an unembedded font (not PDF/A)
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR, BOLD


@cache
def ethiopic() -> str:
    """The Ethiopic font's name, registered the first time a text needs it (a
    Tigrinya page): parsing it is 3-4 ms no other sheet needs (issue 23)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    register()
    pdfmetrics.registerFont(load_font(ETHIOPIC, RESOURCES / "fonts" / "AbyssinicaSIL-Regular.ttf"))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(ETHIOPIC, bold, italic, ETHIOPIC)  # one face: bold Ethiopic is drawn regular
    return ETHIOPIC


# --- the parsed faces, kept between processes ---------------------------------------------
#
# reportlab parses a TrueType file in Python: 25-30 ms for each DejaVu face, every
# `startlan pdf` (issue 23). What it reads out (metrics, the character map, the
# glyph positions) is kept in the user's cache folder, named after the font file's
# size and time and reportlab's version, so a changed font or reportlab parses anew.
# marshal, not pickle: it makes only plain values (numbers, strings, lists, dicts),
# never runs code, and whatever does not read back as a face is parsed again. The
# folder is the user's own, as writable to them as their settings are.

FACE_FORMAT = 1  # raise when what is kept changes
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")  # reportlab's TTFNameBytes
_NOT_KEPT = ("_ttf_data", "_pdfScale", "filename")  # the file's bytes, a function, where it lies now
# what a sheet reads of a face: a kept state without any of them is parsed again
_FACE_KEYS = frozenset(_NAMES) | {"unitsPerEm", "charToGlyph", "charWidths", "defaultWidth", "glyphPos", "hmetrics",
                                  "bbox", "ascent", "descent", "capHeight", "italicAngle", "stemV", "flags", "table"}


def load_font(name: str, path: Path):
    """reportlab's TTFont `name` for the file at `path`, its face read from the
    cache when it is there (parsed and kept there otherwise)."""
    from reportlab.pdfbase.ttfonts import TTFont

    kept = face_cache_file(path)
    face = read_face(path, kept)
    if face is not None:
        return _font_with(name, face)
    font = TTFont(name, str(path))
    _keep(font.face, kept)
    return font


def face_cache_file(path: Path) -> Path:
    """Where the face of the font at `path` is kept for this reportlab."""
    from reportlab import Version

    from ..core.userdirs import cache_dir

    st = path.stat()  # one folder per font: what else is in it was kept for an older file or reportlab
    return cache_dir() / "fonts" / path.stem / f"{st.st_size}-{st.st_mtime_ns}-rl{Version}-{FACE_FORMAT}.marshal"


def read_face(path: Path, kept: Path):
    """The face kept in `kept` for the font at `path`, or None (none kept, or unreadable)."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    try:
        state = marshal.loads(kept.read_bytes())
        if not isinstance(state, dict) or not _FACE_KEYS <= state.keys() or not isinstance(state["unitsPerEm"], int):
            return None  # not a face this code kept
        for key in _NAMES:
            state[key] = TTFNameBytes(state[key])
        state["_ttf_data"], state["filename"] = path.read_bytes(), str(path)
        state["_pdfScale"] = _scale(state["unitsPerEm"])
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    return face


def _scale(units_per_em: int):
    """Font units to PDF's thousandths of an em, as reportlab's parser makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _font_with(name: str, face):
    """TTFont(name, file) with its face already read, as reportlab's __init__
    sets it up (tests/reports/test_font_cache.py compares the two)."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, unShapedFontGlob

    font = TTFont.__new__(TTFont)
    font.fontName, font.face, font.encoding = name, face, TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
    return font


def _keep(face, kept: Path) -> None:
    """Keep a parsed face for the next process; the faces of older files or
    reportlabs are removed. Nothing is lost when this cannot be written."""
    from ..core.casefile import atomic_write

    state = {k: (bytes(v) if k in _NAMES else v) for k, v in vars(face).items() if k not in _NOT_KEPT}
    try:
        data = marshal.dumps(state)
        kept.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(kept, data, backup=False)
        for old in kept.parent.glob("*.marshal"):
            if old != kept:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):  # a read-only or full disk: parsed again next time
        pass
