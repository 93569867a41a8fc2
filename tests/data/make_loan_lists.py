"""Writes the generated loan lists the portfolio tests read (invented people,
invented loan numbers). Run: python tests/data/make_loan_lists.py

- loans-utf8.csv     semicolon, decimal comma, UTF-8 with BOM, Norwegian headers,
                     dates 01.03.2027 / 2027-03-01 / 1.3.27, a title line first
- loans-cp1252.csv   comma, decimal point, Windows-1252 (Excel in Norway), other names
- loans.xlsx         English headers, real dates, rates as percent cells (0.0215)
- loans-bad.csv      one problem per row (the tests name them)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent

# number, name, balance, rate %, fixed until, remaining months, type, terms/yr, address, postcode, town
LOANS = [
    ("7001001", "Åse Ødegård", 1_850_000.0, 2.15, dt.date(2027, 3, 1), 300, "Fast", 12, "Storgata 1", "9990", "Båtsfjord"),
    ("7001002", "Ola Nordmann", 2_400_000.0, 1.95, dt.date(2027, 6, 15), 348, "Fast", 12, "Fjellveien 22", "2380", "Brumunddal"),
    ("7001003", "Kari Bjørnstad", 980_000.0, 3.10, dt.date(2028, 1, 1), 180, "Fast", 12, "Sjøgata 3B", "8000", "Bodø"),
    ("7001004", "Per Ås", 1_200_000.0, 4.30, None, 240, "Flytende", 12, "Kirkeveien 5", "3000", "Drammen"),
    ("7001005", "Fatima Hassan", 3_100_000.0, 2.45, dt.date(2027, 9, 1), 420, "Fast", 12, "Åsveien 9", "7030", "Trondheim"),
    ("7001006", "Jonas Lie", 650_000.0, 2.80, dt.date(2028, 11, 1), 120, "Fast", 4, "Nedre gate 2", "5003", "Bergen"),
    ("7001007", "Ingrid Sæther", 1_560_000.0, 2.05, dt.date(2027, 2, 1), 276, "Fast", 12, "Solbakken 12", "9600", "Hammerfest"),
    ("7001008", "Mohammed Ali", 2_050_000.0, 3.95, dt.date(2029, 5, 1), 360, "Fast", 12, "Parkveien 40", "0350", "Oslo"),
    ("7001009", "Liv Ullmann", 1_100_000.0, 4.15, None, 200, "Flytende", 12, "Elvegata 8", "2609", "Lillehammer"),
    ("7001010", "Tor Håkonsen", 1_750_000.0, 2.25, dt.date(2028, 4, 1), 324, "Fast", 12, "Bakken 4", "6800", "Førde"),
]
DATE_STYLES = ["%d.%m.%Y", "%Y-%m-%d", "1.3.27"]  # cycled through the UTF-8 file


def _d(d: dt.date, i: int) -> str:
    style = DATE_STYLES[i % 3]
    return f"{d.day}.{d.month}.{d.year % 100:02d}" if style == "1.3.27" else d.strftime(style)


def _comma(x: float, nd: int = 2) -> str:
    return f"{x:,.{nd}f}".replace(",", " ").replace(".", ",")


def utf8_csv() -> str:
    lines = ["Låneportefølje Startlån per 30.11.2026;;;;;;;;;;", "",
             "Lånenummer;Låntaker;Restgjeld;Rentesats;Rentebinding til;Gjenstående løpetid (mnd);Rentetype;"
             "Terminer per år;Adresse;Postnr;Poststed"]
    for i, (n, name, bal, rate, fu, months, kind, tpy, addr, pc, town) in enumerate(LOANS):
        lines.append(";".join([n, name, _comma(bal), _comma(rate, 3), _d(fu, i) if fu else "", str(months), kind,
                               str(tpy), addr, pc, town]))
    return "\r\n".join(lines) + "\r\n"


def cp1252_csv() -> str:
    lines = ["Lånenr,Navn,Restsaldo,Rente,Fastrente til,Restløpetid,Renteform,Terminer pr. år"]
    for n, name, bal, rate, fu, months, kind, tpy, *_ in LOANS:
        lines.append(",".join([n, f'"{name}"', f"{bal:.2f}", f"{rate:.3f}", fu.strftime("%d.%m.%Y") if fu else "",
                               str(months), kind.lower(), str(tpy)]))
    return "\r\n".join(lines) + "\r\n"


def xlsx(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Loans"
    ws.append(["Loan number", "Borrower", "Outstanding balance", "Interest rate", "Fixed rate until",
               "Maturity date", "Rate type", "Payments per year"])
    for n, name, bal, rate, fu, months, kind, tpy, *_ in LOANS:
        y, m = divmod(11 + months, 12)  # end date: months after 1 Dec 2026
        end = dt.date(2026 + y, m + 1, 1)
        ws.append([int(n), name, bal, rate / 100, fu, end, "Fixed" if kind == "Fast" else "Floating", tpy])
        ws.cell(ws.max_row, 4).number_format = "0.000%"
        for c in (5, 6):
            ws.cell(ws.max_row, c).number_format = "DD.MM.YYYY"
    wb.properties.creator = "tests"
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 12, 1)
    wb.save(path)


BAD = """Lånenummer;Låntaker;Restgjeld;Rente;Rentebinding til;Gjenstående løpetid
8001;Grei Rad;1 000 000,00;2,500;01.03.2027;240
8002;Negativ Saldo;-50 000,00;2,500;01.03.2027;240
8003;Absurd Rente;1 000 000,00;95,000;01.03.2027;240
8004;Ugyldig Dato;1 000 000,00;2,500;31.02.2027;240
8001;Dobbel Rad;900 000,00;2,500;2027-03-01;240
8006;Tekst Saldo;mye;2,500;1.3.27;240
8007;Uten Løpetid;1 000 000,00;2,500;01.03.2027;
8008;Absurd Saldo;900 000 000,00;2,500;01.03.2027;240
;Uten Nummer;1 000 000,00;2,500;01.03.2027;240
8010;Grei Rad To;500 000,00;3,000;2027-09-01;120
"""


def main() -> None:
    (HERE / "loans-utf8.csv").write_bytes(b"\xef\xbb\xbf" + utf8_csv().encode("utf-8"))
    (HERE / "loans-cp1252.csv").write_bytes(cp1252_csv().encode("cp1252"))
    (HERE / "loans-bad.csv").write_bytes(BAD.encode("utf-8"))
    xlsx(HERE / "loans.xlsx")


if __name__ == "__main__":
    main()
