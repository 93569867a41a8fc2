"""`startlan`: the calculator from the command line (compute, schedule, quick
loan/SIFO/tax figures). Bad input exits 2 with one line on stderr."""

from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import sys

from .core import data
from .core.errors import CaseFileError, ValidationError
from .core.formatting import fmt_date, fmt_kr, fmt_number, fmt_pct, fmt_rate
from .core.i18n import tr
from .i18n import APPLICANT_LANGUAGES

EXIT_USAGE = 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line, not usage + traceback
        raise UsageError(message)


def _num(text: str) -> float:
    from .core.formatting import parse_number

    try:
        return parse_number(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke et tall: {text!r}") from None


def _kind(kind: str):
    """An argparse type reading the option as the window reads a field of that
    kind (core/parsing.py): in kroner `28.400` is 28 400 kr and `1,234` is
    refused; in a rate `4.275` and `4,275` are the same."""
    def parse(text: str) -> float:
        from .core.parsing import ParseError
        from .core.parsing import parse as parse_kind

        try:
            return parse_kind(kind, text)
        except ParseError as exc:
            raise argparse.ArgumentTypeError(f"{exc.message} ({text!r})") from None
    parse.__name__ = kind
    return parse


_money, _rate, _decimal = _kind("money"), _kind("rate"), _kind("decimal")


def _lines(pairs: list[tuple[str, str]]) -> None:
    """Label: value lines with the values in one column."""
    width = max(len(label) for label, _ in pairs) + 2
    for label, value in pairs:
        print(f"{label + ':':<{width}}{value}")


def _cannot_write(path, exc: OSError) -> str:
    from .core.casefile import os_error

    return tr("kunne ikke skrive {file}: {error}").format(file=path, error=os_error(exc))


def _int(text: str) -> int:
    v = _num(text)
    if v != int(v):
        raise argparse.ArgumentTypeError(f"ikke et heltall: {text!r}")
    return int(v)


# --- case commands -----------------------------------------------------------

def _load_result(path: str, current_data: bool = False):
    """A case's budget with its own data, or with the data in force (`--current-data`)."""
    from .core import casefile
    from .core.budget import compute

    case = casefile.load(path)
    if current_data:
        from .core.datapack import move_to_current

        move_to_current(case)
    return compute(case)


def _round(x, nd=2):
    return None if x is None else round(x, nd)


def scenario_json(sr) -> dict:
    s = sr.scenario
    return {
        "label": sr.label, "loan_amount": _round(sr.spec.amount), "term_years": s.term_years,
        "term_extra_months": s.term_extra_months, "repayment": s.repayment,
        "terms_per_year": s.terms_per_year, "rate_type": s.rate_type,
        "fixed_years": sr.fixed_years,
        "nominal_rate_pct": _round(sr.nominal_rate_pct, 4), "interest_only_years": s.interest_only_years,
        "monthly_payment": _round(sr.monthly_payment), "first_payment": _round(sr.first_payment),
        "first_year_interest": _round(sr.first_year_interest),
        "first_year_principal": _round(sr.first_year_principal),
        "total_interest": _round(sr.total_interest), "total_paid": _round(sr.total_paid),
        "effective_rate_pct": _round(sr.effective_rate_pct, 4),
        "interest_deduction": _round(sr.interest_deduction),
        "housing_cost_new": _round(sr.housing_cost_new), "left_for_living": _round(sr.left_for_living),
        "residual": _round(sr.residual), "stress_rate_pct": _round(sr.stress_rate_pct, 4),
        "stress_rule": sr.stress_rule, "residual_stressed": _round(sr.residual_stressed),
        "rate_after_fixed_pct": _round(sr.rate_after_fixed_pct, 4),
        "payment_after_fixed": _round(sr.payment_after_fixed),
        "residual_after_fixed": _round(sr.residual_after_fixed),
        "break_even_rate_pct": _round(sr.break_even_rate_pct, 4),
        "max_loan": _round(sr.max_loan), "max_loan_today": _round(sr.max_loan_today),
        "verdict": sr.verdict, "verdict_text": " ".join(sr.reasons),
        "interest_only_months": sr.spec.interest_only_months,
        "stress_rise_pp": _round(sr.stress_rise_pp, 4), "binding_phase": sr.binding_phase,
        "phases": [{"phase": f.phase.key, "from_month": f.phase.start_month + 1, "payment": _round(f.payment),
                    "interest_deduction": _round(f.deduction), "other_costs": _round(f.other_costs),
                    "residual": _round(f.residual)} for f in sr.phases],
        "fixed_share_pct": s.fixed_share_pct if s.rate_type == "split" else None,
        "outside_usual_terms": sr.notes,
        "grant_needed": sr.plan.grant if sr.plan else None,
        "startlan_amount": sr.plan.startlan if sr.plan else None,
        "bank_loan_amount": sr.plan.bank_loan if sr.plan else None,
        "total_cost": sr.plan.total_cost if sr.plan else None,
        "financing_plan": None if sr.plan is None else {
            "price": sr.plan.price, "common_debt": sr.plan.common_debt, "document_fee": sr.plan.document_fee,
            "registration_fees": sr.plan.registration_fees, "other_costs": sr.plan.other_costs,
            "equity": sr.plan.equity, "bank_loan": sr.plan.bank_loan, "startlan": sr.plan.startlan,
            "grant": sr.plan.grant, "startlan_limited_by": sr.plan.startlan_cap_reason,
            "smallest_grant": sr.best_plan},
        "year10": year10_json(sr.year10),
    }


def year10_json(t) -> dict | None:
    """The trial loan's year-10 test (None for other loans)."""
    if t is None:
        return None
    return {"balance": _round(t.balance), "home_value": _round(t.value),
            "share_of_value": {str(f): _round(v, 4) for f, v in t.shares.items()},
            "debt_left_after_sale": {str(f): _round(v) for f, v in t.left_after_sale.items()},
            "bank_rate_pct": _round(t.bank_rate_pct, 4), "bank_stress_rate_pct": _round(t.stress_rate_pct, 4),
            "refinance_years": 20, "bank_payment": _round(t.bank_payment), "residual": _round(t.residual),
            "debt_total": _round(t.debt_total), "gross_income_yearly": _round(t.gross_income),
            "debt_limit": _round(t.debt_limit), "income_basis": "today",
            "passes_payment": t.passes_payment, "passes_debt": t.passes_debt, "passes": t.passes,
            "text": t.verdict_text()}


def result_json(result) -> dict:
    from .core.explanation import topics

    lc = result.living
    h = result.case.housing
    return {
        "reference": result.case.reference,
        "income_net_monthly": _round(result.income_total),
        "incomes": [{"label": i.label, "kind": i.kind, "net_monthly": _round(i.net_monthly),
                     "gross_yearly": _round(i.gross_yearly), "tax_yearly": _round(i.tax_yearly),
                     "estimate": i.estimate} for i in result.incomes],
        "living_costs": {"sifo_year": lc.sifo_year, "sifo_total": _round(lc.sifo_total),
                         "chosen": _round(lc.chosen), "nav_floor": _round(lc.nav_floor),
                         "used": _round(lc.used), "enforcement_rate": _round(lc.enforcement_rate),
                         "below_nav_floor": lc.below_floor,
                         "categories": {ln.category: _round(ln.used) for ln in lc.lines}},
        "other_costs_total": _round(result.other_costs_total),
        "housing_costs_total": _round(result.housing_total),
        "available_for_housing": _round(result.available_for_housing),
        "available_for_startlan": _round(result.available_for_startlan),
        "rent_today": _round(h.rent_today), "rent_alternative": _round(h.rent_alternative),
        "scenarios": [scenario_json(s) for s in result.scenarios],
        "explanations": [{"topic": t.key, "title": t.title, "text": t.text, "explained": t.explained,
                          "date": t.date or None} for t in topics(result, 0)] if result.scenarios else [],
        "sources": [{"key": d.key, "label": d.label, "date": d.date, "status": d.status,
                     "stale": d.stale} for d in result.sources],
        "warnings": result.warnings,
    }


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    out = []
    for n, r in enumerate([header] + rows):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def cmd_compute(args) -> int:
    from .core.rows import rows_shown

    result = _load_result(args.case, args.current_data)
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False, indent=1))
        return 0
    lc = result.living
    c = result.case
    print(tr("Sak {reference}").format(reference=c.reference or "–") + f"  {c.municipality}  {c.caseworker}")
    _lines([(tr("Netto inntekt per måned"), fmt_kr(result.income_total)),
            (tr("Livsopphold (SIFO {year})").format(year=lc.sifo_year),
             fmt_kr(lc.chosen) + "  " + tr("(NAV-gulv {nav}, brukt {used})").format(nav=fmt_kr(lc.nav_floor),
                                                                                    used=fmt_kr(lc.used))),
            (tr("Andre faste utgifter"), fmt_kr(result.other_costs_total)),
            (tr("Boutgifter utenom startlån"), fmt_kr(result.housing_total)),
            (tr("Disponibelt til startlån"), fmt_kr(result.available_for_startlan))])
    print()
    header = [""] + [s.label for s in result.scenarios]
    rows = rows_shown(result.scenarios, only_trial=True)
    print(_table(header, [[row.label] + [row.text(s) for s in result.scenarios] for row in rows]))
    for sr in result.scenarios:
        if sr.year10 is not None:
            print(f"{sr.label}: {sr.year10.explanation()}")
    for w in result.warnings:
        print(tr("Merk: {warning}").format(warning=w))
    return 0


def cmd_schedule(args) -> int:
    result = _load_result(args.case)
    n = len(result.scenarios)
    if not 1 <= args.scenario <= n:
        raise UsageError(tr("--scenario må være mellom 1 og {n}").format(n=n))
    sched = result.scenarios[args.scenario - 1].schedule
    if args.csv:
        sys.stdout.write(sched.csv(args.yearly))
        return 0
    from .core.rows import schedule_headers

    head = schedule_headers(args.yearly)
    rows = [[str(r[0])] + [fmt_number(v) for v in r[1:]] for r in sched.rows(args.yearly)]
    print(_table(head, rows))
    return 0


def cmd_pdf(args) -> int:
    if args.follow_up:
        from .core import casefile
        from .core.casefile import atomic_write
        from .core.followup import compute_followup
        from .reports.followup_sheet import build_followup_pdf

        try:
            atomic_write(args.output, build_followup_pdf(compute_followup(casefile.load(args.case))), backup=False)
        except OSError as exc:
            raise UsageError(_cannot_write(args.output, exc)) from None
        return 0
    if args.lang in APPLICANT_LANGUAGES and not args.applicant:
        raise UsageError(tr("--lang {code} gjelder bare arket til søkeren (--applicant)").format(code=args.lang))
    if not args.applicant:
        return _budget_sheet(args)
    result = _load_result(args.case)
    _scenario_of(result, args.scenario)
    try:
        from .i18n import speaking
        from .reports.applicant_sheet import ApplicantOptions, write_applicant_pdf

        with speaking(args.lang):  # the applicant's language: the page only
            if args.lang in APPLICANT_LANGUAGES:
                from .core.budget import compute

                result = compute(result.case)  # every text of the result in that language
            write_applicant_pdf(result, args.output, ApplicantOptions(args.scenario - 1, args.contact))
    except OSError as exc:
        raise UsageError(_cannot_write(args.output, exc)) from None
    return 0


def _sheet_figures(args):
    """The budget sheet's result and figures: the case loaded, computed and its
    scenario checked (UsageError, ValidationError, CaseFileError as for any command)."""
    from .core.sheetfigures import sheet_figures

    result = _load_result(args.case)
    return result, sheet_figures(result, _scenario_of(result, args.scenario))


def _budget_sheet(args) -> int:
    """`startlan pdf`: the figures are computed in a second process while this
    one loads reportlab and the fonts, the two halves of its time (ahead.py;
    in one process where that cannot be, with the same messages either way)."""
    from functools import partial

    from . import ahead

    work = partial(_sheet_figures, args)
    with ahead.start(work) as figures_ahead:
        from .reports.budget_sheet import SheetOptions, write_pdf
        from .reports.fonts import register

        register()
        result, figures = figures_ahead.result(work)
    try:
        write_pdf(result, args.output, SheetOptions(scenario=args.scenario - 1, schedule=args.schedule), figures)
    except OSError as exc:
        raise UsageError(_cannot_write(args.output, exc)) from None
    return 0


def _scenario_of(result, number: int):
    n = len(result.scenarios)
    if not 1 <= number <= n:
        raise UsageError(tr("--scenario må være mellom 1 og {n}").format(n=n))
    return number - 1


def breakcost_json(t) -> dict:
    return {"label": t.label, "agreed_rate_pct": _round(t.agreed_rate_pct, 4), "fixed_years": t.fixed_years,
            "fixed_amount": _round(t.fixed_amount), "text": t.sentence(),
            **({"fixed_until": t.fixed_until, "fixed_months": t.fixed_months} if t.fixed_until else {}),
            "cells": [{"years": y, "move_pp": m, "new_rate_pct": _round(c.new_rate_pct, 4),
                       "balance": _round(c.balance), "remaining_months": c.remaining_months, "cost": _round(c.cost)}
                      if (c := t.cell(y, m)) else {"years": y, "move_pp": m, "cost": None}
                      for y in t.years for m in t.moves_pp]}


def cmd_breakcost(args) -> int:
    from .core.breakcost import legend, scenario_table, table_rows

    if args.existing:  # a follow-up case: the running loan's fixed rate
        from .core import casefile
        from .core.followup import existing_breakcost

        case = casefile.load(args.case)
        if case.existing is None:
            raise UsageError(tr("saken har ikke noe eksisterende lån å følge opp"))
        t = existing_breakcost(case)
        if t is None:
            raise UsageError(tr("det eksisterende lånet har flytende rente, eller bindingstiden er over: ingen over- "
                                "eller underkurs"))
    else:
        if args.scenario is None:
            raise UsageError(tr("oppgi --scenario N, eller --existing for sakens eksisterende lån"))
        result = _load_result(args.case)
        idx = _scenario_of(result, args.scenario)
        t = scenario_table(result.scenarios[idx])
        if t is None:
            raise UsageError(tr("scenario {n} har flytende rente: ingen over- eller underkurs").format(n=args.scenario))
    if args.json:
        print(json.dumps(breakcost_json(t), ensure_ascii=False, indent=1))
        return 0
    header, rows = table_rows(t)
    print(t.title())
    print(_table(header, rows))
    print(legend())
    print(t.sentence())
    return 0


def forcedsale_json(fs) -> dict:
    return {"label": fs.label, "value": _round(fs.value), "common_debt": _round(fs.common_debt),
            "forced_sale_fee": _round(fs.fee), "agent_cost_pct": fs.agent_pct, "price_falls_pct": list(fs.falls),
            "net_proceeds": {str(f): _round(v) for f, v in fs.proceeds.items()},
            "text": fs.sentence(), "contrast_text": fs.contrast_sentence() or None,
            "years": [{"year": y.year, "startlan_balance": _round(y.startlan), "bank_balance": _round(y.bank),
                       "debt": _round(y.debt), "debt_left": {str(f): _round(v) for f, v in y.left.items()}}
                      for y in fs.years]}


def cmd_forcedsale(args) -> int:
    from .core.forcedsale import for_scenario, legend, table_rows

    result = _load_result(args.case)
    idx = _scenario_of(result, args.scenario)
    fs = for_scenario(result, idx)
    if fs is None:
        raise UsageError(tr("saken har ingen kjøpesum: gjeld etter salg kan ikke beregnes"))
    if args.json:
        print(json.dumps(forcedsale_json(fs), ensure_ascii=False, indent=1))
        return 0
    header, rows = table_rows(fs)
    print(tr("Gjeld etter tvangssalg for «{scenario}»: boligens verdi {value}, salgskostnader {fee} + {pct} "
             "meglerkostnad").format(scenario=fs.label, value=fmt_kr(fs.value), fee=fmt_kr(fs.fee),
                                     pct=fmt_pct(fs.agent_pct, 1)))
    print(_table(header, rows))
    print(legend(fs))
    print(fs.sentence())
    if fs.contrast:
        print(fs.contrast_sentence())
    return 0


def goalseek_json(g) -> dict:
    from .core.goalseek import refusal_paragraph, title

    return {"label": g.label, "title": title(g), "prudent_residual": _round(g.residual), "holds": g.holds,
            "children": g.children, "refusal_text": refusal_paragraph(g),
            "answers": [{"key": a.key, "label": a.label, "unit": a.unit, "current": _round(a.current),
                         "value": _round(a.value), "change": _round(a.change), "residual_at_value": _round(a.residual),
                         "exact": a.exact, "limit": a.limit or None, "limit_text": a.limit_text or None,
                         "references": {k: _round(v) for k, v in a.references.items()}} for a in g.answers]}


def cmd_goalseek(args) -> int:
    from .core import casefile
    from .core.budget import compute
    from .core.goalseek import goal_seek, refusal_paragraph, summary, table_rows, title

    case = casefile.load(args.case)
    result = compute(case)
    g = goal_seek(case, _scenario_of(result, args.scenario))
    if args.json:
        print(json.dumps(goalseek_json(g), ensure_ascii=False, indent=1))
        return 0
    print(title(g))
    print(summary(g))
    header, rows = table_rows(g)
    print(_table(header, rows))
    print()
    print(refusal_paragraph(g))
    return 0


def _event_json(e) -> dict:
    return {"month": e.month, "date": e.date.isoformat(), "kind": e.kind, "text": e.title}


def timeline_json(tl, indices: list[int]) -> dict:
    """The timeline with every month's figures (kr per month, today's kroner)."""
    from .core.timeline import basis_text

    def low(st):
        lo = st.lowest
        return {"month": lo.month, "date": lo.date.isoformat(), "residual": _round(lo.residual),
                "since_month": lo.since, "causes": [_event_json(e) for e in lo.causes], "text": lo.text}

    return {"start": tl.start.isoformat(), "months": tl.months, "basis": basis_text(), "notes": tl.notes,
            "dates": [tl.date_of(m).isoformat()[:7] for m in range(tl.months)],
            "income": [_round(x) for x in tl.income], "living_costs": [_round(x) for x in tl.living],
            "other_costs": [_round(x) for x in tl.other_costs],
            "events": [_event_json(e) for e in tl.events],
            "scenarios": [{"number": i + 1, "label": tl.scenarios[i].label,
                           "payment": [_round(x) for x in tl.scenarios[i].payment],
                           "residual": [_round(x) for x in tl.scenarios[i].residual],
                           "events": [_event_json(e) for e in tl.scenarios[i].events],
                           "lowest": low(tl.scenarios[i]),
                           "years": [{"year": y.year, "months": y.months, "lowest": _round(y.lowest[i]),
                                      "average": _round(y.average[i])} for y in tl.years()]}
                          for i in indices]}


def cmd_timeline(args) -> int:
    from .core.budget import years_ahead
    from .core.timeline import basis_text

    result = _load_result(args.case)
    indices = list(range(len(result.scenarios))) if args.scenario is None else [_scenario_of(result, args.scenario)]
    tl = years_ahead(result)
    if args.json:
        print(json.dumps(timeline_json(tl, indices), ensure_ascii=False, indent=1))
        return 0
    print(tr("De neste årene: restbeløp per måned i den trangeste måneden hvert år"))
    header = [tr("År")] + [tl.scenarios[i].label for i in indices]
    rows = [[str(y.year) if y.months == 12 else f"{y.year} ({tr('%n mnd', None, y.months)})"]
            + [fmt_kr(y.lowest[i]) for i in indices] for y in tl.years()]
    print(_table(header, rows))
    print()
    print(tr("Hendelser"))
    for e in tl.events:
        print(f"  {e.date.strftime('%m.%Y')}  {e.title}")
    for i in indices:
        for e in tl.scenarios[i].events:
            print(f"  {e.date.strftime('%m.%Y')}  {e.title} ({tl.scenarios[i].label})")
    print()
    for i in indices:
        print(f"{tl.scenarios[i].label}: {tl.scenarios[i].lowest.text}")
    for note in tl.notes:
        print(tr("Merk: {warning}").format(warning=note))
    print()
    print(basis_text())
    return 0


def variants_json(table, indices: list[int], breaks: list) -> dict:
    return {"scenarios": [{"number": i + 1, "label": table.labels[i]} for i in indices],
            "variants": [{"key": row.variant.key, "label": row.variant.label, "note": row.variant.note or None,
                          "error": row.error or None,
                          "scenarios": None if row.result is None else [
                              {"number": i + 1, "residual": _round(row.result.scenarios[i].residual),
                               "residual_stressed": _round(row.result.scenarios[i].residual_stressed),
                               "prudent_residual": _round(row.prudent(i)), "verdict": row.verdict(i),
                               "lowest_ahead": _round(row.result.scenarios[i].lowest_ahead.residual)
                               if row.result.scenarios[i].lowest_ahead else None} for i in indices]}
                         for row in table.rows],
            "income_break_even": [{"number": b.index + 1, "income": _round(b.income), "lowest_income": _round(b.lowest),
                                   "fall": _round(b.fall), "fall_pct": _round(b.fall_pct), "text": b.text()}
                                  for b in breaks]}


def cmd_variants(args) -> int:
    from .core import casefile
    from .core.rows import MARKS
    from .core.variants import compute_variants, income_break_even

    case = casefile.load(args.case)
    if not 0 <= args.price_shock <= 100:
        raise UsageError(tr("--price-shock må være mellom 0 og 100"))
    table = compute_variants(case, args.price_shock)
    result = table.original
    indices = list(range(len(result.scenarios))) if args.scenario is None else [_scenario_of(result, args.scenario)]
    breaks = [income_break_even(case, i) for i in indices]
    if args.json:
        print(json.dumps(variants_json(table, indices, breaks), ensure_ascii=False, indent=1))
        return 0
    print(tr("Livshendelser: restbeløp ved stresstest (eller etter bindingstiden) per måned"))
    rows = []
    for row in table.rows:
        cells = [row.error or "–"] * len(indices) if row.result is None else [
            f"{fmt_kr(row.prudent(i))} {MARKS[row.verdict(i)]}" for i in indices]
        rows.append([row.variant.label] + cells)
    print(_table([tr("Variant")] + [table.labels[i] for i in indices], rows))
    notes = [f"{row.variant.label}: {row.variant.note}" for row in table.rows if row.variant.note and row.result]
    for n in notes:
        print(tr("Merk: {warning}").format(warning=n))
    print()
    for b in breaks:
        print(f"{table.labels[b.index]}: {b.text()}")
    return 0


def cmd_example(args) -> int:
    from .core import casefile
    from .core.example import example_case, followup_case

    sys.stdout.write(casefile.dumps(followup_case() if args.follow_up else example_case()))
    return 0


def relief_json(fu) -> dict:
    e = fu.expiry
    return {
        "reference": fu.budget.case.reference,
        "balance": _round(fu.loan.balance), "arrears": _round(fu.loan.arrears), "arrears_days": fu.loan.arrears_days,
        "available_for_startlan": _round(fu.budget.available_for_startlan),
        "expiry": None if e is None else {
            "fixed_until": e.fixed_until.isoformat(), "months_left": e.months_left, "rate_now_pct": e.rate_now,
            "rate_after_pct": _round(e.rate_after, 4), "payment_now": _round(e.payment_now),
            "payment_after": _round(e.payment_after), "jump": _round(e.jump), "residual_after": _round(e.residual_after),
            "soon": e.soon, "ended": e.ended},
        "reliefs": [{"label": r.label, "payment_during": _round(r.payment_during),
                     "payment_after": _round(r.payment_after), "relief_months": r.relief_months,
                     "back_to_ordinary": r.back_to_ordinary.isoformat() if r.back_to_ordinary else None,
                     "ends": r.ends.isoformat(), "total_interest": _round(r.total_interest),
                     "extra_interest": _round(r.extra_interest), "total_paid": _round(r.total_paid),
                     "residual_during": _round(r.residual_during), "residual_after": _round(r.residual_after),
                     "residual_stressed": _round(r.residual_stressed), "chosen": r.relief.chosen, "notes": r.notes,
                     "reason": r.relief.reason, "refinance_debts": r.relief.refinance_debts,
                     "phases": [{"kind": ph.kind, "from": ph.start.isoformat(), "months": ph.months,
                                 "payment": _round(ph.payment), "rate_pct": _round(ph.rate_pct, 4),
                                 "residual": _round(ph.residual)} for ph in r.phases]}
                    for r in fu.reliefs],
    }


def cmd_relief(args) -> int:
    from .core import casefile
    from .core.followup import compute_followup
    from .core.rows import RELIEF_ROWS

    fu = compute_followup(casefile.load(args.case))
    if args.json:
        print(json.dumps(relief_json(fu), ensure_ascii=False, indent=1))
        return 0
    loan = fu.loan
    print(tr("Sak {reference}: {loan}, restgjeld {balance}, restanse {arrears} ({days} dager)").format(
        reference=fu.budget.case.reference or "–", loan=loan.label, balance=fmt_kr(loan.balance),
        arrears=fmt_kr(loan.arrears), days=loan.arrears_days))
    if fu.expiry:
        e = fu.expiry
        print(tr("Fastrente til {date}: terminbeløpet går fra {now} til {after} ({jump} mer), restbeløp etter: "
                 "{residual}").format(date=fmt_date(e.fixed_until), now=fmt_kr(e.payment_now),
                                      after=fmt_kr(e.payment_after), jump=fmt_kr(e.jump),
                                      residual=fmt_kr(e.residual_after)))
    print()
    header = [""] + [r.label for r in fu.reliefs]
    print(_table(header, [[row.label] + [row.text(r) for r in fu.reliefs] for row in RELIEF_ROWS]))
    return 0


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _worker_language(code: str) -> None:
    """A worker process of the expiry scan speaks the CLI's language."""
    if code != "nb":
        from .i18n import set_language

        set_language(code)


def cmd_expiries(args) -> int:
    from .core.expiries import scan

    # every core the machine gives this process: 10 000 files within 5 s (issue 23)
    rows, skipped = scan(args.folder, workers=_cpus(), initializer=_worker_language, initargs=(args.lang,))
    if args.csv:
        from .core.expiries import to_csv

        sys.stdout.write(to_csv(rows))
    else:
        from .core.rows import EXPIRY_COLUMNS

        print(_table([row.label for row in EXPIRY_COLUMNS], [[row.text(r) for row in EXPIRY_COLUMNS] for r in rows]))
    for name, why in skipped:
        print(tr("Hoppet over {file}: {reason}").format(file=name, reason=why), file=sys.stderr)
    return 0


# --- data packs ------------------------------------------------------------------

def cmd_data(args) -> int:
    from .core import datapack

    if args.action == "show":
        rows = [[name, figure, fmt_date(date), status + (" ⚠ " + tr("kontroller") if stale else "")]
                for name, figure, date, status, stale in datapack.status_rows()]
        print(_table([tr("Data"), tr("I kraft"), tr("Dato"), tr("Status")], rows))
        return 0
    if args.action == "export":
        sys.stdout.write(json.dumps(datapack.export_pack(), ensure_ascii=False, indent=1) + "\n")
        return 0
    if not args.file:
        raise UsageError(tr("oppgi datapakken: startlan data import PAKKE.json"))
    try:
        doc = datapack.read_pack_file(args.file)
        found = datapack.preview(doc) if args.dry_run else datapack.apply(doc)
    except datapack.DataPackError as exc:
        raise UsageError(tr("datapakken er avvist, ingenting er endret: {error}").format(error=exc)) from None
    except OSError as exc:
        raise UsageError(_cannot_write(datapack.user_path(), exc)) from None
    for c in found:
        print(c.text)
    if not found:
        print(tr("Ingen endringer: datapakken har de samme tallene som gjelder nå."))
    elif args.dry_run:
        print(tr("Prøvekjøring: ingenting er endret."))
    else:
        print(tr("Importert. Oppdaterte dataelementer: {n}.").format(n=len(found)))
    return 0


# --- quick figures -------------------------------------------------------------

def cmd_loan(args) -> int:
    from .core import loans

    months = round(args.years * 12)
    if args.payment is not None:
        spec = loans.LoanSpec(0, args.rate, months, args.repayment, args.terms_per_year,
                              round(args.interest_only_years * 12), 0, args.term_fee)
        loans.validate(spec)
        value = loans.max_loan_for_payment(args.payment, spec)
        print(json.dumps({"max_loan": round(value, 2)}) if args.json
              else tr("Største lån: {amount}").format(amount=fmt_kr(value)))
        return 0
    if args.amount is None:
        raise UsageError(tr("oppgi --amount (lånebeløp) eller --payment (terminbeløp)"))
    spec = loans.LoanSpec(args.amount, args.rate, months, args.repayment, args.terms_per_year,
                          round(args.interest_only_years * 12), args.establishment_fee, args.term_fee)
    s = loans.build_schedule(spec)
    doc = {"first_payment": round(s.first_payment, 2),
           "payment_after_interest_only": round(s.payment_after_interest_only, 2),
           "total_interest": round(s.total_interest, 2), "total_paid": round(s.total_paid, 2),
           "effective_rate_pct": _round(s.effective_rate_pct, 4), "terms": spec.n_terms}
    if args.json:
        print(json.dumps(doc))
    else:
        _lines([(tr("Første terminbeløp"), fmt_kr(s.first_payment)),
                (tr("Terminbeløp etter avdragsfri"), fmt_kr(s.payment_after_interest_only)),
                (tr("Sum renter"), fmt_kr(s.total_interest)), (tr("Sum innbetalt"), fmt_kr(s.total_paid)),
                (tr("Effektiv rente"), fmt_rate(s.effective_rate_pct)), (tr("Terminer"), str(spec.n_terms))])
    return 0


_SPEC = re.compile(r"^(?P<sex>[fmk]):(?P<age>\d{1,3})(?P<mo>mo)?(?::(?P<flags>[a-z,]*))?$")
_FLAGS = {"ticket", "noticket", "barnehage", "sfo", "pregnant", "breastfeeding", "student", "pensioner"}


def parse_member(spec: str):
    """`f|m:AGE[:flag,...]`, AGE in years or `4mo` for months."""
    from .core.model import Member

    m = _SPEC.match(spec.strip().lower())
    if not m:
        raise UsageError(tr("ugyldig --member {spec}: bruk f|m:ALDER[:flagg,...], f.eks. f:34 eller m:4mo").format(
            spec=repr(spec)))
    flags = set(filter(None, (m["flags"] or "").split(",")))
    if flags - _FLAGS:
        raise UsageError(tr("ukjent flagg {flag} i --member {spec}").format(flag=repr(sorted(flags - _FLAGS)[0]),
                                                                             spec=repr(spec)))
    age = int(m["age"])
    years, months = (age // 12, age % 12) if m["mo"] else (age, 0)
    ticket = True if "ticket" in flags else False if "noticket" in flags else None
    return Member(role="child" if years < 18 else "applicant", age_years=years, age_months=months,
                  sex="f" if m["sex"] in "fk" else "m", ticket=ticket, kindergarten="barnehage" in flags,
                  after_school="sfo" in flags, pregnant="pregnant" in flags,
                  breastfeeding="breastfeeding" in flags, student="student" in flags,
                  pensioner="pensioner" in flags)


def cmd_sifo(args) -> int:
    import datetime as dt

    from .core import living
    from .core.model import LivingCostChoices
    from .core.validation import validate_member

    members = [parse_member(s) for s in args.member]
    for m in members:
        validate_member(m)
    if args.petrol_cars < 0 or args.electric_cars < 0:
        raise UsageError(tr("antall biler kan ikke være negativt"))
    choices = LivingCostChoices(sifo_year=args.year, petrol_cars=args.petrol_cars, electric_cars=args.electric_cars)
    today = dt.date.today()
    cats, _ = living.sifo_budget(members, choices, today)
    total = sum(cats.values())
    floor = living.nav_floor(members, today)
    if args.json:
        print(json.dumps({"year": args.year, "categories": {k: round(v, 2) for k, v in cats.items()},
                          "total": round(total, 2), "nav_floor": round(floor, 2)}, ensure_ascii=False))
        return 0
    rows = [[tr(living.CATEGORY_LABELS[k]), fmt_kr(v)] for k, v in cats.items()]
    rows += [[tr("Sum SIFO"), fmt_kr(total)], [tr("NAVs veiledende sats (gulv)"), fmt_kr(floor)]]
    print(_table([f"SIFO {args.year}", tr("kr per måned")], rows))
    return 0


def cmd_tax(args) -> int:
    from .core import tax

    e = tax.estimate(args.wage, args.pension, args.year, args.finnmark, age=args.age)
    if args.json:
        print(json.dumps({"year": args.year, "tax": round(e.tax, 2), "net_yearly": round(e.net_yearly, 2),
                          "net_monthly": round(e.net_monthly, 2), "ordinary_tax": round(e.ordinary_tax, 2),
                          "bracket_tax": round(e.bracket_tax, 2), "social_security": round(e.social_security, 2),
                          "pension_credit": round(e.pension_credit, 2), "estimate": True}))
        return 0
    print(tr("Skatteestimat {year} (anslag)").format(year=args.year))
    for label, v in ((tr("Skatt på alminnelig inntekt"), e.ordinary_tax), (tr("Trinnskatt"), e.bracket_tax),
                     (tr("Trygdeavgift"), e.social_security), (tr("Skattefradrag pensjon"), -e.pension_credit),
                     (tr("Sum skatt"), e.tax), (tr("Netto per år"), e.net_yearly), (tr("Netto per måned"), e.net_monthly)):
        print(f"  {label:<30}{fmt_kr(v):>16}")
    return 0


def build_parser() -> _Parser:
    p = _Parser(prog="startlan", description="Startlån: beregning av betjeningsevne.")
    p.add_argument("--lang", choices=("nb", "nn", "en"), default="nb",
                   help="språk for tabeller, meldinger og budsjettark (nb, nn, en); tall og datoer er alltid norske")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    c = sub.add_parser("compute", help="budsjett for alle scenarioer i en sak")
    c.add_argument("case")
    c.add_argument("--json", action="store_true")
    c.add_argument("--current-data", action="store_true",
                   help="regn med dataene som gjelder nå, ikke dataene saken ble lagret med")
    c.set_defaults(fn=cmd_compute)
    dp = sub.add_parser("data", help="datagrunnlaget: vis, eksporter eller importer en datapakke")
    dp.add_argument("action", choices=("show", "export", "import"))
    dp.add_argument("file", nargs="?", help="datapakken som skal importeres")
    dp.add_argument("--dry-run", action="store_true", help="vis hva som endres, uten å endre noe")
    dp.set_defaults(fn=cmd_data)
    s = sub.add_parser("schedule", help="nedbetalingsplan for et scenario")
    s.add_argument("case")
    s.add_argument("--scenario", type=_int, required=True, help="scenarionummer, fra 1")
    s.add_argument("--csv", action="store_true")
    s.add_argument("--yearly", action="store_true", help="per år i stedet for per termin")
    s.set_defaults(fn=cmd_schedule)
    pd = sub.add_parser("pdf", help="budsjettark som PDF (PDF/A-2b)")
    pd.add_argument("case")
    pd.add_argument("-o", "--output", required=True)
    pd.add_argument("--scenario", type=_int, default=1, help="scenarioet oppsummeringen og vedlegget gjelder, fra 1")
    pd.add_argument("--schedule", action="store_true", help="ta med nedbetalingsplan per år som vedlegg")
    pd.add_argument("--follow-up", action="store_true", help="oppfølgingsark for et eksisterende lån")
    pd.add_argument("--applicant", action="store_true",
                    help="én side til søkeren: månedlig kostnad, renteøkning, finansiering, forklaringsplikten")
    pd.add_argument("--contact", default="", help="hvem søkeren kan ringe, f.eks. \"Ring 78 98 00 00\" (--applicant)")
    pd.add_argument("--lang", choices=("nb", "nn", "en", *APPLICANT_LANGUAGES), default=argparse.SUPPRESS,
                    help="språket på siden (som --lang foran kommandoen); med --applicant også uk, ar, so, ti, pl "
                         "(maskinoversatt)")
    pd.set_defaults(fn=cmd_pdf)
    bc = sub.add_parser("breakcost", help="over- og underkurs ved innfrielse av fast rente")
    bc.add_argument("case")
    bc.add_argument("--scenario", type=_int, help="scenarionummer, fra 1")
    bc.add_argument("--existing", action="store_true",
                    help="det eksisterende lånet i en oppfølgingssak (fast rente), ikke et scenario")
    bc.add_argument("--json", action="store_true")
    bc.set_defaults(fn=cmd_breakcost)
    fs = sub.add_parser("forcedsale", help="gjeld etter tvangssalg ved prisfall")
    fs.add_argument("case")
    fs.add_argument("--scenario", type=_int, required=True, help="scenarionummer, fra 1")
    fs.add_argument("--json", action="store_true")
    fs.set_defaults(fn=cmd_forcedsale)
    gk = sub.add_parser("goalseek", help="hva skal til for at et scenario går opp (restbeløp 0 kr ved stresstest)")
    gk.add_argument("case")
    gk.add_argument("--scenario", type=_int, required=True, help="scenarionummer, fra 1")
    gk.add_argument("--json", action="store_true")
    gk.set_defaults(fn=cmd_goalseek)
    tl = sub.add_parser("timeline", help="de neste årene: budsjettet måned for måned i ti år, med hendelser")
    tl.add_argument("case")
    tl.add_argument("--scenario", type=_int, default=None, help="scenarionummer, fra 1 (uten: alle)")
    tl.add_argument("--json", action="store_true", help="med tallene for hver måned")
    tl.set_defaults(fn=cmd_timeline)
    vr = sub.add_parser("variants", help="livshendelser: inntekt borte, 66 %%, et barn til, samlivsbrudd, prissjokk")
    vr.add_argument("case")
    vr.add_argument("--scenario", type=_int, default=None, help="scenarionummer, fra 1 (uten: alle)")
    vr.add_argument("--price-shock", type=_num, default=10.0, help="livsopphold dyrere med PROSENT (standard 10)")
    vr.add_argument("--json", action="store_true")
    vr.set_defaults(fn=cmd_variants)
    e = sub.add_parser("example", help="skriv en eksempelsak til stdout")
    e.add_argument("--follow-up", action="store_true", help="en oppfølgingssak med eksisterende lån")
    e.set_defaults(fn=cmd_example)
    rl = sub.add_parser("relief", help="betalingslettelser for et eksisterende lån")
    rl.add_argument("case")
    rl.add_argument("--json", action="store_true")
    rl.set_defaults(fn=cmd_relief)
    ex = sub.add_parser("expiries", help="fastrenter som løper ut, for alle saker i en mappe")
    ex.add_argument("folder")
    ex.add_argument("--csv", action="store_true")
    ex.set_defaults(fn=cmd_expiries)
    from .cli_portfolio import add_parser as add_portfolio

    add_portfolio(sub, _num, _int, money=_money, rate=_rate)
    ln = sub.add_parser("loan", help="rask lånberegning uten sak")
    ln.add_argument("--amount", type=_money, help="lånebeløp i kr (28.400 = 28 400 kr)")
    ln.add_argument("--payment", type=_money, help="terminbeløp i kr: gir største lån")
    ln.add_argument("--rate", type=_rate, required=True, help="nominell rente i %% per år, påslag inkludert")
    ln.add_argument("--years", type=_decimal, required=True)
    ln.add_argument("--repayment", choices=("annuity", "serial"), default="annuity")
    ln.add_argument("--interest-only-years", type=_decimal, default=0.0)
    ln.add_argument("--terms-per-year", type=_int, choices=(12, 4, 2), default=12)
    ln.add_argument("--term-fee", type=_money, default=0.0)
    ln.add_argument("--establishment-fee", type=_money, default=0.0)
    ln.add_argument("--json", action="store_true")
    ln.set_defaults(fn=cmd_loan)
    sf = sub.add_parser("sifo", help="SIFOs referansebudsjett for en husstand")
    sf.add_argument("--year", type=_int, default=data.DEFAULT_SIFO_YEAR)
    sf.add_argument("--member", action="append", required=True, help="f|m:ALDER[:flagg,...]")
    sf.add_argument("--petrol-cars", type=_int, default=0)
    sf.add_argument("--electric-cars", type=_int, default=0)
    sf.add_argument("--json", action="store_true")
    sf.set_defaults(fn=cmd_sifo)
    t = sub.add_parser("tax", help="skatteestimat for lønn og pensjon")
    t.add_argument("--year", type=_int, default=data.DEFAULT_TAX_YEAR)
    t.add_argument("--wage", type=_money, default=0.0)
    t.add_argument("--pension", type=_money, default=0.0)
    t.add_argument("--finnmark", action="store_true", help="tiltakssonen i Finnmark og Nord-Troms")
    t.add_argument("--age", type=_int, default=None,
                   help="alderen personen når i inntektsåret (trygdeavgift på lønn er 5,1 %% under 17 og fra 70 år)")
    t.add_argument("--json", action="store_true")
    t.set_defaults(fn=cmd_tax)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.lang not in ("nb", *APPLICANT_LANGUAGES):  # the applicant's languages: cmd_pdf
            from .i18n import set_language

            set_language(args.lang)
        return args.fn(args)
    except UsageError as exc:
        print(f"startlan: {exc}", file=sys.stderr)
    except ValidationError as exc:
        print(f"startlan: {exc.message} ({exc.field})", file=sys.stderr)
    except CaseFileError as exc:
        print(f"startlan: {exc}", file=sys.stderr)
    except BrokenPipeError:  # e.g. `startlan schedule ... | head`
        return 0
    return EXIT_USAGE


def run() -> None:
    """The `startlan` command: main(), then out at once. Python's own teardown
    (freeing every object and module, the C libraries' destructors) takes a
    `startlan pdf` 50-80 ms after its file is written (issue 23); nothing in it
    is ours to wait for. What an exit must still do is done first: the output
    flushed and the exit handlers run (logging's among them)."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `startlan … | head`: the reader has gone, nothing more to say
        pass
    exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if exit_handlers is None:  # another Python: its own teardown
        sys.exit(code)
    exit_handlers()
    os._exit(code)


if __name__ == "__main__":
    run()
