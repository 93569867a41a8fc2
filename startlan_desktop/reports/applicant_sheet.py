"""The page for the applicant to take home (issue 22, item 4): one A4 page in
the chosen language with what the loan costs a month, what is left, what
happens if the rate rises and when the fixed rate ends, how the home is paid
for, the five explanation-duty points and who to call. No case-file details
beyond the first names the caseworker typed: no reference, no caseworker's
surname, no notes. Every figure is the core's (core.meeting, core.explanation).

The page speaks the walk-through's languages: nb/nn/en and the applicant's
(uk, ar, so, ti, pl). Arabic is laid out right to left (reports/scripts.py
shapes and orders it), Tigrinya drawn in an Ethiopic font, and an unchecked
(machine-translated) catalogue says so at the top of the page."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core import explanation, meeting
from ..core import i18n as core_i18n
from ..core.budget import CaseResult
from ..core.formatting import fmt_date, fmt_kr, fmt_rate
from ..core.i18n import QT_TR_NOOP, language, tr
from ..core.record import record
from . import scripts
from .fonts import register

TITLE = QT_TR_NOOP("Startlån – det viktigste for dere")
PDF_LANG = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB", "uk": "uk-UA", "ar": "ar", "so": "so", "ti": "ti", "pl": "pl-PL"}
MACHINE_TRANSLATED = QT_TR_NOOP("Maskinoversatt – ikke kvalitetssikret")
GREYS = {"equity": 0.25, "bank": 0.45, "common_debt": 0.6, "startlan": 0.8, "grant": 0.93}
FRAME_W, FRAME_H = A4[0] - 36 * mm, A4[1] - 34 * mm
TEXT_W = FRAME_W - 12  # the frame's own padding (6 pt a side): what a paragraph gets


@record
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
            "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5),
            "flag": ParagraphStyle("flag", parent=base, fontName=bold, fontSize=8.6, leading=10.6,
                                   textColor=colors.Color(0.48, 0.29, 0)),
            "small": ParagraphStyle("small", parent=base, fontSize=8.6, leading=10.6),
            "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=16, leading=20, spaceAfter=2),
            "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=5,
                                 spaceAfter=2),
            "head": ParagraphStyle("head", parent=base, fontSize=8, leading=9.5, alignment=2),
            "verdict": ParagraphStyle("verdict", parent=base, fontName=bold, fontSize=13, leading=16)}


def _esc(text: str) -> str:
    return scripts.esc(text)


def right_to_left() -> bool:
    """The page's language reads right to left (Arabic)."""
    from ..i18n import right_to_left as rtl

    return rtl(core_i18n.language())


def machine_translated_note() -> str:
    """The flag of an unchecked catalogue, in Norwegian and in the language ("" when checked)."""
    from ..i18n import machine_translated

    if not machine_translated(core_i18n.language()):
        return ""
    own = tr(MACHINE_TRANSLATED)
    return "⚠ " + MACHINE_TRANSLATED + ("" if own == MACHINE_TRANSLATED else f" · {own}")


def _home_drawing(sr, width: float, rtl: bool = False) -> Drawing | None:
    """How the home is paid for as one bar in greys, each part named with its amount
    (from the right in a right-to-left language)."""
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
        left = width - x - w if rtl else x
        d.add(Rect(left, 16, w, 16, fillColor=colors.Color(g, g, g), strokeColor=colors.black, strokeWidth=0.6))
        label = scripts.cell(f"{s.label} {fmt_kr(s.amount)}", font, rtl)
        anchor = "start" if i == 0 else "end" if i == len(segments) - 1 else "middle"
        if rtl:
            anchor = {"start": "end", "end": "start"}.get(anchor, anchor)
        lx = {"start": left, "end": left + w, "middle": left + w / 2}[anchor]
        d.add(String(lx, 4, label, fontName=scripts.font_for(label, font), fontSize=7.5, textAnchor=anchor))
        x += w
    return d


def _month_table(r: CaseResult, index: int, width: float, rtl: bool = False) -> Table:
    """The month today, at the stress rate and after the fixed period: the loan, and
    what is left (the columns mirrored in a right-to-left language)."""
    font, bold = register()
    bars = meeting.month_bars(r, index)
    st = _styles()
    widths = [0.37 * width, 0.2 * width, 0.2 * width, 0.23 * width]
    head = [tr("Startlånet etter rentefradrag"), tr("Igjen til livsopphold"), tr("Over (+) eller under (−) normen")]
    rows = [[""] + [scripts.paragraph(h, st["head"], w - 6, rtl, bold=True) if rtl else
                    Paragraph(f"<b>{scripts.markup(h, bold)}</b>", st["head"]) for h, w in zip(head, widths[1:])]]
    for b in bars:
        seg = {s.key: s.amount for s in b.segments}
        title = f"{meeting.MARK['ok' if b.ok else 'no']} {b.title}"
        rows.append([scripts.paragraph(title, st["cell"], widths[0] - 6, rtl), fmt_kr(seg["loan"]),
                     fmt_kr(seg["left"] + seg["living"]), ("+" if b.left >= 0 else "") + fmt_kr(b.left)])
    if rtl:  # the label column at the right, the figures to its left
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
    t = Table(rows, colWidths=widths, hAlign="RIGHT" if rtl else "LEFT")
    figures = (0, 0, -2, -1) if rtl else (1, 0, -1, -1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9.5), ("FONT", (0, 0), (-1, 0), bold, 8),
                           ("ALIGN", figures[:2], figures[2:], "RIGHT" if not rtl else "LEFT"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def story(r: CaseResult, o: ApplicantOptions) -> list:
    st = _styles()
    rtl = right_to_left()
    bold = register()[1]

    def para(text: str, style: str, strong: bool = False) -> Paragraph:
        return scripts.paragraph(text, st[style], TEXT_W, rtl, strong)

    sr = r.scenarios[o.scenario]
    v = meeting.verdict(sr)
    names = first_names(r)
    out = [para(tr(TITLE), "h1")]
    flag = machine_translated_note()
    if flag:
        out.append(para(flag, "flag"))
    intro = tr("Laget {date} for {names}.").format(date=fmt_date(r.case.assessment_date),
                                                  names=", ".join(names)) if names else \
        tr("Laget {date}.").format(date=fmt_date(r.case.assessment_date))
    out += [para(intro + " " + tr("Lånet vi har sett på: «{scenario}», {amount}.").format(
        scenario=sr.label, amount=fmt_kr(sr.spec.amount)), "base"), Spacer(1, 4),
        para(f"{v.mark} {v.headline}.", "verdict"), para(v.figure, "base")]
    out += [para(tr("Hver måned"), "h2"),
            para(tr("Startlånet koster {payment} i måneden. Dere har {left} igjen til mat, klær og annet "
                    "livsopphold; det dere trenger etter normen er {need}.").format(
                payment=fmt_kr(sr.monthly_payment), left=fmt_kr(sr.left_for_living),
                need=fmt_kr(r.living.used)), "base"), Spacer(1, 3),
            _month_table(r, o.scenario, FRAME_W, rtl)]
    rise = tr("Hvis renten stiger til {rate}, blir terminbeløpet {payment}.").format(
        rate=fmt_rate(sr.stress_rate_pct), payment=fmt_kr(sr.stress_payment))
    if sr.payment_after_fixed is not None:
        rise += " " + tr("Den faste renten varer i {years} år; etter det blir terminbeløpet med dagens flytende rente "
                         "{payment}.").format(years=sr.scenario.fixed_years, payment=fmt_kr(sr.payment_after_fixed))
    out += [para(tr("Hvis renten stiger"), "h2"), para(rise, "base")]
    trial = meeting.trial_text(sr)
    if trial:  # the first-time buyers' loan (issue 20): the balance due when it ends
        out += [para(tr("Førstegangslån: lånet slutter etter 10 år"), "h2"), para(trial, "base")]
    home = _home_drawing(sr, FRAME_W, rtl)
    if home is not None:
        out += [para(tr("Slik betales boligen ({total})").format(
            total=fmt_kr(sum(s.amount for s in meeting.home_bar(sr)))), "h2"), home]
    out.append(para(tr("Dette har vi forklart dere"), "h2"))
    for t in explanation.topics(r, o.scenario):
        if rtl:  # the title on its own line: bold runs inside a reordered line would land apart
            out += [para(t.title + ".", "small", strong=True), para(t.text, "small")]
        else:
            out.append(Paragraph(f"<b>{scripts.markup(t.title, bold)}.</b> {scripts.markup(t.text, st['small'].fontName)}",
                                 st["small"]))
        out.append(Spacer(1, 1.5))
    contact = o.contact or (tr("Ring {municipality} og spør etter startlån.").format(
        municipality=r.case.municipality) if r.case.municipality else tr("Ring kommunen og spør etter startlån."))
    out += [para(tr("Spørsmål? Problemer med å betale?"), "h2"), para(contact, "base")]
    if r.case.example:
        out.append(para(tr("Eksempelsak"), "small"))
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
