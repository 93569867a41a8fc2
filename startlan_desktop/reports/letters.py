"""Letters to borrowers whose fixed rate ends: one A4 page per borrower with
the borrower's own figures (from `core.portfolio.ExpiryItem`), the relief
options the municipality offers and its contact line; in bokmål, nynorsk or
English whatever the window's language. One PDF with a page per letter, or
one PDF per borrower (named by loan number, never by name). Also a
mail-merge CSV for the municipality's own letter system.

Figures are the core's; this module only formats them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import field
from pathlib import Path
from xml.sax.saxutils import escape

from ..core.formatting import fmt_date, fmt_kr, fmt_pct, fmt_rate
from ..core.i18n import QT_TR_NOOP, tr
from ..core.portfolio import ExpiryItem
from ..core.record import record

LANGUAGES = ("nb", "nn", "en")
MONTHS = (QT_TR_NOOP("januar"), QT_TR_NOOP("februar"), QT_TR_NOOP("mars"), QT_TR_NOOP("april"), QT_TR_NOOP("mai"),
          QT_TR_NOOP("juni"), QT_TR_NOOP("juli"), QT_TR_NOOP("august"), QT_TR_NOOP("september"),
          QT_TR_NOOP("oktober"), QT_TR_NOOP("november"), QT_TR_NOOP("desember"))
RELIEFS = {"interest_only": QT_TR_NOOP("avdragsfrihet i en periode, så du bare betaler renter"),
           "longer_term": QT_TR_NOOP("lengre nedbetalingstid, som gir lavere terminbeløp"),
           "deferral": QT_TR_NOOP("utsettelse av betalingen i en kort periode"),
           "new_fixed": QT_TR_NOOP("ny fastrente, så terminbeløpet ligger fast i flere år"),
           "refinance": QT_TR_NOOP("å samle dyr gjeld i startlånet")}
DEFAULT_RELIEFS = ("interest_only", "longer_term", "deferral", "new_fixed")


@record
class LetterOptions:
    municipality: str = ""
    contact: str = ""  # the municipality's contact line (settings)
    caseworker: str = ""
    language: str = "nb"
    reliefs: tuple[str, ...] = DEFAULT_RELIEFS
    today: dt.date = field(default_factory=dt.date.today)


@contextmanager
def language(code: str) -> Iterator[None]:
    """tr() in `code` while the letters are made, then back to the window's
    language. Only the core's catalogue changes: the window is not retranslated."""
    from ..core import i18n as core_i18n

    before = (core_i18n._catalogue, core_i18n.language())
    if code == before[1] or code not in LANGUAGES:
        yield
        return
    if code == core_i18n.SOURCE_LANGUAGE:
        core_i18n.install(None, code)
    else:
        from PySide6.QtCore import QTranslator

        from ..i18n import catalogue_path

        t = QTranslator()
        core_i18n.install(t if t.load(str(catalogue_path(code))) else None, code)
    try:
        yield
    finally:
        core_i18n.install(*before)


def long_date(d: dt.date) -> str:
    """`1. mars 2027` (English: `1 March 2027`)."""
    return tr("{day}. {month} {year}").format(day=d.day, month=tr(MONTHS[d.month - 1]), year=d.year)


def _per_term(tpy: int) -> str:
    return {12: tr("i måneden"), 4: tr("per kvartal"), 2: tr("per halvår")}.get(tpy, tr("per termin"))


def paragraphs(e: ExpiryItem, o: LetterOptions) -> dict:
    """The letter's texts, in the current language, with the borrower's figures."""
    loan = e.loan
    when = long_date(loan.fixed_until)
    per = _per_term(loan.terms_per_year)
    if e.ended:
        title = tr("Fastrenten på startlånet ditt er gått ut")
        first = tr("Fastrenten på lånet ditt gikk ut {date}. Med dagens flytende rente blir terminbeløpet omtrent "
                   "{after} {per}, {jump} mer enn med fastrenten ({now}).")
    else:
        title = tr("Fastrenten på startlånet ditt går snart ut")
        first = tr("Fastrenten på lånet ditt går ut {date}. Med dagens flytende rente blir terminbeløpet omtrent "
                   "{after} {per}, {jump} mer enn i dag ({now}).")
    first = first.format(date=when, after=fmt_kr(e.payment_after), per=per, jump=fmt_kr(e.jump_shown),
                         now=fmt_kr(e.payment_now))
    rate = tr("Renten går da fra {now} til {after}. Den flytende renten kan endre seg før den tid.").format(
        now=fmt_rate(loan.rate_pct), after=fmt_rate(e.rate_after_pct))
    if e.jump_shown <= 0:
        first = tr("Fastrenten på lånet ditt går ut {date}. Med dagens flytende rente blir terminbeløpet omtrent "
                   "{after} {per}, om lag det samme som i dag.").format(date=when, after=fmt_kr(e.payment_after), per=per)
    return {
        "title": title, "first": first, "rate": rate,
        "help": tr("Blir terminbeløpet for høyt for deg, ta kontakt med oss før det går ut, gjerne i god tid. Vi kan "
                   "sammen se på hva som passer, for eksempel:"),
        "reliefs": [tr(RELIEFS[k]) for k in o.reliefs if k in RELIEFS],
        "contact": o.contact,
        "basis": tr("Tallene er anslag ut fra restgjelden {balance} og lånets vilkår per {date}. Det nøyaktige "
                    "terminbeløpet får du fra låneforvalteren.").format(balance=fmt_kr(loan.balance),
                                                                       date=fmt_date(o.today)),
        "regards": tr("Med vennlig hilsen"),
        "loan": tr("Lånenummer: {number}").format(number=loan.number),
    }


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    from .fonts import register

    font, bold = register()
    # bulletFontName too: reportlab's default bullet font is Helvetica, which is not embedded (PDF/A)
    base = ParagraphStyle("letter", fontName=font, bulletFontName=font, fontSize=10.5, leading=15, spaceAfter=8)
    return {"base": base, "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
            "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=11, spaceAfter=2),
            "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=14, leading=18, spaceBefore=18,
                                    spaceAfter=10),
            "item": ParagraphStyle("item", parent=base, leftIndent=14, bulletIndent=2, spaceAfter=3),
            "right": ParagraphStyle("right", parent=base, alignment=2, spaceAfter=0)}


def _story(e: ExpiryItem, o: LetterOptions, st: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    t = paragraphs(e, o)
    loan = e.loan
    esc = lambda s: escape(s or "")
    out = [Paragraph(esc(o.municipality) or "&nbsp;", st["head"]),
           Paragraph(f"{esc(fmt_date(o.today))}<br/>{esc(t['loan'])}", st["right"]), Spacer(1, 8 * mm)]
    address = [loan.name, loan.address, " ".join(x for x in (loan.postcode, loan.town) if x)]
    out.append(Paragraph("<br/>".join(esc(x) for x in address if x) or "&nbsp;", st["base"]))
    out += [Paragraph(esc(t["title"]), st["title"]), Paragraph(esc(t["first"]), st["base"]),
            Paragraph(esc(t["rate"]), st["base"]), Paragraph(esc(t["help"]), st["base"])]
    out += [Paragraph(esc(r), st["item"], bulletText="•") for r in t["reliefs"]]
    out.append(Spacer(1, 3 * mm))
    if t["contact"]:
        out.append(Paragraph(esc(t["contact"]), st["base"]))
    out += [Spacer(1, 4 * mm), Paragraph(esc(t["regards"]), st["base"]),
            Paragraph("<br/>".join(esc(x) for x in (o.caseworker, o.municipality) if x) or "&nbsp;", st["base"]),
            Spacer(1, 10 * mm), Paragraph(esc(t["basis"]), st["small"])]
    return out


def build_letters(items: list[ExpiryItem], options: LetterOptions) -> bytes:
    """One PDF, a page per letter (PDF/A-2b like the budget sheet)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from .fonts import register
    from .pdfa import to_pdfa

    if not items:
        raise ValueError("no letters")
    with language(options.language):
        st = _styles()
        story = []
        for i, e in enumerate(items):
            if i:
                story.append(PageBreak())
            story += _story(e, options, st)
        title = tr("Brev om fastrente som går ut")
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=20 * mm,
                                bottomMargin=20 * mm, title=title, author=options.municipality or "Startlån Desktop",
                                subject=title, creator="Startlån Desktop", invariant=True,
                                initialFontName=register()[0])  # PDF/A: not reportlab's unembedded Helvetica
        doc.build(story)
    created = dt.datetime.combine(options.today, dt.time(12, 0))
    return to_pdfa(buf.getvalue(), title, options.municipality or "Startlån Desktop", title, created)


def letter_filename(e: ExpiryItem) -> str:
    """One borrower's letter: named by loan number (no names in file names)."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in e.loan.number)
    return f"brev-{safe}.pdf"


def write_letters_per_borrower(items: list[ExpiryItem], options: LetterOptions, folder: str | Path) -> list[Path]:
    """One PDF per borrower in `folder`, each written atomically."""
    from ..core.casefile import atomic_write

    folder = Path(folder)
    out = []
    for e in items:
        path = folder / letter_filename(e)
        atomic_write(path, build_letters([e], options), backup=False)
        out.append(path)
    return out


MAIL_MERGE_HEADER = ("lanenummer", "navn", "adresse", "postnr", "poststed", "binding_til", "binding_til_tekst",
                     "terminbelop_na", "terminbelop_etter", "okning", "okning_prosent", "rente_na", "rente_etter",
                     "restgjeld", "terminer_per_ar")


def mail_merge_csv(items: list[ExpiryItem], lang: str = "nb") -> bytes:
    """The figures as formatted text, one row per borrower, for a mail merge in
    the municipality's own letter system: semicolons, UTF-8 with BOM (Excel and
    Word read æøå then), amounts as the letters print them."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(MAIL_MERGE_HEADER)
    with language(lang):
        for e in items:
            loan = e.loan
            w.writerow([loan.number, loan.name, loan.address, loan.postcode, loan.town, fmt_date(loan.fixed_until),
                        long_date(loan.fixed_until), fmt_kr(e.payment_now), fmt_kr(e.payment_after), fmt_kr(e.jump_shown),
                        fmt_pct(e.jump_pct, 1), fmt_rate(loan.rate_pct), fmt_rate(e.rate_after_pct),
                        fmt_kr(loan.balance), loan.terms_per_year])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
