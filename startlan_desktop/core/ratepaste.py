"""Read Husbanken's rate table as a browser copies it from husbanken.no/rente.

A copy is loose text: rows such as ``Flytende rente<TAB>4,131 %`` or
``Fast rente 3 år 4,774`` (tabs or spaces, Norwegian decimal commas, perhaps
an effective rate after the nominal one) and a heading with the date the rates
apply from (``Gjelder fra 1. november 2026`` or ``01.11.2026``). The result is
a monthly rate table for the data in force; a paste that lacks a row or the
date is refused with a message naming what is missing.

A date may also stand on a rate's own line (``Flytende rente 4,275 % fra
01.11.2026``, or before the rate): dates are taken out of a line before its
rate is read, so ``01.11`` is never read as a rate of 1,11 %, and a date on the
rate lines beats one elsewhere in the heading (an "updated" date is not the
date the rates apply from).
"""

from __future__ import annotations

import datetime as _dt
import re

from .i18n import QT_TR_NOOP, tr

KINDS = ("floating", "fixed_3", "fixed_5", "fixed_10", "fixed_20")
KIND_LABELS = {"floating": QT_TR_NOOP("flytende rente"), "fixed_3": QT_TR_NOOP("fast rente 3 år"),
               "fixed_5": QT_TR_NOOP("fast rente 5 år"), "fixed_10": QT_TR_NOOP("fast rente 10 år"),
               "fixed_20": QT_TR_NOOP("fast rente 20 år")}
RATE_RANGE = (0.01, 20.0)  # the same bounds as a data pack's (core/datapack.py)
MAX_CHARS = 20_000
MONTHS = {"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
          "september": 9, "oktober": 10, "november": 11, "desember": 12}

_RATE = re.compile(r"[-−–]?\s?\d+(?:[.,]\d+)?")
_FIXED = re.compile(r"(?i)\bfast\w*\b.*?(\d{1,2})\s*(?:-\s*)?år")
_DMY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORDS = re.compile(r"(?i)\b(\d{1,2})\.?\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b")


class RatePasteError(ValueError):
    """A paste that cannot be read; the message says what is missing, for the user."""


def _kind(line: str) -> tuple[str | None, str]:
    """The rate kind a line names, and the rest of the line after the label."""
    low = line.lower()
    m = _FIXED.search(low)
    if m:
        return f"fixed_{int(m.group(1))}", low[m.end():]
    m = re.search(r"flytende\w*(\s+rente)?", low)
    if m:
        return "floating", low[m.end():]
    return None, ""


def _without_dates(text: str) -> str:
    """The text with every date blanked out (a date's digits are not a rate)."""
    for pattern in (_DMY, _ISO, _WORDS):
        text = pattern.sub(" ", text)
    return text


def _first_rate(rest: str) -> float | None:
    """The first number after the label, dates aside: the nominal rate (an effective one may follow)."""
    m = _RATE.search(_without_dates(rest.replace("\u00a0", " ")))
    if m is None:
        return None
    return float(m.group(0).replace(" ", "").replace("−", "-").replace("–", "-").replace(",", "."))


def _date(text: str) -> str | None:
    """The date the rates apply from, as ISO; None if there is none or it is not a real date.

    A date after "fra" ("Gjelder fra …") beats the others; else the first one.
    """
    dates = _dates(text)
    after_fra = [iso for pos, iso in dates if re.search(r"(?i)\bfra\s*:?\s*$", text[max(0, pos - 12):pos])]
    found = after_fra or [iso for _pos, iso in dates]
    return found[0] if found else None


def _dates(text: str) -> list[tuple[int, str]]:
    """Every real date in the text with its position, in order."""
    found = []
    for pattern, order in ((_DMY, "dmy"), (_ISO, "ymd"), (_WORDS, "dwy")):
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            if order == "dmy":
                y, mo, d = int(c), int(b), int(a)
            elif order == "ymd":
                y, mo, d = int(a), int(b), int(c)
            else:
                y, mo, d = int(c), MONTHS[b.lower()], int(a)
            found.append((m.start(), y, mo, d))
    out = []
    for pos, y, mo, d in sorted(found):
        try:
            out.append((pos, _dt.date(y, mo, d).isoformat()))
        except ValueError:
            continue
    return out


def parse_rate_paste(text: str) -> dict:
    """A pasted rate table to ``{"valid_from": ISO date, "floating": %, "fixed_3": %, ...}``.

    Raises RatePasteError naming what is missing or wrong: no date, a missing
    row, a row without a rate, a rate outside 0,01–20 %, or two different
    rates for one row.

    >>> t = parse_rate_paste("Gjelder fra 01.11.2026\\nFlytende rente\\t4,131 %\\nFast rente 3 år\\t4,774 %\\n"
    ...                      "Fast rente 5 år 4,805\\nFast rente 10 år 4,938\\nFast rente 20 år 5,01")
    >>> t["valid_from"], t["floating"], t["fixed_20"]
    ('2026-11-01', 4.131, 5.01)
    """
    text = str(text or "")
    if not text.strip():
        raise RatePasteError(tr("Limte du inn noe? Feltet er tomt: kopier rentetabellen fra husbanken.no/rente."))
    if len(text) > MAX_CHARS:
        raise RatePasteError(tr("Teksten er for lang til å være Husbankens rentetabell."))
    rates: dict[str, float] = {}
    row_dates: list[str] = []  # the dates written on the rate lines themselves
    for line in text.splitlines():
        kind, rest = _kind(_without_dates(line))
        if kind is None:
            continue
        if kind not in KINDS:
            continue  # a fixed period Husbanken does not offer in the table (e.g. 1 year): not used
        value = _first_rate(rest)
        name = tr(KIND_LABELS[kind])
        if value is None:
            raise RatePasteError(tr("Raden for {row} har ingen rente.").format(row=name))
        lo, hi = RATE_RANGE
        if not lo <= value <= hi:
            raise RatePasteError(tr("Renten for {row} ({value} %) er utenfor 0,01–20 %: sjekk at du kopierte "
                                    "renten, ikke noe annet.").format(row=name, value=f"{value:g}".replace(".", ",")))
        if kind in rates and rates[kind] != value:
            raise RatePasteError(tr("Teksten har to ulike renter for {row}: kopier bare én tabell.").format(row=name))
        rates[kind] = value
        on_line = _date(line)
        if on_line is not None:
            row_dates.append(on_line)
    if not rates:
        raise RatePasteError(tr("Fant ingen renter i teksten: kopier tabellen med «Flytende rente» og "
                                "«Fast rente 3 år» osv. fra husbanken.no/rente."))
    missing = [tr(KIND_LABELS[k]) for k in KINDS if k not in rates]
    if missing:
        raise RatePasteError(tr("Teksten mangler {rows}.").format(rows=", ".join(missing)))
    # Rows dated on their lines: the table as a whole applies from the newest row's date.
    date = max(row_dates) if row_dates else _date(text)
    if date is None:
        raise RatePasteError(tr("Teksten mangler datoen rentene gjelder fra (for eksempel «Gjelder fra 01.11.2026»): "
                                "ta med overskriften når du kopierer."))
    return {"valid_from": date, **{k: rates[k] for k in KINDS}}
