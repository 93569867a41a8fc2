"""Text beyond Latin on the applicant's page (issue 22). reportlab draws
glyphs as they come: no Arabic joining, no right-to-left order, no font
fallback. So, before reportlab sees a text:

- Arabic is shaped (arabic-reshaper: the joined letter forms) and put in
  visual order (python-bidi, base direction right to left), line by line
  after wrapping — wrapping a reordered text would start with its end;
- characters DejaVu Sans lacks (Ethiopic, for Tigrinya) are drawn in
  Abyssinica SIL, run by run.

Numbers stay as `core.formatting` wrote them: the no-break spaces between
digit groups are common separators to the bidi algorithm, so `1 234 567 kr`
stays one number in an Arabic sentence.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from .fonts import ethiopic, register


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@cache
def _covered(font: str) -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def needs_fallback(text: str, font: str) -> bool:
    covered = _covered(font)
    return any(ord(c) not in covered for c in text if not c.isspace())


def font_for(text: str, font: str) -> str:
    """`font`, or the Ethiopic font when `font` lacks a glyph of `text` (one-font strings: drawings)."""
    return ethiopic() if needs_fallback(text, font) else font


def markup(text: str, font: str) -> str:
    """`text` escaped for a Paragraph, with runs `font` lacks set in the Ethiopic font."""
    if not needs_fallback(text, font):
        return esc(text)
    covered, other_font = _covered(font), ethiopic()
    runs = groupby(text, key=lambda c: ord(c) not in covered and not c.isspace())
    return "".join(f'<font name="{other_font}">{esc("".join(g))}</font>' if other else esc("".join(g))
                   for other, g in runs)


#: brackets as the bidi algorithm's mirroring rule (L4) turns them at a right-to-left level
MIRROR = str.maketrans("()[]{}«»<>‹›", ")(][}{»«><›‹")
FSI, PDI = "\u2068", "\u2069"


def visual(text: str) -> str:
    """One line of right-to-left text as reportlab must draw it: shaped, in
    visual order, brackets mirrored. python-bidi orders (isolates included)
    but leaves mirroring to the renderer: every bracket outside an isolate is
    at the right-to-left level in these texts, those inside a typed name
    (an isolate, left to right) keep their shape. The isolate marks go."""
    import arabic_reshaper
    from bidi import get_display

    out = get_display(arabic_reshaper.reshape(text), base_dir="R")
    parts, inside = [], False
    for chunk in re.split(f"([{FSI}{PDI}])", out):
        if chunk in (FSI, PDI):
            inside = not inside  # reversed: a name's end mark comes first
            continue
        parts.append(chunk if inside else chunk.translate(MIRROR))
    return "".join(parts)


def rtl_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` wrapped to `width` points in logical order (measured shaped), each line then made visual."""
    import arabic_reshaper

    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and pdfmetrics.stringWidth(arabic_reshaper.reshape(candidate), font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return [visual(x) for x in lines]


def paragraph(text: str, style: ParagraphStyle, width: float, rtl: bool, bold: bool = False) -> Paragraph:
    """A paragraph of plain text in either direction (right-aligned and pre-wrapped when `rtl`)."""
    font = style.fontName
    if bold:
        font = register()[1]
        style = ParagraphStyle(style.name + "-b", parent=style, fontName=font)
    if not rtl:
        return Paragraph(markup(text, font), style)
    right = ParagraphStyle(style.name + "-rtl", parent=style, alignment=TA_RIGHT)
    lines = rtl_lines(text, font, style.fontSize, width - 2)
    return Paragraph("<br/>".join(esc(x) for x in lines), right)


def cell(text: str, font: str, rtl: bool) -> str:
    """A one-line table cell or drawing label in either direction."""
    return visual(text) if rtl else text
