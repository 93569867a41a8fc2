"""Print measured figures for the portfolio follow-up (issue 21):

    python benchmarks/portfolio.py [--loans 10000] [--repeat 7]

- import + compute of a generated loan list (CSV and XLSX): read, match the
  columns, parse every row, the expiry list and the quarterly counts; budget
  under 2 s for 10 000 loans;
- letters for 50 loans in one PDF; budget under 3 s;
- one follow-up log entry written (atomic, fsynced) into a log of 2 000.

Medians and spread (min–max) of repeated in-process runs; the files are made
in a temporary folder and deleted. Separate from benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import timed  # noqa: E402 (benchmarks/, the script's own folder)

TODAY = dt.date(2026, 12, 1)


def make_csv(path: Path, n: int) -> None:
    rnd = random.Random(21)
    lines = ["Lånenummer;Låntaker;Restgjeld;Rentesats;Rentebinding til;Gjenstående løpetid (mnd);Rentetype;"
             "Terminer per år;Adresse;Postnr;Poststed"]
    for i in range(n):
        fixed = rnd.random() < 0.4
        until = TODAY + dt.timedelta(days=rnd.randint(-30, 1500))
        bal = rnd.uniform(200_000, 4_000_000)
        lines.append(";".join([str(9_000_000 + i), f"Låntaker {i}", f"{bal:,.2f}".replace(",", " ").replace(".", ","),
                               f"{rnd.uniform(1.5, 5.5):.3f}".replace(".", ","),
                               until.strftime("%d.%m.%Y") if fixed else "", str(rnd.randint(24, 600)),
                               "Fast" if fixed else "Flytende", "12", f"Gate {i}", "9990", "Båtsfjord"]))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def make_xlsx(csv_path: Path, path: Path) -> None:
    """The same loans as typed cells, as Excel stores them: numbers, dates, a percent rate."""
    import openpyxl

    from startlan_desktop.core.portfolio import parse_amount, parse_date, read_table

    rows = read_table(csv_path).rows
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(rows[0])
    for r in rows[1:]:
        if not r:
            continue
        ws.append([int(r[0]), r[1], parse_amount(r[2], True), parse_amount(r[3], True) / 100,
                   parse_date(r[4]) if r[4] else None, int(r[5]), r[6], int(r[7]), *r[8:]])
        ws.cell(ws.max_row, 4).number_format = "0.000%"
        ws.cell(ws.max_row, 5).number_format = "DD.MM.YYYY"
    wb.save(path)


def spread(fn, repeat: int) -> tuple[float, float, float]:
    """Median, fastest and slowest of `repeat` runs, ms."""
    ms = timed(fn, repeat)
    return statistics.median(ms), min(ms), max(ms)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--loans", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    from startlan_desktop.core import portfolio as p
    from startlan_desktop.core.followup_log import FollowUpLog

    rate = p.RateAfter(4.131, 0.25)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv_path, xlsx_path = tmp / "lan.csv", tmp / "lan.xlsx"
        make_csv(csv_path, args.loans)
        make_xlsx(csv_path, xlsx_path)

        def run(path):
            ll = p.import_list(path, today=TODAY)
            items = p.expiry_list(ll.loans, rate, TODAY)
            p.quarters(items, TODAY)
            return ll, items

        ll, items = run(csv_path)
        assert len(ll.loans) == args.loans and not ll.issues
        out.append((f"import + compute, {args.loans} loans, CSV (Windows-1252)", spread(lambda: run(csv_path), args.repeat),
                    "< 2 s"))
        out.append((f"import + compute, {args.loans} loans, XLSX", spread(lambda: run(xlsx_path), max(args.repeat // 2, 1)),
                    "< 2 s"))
        try:
            from startlan_desktop.reports.letters import LetterOptions, build_letters

            chosen = items[:50]
            opts = LetterOptions(municipality="Båtsfjord kommune", contact="Ring 78 98 00 00", today=TODAY)
            out.append(("letters for 50 loans, one PDF", spread(lambda: build_letters(chosen, opts), 3), "< 3 s"))
        except ImportError:
            pass
        log_path = tmp / "startlan-oppfolging.json"
        with FollowUpLog(log_path) as log:
            log.add_many([str(i) for i in range(2000)], "letter", "bench")
            n = iter(range(10**6))
            out.append(("one log entry saved, log of 2 000 (atomic, fsync)",
                        spread(lambda: log.add(str(next(n)), "called", "bench"), args.repeat), "–"))
    width = max(len(name) for name, _, _ in out)
    for name, (med, lo, hi), budget in out:
        print(f"{name:<{width}}  {med:9.1f} ms  (min {lo:.1f}, max {hi:.1f})  budget {budget}")


if __name__ == "__main__":
    main()
