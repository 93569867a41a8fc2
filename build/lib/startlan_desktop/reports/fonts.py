"""The embedded TrueType font for the PDF (DejaVu Sans: every Norwegian glyph,
the no-break space, ✔ ✖ and the minus sign)."""

from __future__ import annotations

from functools import cache

from ..core.data import RESOURCES

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


@cache
def register() -> tuple[str, str]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = RESOURCES / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # drawings start from this state; its Helvetica would be an unembedded font (not PDF/A)
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR, BOLD
