"""`startlan portfolio FILE`: the fixed-rate expiries of the municipality's loan
list, soonest first, with letters and a mail-merge CSV on request. The list
is read where it lies; nothing is written unless an output is named."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from .core.formatting import fmt_date, fmt_kr, fmt_number, fmt_rate
from .core.i18n import tr


def add_parser(sub, num, int_, money=None, rate=None) -> None:
    """The `portfolio` command on the CLI's subparsers (num/int_/money/rate: its number types)."""
    money, rate = money or num, rate or num
    p = sub.add_parser("portfolio", help="fastrenter som løper ut, fra kommunens låneliste (CSV eller XLSX)")
    p.add_argument("file", help="lånelisten fra låneforvalteren (CSV eller XLSX)")
    p.add_argument("--map", action="append", default=[], metavar="FELT=KOLONNE",
                   help="velg kolonnen for et felt selv (kolonnenavn eller nummer fra 1), f.eks. "
                        "--map balance=\"Saldo pr. dato\"; felt: loan_number, name, balance, rate, fixed_until, "
                        "remaining, payment, rate_type, loan_type, terms_per_year, address, postcode, town")
    p.add_argument("--floating-rate", type=rate, help="dagens flytende rente i Husbanken, %% (standard: data som følger "
                                                     "med programmet)")
    p.add_argument("--markup", type=rate, help="kommunens påslag i prosentpoeng (standard: 0,25)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="listen som CSV (semikolon, desimalkomma)")
    out.add_argument("--json", action="store_true")
    p.add_argument("--within", type=int_, metavar="MND", help="bare lån der bindingen går ut innen så mange måneder")
    p.add_argument("--min-jump", type=money, metavar="KR", help="bare lån der terminbeløpet øker med minst så mange kr")
    p.add_argument("--min-jump-pct", type=rate, metavar="PROSENT", help="bare lån der terminbeløpet øker med minst så "
                                                                        "mange prosent")
    p.add_argument("--search", default="", help="lånenummer eller navn (del av)")
    p.add_argument("--cases", metavar="MAPPE", help="mappe med saksfiler: saksnummer = lånenummer gir restbeløpet etter")
    p.add_argument("--letters", metavar="PDF", help="brev til låntakerne i listen (etter filtrene), en side per brev")
    p.add_argument("--letters-dir", metavar="MAPPE", help="ett brev (PDF) per låntaker i mappen, navngitt etter lånenummer")
    p.add_argument("--mail-merge", metavar="CSV", help="tallene til brevfletting i kommunens eget brevsystem")
    p.add_argument("--letter-lang", choices=("nb", "nn", "en"), default="nb", help="språk i brevene")
    p.add_argument("--municipality", default="", help="kommunens navn i brevene")
    p.add_argument("--contact", default="", help="kontaktlinje i brevene, f.eks. \"Ring 78 98 00 00\"")
    p.add_argument("--caseworker", default="", help="saksbehandler som underskriver brevene")
    p.add_argument("--today", help=argparse.SUPPRESS)  # the date the list is computed at (tests)
    p.set_defaults(fn=cmd_portfolio)


def _mapping(pairs: list[str]) -> dict[str, str]:
    from .cli import UsageError

    out = {}
    for pair in pairs:
        key, sep, col = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(tr("ugyldig --map {value}: bruk FELT=KOLONNE").format(value=repr(pair)))
        out[key.strip()] = col.strip()
    return out


def _today(text: str | None) -> dt.date:
    from .cli import UsageError

    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(tr("ugyldig --today {value}: bruk ÅÅÅÅ-MM-DD").format(value=repr(text))) from None


def load(args):
    """(loan list, rate after, expiry items filtered, quarters, log entries by loan)."""
    from .cli import UsageError
    from .core import followup_log, portfolio

    today = _today(args.today)
    try:
        ll = portfolio.import_list(args.file, _mapping(args.map), today)
    except portfolio.PortfolioError as exc:
        raise UsageError(str(exc)) from None
    shipped = portfolio.RateAfter.shipped()
    rate = portfolio.RateAfter(shipped.floating_pct if args.floating_rate is None else args.floating_rate,
                               shipped.markup_pp if args.markup is None else args.markup)
    if not 0 <= rate.rate() <= 30:
        raise UsageError(tr("renten etter bindingstiden må være mellom 0 og 30 %"))
    cases = {}
    if args.cases:
        from .core.errors import CaseFileError

        try:
            cases, skipped = portfolio.case_residuals(args.cases)
        except CaseFileError as exc:
            raise UsageError(str(exc)) from None
        for name, why in skipped:
            print(tr("Hoppet over {file}: {reason}").format(file=name, reason=why), file=sys.stderr)
    items = portfolio.expiry_list(ll.loans, rate, today, cases)
    try:
        entries = followup_log.read_entries(followup_log.log_path_for(args.file))
    except followup_log.LogError as exc:
        print(str(exc), file=sys.stderr)
        entries = []
    last = {}
    for e in sorted(entries, key=lambda e: e.date):
        last[e.loan] = e
    shown = [e for e in items if portfolio.matches(e, args.within, args.min_jump, args.min_jump_pct, args.search)]
    return ll, rate, items, shown, portfolio.quarters(items, today), last


def cmd_portfolio(args) -> int:
    from .cli import _table
    from .core import portfolio

    ll, rate, items, shown, quarters, last = load(args)
    if args.csv:
        sys.stdout.write(portfolio.to_csv(shown))
    elif args.json:
        doc = {"file": str(ll.path), "loans": len(ll.loans), "fixed_rate_expiries": len(items), "shown": len(shown),
               "rate_after_pct": round(rate.rate(), 4), "floating_rate_pct": rate.floating_pct,
               "markup_pp": rate.markup_pp, "columns": {f: ll.headers[c] for f, c in ll.columns.items()},
               "expiries": portfolio.to_json(shown),
               "quarters": [{"quarter": q.label, "count": q.count, "jump_monthly": round(q.jump_monthly, 2)}
                            for q in quarters],
               "issues": [{"row": i.row, "column": i.column, "message": i.message} for i in ll.issues],
               "last_contact": {n: {"date": e.date, "action": e.action} for n, e in last.items()}}
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    else:
        print(tr("{file}: {loans} lån, {fixed} med fastrente som løper ut; etter bindingstiden {rate} "
                 "(flytende {floating} + påslag {markup}).").format(
            file=ll.path.name, loans=len(ll.loans), fixed=len(items), rate=fmt_rate(rate.rate()),
            floating=fmt_rate(rate.floating_pct), markup=fmt_number(rate.markup_pp, 2)))
        print()
        from .core.rows import PER_TERM_NOTE, PORTFOLIO_COLUMNS, contact_row

        columns = (*PORTFOLIO_COLUMNS, contact_row(lambda e: _contact(last.get(e.loan.number))))
        print(_table([row.label for row in columns], [[row.text(e) for row in columns] for e in shown]))
        if any(e.loan.terms_per_year != 12 for e in shown):
            print(tr(PER_TERM_NOTE))
        print()
        print(_table([tr("Kvartal"), tr("Antall"), tr("Sum økning per måned")],
                     [[q.label, str(q.count), fmt_kr(q.jump_monthly)] for q in quarters]))
    _write_outputs(args, shown)
    for note in ll.notes:
        print(note, file=sys.stderr)
    for issue in ll.issues:
        print(issue.text, file=sys.stderr)
    return 0


def _contact(entry) -> str:
    from .core.followup_log import action_label

    if entry is None:
        return tr("Ikke kontaktet")
    return f"{action_label(entry.action)} {fmt_date(entry.date)}"


def _write_outputs(args, shown) -> None:
    """Letters and the mail-merge file, only where the caseworker named them."""
    if not (args.letters or args.letters_dir or args.mail_merge):
        return
    from .cli import UsageError, _cannot_write
    from .core.casefile import atomic_write
    from .reports import letters

    if not shown:
        raise UsageError(tr("ingen lån i listen å skrive brev til"))
    opts = letters.LetterOptions(args.municipality, args.contact, args.caseworker, args.letter_lang,
                                 today=_today(args.today))
    target = args.letters
    try:
        if args.letters:
            atomic_write(args.letters, letters.build_letters(shown, opts), backup=False)
        if args.letters_dir:
            target = args.letters_dir
            letters.write_letters_per_borrower(shown, opts, args.letters_dir)
        if args.mail_merge:
            target = args.mail_merge
            atomic_write(args.mail_merge, letters.mail_merge_csv(shown, args.letter_lang), backup=False)
    except OSError as exc:
        raise UsageError(_cannot_write(target, exc)) from None
