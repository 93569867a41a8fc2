"""What a caseworker types, read by the kind of field it is typed into.

One pure function per field kind; the widgets call them and never parse.

- **money** (kroner): Norwegian habit first. A dot followed by exactly three
  digits is a thousands separator (``28.400`` = 28 400 kr, ``kr 490.000,-`` =
  490 000 kr); so are spaces between groups of three (``1 234 567``). The
  decimal separator is the comma, with at most two decimals (øre). Anything
  else that could mean two things (``28.40``, ``1,234``, ``1,234.56``) is
  refused with a message, never guessed. A percent sign is refused.
- **rate** (percent or percentage points): a plain decimal with comma or dot
  (``4,275`` and ``4.275`` are both 4,275 %); no thousands separators; ``kr``
  is refused.
- **decimal** (years, shares, other plain numbers): as a rate, without the
  percent sign.
- **date**: ``dd.mm.åååå`` (dots, slashes or dashes), ``åååå-mm-dd``, or a
  month ``mm.åååå``; :func:`parse_date` gives ISO text.

Each parser raises :class:`ParseError` with a message for the field, in the
user's language. :func:`state` says whether a text is complete, could still
become valid by typing more (``28.4`` on the way to ``28.400``), or is wrong.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Callable

from .i18n import tr

KINDS = ("money", "rate", "decimal")

# The patterns are compiled on first use (re's cache), not at import: the ten of this module and
# core/formatting.py cost 6 M instructions before the window's first frame, which parses nothing (issue 23).

_SPACES = r"[\s\u00a0\u202f\u2009\u2007]+"
_MINUSES = ("\u2212", "\u2013", "\u2012")
_KR = r"(?i)^(kr\.?|nok)|(kr\.?|nok)$"
_PCT_UNITS = r"(?i)(%|prosentpoeng|pp|p\.p\.)$"
# money: the integer part plain, grouped by dots, or grouped by spaces; then ,dd
_MONEY = r"^(\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)(?:,(\d{1,2}))?$"
_DECIMAL = r"^(\d+)(?:[.,](\d+))?$|^[.,](\d+)$"


class ParseError(ValueError):
    """Text that is not a number of the field's kind; `message` is for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _sign(s: str) -> tuple[float, str]:
    for m in _MINUSES:
        s = s.replace(m, "-")
    if s[:1] in "+-":
        return (-1.0 if s[0] == "-" else 1.0), s[1:].strip()
    return 1.0, s


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ParseError(tr("Tallet er for stort."))
    return value


def _empty() -> ParseError:
    return ParseError(tr("Feltet kan ikke være tomt."))


def parse_money(text: str) -> float:
    """Kroner as typed or pasted: ``28.400`` and ``28 400`` are 28 400 kr.

    >>> parse_money("kr 490.000,-")
    490000.0
    >>> parse_money("1 234 567,50 kr")
    1234567.5
    >>> parse_money("−500")
    -500.0
    """
    s = re.sub(_SPACES, " ", str(text or "")).strip()
    if not s:
        raise _empty()
    if "%" in s or re.search(r"(?i)prosent", s):
        raise ParseError(tr("Dette er et kronebeløp, ikke prosent. Skriv beløpet i kroner, for eksempel 12 500."))
    for tail in (",-", ".-", ",–", ",—"):
        if s.endswith(tail):
            s = s[: -len(tail)].strip()
    s = re.sub(_KR, "", s.strip()).strip()
    if not s:
        raise _empty()
    sign, s = _sign(s)
    m = re.match(_MONEY, s)
    if m is None:
        raise ParseError(_money_hint(s))
    whole = m.group(1).replace(".", "").replace(" ", "")
    cents = m.group(2) or ""
    return _finite(sign * float(f"{whole}.{cents or '0'}"))


def _money_hint(s: str) -> str:
    """Why a kroner text is refused, in the caseworker's terms."""
    if re.fullmatch(r"[\d .,]+", s) is None:
        return tr("Skriv et kronebeløp, for eksempel 12 500 eller 28.400.")
    if "." in s and "," in s and s.index(",") < s.index("."):
        return tr("Uklart tall: skriv kroner på norsk, med komma før øre (1 234,50).")
    if re.search(r",\d{3,}$", s):
        return tr("Uklart tall: komma står foran øre (høyst to sifre). Mente du {example}?").format(
            example=s.replace(",", " "))
    if "." in s:
        return tr("Uklart tall: i kronebeløp er punktum tusenskille og står foran tre sifre (28.400 = 28 400 kr). "
                  "Øre skrives med komma (28,40).")
    return tr("Uklart tall: skriv sifrene i grupper på tre (1 234 567) eller uten mellomrom.")


def _plain_decimal(s: str) -> float:
    m = re.match(_DECIMAL, s)
    if m is None:
        raise ValueError(s)
    return float(s.replace(",", "."))


def parse_rate(text: str) -> float:
    """A rate in percent (or percentage points): ``4.275`` and ``4,275 %`` are 4,275.

    >>> parse_rate("4.275")
    4.275
    >>> parse_rate("4,5 %")
    4.5
    """
    s = re.sub(_SPACES, " ", str(text or "")).strip()
    if not s:
        raise _empty()
    if re.search(r"(?i)kr|nok", s):
        raise ParseError(tr("Dette er en rente i prosent, ikke kroner. Skriv for eksempel 4,275."))
    s = re.sub(_PCT_UNITS, "", s).strip()
    if not s:
        raise _empty()
    return _signed_decimal(s, tr("Skriv en rente med komma eller punktum, for eksempel 4,275."))


def parse_decimal(text: str, unit: str = "") -> float:
    """A plain number (years, a share): ``2,5`` and ``2.5`` are 2,5; the unit may follow.

    >>> parse_decimal("2,5 år", "år")
    2.5
    """
    s = re.sub(_SPACES, " ", str(text or "")).strip()
    if not s:
        raise _empty()
    if unit and s.lower().endswith(unit.lower()):
        s = s[: -len(unit)].strip()
    if s.endswith("%"):
        s = s[:-1].strip()
    if not s:
        raise _empty()
    return _signed_decimal(s, tr("Skriv et tall, for eksempel 12 eller 2,5."))


def _signed_decimal(s: str, hint: str) -> float:
    """A signed plain decimal (the unit already gone), or ParseError with `hint`."""
    sign, s = _sign(s)
    try:
        return _finite(sign * _plain_decimal(s.replace(" ", "")))
    except ValueError:
        raise ParseError(hint) from None


_DMY = r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$"
_MY = r"^(\d{1,2})[./-](\d{4})$"
_YMD = r"^(\d{4})-(\d{1,2})-(\d{1,2})$"


def parse_date(text: str) -> str:
    """A date as typed, as ISO text ("" for an empty field): ``24.12.2019``,
    ``24/12/2019``, ``24-12-2019``, ``2019-12-24``, or a month ``05.2027``
    (its first day: a start or end date counts by the month).

    >>> parse_date("1.3.2027"), parse_date("05.2027"), parse_date(" 2027-03-01 ")
    ('2027-03-01', '2027-05-01', '2027-03-01')
    """
    s = str(text or "").strip()
    if not s:
        return ""
    m = re.match(_DMY, s)
    parts = (m[3], m[2], m[1]) if m else None
    if parts is None and (m := re.match(_MY, s)):
        parts = (m[2], m[1], "1")
    if parts is None and (m := re.match(_YMD, s)):
        parts = (m[1], m[2], m[3])
    try:
        if parts is None:
            raise ValueError
        d = _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise ParseError(tr("Skriv datoen som dd.mm.åååå, for eksempel 24.12.2019.")) from None
    if not 1900 <= d.year <= 2200:
        raise ParseError(tr("Datoen er utenfor gyldig område."))
    return d.isoformat()


PARSERS: dict[str, Callable[[str], float]] = {"money": parse_money, "rate": parse_rate, "decimal": parse_decimal}


def parse(kind: str, text: str) -> float:
    """Parse `text` as a field of `kind` ("money", "rate" or "decimal")."""
    return PARSERS[kind](text)


def state(kind: str, text: str) -> tuple[str, float | None, str]:
    """("ok", value, "") for a complete number, ("incomplete", None, message) for a
    text that more typing can still make valid (``28.4`` → ``28.400``; ``12,``),
    ("invalid", None, message) otherwise. While a field is incomplete or invalid,
    the figures keep its last valid value."""
    try:
        return "ok", parse(kind, text), ""
    except ParseError as exc:
        message = exc.message
    s = str(text or "").rstrip()
    if s.strip() and not re.search(r"(?i)%|prosent|kr\s*$|nok", s) or s.strip() in {"-", "+", "−"}:
        for more in ("0", "00", "000", "0,00", ",00"):
            try:
                parse(kind, s + more)
            except ParseError:
                continue
            return "incomplete", None, message
    return "invalid", None, message
