"""Turn reportlab's PDF into PDF/A-2b: XMP metadata that matches the document
info, an sRGB output intent (profile made by Pillow's littleCMS, which
reportlab already depends on) and a document ID.

reportlab's own output (one xref table, a plain catalog, only embedded
TrueType fonts: every builder starts its pages in DejaVu, not reportlab's
Helvetica) gets these as an incremental update appended to the file, which
PDF/A permits. pikepdf (and lxml with it) did this by rewriting the file: its
import and rewrite were about a tenth of a `startlan pdf` process and it was
about 17 MiB of the bundle (issue 23); the tests still read the result with it."""

from __future__ import annotations

import datetime as dt
import re
import zlib
from functools import lru_cache

PRODUCER = "Startlån Desktop (reportlab)"
CREATOR_TOOL = "Startlån Desktop"
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def to_pdfa(pdf: bytes, title: str, author: str, subject: str, created: dt.datetime) -> bytes:
    """reportlab's PDF declared PDF/A-2b. A file not laid out as reportlab
    writes it is returned as it was (still a valid PDF, only not declared
    PDF/A); tests/reports/test_pdfa_append.py checks that every builder's is."""
    out = _appended(pdf, title, author, subject, created)
    return out if out is not None else pdf


def _pdf_text(text: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte-order mark, as hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _pdf_date(when: dt.datetime) -> bytes:
    """D:YYYYMMDDHHmmSS+HH'mm', the same instant as the XMP date."""
    off = when.utcoffset() or dt.timedelta(0)
    sign = "-" if off < dt.timedelta(0) else "+"
    minutes = abs(int(off.total_seconds())) // 60
    return f"(D:{when:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}')".encode()


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def xmp(title: str, author: str, subject: str, when: str) -> bytes:
    """The XMP packet: PDF/A-2b identification and the document info's values."""
    t, a, d = _xml(title), _xml(author), _xml(subject)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{a}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{d}</rdf:li></rdf:Alt></dc:description>
   <xmp:CreatorTool>{_xml(CREATOR_TOOL)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <pdf:Producer>{_xml(PRODUCER)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _appended(pdf: bytes, title: str, author: str, subject: str, created: dt.datetime) -> bytes | None:
    """PDF/A-2b as an incremental update of reportlab's file, or None when the
    file is not laid out as expected."""
    m = _TRAILER.search(pdf)
    if m is None or pdf.count(b"trailer") != 1 or pdf.count(b"startxref") != 1 or re.search(rb"/Subtype\s*/Type1\b", pdf):
        return None  # an earlier update, or a standard font that is not embedded (PDF/A wants every font embedded)
    trailer, prev = m.group(1), int(m.group(2))
    root, size, ident = (re.search(rb"/Root (\d+) 0 R", trailer), re.search(rb"/Size (\d+)", trailer),
                         re.search(rb"/ID\s*(\[<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\])", trailer))
    if not (root and size and ident):
        return None
    root_n, size_n = int(root.group(1)), int(size.group(1))
    catalog = re.search(rb"\n%d 0 obj\n<<(.*?)>>\nendobj" % root_n, pdf, re.S)
    body = catalog.group(1) if catalog else b""
    if b"/Type /Catalog" not in body or b"<<" in body or b"/Metadata" in body or b"/OutputIntents" in body:
        return None
    when = created.astimezone()
    meta_n, icc_n, intent_n, info_n = size_n, size_n + 1, size_n + 2, size_n + 3
    icc = zlib.compress(srgb_profile())
    packet = xmp(title, author, subject, when.isoformat(timespec="seconds"))
    objects = {
        root_n: b"<<" + body.rstrip() + b" /Metadata %d 0 R /OutputIntents [%d 0 R]\n>>" % (meta_n, intent_n),
        meta_n: b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream" % (len(packet), packet),
        icc_n: b"<< /N 3 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (len(icc), icc),
        intent_n: b"<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                  b"/Info (sRGB IEC61966-2.1) /DestOutputProfile %d 0 R >>" % icc_n,
        info_n: b"<< /Title " + _pdf_text(title) + b" /Author " + _pdf_text(author) + b" /Subject "
                + _pdf_text(subject) + b" /Creator " + _pdf_text(CREATOR_TOOL) + b" /Producer " + _pdf_text(PRODUCER)
                + b" /CreationDate " + _pdf_date(when) + b" /ModDate " + _pdf_date(when) + b" >>",
    }
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for n, body in objects.items():
        offsets[n] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n%d 4\n" % (root_n, offsets[root_n], meta_n)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in (meta_n, icc_n, intent_n, info_n))
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
            % (size_n + 4, root_n, info_n, ident.group(1), prev, xref))
    return bytes(out)
