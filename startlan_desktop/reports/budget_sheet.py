"""The budget sheet for the case file: A4, embedded font, page numbers, header
with municipality, case reference, date and caseworker. Built with reportlab
platypus from the core's CaseResult; every figure is the core's, formatted by
the same code as the screen (core.rows, core.formatting)."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.budget import VERDICT_LABELS, CaseResult, rate_curve
from ..core.datapack import basis
from ..core.formatting import fmt_date, fmt_kr, fmt_month, fmt_number, fmt_rate, fmt_years
from ..core.i18n import QT_TR_NOOP, language, tr
from ..core.living import age_of
from ..core.record import record
from ..core.rows import MARKS, PLAN_TABLE, cells
from ..core.rows import rows_shown as shown_rows
from ..core.sheetfigures import SheetFigures, scenario_index, sheet_figures
from ..core.timeline import basis_text
from . import charts
from .fonts import register

ROLE = {"applicant": QT_TR_NOOP("Søker"), "co_applicant": QT_TR_NOOP("Medsøker"), "child": QT_TR_NOOP("Barn"),
        "other_adult": QT_TR_NOOP("Annen voksen")}
SHADES = {"ok": colors.Color(0.93, 0.93, 0.93), "tight": colors.Color(0.82, 0.82, 0.82),
          "not_sustainable": colors.Color(0.68, 0.68, 0.68)}
SCENARIOS_PER_TABLE = 4
TITLE = QT_TR_NOOP("Budsjett for startlån")
PDF_LANG = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


@record
class SheetOptions:
    scenario: int = 0  # the scenario the summary and the appendix are about
    schedule: bool = False  # append the payment plan by year
    created: dt.datetime | None = None


def _styles() -> dict[str, ParagraphStyle]:
    font, bold = register()
    base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=11)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7, leading=9),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=15, leading=19, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10.5, leading=14, spaceBefore=8,
                             spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=7.5, leading=9),
        "num": ParagraphStyle("num", parent=base, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "lead": ParagraphStyle("lead", parent=base, fontSize=9.5, leading=13),
    }


MEMBER_FLAGS = (("pregnant", QT_TR_NOOP("gravid")), ("breastfeeding", QT_TR_NOOP("ammer")),
                ("student", QT_TR_NOOP("student")), ("pensioner", QT_TR_NOOP("pensjonist")),
                ("kindergarten", QT_TR_NOOP("barnehage")), ("after_school", QT_TR_NOOP("SFO/AKS")))
def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list], widths: list[float], header: bool = True, total: bool = False,
           extra: list | None = None) -> Table:
    font, bold = register()
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, -1), font, 7.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if header:
        style += [("FONT", (0, 0), (-1, 0), bold, 7.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]
    if total:
        style += [("FONT", (0, -1), (-1, -1), bold, 7.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    t.setStyle(TableStyle(style + (extra or [])))
    return t


class _Numbered(rl_canvas.Canvas):
    """Canvas that knows the page count, for 'Side 1 av N' and the header."""

    header: dict = {}

    def __init__(self, *args, **kwargs):
        # PDF/A: no page may reference a font that is not embedded (reportlab's default is Helvetica)
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register()[0]
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(n)
            super().showPage()
        super().save()

    def _decorate(self, n: int) -> None:
        font, bold = register()
        h = self.header
        w, top = A4[0], A4[1] - 12 * mm
        self.setFont(bold, 9)
        self.drawString(18 * mm, top, h["municipality"] or tr("Kommune ikke oppgitt"))
        self.setFont(font, 8)
        self.drawRightString(w - 18 * mm, top, tr("Saksnr. {reference} · {date}").format(reference=h["reference"] or "–",
                                                                                       date=h["date"]))
        title = h.get("title") or tr(TITLE)
        if h.get("example"):
            title = tr("EKSEMPEL") + " · " + title
        self.drawString(18 * mm, top - 10, title)
        self.drawRightString(w - 18 * mm, top - 10, tr("Saksbehandler: {name}").format(name=h["caseworker"] or "–"))
        self.setLineWidth(0.5)
        self.line(18 * mm, top - 14, w - 18 * mm, top - 14)
        self.setFont(font, 7.5)
        self.drawCentredString(w / 2, 10 * mm, tr("Side {page} av {pages}").format(page=self._pageNumber, pages=n))
        self.drawString(18 * mm, 10 * mm, tr("Laget {when} med Startlån Desktop").format(when=h["created"]))


class Sheet:
    """Builds the story (flowables) of the budget sheet from a CaseResult."""

    def __init__(self, result: CaseResult, options: SheetOptions, figures: SheetFigures | None = None):
        self.r, self.o = result, options
        self.s = _styles()
        self.width = A4[0] - 36 * mm
        idx = scenario_index(result, options.scenario)
        if result.scenarios and (figures is None or figures.index != idx):
            figures = sheet_figures(result, idx)
        self.f = figures

    def p(self, text: str, style: str = "base") -> Paragraph:
        return Paragraph(text, self.s[style])

    def story(self) -> list:
        r, o = self.r, self.o
        idx = scenario_index(r, o.scenario)
        out = [self.p(tr(TITLE), "h1"), *self.summary(idx), *self.household(), *self.incomes(), *self.living(),
               *self.costs(), *self.budget(), *self.comparison(), *self.trial_loan(), *self.financing(),
               *self.goalseek(idx), *self.years_ahead(idx), *self.life_events(idx), *self.charts(idx),
               *self.breakcost(idx), *self.forcedsale(idx), *self.explanation(idx),
               *self.sources(), *self.notes_and_signatures()]
        if o.schedule:
            out += self.appendix(idx)
        return out

    def summary(self, idx: int) -> list:
        r = self.r
        sr = r.scenarios[idx]
        out = [self.p(tr("Kort fortalt"), "h2"), self.p(_esc(sr.summary_text()), "lead")]
        if len(r.scenarios) > 1:
            best = max(r.scenarios, key=lambda s: s.residual_stressed)
            if best.index != idx:
                out.append(self.p(_esc(best.summary_text()), "lead"))
        out.append(self.p(
            tr("Vurdering for «{scenario}»: <b>{verdict}</b>.").format(scenario=_esc(sr.label), verdict=sr.verdict_label)
            + " " + _esc(" ".join(sr.reasons)), "lead"))
        h = r.case.housing
        if h.rent_today or h.rent_alternative:
            rent = (tr("husleie i dag {rent}").format(rent=fmt_kr(h.rent_today)) if h.rent_today
                    else tr("husleie i dag ikke oppgitt"))
            if h.rent_alternative:
                rent += tr(", leie av egnet bolig {rent}").format(rent=fmt_kr(h.rent_alternative))
            out.append(self.p(tr("Boutgifter i ny bolig med «{scenario}»: {cost} per måned, mot {rent}.").format(
                scenario=_esc(sr.label), cost=fmt_kr(sr.housing_cost_new), rent=rent), "lead"))
        out.append(self.p(
            tr("Restbeløp er det som er igjen hver måned etter livsopphold (minst NAVs veiledende satser) og alle "
               "faste utgifter. Stresstesten regner startlånet med {rate} rente ({rule}).").format(
                rate=fmt_rate(sr.stress_rate_pct), rule=_esc(sr.stress_rule)), "small"))
        return out

    def household(self) -> list:
        on = self.r.case.assessment_date
        rows = [[tr("Rolle"), tr("Navn"), tr("Alder"), tr("Kjønn"), tr("Merknad")]]
        for m in self.r.case.members:
            y, mo = age_of(m, on)
            age = fmt_years(y, mo if y < 2 else 0)
            notes = [tr(label) for attr, label in MEMBER_FLAGS if getattr(m, attr)]
            rows.append([tr(ROLE[m.role]), _esc(m.name) or "–", age, tr("kvinne") if m.sex == "f" else tr("mann"),
                         ", ".join(notes) or ""])
        w = self.width
        t = _table(rows, [0.2 * w, 0.25 * w, 0.12 * w, 0.12 * w, 0.31 * w],
                   extra=[("ALIGN", (1, 0), (-1, -1), "LEFT")])
        return [self.p(tr("Husstand"), "h2"), t]

    def incomes(self) -> list:
        rows = [[tr("Inntekt"), tr("Brutto per år"), tr("Skatt per år"), tr("Netto per måned")]]
        for line in self.r.incomes:
            label = _esc(line.label) + (" " + tr("(anslag)") if line.estimate else "")
            rows.append([self.p(label, "cell"),
                         fmt_kr(line.gross_yearly) if line.gross_yearly is not None else "–",
                         fmt_kr(line.tax_yearly) if line.tax_yearly is not None else "–", fmt_kr(line.net_monthly)])
        rows.append([tr("Sum netto inntekt"), "", "", fmt_kr(self.r.income_total)])
        w = self.width
        out = [self.p(tr("Inntekter"), "h2"), _table(rows, [0.46 * w, 0.18 * w, 0.18 * w, 0.18 * w], total=True)]
        if any(line.tax_yearly is not None for line in self.r.incomes):
            out.append(self.p(tr("Skatten er et anslag etter skattereglene for {year} (minstefradrag, personfradrag, "
                                 "trinnskatt og trygdeavgift).").format(year=self.r.case.tax_year), "small"))
        return out

    def living(self) -> list:
        lc = self.r.living
        status = tr("transkribert, ikke bekreftet mot SIFO") if lc.status == "transcribed" else tr("bekreftet")
        rows = [[tr("Livsopphold (kr per måned)"), f"SIFO {lc.sifo_year}", tr("Brukt")]]
        for line in lc.lines:
            if line.sifo or line.used:
                label = line.label + (" " + tr("(eget beløp)") if line.overridden else "")
                if line.detail:
                    label += f" ({line.detail})"
                rows.append([self.p(_esc(label), "cell"), fmt_kr(line.sifo), fmt_kr(line.used)])
        for label, amount in lc.extra:
            rows.append([self.p(_esc(label) + " " + tr("(tillegg)"), "cell"), "–", fmt_kr(amount)])
        rows.append([tr("Sum valgt"), fmt_kr(lc.sifo_total), fmt_kr(lc.chosen)])
        w = self.width
        t = _table(rows, [0.56 * w, 0.22 * w, 0.22 * w], total=True)
        floor = tr("NAVs veiledende satser for økonomisk stønad for husstanden: <b>{floor}</b>, sammenlignet med "
                   "livsopphold uten bil, transport, barnehage/SFO og møbler ({covered}), som satsene ikke dekker. "
                   "Brukt i budsjettet: <b>{used}</b>").format(floor=fmt_kr(lc.nav_floor), covered=fmt_kr(lc.covered),
                                                              used=fmt_kr(lc.used))
        if lc.below_floor:
            floor += tr(" – valgt beløp er lavere enn NAV-satsen, så NAV-satsen er brukt som gulv")
        floor += ". " + tr("Livsoppholdssats (utleggstrekk) til sammenligning: {rate}. Kilde: SIFOs referansebudsjett "
                           "{year} ({status}), SIFO, OsloMet, CC BY 4.0.").format(
            rate=fmt_kr(lc.enforcement_rate), year=lc.sifo_year, status=status)
        return [self.p(tr("Livsopphold"), "h2"), t, Spacer(1, 2), self.p(floor, "small")]

    def costs(self) -> list:
        r = self.r
        w = self.width
        out = [self.p(tr("Andre faste utgifter og boutgifter"), "h2")]
        rows = [[tr("Andre faste utgifter (per måned)"), tr("Beløp")]]
        rows += [[self.p(_esc(c.label), "cell"), fmt_kr(c.amount)] for c in r.other_costs]
        rows.append([tr("Sum andre faste utgifter"), fmt_kr(r.other_costs_total)])
        left = _table(rows, [0.3 * w, 0.17 * w], total=True)
        rows = [[tr("Boutgifter utenom startlånet"), tr("Beløp")]]
        rows += [[self.p(_esc(c.label), "cell"), fmt_kr(c.amount)] for c in r.housing_costs]
        rows.append([tr("Sum boutgifter"), fmt_kr(r.housing_total)])
        right = _table(rows, [0.3 * w, 0.17 * w], total=True)
        out.append(Table([[left, right]], colWidths=[0.5 * w, 0.5 * w], hAlign="LEFT",
                         style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("FONT", (0, 0), (-1, -1), register()[0], 7.5)]))
        h = r.case.housing
        if h.rent_today or h.rent_alternative:
            out.append(self.p(tr("Til sammenligning: husleie i dag {rent}, leie av egnet bolig {alternative} per "
                                 "måned.").format(rent=fmt_kr(h.rent_today), alternative=fmt_kr(h.rent_alternative)),
                              "small"))
        return out

    def budget(self) -> list:
        r = self.r
        rows = [[tr("Budsjett per måned"), tr("Beløp")],
                [tr("Netto inntekt"), fmt_kr(r.income_total)],
                ["− " + tr("Livsopphold"), fmt_kr(r.living.used)],
                ["− " + tr("Andre faste utgifter"), fmt_kr(r.other_costs_total)],
                ["= " + tr("Disponibelt til boutgifter"), fmt_kr(r.available_for_housing)],
                ["− " + tr("Boutgifter utenom startlånet"), fmt_kr(r.housing_total)],
                ["= " + tr("Disponibelt til startlånet"), fmt_kr(r.available_for_startlan)]]
        w = self.width
        t = _table(rows, [0.5 * w, 0.2 * w], total=True,
                   extra=[("FONT", (0, 4), (-1, 4), register()[1], 7.5)])
        return [KeepTogether([self.p(tr("Budsjett før startlånet"), "h2"), t])]

    def column_tables(self, items: list, header, cells, labels: list[str], extra=None) -> list:
        """Items as columns, at most four to a table, the row labels repeated in
        each: wide comparisons split over tables instead of breaking the layout.
        `cells(item)` gives a column's texts; `extra(chunk)` table style commands."""
        w = self.width
        label_w = 0.32 * w
        col_w = (w - label_w) / SCENARIOS_PER_TABLE
        out = []
        for start in range(0, len(items), SCENARIOS_PER_TABLE):
            chunk = items[start:start + SCENARIOS_PER_TABLE]
            columns = [cells(x) for x in chunk]
            rows = [[""] + [self.p(header(x), "cellb") for x in chunk]]
            rows += [[label] + [col[i] for col in columns] for i, label in enumerate(labels)]
            out += [_table(rows, [label_w] + [col_w] * len(chunk), extra=extra(chunk) if extra else None),
                    Spacer(1, 4)]
        return out

    def comparison(self) -> list:
        r = self.r
        out = [CondPageBreak(90 * mm), self.p(tr("Sammenligning av lånealternativer"), "h2")]

        # a row that says "–" for every scenario is noise (the screen hides it too)
        rows_shown = shown_rows(r.scenarios)

        def shading(chunk) -> list:
            cmds = []
            for c, sr in enumerate(chunk, start=1):
                for i, row in enumerate(rows_shown, start=1):
                    state = row.cell(sr).state
                    if state:
                        cmds += [("BACKGROUND", (c, i), (c, i), SHADES[state]),
                                 ("FONT", (c, i), (c, i), register()[1], 7.5)]
            return cmds

        out += self.column_tables(r.scenarios, lambda s: _esc(s.label), lambda sr: cells(rows_shown, sr),
                                  [row.label for row in rows_shown], shading)
        for sr in r.scenarios:
            for note in sr.notes:
                out.append(self.p(f"⚑ {_esc(sr.label)}: {_esc(note)}", "small"))
        out.append(self.p(tr("Merking: ✔ går opp, ! stramt (går opp i dag, men ikke ved stresstest eller etter "
                             "bindingstiden), ✖ går ikke opp. Skyggen følger merkingen, så arket kan leses i "
                             "svart-hvitt."), "small"))
        return out

    def financing(self) -> list:
        """The financing plan per scenario: total cost against its sources."""
        r = self.r
        if not r.case.housing.price:
            return []
        bold = [("FONT", (0, i + 1), (-1, i + 1), register()[1], 7.5) for i, row in enumerate(PLAN_TABLE) if row.bold]
        out = [CondPageBreak(60 * mm), self.p(tr("Finansieringsplan og tilskudd som trengs"), "h2")]
        out += self.column_tables(r.scenarios, lambda s: ("★ " if s.best_plan else "") + _esc(s.label),
                                  lambda s: cells(PLAN_TABLE, s), [row.label for row in PLAN_TABLE],
                                  lambda _chunk: bold)
        out.append(self.p(tr("Startlånet er begrenset av det husstanden kan betjene ved stresstestrenten og av "
                             "boligens verdi (minus banklån). Tilskuddet dekker resten. ★ = minst tilskudd."), "small"))
        if any(sr.carries_no_loan for sr in r.scenarios):
            out.append(self.p(tr("Der det står «kan ikke betjene startlån», går budsjettet ikke opp ved stresstest "
                                 "selv uten lån; et tilskudd alene er ikke vurdert."), "small"))
        return out

    def charts(self, idx: int) -> list:
        curve = rate_curve(self.r, idx, 1)  # for its words only
        note = curve.moves + (" " + curve.off_curve_reason if curve.off_curve_reason else "")
        return [CondPageBreak(120 * mm), self.p(tr("Diagrammer"), "h2"),
                charts.rate_chart(self.r, idx, self.width, 200), self.p(_esc(note), "small"), Spacer(1, 6),
                charts.balance_chart(self.r, self.width, 200)]

    def _text_table(self, header: list[str], rows: list[list[str]], first: float) -> Table:
        w = self.width
        rest = (w - first * w) / (len(header) - 1)
        return _table([header] + rows, [first * w] + [rest] * (len(header) - 1))

    def goalseek(self, idx: int) -> list:
        """"Hva skal til": each figure that makes the scenario's prudent residual 0 kr, with a box to
        tick what was discussed, and the paragraph for a refusal."""
        from ..core.goalseek import refusal_paragraph, summary, table_rows, title

        if not self.r.scenarios:
            return []
        g = self.f.goal
        header, rows = table_rows(g)
        w = self.width
        data = [["☐"] + header] + [["☐"] + [self.p(_esc(c), "cell") if i in (0, 4) else c for i, c in enumerate(row)]
                                   for row in rows]
        data[0][0] = ""
        t = _table(data, [0.04 * w, 0.26 * w, 0.12 * w, 0.21 * w, 0.11 * w, 0.26 * w],
                   extra=[("ALIGN", (0, 0), (0, -1), "CENTER"), ("FONT", (0, 1), (0, -1), register()[0], 10),
                          ("ALIGN", (1, 0), (1, -1), "LEFT"), ("ALIGN", (5, 0), (5, -1), "LEFT"),
                          ("LEFTPADDING", (3, 0), (3, -1), 12), ("LEFTPADDING", (5, 0), (5, -1), 10)])
        return [CondPageBreak(80 * mm), self.p(_esc(title(g)), "h2"), self.p(_esc(summary(g)), "small"),
                Spacer(1, 2), t, Spacer(1, 4),
                self.p(tr("Tekst til vedtaket (kan kopieres)"), "h2"), self.p(_esc(refusal_paragraph(g)), "lead")]

    def years_ahead(self, idx: int) -> list:
        """"De neste årene": the residual month by month for ten years, the events numbered as on
        the chart, and the tightest month of each scenario in words (core/timeline.py)."""
        if not self.r.scenarios:
            return []
        tl = self.f.timeline
        st = tl.scenarios[idx]
        rows = [[str(n), f"{e.date.month:02d}.{e.date.year}", self.p(_esc(e.title), "cell")]
                for n, (_m, evs) in enumerate(sorted(_by_month(tl.all_events(idx)).items()), 1) for e in evs]
        w = self.width
        out = [CondPageBreak(110 * mm), self.p(tr("De neste årene"), "h2"),
               self.p(_esc(f"«{st.label}»: {st.lowest.text}"), "lead"), Spacer(1, 2),
               charts.timeline_chart(tl, idx, w, 210)]
        lows = [[self.p(_esc(o.label), "cellb" if o is st else "cell"), fmt_month(o.lowest.date), fmt_kr(o.lowest.residual)]
                for o in tl.scenarios]
        out += [Spacer(1, 4), _table([[tr("Scenario"), tr("Trangeste måned"), tr("Restbeløp da")]] + lows,
                                     [0.5 * w, 0.25 * w, 0.25 * w], extra=[("ALIGN", (1, 0), (1, -1), "LEFT")])]
        if rows:
            out += [Spacer(1, 4), _table([[tr("Nr."), tr("Fra"), tr("Hendelse")]] + rows, [0.06 * w, 0.12 * w, 0.82 * w],
                                          extra=[("ALIGN", (0, 0), (1, -1), "LEFT"), ("ALIGN", (2, 0), (2, -1), "LEFT")])]
        out += [self.p(_esc("⚠ " + n), "small") for n in tl.notes]
        return out + [Spacer(1, 2), self.p(_esc(basis_text()), "small")]

    def life_events(self, idx: int) -> list:
        """Life events for the sheet's scenario: the case beside a copy with one change each
        (core/variants.py), and how far net income can fall (the income break-even)."""
        if not self.r.scenarios:
            return []
        rows = []
        for row in self.f.variants:
            label = self.p(_esc(row.variant.label), "cellb" if row.variant.key == "original" else "cell")
            sr = row.result
            if sr is None:
                rows.append([label, self.p(_esc(row.error), "cell"), "", ""])
                continue
            rows.append([label, fmt_kr(sr.residual), fmt_kr(row.prudent),
                         f"{MARKS[sr.verdict]} {tr(VERDICT_LABELS[sr.verdict])}"])
        w = self.width
        head = [tr("Hvis …"), tr("Restbeløp i dag"), tr("Ved stresstest¹"), tr("Vurdering")]
        t = _table([head] + rows, [0.46 * w, 0.17 * w, 0.17 * w, 0.2 * w],
                   extra=[("ALIGN", (3, 0), (3, -1), "LEFT")])
        title = tr("Livshendelser – {scenario}").format(scenario=_esc(self.r.scenarios[idx].label))
        return [CondPageBreak(70 * mm), self.p(title, "h2"),
                self.p(_esc(tr("Samme sak med én endring om gangen; saken selv endres ikke. ¹ Eller etter "
                               "bindingstiden der det er lavere.")), "small"), Spacer(1, 2), t, Spacer(1, 3),
                self.p(_esc(self.f.break_even.text()), "lead")]

    def breakcost(self, idx: int) -> list:
        """Over-/underkurs of the scenario's fixed rate (or the first fixed one)."""
        from ..core.breakcost import legend, table_for_case, table_rows

        t = table_for_case(self.r, idx)
        if t is None:
            return []
        header, rows = table_rows(t)
        title = tr("Over- og underkurs ved fast rente – {scenario}").format(scenario=_esc(t.label))
        return [CondPageBreak(50 * mm), self.p(title, "h2"),
                self.p(_esc(tr("{amount} med fast rente {rate} i {years} år, innfridd eller flyttet før "
                               "bindingstiden er ute.").format(amount=fmt_kr(t.fixed_amount),
                                                               rate=fmt_rate(t.agreed_rate_pct), years=t.fixed_years)),
                       "small"),
                self._text_table(header, rows, 0.2), Spacer(1, 2), self.p(_esc(legend()), "small"),
                self.p(_esc(t.sentence()), "lead")]

    def trial_loan(self) -> list:
        """The first-time buyers' trial loan in plain words: what is left at year 10 and the banks' test."""
        trials = [sr for sr in self.r.scenarios if sr.year10 is not None]
        if not trials:
            return []
        out = [CondPageBreak(40 * mm), self.p(tr("Førstegangslån: hva skjer etter 10 år"), "h2")]
        for sr in trials:
            out.append(self.p(f"<b>{_esc(sr.label)}</b>: " + _esc(sr.year10.explanation())))
        return out

    def forcedsale(self, idx: int) -> list:
        """Debt left after a forced sale at falling prices, with its chart."""
        from ..core.forcedsale import for_scenario, legend, table_rows

        fs = for_scenario(self.r, idx)
        if fs is None:
            return []
        header, rows = table_rows(fs)
        out = [CondPageBreak(90 * mm), self.p(tr("Gjeld etter tvangssalg – {scenario}").format(scenario=_esc(fs.label)),
                                              "h2"),
               self.p(_esc(fs.sentence() + (" " + fs.contrast_sentence() if fs.contrast else "")), "lead"),
               Spacer(1, 3), self._text_table(header, rows, 0.14), Spacer(1, 2), self.p(_esc(legend(fs)), "small"),
               Spacer(1, 4), charts.forced_sale_chart(fs, self.width, 200)]
        return out

    def explanation(self, idx: int) -> list:
        """The explanation duty as a record: topic, what was said, ticked and dated."""
        from ..core.explanation import topics

        rows = [["", tr("Tema og tall fra saken"), tr("Forklart")]]
        for t in topics(self.r, idx):
            mark = "☑" if t.explained else "☐"
            rows.append([mark, self.p(f"<b>{_esc(t.title)}</b><br/>{_esc(t.text)}", "cell"),
                         self.p(t.record, "cell")])
        w = self.width
        t = _table(rows, [0.05 * w, 0.75 * w, 0.2 * w],
                   extra=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                          ("FONT", (0, 1), (0, -1), register()[0], 11)])
        return [CondPageBreak(70 * mm), self.p(tr("Forklaringsplikt (finansavtaleloven)"), "h2"), t]

    def sources(self) -> list:
        """The data the figures rest on: the case's own data (each item's figure, date, status)."""
        text, found = basis(self.r.case)
        rows = [[tr("Datagrunnlag"), tr("Tall"), tr("Dato"), tr("Status")]]
        for d in found:
            rows.append([self.p(_esc(d.label), "cell"), self.p(_esc(d.value), "cell"), fmt_date(d.date),
                         self.p(_esc(d.status + (" – " + tr("kan være endret, kontroller") if d.stale else "")),
                                "cell")])
        w = self.width
        return [KeepTogether([self.p(tr("Datagrunnlaget tallene bygger på"), "h2"), self.p(_esc(text), "base"),
                              _table(rows, [0.3 * w, 0.3 * w, 0.13 * w, 0.27 * w],
                                     extra=[("ALIGN", (1, 0), (-1, -1), "LEFT"), ("VALIGN", (0, 0), (-1, -1), "TOP")])])]

    def notes_and_signatures(self) -> list:
        c = self.r.case
        notes = _esc(c.notes).replace("\n", "<br/>") if c.notes else ""
        box = Table([[self.p(notes or " ", "base")]], colWidths=[self.width], rowHeights=[28 * mm],
                    style=[("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONT", (0, 0), (-1, -1), register()[0], 8)])
        sig_w = (self.width - 12 * mm) / 2
        line = "_" * 44
        sig = Table([[line, line], [tr("Sted og dato, saksbehandler"), tr("Sted og dato, søker / medsøker")]],
                    colWidths=[sig_w + 6 * mm] * 2, style=[("FONT", (0, 0), (-1, -1), register()[0], 8),
                                                           ("TOPPADDING", (0, 0), (-1, 0), 18)])
        return [KeepTogether([self.p(tr("Notater"), "h2"), box, Spacer(1, 6), self.p(tr("Underskrifter"), "h2"), sig])]

    def appendix(self, idx: int) -> list:
        sr = self.r.scenarios[idx]
        rows = [[tr("År"), tr("Renter"), tr("Avdrag"), tr("Gebyrer"), tr("Innbetalt"), tr("Restgjeld")]]
        for y in sr.schedule.yearly():
            rows.append([str(y["year"]), fmt_number(y["interest"]), fmt_number(y["principal"]),
                         fmt_number(y["fees"]), fmt_number(y["paid"]), fmt_number(y["balance"])])
        rows.append([tr("Sum"), fmt_number(sr.total_interest), fmt_number(sr.spec.amount),
                     fmt_number(sr.schedule.total_fees), fmt_number(sr.total_paid), ""])
        w = self.width
        return [PageBreak(), self.p(tr("Vedlegg: nedbetalingsplan per år – {scenario}").format(scenario=_esc(sr.label)), "h2"),
                self.p(tr("Beløp i kroner. Etableringsgebyr {fee} er med i summen av gebyrer.").format(
                    fee=fmt_kr(sr.spec.establishment_fee)), "small"),
                _table(rows, [0.1 * w] + [0.18 * w] * 5, total=True)]


def _by_month(events: list) -> dict:
    out: dict[int, list] = {}
    for e in events:
        out.setdefault(e.month, []).append(e)
    return out


def build_pdf(result: CaseResult, options: SheetOptions | None = None, figures: SheetFigures | None = None) -> bytes:
    """The budget sheet as PDF bytes (PDF/A-2b). `figures`: the sheet's figures
    for `result` where the caller has them (`sheet_figures`), else computed here."""
    options = options or SheetOptions()
    return render(result.case, Sheet(result, options, figures).story(), tr(TITLE), tr("Beregning av betjeningsevne"),
                  options.created)


def render(case, story: list, title: str, subject: str, created: dt.datetime | None) -> bytes:
    """Lay out a story on A4 with the header, page numbers and PDF/A metadata."""
    created = created or dt.datetime.now()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm,
                            bottomMargin=18 * mm, title=f"{title} {case.reference}".strip(),
                            author=case.municipality or "Startlån Desktop", subject=subject,
                            creator="Startlån Desktop", lang=PDF_LANG.get(language(), "nb-NO"),
                            initialFontName=register()[0])
    header = {"municipality": case.municipality, "reference": case.reference, "caseworker": case.caseworker,
              "date": fmt_date(case.assessment_date), "created": created.strftime("%d.%m.%Y %H:%M"),
              "title": title, "example": getattr(case, "example", False)}
    canvas_cls = type("SheetCanvas", (_Numbered,), {"header": header})
    doc.build(story, canvasmaker=canvas_cls)
    from .pdfa import to_pdfa

    return to_pdfa(buf.getvalue(), title=doc.title, author=doc.author, subject=doc.subject, created=created)


def write_pdf(result: CaseResult, path, options: SheetOptions | None = None,
              figures: SheetFigures | None = None) -> None:
    from ..core.casefile import atomic_write

    atomic_write(path, build_pdf(result, options, figures), backup=False)
