"""The page for the applicant to take home (issue 22, item 4): one A4 page in
the chosen language with what the loan costs a month, what is left, what
happens if the rate rises and when the fixed rate ends, how the home is paid
for, the five explanation-duty points and who to call. No case-file details
beyond the first names the caseworker typed: no reference, no caseworker's
surname, no notes. Every figure is the core's (core.meeting, core.explanation)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core import explanation, meeting
from ..core.budget import CaseResult
from ..core.formatting import fmt_date, fmt_kr, fmt_rate
from ..core.i18n import QT_TR_NOOP, language, tr
from .fonts import register

TITLE = QT_TR_NOOP("Startlån – det viktigste for dere")
PDF_LANG = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
GREYS = {"equity": 0.25, "bank": 0.45, "common_debt": 0.6, "startlan": 0.8, "grant": 0.93}
FRAME_W, FRAME_H = A4[0] - 36 * mm, A4[1] - 34 * mm


@dataclass
class ApplicantOptions:
    scenario: int = 0
    contact: str = ""  # the municipality's contact line (settings); without it the municipality's name
    created: dt.datetime | None = None


def first_names(r: CaseResult) -> list[str]:
    """The first word of each adult applicant's name (the only personal detail on the page)."""
    return [m.name.split()[0] for m in r.case.members
            if m.role in ("applicant", "co_applicant") and m.name.strip()]


def _styles() -> dict[str, ParagraphStyle]:
    font, bold = register()
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=12.5)
    return {"base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8.6, leading=10.6),
            "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=16, leading=20, spaceAfter=2),
            "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=5,
                                 spaceAfter=2),
            "head": ParagraphStyle("head", parent=base, fontSize=8, leading=9.5, alignment=2),
            "verdict": ParagraphStyle("verdict", parent=base, fontName=bold, fontSize=13, leading=16)}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _home_drawing(sr, width: float) -> Drawing | None:
    """How the home is paid for as one bar in greys, each part named with its amount."""
    segments = meeting.home_bar(sr)
    if not segments:
        return None
    font = register()[0]
    total = sum(s.amount for s in segments)
    d = Drawing(width, 34)
    x = 0.0
    for i, s in enumerate(segments):
        w = width * s.amount / total
        g = GREYS[s.key]
        d.add(Rect(x, 16, w, 16, fillColor=colors.Color(g, g, g), strokeColor=colors.black, strokeWidth=0.6))
        label = f"{s.label} {fmt_kr(s.amount)}"
        anchor = "start" if i == 0 else "end" if i == len(segments) - 1 else "middle"
        lx = x if anchor == "start" else x + w if anchor == "end" else x + w / 2
        d.add(String(lx, 4 if i % 2 == 0 else 4, label, fontName=font, fontSize=7.5, textAnchor=anchor))
        x += w
    return d


def _month_table(r: CaseResult, index: int, width: float) -> Table:
    """The month today, at the stress rate and after the fixed period: the loan, and what is left."""
    font, bold = register()
    bars = meeting.month_bars(r, index)
    st = _styles()
    head = [tr("Startlånet etter rentefradrag"), tr("Igjen til livsopphold"), tr("Over (+) eller under (−) normen")]
    rows = [[""] + [Paragraph(f"<b>{_esc(h)}</b>", st["head"]) for h in head]]
    for b in bars:
        seg = {s.key: s.amount for s in b.segments}
        rows.append([f"{meeting.MARK['ok' if b.ok else 'no']} {b.title}", fmt_kr(seg["loan"]),
                     fmt_kr(seg["left"] + seg["living"]), ("+" if b.left >= 0 else "") + fmt_kr(b.left)])
    t = Table(rows, colWidths=[0.37 * width, 0.2 * width, 0.2 * width, 0.23 * width], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9.5), ("FONT", (0, 0), (-1, 0), bold, 8),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def story(r: CaseResult, o: ApplicantOptions) -> list:
    st = _styles()
    sr = r.scenarios[o.scenario]
    v = meeting.verdict(sr)
    names = first_names(r)
    out = [Paragraph(_esc(tr(TITLE)), st["h1"])]
    intro = tr("Laget {date} for {names}.").format(date=fmt_date(r.case.assessment_date),
                                                  names=", ".join(names)) if names else \
        tr("Laget {date}.").format(date=fmt_date(r.case.assessment_date))
    out += [Paragraph(_esc(intro + " " + tr("Lånet vi har sett på: «{scenario}», {amount}.").format(
        scenario=sr.label, amount=fmt_kr(sr.spec.amount))), st["base"]), Spacer(1, 4),
        Paragraph(_esc(f"{v.mark} {v.headline}."), st["verdict"]), Paragraph(_esc(v.figure), st["base"])]
    out += [Paragraph(_esc(tr("Hver måned")), st["h2"]),
            Paragraph(_esc(tr("Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet "
                              "livsopphold; det dere trenger etter normen er {need}.").format(
                payment=fmt_kr(sr.monthly_payment), left=fmt_kr(sr.left_for_living),
                need=fmt_kr(r.living.used))), st["base"]), Spacer(1, 3),
            _month_table(r, o.scenario, FRAME_W)]
    rise = tr("Hvis renten stiger til {rate}, blir terminbeløpet {payment}.").format(
        rate=fmt_rate(sr.stress_rate_pct), payment=fmt_kr(sr.stress_payment))
    if sr.payment_after_fixed is not None:
        rise += " " + tr("Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente "
                         "{payment}.").format(years=sr.scenario.fixed_years, payment=fmt_kr(sr.payment_after_fixed))
    out += [Paragraph(_esc(tr("Hvis renten stiger")), st["h2"]), Paragraph(_esc(rise), st["base"])]
    home = _home_drawing(sr, FRAME_W)
    if home is not None:
        out += [Paragraph(_esc(tr("Slik betales boligen ({total})").format(
            total=fmt_kr(sum(s.amount for s in meeting.home_bar(sr))))), st["h2"]), home]
    out.append(Paragraph(_esc(tr("Dette har vi forklart dere")), st["h2"]))
    for t in explanation.topics(r, o.scenario):
        out.append(Paragraph(f"<b>{_esc(t.title)}.</b> {_esc(t.text)}", st["small"]))
        out.append(Spacer(1, 1.5))
    contact = o.contact or (tr("Ring {municipality} og spør etter startlån.").format(
        municipality=r.case.municipality) if r.case.municipality else tr("Ring kommunen og spør etter startlån."))
    out += [Paragraph(_esc(tr("Spørsmål? Problemer med å betale?")), st["h2"]), Paragraph(_esc(contact), st["base"])]
    if r.case.example:
        out.append(Paragraph(_esc(tr("Eksempelsak")), st["small"]))
    return out


def build_applicant_pdf(result: CaseResult, options: ApplicantOptions | None = None) -> bytes:
    """The applicant's page as PDF bytes: always one page (the content is
    shrunk to fit the page's frame rather than run onto a second)."""
    o = options or ApplicantOptions()
    created = o.created or dt.datetime.now()
    buf = io.BytesIO()
    title = tr(TITLE)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=title, author=result.case.municipality or "Startlån Desktop",
                            subject=title, creator="Startlån Desktop", lang=PDF_LANG.get(language(), "nb-NO"),
                            initialFontName=register()[0])
    frame = KeepInFrame(FRAME_W, FRAME_H - 6, story(result, o), mode="shrink")
    doc.build([frame])
    from .pdfa import to_pdfa

    return to_pdfa(buf.getvalue(), title=doc.title, author=doc.author, subject=doc.subject, created=created)


def write_applicant_pdf(result: CaseResult, path, options: ApplicantOptions | None = None) -> None:
    from ..core.casefile import atomic_write

    atomic_write(path, build_applicant_pdf(result, options), backup=False)
