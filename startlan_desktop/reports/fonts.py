"""The embedded TrueType fonts for the PDF: DejaVu Sans (every Norwegian glyph,
the no-break space, ✔ ✖, the minus sign, Cyrillic, Polish and Arabic with its
presentation forms) and, for Tigrinya, Abyssinica SIL (Ethiopic; no bold)."""

from __future__ import annotations

from functools import cache

from ..core.data import RESOURCES

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ETHIOPIC = "AbyssinicaSIL"


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


@cache
def ethiopic() -> str:
    """The Ethiopic font's name, registered the first time a text needs it (a
    Tigrinya page): parsing it is 3-4 ms no other sheet needs (issue 23)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    register()
    pdfmetrics.registerFont(TTFont(ETHIOPIC, str(RESOURCES / "fonts" / "AbyssinicaSIL-Regular.ttf")))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(ETHIOPIC, bold, italic, ETHIOPIC)  # one face: bold Ethiopic is drawn regular
    return ETHIOPIC
