"""The one place that turns numbers into Norwegian text and back.

Explicit patterns rather than a locale library: locale data differ between
versions (`kr 1 234` vs `1 234 kr`). U+00A0 separates thousands so a figure
never breaks across lines (U+202F draws as a box in some PDF fonts).
"""

from __future__ import annotations

import datetime as _dt
import math
import re

from .i18n import QT_TR_NOOP, tr

NBSP = "\u00a0"
MINUS = "\u2212"


def fmt_number(value: float, decimals: int = 0) -> str:
    """`1234567.5` -> `1 234 567,50` (decimals=2); minus as U+2212."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # no "−0"
    text = f"{abs(rounded):,.{decimals}f}"
    text = text.replace(",", NBSP).replace(".", ",")
    return (MINUS + text) if rounded < 0 else text


def fmt_kr(value: float, decimals: int = 0) -> str:
    """Money: `1 234 567 kr`."""
    if value is None:
        return "–"
    return f"{fmt_number(value, decimals)}{NBSP}kr"


def fmt_kr_approx(value: float, step: float = 1000) -> str:
    """Money in a sentence, to the nearest `step`: `186 000 kr` ("om lag")."""
    if value is None:
        return "–"
    return fmt_kr(round(value / step) * step)


def fmt_pct(value: float | None, decimals: int = 2) -> str:
    """Percent given in percent units: 4.89 -> `4,89 %`."""
    if value is None:
        return "–"
    return f"{fmt_number(value, decimals)}{NBSP}%"


def fmt_rate(value: float) -> str:
    """An interest rate with 2 decimals, or 3 when the third is significant."""
    if value is None:
        return "–"
    decimals = 3 if round(value * 1000) % 10 else 2
    return fmt_pct(value, decimals)


def fmt_break_even_rate(value: float | None) -> str:
    """The rate above which a budget fails, rounded *down* to a 0,001 point step.

    Rates are set in steps of 0,001 points, so "fails above x" is exact only
    when x is the largest such step that still holds: x = floor(1000 v) / 1000.
    Rounding to nearest could name a rate at which the budget already fails.

    >>> fmt_break_even_rate(7.15996)
    '7,159\xa0%'
    >>> fmt_break_even_rate(6.5)
    '6,50\xa0%'
    """
    if value is None:
        return "–"
    # The small epsilon keeps an exact step (6.5 stored as 6.4999999...) on its step.
    return fmt_rate(math.floor(value * 1000 + 1e-6) / 1000)


def fmt_date(value: _dt.date | str | None) -> str:
    """ISO date or date -> `23.11.2026`."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value[:10])
    return value.strftime("%d.%m.%Y")


MONTH_NAMES = (QT_TR_NOOP("januar"), QT_TR_NOOP("februar"), QT_TR_NOOP("mars"), QT_TR_NOOP("april"),
               QT_TR_NOOP("mai"), QT_TR_NOOP("juni"), QT_TR_NOOP("juli"), QT_TR_NOOP("august"),
               QT_TR_NOOP("september"), QT_TR_NOOP("oktober"), QT_TR_NOOP("november"), QT_TR_NOOP("desember"))


def fmt_month(value: _dt.date) -> str:
    """A calendar month in words: `mars 2031` (the name in the current language)."""
    return f"{tr(MONTH_NAMES[value.month - 1])} {value.year}"


def fmt_years(years: int, months: int = 0) -> str:
    text = tr("%n år", None, years)
    if months:
        text += " " + tr("%n mnd", None, months)
    return text


# compiled on first use, as core/parsing.py's patterns (the command line alone parses with these)
_STRIP = r"(?i)\s|kr\.?|nok|,-$|%|\u00a0|\u202f|\u2009"
_DOT_THOUSANDS = r"^\d{1,3}(\.\d{3})+$"


def parse_number(text: str) -> float:
    """Parse what a caseworker types or pastes: `1 234 567,50 kr`, `4,89 %`,
    `1.234.567`, `-500`, `−500`, `12 000,-`. Raises ValueError on anything else."""
    if text is None:
        raise ValueError("empty")
    s = str(text).strip().replace(MINUS, "-").replace("\u2013", "-")
    if s.endswith(",-"):
        s = s[:-2]
    s = re.sub(_STRIP, "", s)
    if not s or s in {"-", "+"}:
        raise ValueError("empty")
    sign = -1.0 if s.startswith("-") else 1.0
    if s[0] in "+-":
        s = s[1:]
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    elif re.match(_DOT_THOUSANDS, s) and s.count(".") > 1:
        s = s.replace(".", "")
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", s):
        raise ValueError(f"not a number: {text!r}")
    value = float(s)
    if not math.isfinite(value):
        raise ValueError("not finite")
    return sign * value
