"""Turn reportlab's PDF into PDF/A-2b with pikepdf: XMP metadata that matches
the document info, an sRGB output intent (profile made by Pillow's
littleCMS, which reportlab already depends on) and a document ID."""

from __future__ import annotations

import datetime as dt
import io
from functools import lru_cache


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _drop_unused_fonts(pikepdf, doc) -> None:
    """reportlab may list Helvetica (not embedded) in the resources whether used
    or not; PDF/A wants every font embedded, so drop fonts no page draws with.
    The font dictionary is shared between pages: collect use over all first."""
    used = set()
    for page in doc.pages:
        used |= {str(operands[0]) for operands, _op in pikepdf.parse_content_stream(page, "Tf")}
    for page in doc.pages:
        fonts = page.Resources.get("/Font")
        for name in list(fonts.keys()) if fonts is not None else []:
            if name not in used:
                del fonts[name]


def to_pdfa(pdf: bytes, title: str, author: str, subject: str, created: dt.datetime) -> bytes:
    try:
        import pikepdf
    except ImportError:  # still a valid PDF, just not declared PDF/A
        return pdf
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        _drop_unused_fonts(pikepdf, doc)
        icc = doc.make_stream(srgb_profile())
        icc.N = 3
        doc.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
            Info=pikepdf.String("sRGB IEC61966-2.1"), DestOutputProfile=icc)])
        when = created.astimezone().isoformat(timespec="seconds")
        with doc.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["dc:title"] = title
            meta["dc:creator"] = [author]
            meta["dc:description"] = subject
            meta["xmp:CreatorTool"] = "Startlån Desktop"
            meta["xmp:CreateDate"] = when
            meta["xmp:ModifyDate"] = when
            meta["pdf:Producer"] = "Startlån Desktop (reportlab, pikepdf)"
        doc.docinfo[pikepdf.Name.Producer] = "Startlån Desktop (reportlab, pikepdf)"
        out = io.BytesIO()
        doc.save(out, deterministic_id=True)
        return out.getvalue()
