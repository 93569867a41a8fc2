"""The municipality's loan list (the monthly report from the loan administrator)
as the input to the follow-up of fixed-rate expiries.

The list is read where it lies and never copied: `read_table` gives its rows,
`match_columns` finds the columns by their usual Norwegian and English names
(or a mapping the caseworker chose), `import_list` turns the rows into loans
and lists every row it cannot read with the row number, the column and why.
`expiry_list` gives, per fixed-rate loan, the payment now and after the fixed
period ends, soonest first; `quarters` counts the expiries per quarter.

Payments are the annuity (or serial) payment per term on the listed balance,
rate and remaining term, computed in closed form so that 10 000 loans take
milliseconds; `loans.build_schedule` gives the same figures term by term.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import ParseError

from . import data
from .data import nominal_for_frequency
from .expiries import scan
from .formatting import fmt_date, fmt_kr, fmt_rate
from .i18n import QT_TR_NOOP, tr
from .loans import annuity_factor
from .rows import PORTFOLIO_COLUMNS

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_BALANCE = 20_000_000  # a startlån above this is a typing or export error
MAX_RATE_PCT = 30.0
MAX_REMAINING_MONTHS = 50 * 12
MAX_FIXED_YEARS_AHEAD = 21  # binding periods are at most 20 years
HEADER_SCAN_ROWS = 30  # reports often start with a title and a date before the header


class PortfolioError(ValueError):
    """A loan list that cannot be read at all; the message is for the user."""


class NotALoanList(PortfolioError):
    """No header row with the columns of a loan list: ask the caseworker to map them."""


class MissingColumns(PortfolioError):
    def __init__(self, message: str, fields: list[str]):
        super().__init__(message)
        self.fields = fields


# --- fields and the column names that mean them --------------------------------

FIELDS = ("loan_number", "name", "balance", "rate", "fixed_until", "remaining", "payment", "rate_type",
          "loan_type", "terms_per_year", "address", "postcode", "town")
REQUIRED = ("loan_number", "balance", "rate", "fixed_until")  # and one of remaining / payment
FIELD_LABELS = {
    "loan_number": QT_TR_NOOP("Lånenummer"), "name": QT_TR_NOOP("Låntaker"), "balance": QT_TR_NOOP("Restgjeld"),
    "rate": QT_TR_NOOP("Rente"), "fixed_until": QT_TR_NOOP("Rentebinding til"),
    "remaining": QT_TR_NOOP("Gjenstående løpetid"), "payment": QT_TR_NOOP("Terminbeløp"),
    "rate_type": QT_TR_NOOP("Rentetype"), "loan_type": QT_TR_NOOP("Lånetype"),
    "terms_per_year": QT_TR_NOOP("Terminer per år"), "address": QT_TR_NOOP("Adresse"),
    "postcode": QT_TR_NOOP("Postnummer"), "town": QT_TR_NOOP("Poststed"),
}
SYNONYMS = {
    "loan_number": ["lånenummer", "lånenr", "lån nr", "lånnr", "lånekonto", "kontonummer", "kontonr", "lån id",
                    "loan number", "loan no", "loan id", "loan", "account number", "account no"],
    "name": ["låntaker", "låntakers navn", "navn", "låntaker navn", "debitor", "kunde", "kundenavn", "hovedlåntaker",
             "name", "borrower", "borrower name", "customer", "customer name"],
    "balance": ["restgjeld", "restsaldo", "saldo", "gjeld", "hovedstol", "balance", "outstanding",
                "outstanding balance", "remaining balance", "principal"],
    "rate": ["rente", "rentesats", "nominell rente", "rentesats nominell", "lånerente", "interest rate", "rate",
             "nominal rate", "interest"],
    "fixed_until": ["rentebinding til", "bindingstid utløper", "fastrente til", "fast rente til", "bindingstid til",
                    "rentebinding utløper", "binding til", "fastrente utløper", "fixed until", "fixed rate until",
                    "fixed rate end", "fixed rate ends", "rate fixed until", "fixed period end", "fixed to"],
    "remaining": ["gjenstående løpetid", "restløpetid", "løpetid", "gjenstående terminer", "antall terminer igjen",
                  "sluttdato", "forfallsdato", "innfrielsesdato", "siste termin", "remaining term", "remaining months",
                  "remaining terms", "term left", "maturity", "maturity date", "end date"],
    "payment": ["terminbeløp", "termin beløp", "terminbelop", "månedlig betaling", "avdrag og renter", "payment",
                "instalment", "installment", "monthly payment"],
    "rate_type": ["rentetype", "renteform", "rate type", "interest type", "interest rate type"],
    "loan_type": ["lånetype", "låntype", "avdragsform", "nedbetalingsform", "loan type", "repayment type",
                  "repayment"],
    "terms_per_year": ["terminer per år", "terminer pr år", "antall terminer per år", "terminfrekvens",
                       "terms per year", "payments per year", "frequency"],
    "address": ["adresse", "postadresse", "gateadresse", "address", "street"],
    "postcode": ["postnummer", "postnr", "post nr", "postcode", "zip", "postal code"],
    "town": ["poststed", "sted", "town", "city"],
}


@lru_cache(maxsize=4096)
def norm(header) -> str:
    """A header as compared: lower case, æøå spelled out, units and anything
    in brackets dropped, only letters and digits kept."""
    s = str(header if header is not None else "").strip().lower()
    s = re.sub(r"\(.*?\)|\[.*?\]", " ", s)
    s = s.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"\b(kr|nok|%|pct|prosent)\b", " ", s)
    s = re.sub(r"\bpr\b", "per", s)
    return re.sub(r"[^a-z0-9]", "", s)


_SYN = {f: sorted({norm(n) for n in names}, key=len, reverse=True) for f, names in SYNONYMS.items()}


def match_columns(headers: list) -> dict[str, int]:
    """Field -> column index, by the usual names: exact names first, then a
    header that starts with a name (e.g. "Restgjeld per 30.11.2026")."""
    keys = [norm(h) for h in headers]
    found: dict[str, int] = {}
    for f in FIELDS:  # exact
        for i, k in enumerate(keys):
            if k and k in _SYN[f] and i not in found.values():
                found[f] = i
                break
    for f in FIELDS:  # prefix, for fields not found yet
        if f in found:
            continue
        for i, k in enumerate(keys):
            if i in found.values() or not k:
                continue
            if any(len(s) >= 5 and k.startswith(s) for s in _SYN[f]):
                found[f] = i
                break
    return found


def signature(headers: list) -> str:
    """A file layout's fingerprint: the mapping is remembered per signature."""
    text = "|".join(norm(h) for h in headers)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def field_label(f: str) -> str:
    return tr(FIELD_LABELS[f])


# --- reading the file ----------------------------------------------------------

@dataclass
class Table:
    """The file's cells as read: strings from a CSV, typed values from XLSX."""

    rows: list[list]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # what Excel writes in Norway ("CSV (semikolondelt)")
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, equal columns."""
    lines = [ln for ln in text.splitlines()[:40] if ln.strip()][:20]
    best, score = ";", 0
    for d in (";", "\t", ","):
        counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        if not counts:
            continue
        width = max(set(counts), key=counts.count)
        s = (width - 1) * counts.count(width) if width > 1 else 0
        if s > score:
            best, score = d, s
    return best


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_DATE_FMT_IDS = set(range(14, 23)) | {45, 46, 47}
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _date_format(code: str) -> bool:
    """Whether a number format shows a date (d, m, y outside quotes and brackets)."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code).lower()
    return "%" not in code and any(ch in code for ch in "dy") or ("m" in code and "0" not in code and "#" not in code)


def _read_xlsx_fast(raw: bytes) -> Table:
    """The first worksheet's values, straight from the XML (about five times
    faster than openpyxl's read-only mode on 10 000 rows): shared strings,
    numbers, booleans, and date-formatted numbers as dates."""
    z = zipfile.ZipFile(io.BytesIO(raw))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    first = wb.find(f"{_NS}sheets/{_NS}sheet")
    if first is None:
        raise ValueError("no worksheet")  # openpyxl then says what it can
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target") for r in rels if r.get("Id") == first.get(_REL))
    if target is None:
        raise ValueError("no worksheet file")
    sheet = target.lstrip("/") if target.startswith("/") else "xl/" + target
    pr = wb.find(f"{_NS}workbookPr")
    epoch = dt.datetime(1904, 1, 1) if pr is not None and pr.get("date1904") in ("1", "true") else dt.datetime(1899, 12, 30)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for _, el in ET.iterparse(z.open("xl/sharedStrings.xml")):
            if el.tag == f"{_NS}si":
                shared.append("".join(t.text or "" for t in el.iter(f"{_NS}t")))
                el.clear()
    dates = set()
    if "xl/styles.xml" in z.namelist():
        st = ET.fromstring(z.read("xl/styles.xml"))
        custom = {int(f.get("numFmtId", "")): f.get("formatCode", "") for f in st.iter(f"{_NS}numFmt")}
        xfs = st.find(f"{_NS}cellXfs")
        for i, xf in enumerate(xfs if xfs is not None else []):
            fid = int(xf.get("numFmtId", "0"))
            if fid in _DATE_FMT_IDS or (fid in custom and _date_format(custom[fid])):
                dates.add(i)
    rows: list[list] = []
    for _, el in ET.iterparse(z.open(sheet)):
        if el.tag != f"{_NS}row":
            continue
        r = int(el.get("r", len(rows) + 1))
        while len(rows) < r - 1:
            rows.append([])
        row: list = []
        for c in el.iter(f"{_NS}c"):
            m = _CELL_REF.match(c.get("r", ""))
            col = _col_index(m[1]) if m else len(row)
            while len(row) < col:
                row.append(None)
            row.append(_xlsx_value(c, shared, dates, epoch))
        rows.append(row)
        el.clear()
    return Table(rows, "xlsx")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _xlsx_value(c, shared: list[str], dates: set[int], epoch: dt.datetime):
    t = c.get("t", "n")
    if t == "inlineStr":
        return "".join(x.text or "" for x in c.iter(f"{_NS}t"))
    v = c.find(f"{_NS}v")
    if v is None or v.text is None:
        return None
    text = v.text
    if t == "s":
        return shared[int(text)]
    if t in ("str", "e"):
        return text if t == "str" else None
    if t == "b":
        return text == "1"
    if int(c.get("s", "0")) in dates:
        return epoch + dt.timedelta(days=float(text))
    return int(text) if text.lstrip("-").isdigit() else float(text)


def _read_xlsx(raw: bytes) -> Table:
    try:
        return _read_xlsx_fast(raw)
    except (zipfile.BadZipFile, KeyError, StopIteration, ParseError, ValueError, IndexError, AttributeError, TypeError):
        pass  # let openpyxl read what the fast path does not understand, or say it cannot be read

    # The one function-level import in core, on purpose: openpyxl takes ~0.5–2 s to import and is
    # needed only for the XLSX files the fast path above cannot read.
    try:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException
    except ImportError:  # pragma: no cover - a dependency
        raise PortfolioError(tr("XLSX-filer kan ikke leses: openpyxl mangler. Lagre listen som CSV.")) from None
    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise PortfolioError(tr("Filen ser ut som en Excel-fil, men kan ikke leses. Lagre den på nytt som XLSX "
                                "eller CSV.")) from None
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    return Table(rows, "xlsx")


def read_table(path: str | Path) -> Table:
    """The list's cells, read in place (nothing is copied or written).
    Raises PortfolioError for a file that is not a table at all."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise PortfolioError(tr("Filen er for stor til å være en låneliste (over 50 MB)."))
        raw = p.read_bytes()
    except FileNotFoundError:
        raise PortfolioError(tr("Finner ikke filen {file}.").format(file=p.name)) from None
    except IsADirectoryError:
        raise PortfolioError(tr("{file} er en mappe, ikke en låneliste.").format(file=p.name)) from None
    except PermissionError:
        raise PortfolioError(tr("Mangler tilgang til å lese {file}.").format(file=p.name)) from None
    if not raw.strip(b" \t\r\n\xef\xbb\xbf"):
        raise PortfolioError(tr("Filen {file} er tom.").format(file=p.name))
    if raw.startswith(b"PK\x03\x04"):
        return _read_xlsx(raw)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise PortfolioError(tr("Filen er i det gamle Excel-formatet (.xls). Lagre den som XLSX eller CSV."))
    if b"\x00" in raw[:4096]:
        raise NotALoanList(tr("Filen {file} er ikke en tekstfil eller Excel-fil, og ikke en låneliste.").format(
            file=p.name))
    text, encoding = _decode(raw)
    d = _delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=d))
    return Table(rows, "csv", encoding, d)


def header_row(table: Table) -> int:
    """Index of the row that holds the column names: the one among the first
    rows in which most columns are recognised; -1 when none is."""
    best, score = -1, 1
    for i, row in enumerate(table.rows[:HEADER_SCAN_ROWS]):
        n = len(match_columns(row))
        if n > score:
            best, score = i, n
    return best


def resolve_mapping(headers: list, mapping: dict[str, str]) -> dict[str, int]:
    """A caseworker's mapping (field -> column name or 1-based column number)
    as column indices. Raises PortfolioError naming a field or column unknown."""
    out = {}
    keys = [norm(h) for h in headers]
    for f, col in mapping.items():
        if f not in FIELDS:
            raise PortfolioError(tr("Ukjent felt «{field}»; bruk et av: {fields}.").format(
                field=f, fields=", ".join(FIELDS)))
        col = str(col).strip()
        if col == "":
            continue
        if col.isdigit() and 1 <= int(col) <= max(len(headers), 1) and norm(col) not in keys:
            out[f] = int(col) - 1
        elif norm(col) in keys and norm(col):
            out[f] = keys.index(norm(col))
        else:
            raise PortfolioError(tr("Finner ikke kolonnen «{column}» i listen (for {field}).").format(
                column=col, field=field_label(f)))
    return out


# --- cells ---------------------------------------------------------------------

@dataclass(frozen=True)
class Loan:
    row: int  # 1-based row in the file, as a spreadsheet shows it
    number: str
    name: str
    balance: float
    rate_pct: float
    remaining_months: int
    fixed_until: dt.date | None
    rate_type: str  # "fixed" or "floating"
    repayment: str = "annuity"
    terms_per_year: int = 12
    address: str = ""
    postcode: str = ""
    town: str = ""

    @property
    def n_terms(self) -> int:
        return max(self.remaining_months // (12 // self.terms_per_year), 1)


@dataclass(frozen=True)
class RowIssue:
    row: int
    column: str
    message: str

    @property
    def text(self) -> str:
        if not self.column:
            return tr("Rad {row}: {message}").format(row=self.row, message=self.message)
        return tr("Rad {row}, kolonne «{column}»: {message}").format(row=self.row, column=self.column,
                                                                    message=self.message)


class _Bad(Exception):
    def __init__(self, message: str):
        self.message = message


_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value) -> dt.date:
    """`01.03.2027`, `1.3.27`, `2027-03-01`, `01/03/2027`, an XLSX date or an
    Excel day number. Raises _Bad."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:  # an Excel serial day the export left unformatted
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise _Bad(tr("«{value}» er ikke en dato (skriv f.eks. 01.03.2027 eller 2027-03-01).").format(value=value))
    s = str(value).strip()
    m = _DMY.match(s)
    try:
        if m:
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
            return dt.date(y + 2000 if y < 100 else y, mo, d)
        m = _YMD.match(s)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise _Bad(tr("«{value}» er ikke en gyldig dato.").format(value=s)) from None
    raise _Bad(tr("«{value}» er ikke en dato (skriv f.eks. 01.03.2027 eller 2027-03-01).").format(value=s))


def _decimal_comma(table: Table, start: int, cols: Iterable[int]) -> bool:
    """Whether the file writes decimals with a comma: any numeric cell like
    `4,275` or `1 234,50` says so (a dot then separates thousands)."""
    pat = re.compile(r"^-?[\d .\u00a0]*\d,\d+\s*%?$")
    for row in table.rows[start:start + 500]:
        for c in cols:
            if c < len(row) and isinstance(row[c], str) and pat.match(row[c].strip()):
                return True
    return False


def parse_amount(value, decimal_comma: bool) -> float:
    """A number from a cell: `1 234 567,50`, `1.234.567,50`, `1234567.50`,
    `4,275 %`, `kr 2 000`. Raises _Bad."""
    if isinstance(value, bool):
        raise _Bad(tr("«{value}» er ikke et tall.").format(value=value))
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise _Bad(tr("«{value}» er ikke et tall.").format(value=value))
        return float(value)
    s = str(value).strip()
    t = s.replace(" ", "").replace("\u00a0", "")
    t = t.replace(".", "").replace(",", ".") if decimal_comma else t.replace(",", "")
    if _PLAIN.fullmatch(t):  # the usual cell: digits and one decimal mark
        return float(t)
    t = _NOISE.sub("", s).replace("\u2212", "-")
    t = t.replace(".", "").replace(",", ".") if decimal_comma else t.replace(",", "")
    if not _PLAIN.fullmatch(t):
        raise _Bad(tr("«{value}» er ikke et tall.").format(value=s))
    return float(t)


_PLAIN = re.compile(r"-?(\d+(\.\d*)?|\.\d+)")
_NOISE = re.compile(r"(?i)\s|\u00a0|\u202f|kr\.?|nok|%|,-$")
_UNIT = re.compile(r"\s*(år|ar|years?|mnd|måneder|months?|terminer)\s*$")
_YEARS = re.compile(r"(år|years?)\s*$")


_FIXED = {"fast", "fastrente", "fastrent", "f", "fixed", "fix", "fixedrate", "bundet", "fastlan"}
_FLOATING = {"flytende", "flytenderente", "flyt", "p", "v", "floating", "float", "variable", "variabel",
             "floatingrate", "flytanderente", "flytande"}
_SERIAL = {"serie", "serielan", "serial", "s"}
_FREQ = {"manedlig": 12, "maned": 12, "monthly": 12, "kvartalsvis": 4, "kvartal": 4, "quarterly": 4,
         "halvarlig": 2, "halvar": 2, "halfyearly": 2, "semiannual": 2, "semiannually": 2}


def _months_between(a: dt.date, b: dt.date) -> int:
    """Whole months from a to b (0 when b is not after a)."""
    return max((b.year - a.year) * 12 + b.month - a.month - (b.day < a.day), 0)


def _remaining_unit(header: str) -> str:
    h = str(header or "").lower()
    if re.search(r"\b(år|ar|years?)\b", h):
        return "years"
    if "termin" in h or "terms" in h:
        return "terms"
    return "months"


def _terms_from_payment(balance: float, r: float, payment: float, serial: bool) -> int:
    """Terms left so that `payment` per term repays `balance` at periodic rate r:
    n = -ln(1 - rB/P) / ln(1 + r) for an annuity, B / (P - rB) for a serial loan."""
    room = payment - r * balance
    if payment <= 0 or room <= 0:
        raise _Bad(tr("Terminbeløpet dekker ikke rentene, så gjenstående løpetid kan ikke beregnes."))
    if serial:
        return max(round(balance / room), 1)
    if r == 0:
        return max(round(balance / payment), 1)
    return max(round(-math.log1p(-r * balance / payment) / math.log1p(r)), 1)


@dataclass
class LoanList:
    """A read loan list: the loans, the rows it could not read, and how."""

    path: Path
    loans: list[Loan]
    issues: list[RowIssue]
    columns: dict[str, int]  # field -> column index
    headers: list[str]
    header_index: int  # 0-based row of the headers
    table: Table
    notes: list[str] = field(default_factory=list)

    @property
    def signature(self) -> str:
        return signature(self.headers)


def _cell(row: list, c: int | None):
    if c is None or c >= len(row):
        return None
    v = row[c]
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _cells(row: list, cols: dict[str, int]) -> dict:
    """The row's cells by field, text stripped, empty text as None."""
    n = len(row)
    out = {}
    for f, c in cols.items():
        v = row[c] if c < n else None
        if v.__class__ is str:
            v = v.strip() or None
        out[f] = v
    return out


def _parse_row(row: list, rownum: int, cols: dict[str, int], headers: list[str], ctx: dict) -> Loan:
    today: dt.date = ctx["today"]
    cell = _cells(row, cols)

    def need(f):
        v = cell.get(f)
        if v is None:
            raise _BadField(f, tr("mangler verdi."))
        return v

    def num(f):
        try:
            return parse_amount(need(f), ctx["decimal_comma"])
        except _Bad as exc:
            raise _BadField(f, exc.message) from None

    number = str(need("loan_number"))
    if isinstance(cell["loan_number"], float) and float(number).is_integer():
        number = str(int(float(number)))  # XLSX: 1234567.0
    balance = num("balance")
    if not 0 < balance <= MAX_BALANCE:
        raise _BadField("balance", tr("restgjelden {value} må være over 0 og høyst 20 000 000 kr.").format(
            value=fmt_kr(balance)))
    rate = num("rate")
    if ctx["rate_fraction"]:
        rate *= 100
    if not 0 < rate <= MAX_RATE_PCT:
        raise _BadField("rate", tr("renten {value} må være over 0 og høyst 30 %.").format(value=fmt_rate(rate)))
    tpy = 12
    if cell.get("terms_per_year") is not None:
        raw = cell.get("terms_per_year")
        key = norm(raw)
        try:
            tpy = _FREQ.get(key) or int(parse_amount(raw, ctx["decimal_comma"]))
        except _Bad:
            tpy = 0
        if tpy not in (12, 4, 2, 1):
            raise _BadField("terms_per_year", tr("«{value}» terminer per år: bruk 12, 4 eller 2.").format(value=raw))
        tpy = max(tpy, 2) if tpy == 1 else tpy
    repayment = "annuity"
    lt = cell.get("loan_type")
    if lt is not None and norm(lt) in _SERIAL:
        repayment = "serial"  # anything else (e.g. "Startlån") is taken as the usual annuity
    rt = cell.get("rate_type")
    rate_type = ""
    if rt is not None:
        k = norm(rt)
        rate_type = "fixed" if k in _FIXED or k.startswith("fast") else "floating" if (
            k in _FLOATING or k.startswith("flyt")) else ""
        if not rate_type:
            raise _BadField("rate_type", tr("«{value}» er verken fast eller flytende rente.").format(value=rt))
    fixed_until = None
    fu = cell.get("fixed_until")
    if fu is not None:
        try:
            fixed_until = parse_date(fu)
        except _Bad as exc:
            raise _BadField("fixed_until", exc.message) from None
        if not dt.date(2000, 1, 1) <= fixed_until <= dt.date(today.year + MAX_FIXED_YEARS_AHEAD, 12, 31):  # no replace(): 29.02
            raise _BadField("fixed_until", tr("{date} er ikke en mulig dato for slutten av en bindingstid.").format(
                date=fmt_date(fixed_until)))
    if rate_type == "fixed" and fixed_until is None:
        raise _BadField("fixed_until", tr("fast rente uten dato for når bindingstiden går ut."))
    if not rate_type:
        rate_type = "fixed" if fixed_until is not None else "floating"
    if rate_type == "floating":
        fixed_until = None
    months = _remaining(cell, cols, ctx, balance, rate, tpy, repayment)
    text = lambda f: str(cell.get(f) or "")
    return Loan(rownum, number, text("name"), balance, rate, months, fixed_until, rate_type, repayment, tpy,
                text("address"), text("postcode"), text("town"))


def _remaining(cell, cols, ctx, balance, rate, tpy, repayment) -> int:
    """Remaining months, from the remaining-term column (months, years, terms
    or an end date) or, without one, from the payment."""
    today: dt.date = ctx["today"]
    v = cell.get("remaining")
    if v is not None:
        try:
            if isinstance(v, (dt.date, dt.datetime)) or (isinstance(v, str) and (_DMY.match(v) or _YMD.match(v))):
                end = parse_date(v)
                months = _months_between(today, end)
                if months < 1:
                    raise _BadField("remaining", tr("sluttdatoen {date} er passert.").format(date=fmt_date(end)))
            else:
                s = str(v).lower()
                x = parse_amount(_UNIT.sub("", s), ctx["decimal_comma"])
                unit = "years" if _YEARS.search(s) else ctx["remaining_unit"]
                months = round(x * 12) if unit == "years" else round(x * 12 / tpy) if unit == "terms" else round(x)
        except _Bad as exc:
            raise _BadField("remaining", exc.message) from None
        if not 1 <= months <= MAX_REMAINING_MONTHS:
            raise _BadField("remaining", tr("gjenstående løpetid {months} måneder må være mellom 1 og 600.").format(
                months=months))
        return months
    if "payment" not in cols:
        raise _BadField("remaining", tr("mangler verdi."))
    try:
        p = parse_amount(cell.get("payment") if cell.get("payment") is not None else "",
                         ctx["decimal_comma"])
        n = _terms_from_payment(balance, rate / 100 / tpy, p, repayment == "serial")
    except _Bad as exc:
        raise _BadField("payment", exc.message) from None
    months = n * (12 // tpy)
    if months > MAX_REMAINING_MONTHS:
        raise _BadField("payment", tr("terminbeløpet gir en løpetid over 50 år."))
    return months


class _BadField(Exception):
    def __init__(self, f: str, message: str):
        self.field = f
        self.message = message


def _missing(cols: dict[str, int]) -> list[str]:
    out = [f for f in REQUIRED if f not in cols]
    if "remaining" not in cols and "payment" not in cols:
        out.append("remaining")
    return out


def import_list(path: str | Path, mapping: dict[str, str] | None = None, today: dt.date | None = None,
                table: Table | None = None, header_index: int | None = None) -> LoanList:
    """Read a loan list. Columns are found by name; `mapping` (field -> column
    name or number) overrides. Rows that cannot be read go to `issues`; the
    rest are imported. Raises PortfolioError when the file is no loan list,
    or MissingColumns when a required column is not found. `header_index`
    (0-based) names the header row when the caseworker chose it."""
    today = today or dt.date.today()
    table = table if table is not None else read_table(path)
    hi = header_row(table) if header_index is None else header_index
    if mapping and header_index is None:
        if hi < 0:  # the header must hold the mapped names; else the first non-empty row
            names = {norm(c) for c in mapping.values() if not str(c).strip().isdigit()}
            hi = next((i for i, r in enumerate(table.rows[:HEADER_SCAN_ROWS])
                       if names and names <= {norm(c) for c in r}), -1)
            if hi < 0:
                hi = next((i for i, r in enumerate(table.rows) if any(_cell(r, c) is not None for c in range(len(r)))), -1)
    if not 0 <= hi < len(table.rows):
        raise NotALoanList(tr("Finner ikke kolonnene i en låneliste (lånenummer, restgjeld, rente …). "
                              "Velg kolonnene selv."))
    headers = ["" if h is None else str(h).strip() for h in table.rows[hi]]
    cols = match_columns(headers)
    if mapping:
        cols = {f: c for f, c in cols.items() if f not in mapping}
        cols.update(resolve_mapping(headers, mapping))
        cols = {f: c for f, c in cols.items()}
    missing = _missing(cols)
    if missing:
        raise MissingColumns(tr("Mangler kolonne for {fields}. Velg kolonnen selv (i programmet eller med --map "
                                "FELT=KOLONNE).").format(fields=", ".join(f"«{field_label(f)}»" for f in missing)),
                             missing)
    start = hi + 1
    rate_fraction = _rates_are_fractions(table, start, cols)
    ctx = {"today": today, "decimal_comma": _decimal_comma(table, start, [cols[f] for f in ("balance", "rate")]),
           "rate_fraction": rate_fraction,
           "remaining_unit": _remaining_unit(headers[cols["remaining"]]) if "remaining" in cols else "months"}
    loans: list[Loan] = []
    issues: list[RowIssue] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(table.rows[start:], start=start + 1):
        if not any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
            continue
        try:
            loan = _parse_row(row, i, cols, headers, ctx)
        except _BadField as exc:
            c = cols.get(exc.field)
            issues.append(RowIssue(i, headers[c] if c is not None and c < len(headers) else field_label(exc.field),
                                   exc.message))
            continue
        if loan.number in seen:
            issues.append(RowIssue(i, headers[cols["loan_number"]], tr(
                "lånenummer {number} står også i rad {row}; raden er hoppet over.").format(number=loan.number,
                                                                                        row=seen[loan.number])))
            continue
        seen[loan.number] = i
        loans.append(loan)
    if not loans and not issues:
        raise PortfolioError(tr("Listen har kolonner, men ingen lån."))
    notes = [tr("Rentene står som desimaltall (0,04 = 4 %) og er regnet om til prosent.")] if rate_fraction else []
    return LoanList(Path(path), loans, issues, cols, headers, hi, table, notes)


def _rates_are_fractions(table: Table, start: int, cols: dict[str, int]) -> bool:
    """An XLSX percent cell holds 0.04275 for 4.275 %: when every rate in the
    column is at most 0.3 and none is written with %, the column is fractions."""
    c = cols["rate"]
    seen = False
    for row in table.rows[start:]:
        v = _cell(row, c)
        if v is None:
            continue
        if isinstance(v, str) and "%" in v:
            return False
        try:
            x = parse_amount(v, isinstance(v, str) and "," in v)
        except _Bad:
            continue
        if x > 0.3:
            return False
        seen = seen or x > 0
    return seen


# --- the expiry list -----------------------------------------------------------

@dataclass(frozen=True)
class RateAfter:
    """The rate a loan goes to when its fixed period ends: today's floating
    Husbanken rate (monthly terms) plus the municipality's markup, or a rate
    the caseworker typed (used as it is)."""

    floating_pct: float
    markup_pp: float
    typed_pct: float | None = None

    def rate(self, terms_per_year: int = 12) -> float:
        if self.typed_pct is not None:
            return self.typed_pct
        if terms_per_year == 12:
            return self.floating_pct + self.markup_pp
        return nominal_for_frequency(self.floating_pct, terms_per_year) + self.markup_pp

    @classmethod
    def shipped(cls, typed_pct: float | None = None) -> RateAfter:
        """From the shipped data: Husbanken's newest floating rate and the default markup."""
        return cls(data.husbanken_rate("floating"), float(data.loan_terms()["default_markup_pp"]), typed_pct)


def balance_after(balance: float, r: float, n: int, k: int, repayment: str = "annuity") -> float:
    """Balance after k of n terms at periodic rate r.

    Annuity: B_k = B (1+r)^k - P ((1+r)^k - 1) / r with P = B r / (1 - (1+r)^-n);
    serial: B_k = B (1 - k/n).

    >>> round(balance_after(2_000_000, 0.05 / 12, 360, 60))
    1836575
    """
    if k <= 0:
        return balance
    if k >= n:
        return 0.0
    if repayment == "serial":
        return balance * (1 - k / n)
    if r == 0:
        return balance * (1 - k / n)
    g = math.exp(k * math.log1p(r))
    pay = balance * annuity_factor(r, n)
    return balance * g - pay * math.expm1(k * math.log1p(r)) / r


def term_payment(balance: float, r: float, n: int, repayment: str = "annuity") -> float:
    """The first payment per term on `balance` over n terms at periodic rate r:
    P = B r / (1 - (1+r)^-n) (annuity), B/n + B r (serial).

    >>> round(term_payment(2_000_000, 0.05 / 12, 360), 2)
    10736.43
    """
    if repayment == "serial":
        return balance / n + balance * r
    return balance * annuity_factor(r, n)


@dataclass(frozen=True)
class ExpiryItem:
    loan: Loan
    months_left: int  # 0: the fixed period has ended already
    rate_after_pct: float
    payment_now: float  # per term, today's
    payment_after: float  # per term, the first after the fixed period
    balance_at_expiry: float
    case_file: str = ""  # a saved case whose case number is the loan number
    residual_after: float | None = None  # that case's residual after the jump, per month

    @property
    def fixed_until(self) -> dt.date:
        """The date the fixed period ends (an expiry item always has one)."""
        assert self.loan.fixed_until is not None
        return self.loan.fixed_until

    @property
    def jump(self) -> float:
        return self.payment_after - self.payment_now

    @property
    def jump_shown(self) -> float:
        """The jump between the two payments in whole kroner as printed, so a
        letter's "8 966 kr, 1 872 kr more than today (7 094 kr)" adds up."""
        return round(self.payment_after) - round(self.payment_now)

    @property
    def jump_pct(self) -> float:
        return self.jump / self.payment_now * 100 if self.payment_now else 0.0

    @property
    def jump_monthly(self) -> float:
        """The jump as a monthly amount (quarterly loans pay it every third month)."""
        return self.jump * self.loan.terms_per_year / 12

    @property
    def ended(self) -> bool:
        return self.months_left == 0


def expiry_of(loan: Loan, rate_after: RateAfter, today: dt.date) -> ExpiryItem | None:
    """The loan's payment now and after its fixed period (None when it has no
    fixed period, or the loan is repaid before it ends). The balance at expiry
    follows today's payment at today's rate; after it, the payment is recomputed
    on that balance over the terms left, at the rate after."""
    if loan.rate_type != "fixed" or loan.fixed_until is None:
        return None
    months_left = _months_between(today, loan.fixed_until)
    tpy = loan.terms_per_year
    n = loan.n_terms
    k = months_left // (12 // tpy)
    if k >= n:
        return None
    r_now = loan.rate_pct / 100 / tpy
    after_pct = rate_after.rate(tpy)
    now = term_payment(loan.balance, r_now, n, loan.repayment)
    b_k = balance_after(loan.balance, r_now, n, k, loan.repayment)
    if loan.repayment == "serial":
        after = loan.balance / n + b_k * after_pct / 100 / tpy
    else:
        after = term_payment(b_k, after_pct / 100 / tpy, n - k)
    return ExpiryItem(loan, months_left, after_pct, now, after, b_k)


def expiry_list(loans: Iterable[Loan], rate_after: RateAfter, today: dt.date | None = None,
                cases: dict[str, tuple[str, float]] | None = None) -> list[ExpiryItem]:
    """Every fixed-rate loan's expiry, soonest first (then the largest jump).
    `cases` maps a loan number to (case file, residual after the jump)."""
    today = today or dt.date.today()
    cases = cases or {}
    out = []
    for loan in loans:
        e = expiry_of(loan, rate_after, today)
        if e is None:
            continue
        if loan.number in cases:
            f, res = cases[loan.number]
            e = ExpiryItem(e.loan, e.months_left, e.rate_after_pct, e.payment_now, e.payment_after,
                           e.balance_at_expiry, f, res)
        out.append(e)
    out.sort(key=lambda e: (e.loan.fixed_until, -e.jump))
    return out


def case_residuals(folder: str | Path) -> tuple[dict[str, tuple[str, float]], list[tuple[str, str]]]:
    """Saved cases in a folder whose case number (saksnr.) is a loan number:
    loan number -> (file, residual after the fixed period ends), from the
    case's own follow-up (`expiries.scan`), and the files skipped."""
    rows, skipped = scan(folder)
    return {r.reference.strip(): (r.file, r.expiry.residual_after) for r in rows if r.reference.strip()}, skipped


def matches(e: ExpiryItem, within_months: int | None = None, min_jump_kr: float | None = None,
            min_jump_pct: float | None = None, search: str = "", uncontacted: Callable[[str], bool] | None = None
            ) -> bool:
    """The list's filters: ends within N months, jump above X kr (per term) or
    Y %, a loan number or name containing the search text, not yet contacted."""
    if within_months is not None and e.months_left > within_months:
        return False
    if min_jump_kr is not None and e.jump < min_jump_kr:
        return False
    if min_jump_pct is not None and e.jump_pct < min_jump_pct:
        return False
    if search:
        s = search.strip().lower()
        if s not in e.loan.number.lower() and s not in e.loan.name.lower():
            return False
    if uncontacted is not None and not uncontacted(e.loan.number):
        return False
    return True


@dataclass(frozen=True)
class Quarter:
    label: str  # "2027 K1", or "Utløpt" / "Senere"
    count: int
    jump_monthly: float  # the sum of the jumps, per month


def quarters(items: list[ExpiryItem], today: dt.date | None = None, last_year: int = 2028) -> list[Quarter]:
    """How many fixed periods end per quarter, from today's quarter to the end
    of `last_year`, with the sum of the monthly jumps; those already ended and
    those after `last_year` in a row each."""
    today = today or dt.date.today()
    first = (today.year, (today.month - 1) // 3 + 1)
    keys = []
    y, q = first
    while y <= last_year:
        keys.append((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    counts = {k: [0, 0.0] for k in keys}
    ended, later = [0, 0.0], [0, 0.0]
    for e in items:
        d = e.fixed_until
        k = (d.year, (d.month - 1) // 3 + 1)
        bucket = ended if d < today else counts.get(k, later if k > first else ended)
        bucket[0] += 1
        bucket[1] += e.jump_monthly
    out = [Quarter(tr("Utløpt"), int(ended[0]), ended[1])] if ended[0] else []
    out += [Quarter(tr("{year} K{quarter}").format(year=y, quarter=q), int(counts[(y, q)][0]), counts[(y, q)][1])
            for y, q in keys]
    if later[0]:
        out.append(Quarter(tr("Etter {year}").format(year=last_year), int(later[0]), later[1]))
    return out


# --- output --------------------------------------------------------------------

CSV_HEADER = ("lanenummer", "navn", "binding_til", "mnd_igjen", "restgjeld", "rente_na", "rente_etter",
              "terminer_per_ar", "terminbelop_na", "terminbelop_etter", "okning_kr", "okning_pct", "saksfil",
              "restbelop_etter")


def _dec(v: float | None, nd: int = 2) -> str:
    return "" if v is None else f"{v:.{nd}f}".replace(".", ",")


def to_csv(items: list[ExpiryItem]) -> str:
    """Semicolon CSV with decimal commas, as Norwegian Excel opens it."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow(CSV_HEADER)
    for e in items:
        w.writerow([e.loan.number, e.loan.name, e.fixed_until.isoformat(), e.months_left, _dec(e.loan.balance),
                    _dec(e.loan.rate_pct, 3), _dec(e.rate_after_pct, 3), e.loan.terms_per_year, _dec(e.payment_now),
                    _dec(e.payment_after), _dec(e.jump), _dec(e.jump_pct), e.case_file, _dec(e.residual_after)])
    return buf.getvalue()


def to_json(items: list[ExpiryItem]) -> list[dict]:
    r = lambda v, nd=2: None if v is None else round(v, nd)
    return [{"loan_number": e.loan.number, "name": e.loan.name, "row": e.loan.row,
             "fixed_until": e.fixed_until.isoformat(), "months_left": e.months_left,
             "balance": r(e.loan.balance), "rate_now_pct": r(e.loan.rate_pct, 4), "rate_after_pct": r(e.rate_after_pct, 4),
             "terms_per_year": e.loan.terms_per_year, "remaining_months": e.loan.remaining_months,
             "repayment": e.loan.repayment, "payment_now": r(e.payment_now), "payment_after": r(e.payment_after),
             "jump": r(e.jump), "jump_pct": r(e.jump_pct), "balance_at_expiry": r(e.balance_at_expiry),
             "case_file": e.case_file or None, "residual_after": r(e.residual_after)} for e in items]


def headers() -> list[str]:
    """Column titles of the expiry list, on screen and in the CLI: core.rows.PORTFOLIO_COLUMNS."""
    return [row.label for row in PORTFOLIO_COLUMNS]
