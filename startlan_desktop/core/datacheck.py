"""Checking data packs and the user's own data file: a pack is checked completely
before anything is written (malformed, older than the data in force, or out of
range is refused with a message naming the item). `data` reads the user's items
through `read_user_items`; `datapack` applies packs and re-exports these names."""

from __future__ import annotations

import datetime as _dt
import json
import math
from pathlib import Path

from .errors import CaseFileError, file_version
from .formatting import fmt_date
from .i18n import QT_TR_NOOP, tr
from .shipped import ITEMS, item_date, shipped
from .userdirs import data_dir

FORMAT = "startlan-data"
VERSION = 1
USER_FILE = "data-pack.json"
MAX_BYTES = 2 * 1024 * 1024
RATE_KINDS = ("floating", "fixed_3", "fixed_5", "fixed_10", "fixed_20")
FREQUENCIES = ("12", "4", "2")
NAV_KEYS = ("enslige", "ektepar_samboere", "person_i_bofellesskap", "barn_0_5", "barn_6_10", "barn_11_17")
LABELS = {
    "policy_rate": QT_TR_NOOP("Norges Banks styringsrente"), "husbanken_rates": QT_TR_NOOP("Husbankens renter"),
    "nav_floor": QT_TR_NOOP("NAVs veiledende satser"), "grunnbelop": QT_TR_NOOP("Grunnbeløpet (G)"),
    "loan_terms": QT_TR_NOOP("Lånevilkår og gebyrer"), "enforcement_rates": QT_TR_NOOP("Livsoppholdssatser (namsmann)"),
    "sifo_2025": QT_TR_NOOP("SIFO referansebudsjett 2025"), "sifo_2026": QT_TR_NOOP("SIFO referansebudsjett 2026"),
    "tax_2025": QT_TR_NOOP("Skatteregler 2025"), "tax_2026": QT_TR_NOOP("Skatteregler 2026"),
    "sale_costs": QT_TR_NOOP("Salgskostnader ved tvangssalg"),
}
# Plausible bounds: a figure outside them is a typing or transcription error.
POLICY_RANGE = (0.0, 15.0)
RATE_RANGE = (0.01, 20.0)
NAV_RANGE = (0.0, 100_000.0)
G_RANGE = (50_000.0, 1_000_000.0)


class DataPackError(ValueError):
    """A pack (or a paste) that cannot be used; the message names the item, for the user."""


def label(name: str) -> str:
    return tr(LABELS[name]) if name in LABELS else name


# --- the user's data file ------------------------------------------------------

def user_path():
    return data_dir() / USER_FILE


def read_user_items() -> dict:
    """The user's items; a damaged file is ignored (the shipped data stays in force)."""
    p = user_path()
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
        return check_pack(doc, against=None)
    except (OSError, ValueError):
        return {}


# --- checking ------------------------------------------------------------------

def _fail(name: str, text: str) -> DataPackError:
    return DataPackError(tr("«{item}»: {problem}").format(item=label(name), problem=text))


def _number(name: str, path: str, v, lo: float, hi: float) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise _fail(name, tr("{path} skal være et tall.").format(path=path))
    if not lo <= v <= hi:
        raise _fail(name, tr("{path} = {value} er utenfor gyldig område ({lo}–{hi}).").format(
            path=path, value=_show(v), lo=_show(lo), hi=_show(hi)))
    return float(v)


def _show(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def _date(name: str, path: str, v) -> str:
    try:
        _dt.date.fromisoformat(v)
        if isinstance(v, str) and len(v) == 10:
            return v
    except (TypeError, ValueError):
        pass
    raise _fail(name, tr("{path} skal være en dato (ÅÅÅÅ-MM-DD).").format(path=path))


def _text(name: str, path: str, v) -> str:
    if not isinstance(v, str):
        raise _fail(name, tr("{path} skal være tekst.").format(path=path))
    return v


def _entries(name: str, doc, key: str) -> list:
    if not isinstance(doc, dict) or not isinstance(doc.get(key), list) or not doc[key]:
        raise _fail(name, tr("«{key}» skal være en liste med minst én oppføring.").format(key=key))
    for i, e in enumerate(doc[key]):
        if not isinstance(e, dict):
            raise _fail(name, tr("{path} skal være en tabell.").format(path=f"{key}[{i}]"))
        _date(name, f"{key}[{i}].valid_from", e.get("valid_from"))
        _text(name, f"{key}[{i}].source", e.get("source", ""))
        _text(name, f"{key}[{i}].status", e.get("status", "user"))
    return doc[key]


def _check_policy(name: str, doc) -> None:
    for i, e in enumerate(_entries(name, doc, "decisions")):
        _number(name, f"decisions[{i}].rate_pct", e.get("rate_pct"), *POLICY_RANGE)
    rule = doc.get("stress_rule")
    if not isinstance(rule, dict):
        raise _fail(name, tr("«stress_rule» mangler."))
    for key, hi in (("startlan_addon_pp", 10.0), ("bank_margin_pp", 10.0), ("bank_floor_pct", 20.0)):
        _number(name, f"stress_rule.{key}", rule.get(key), 0.0, hi)


def _check_rates(name: str, doc) -> None:
    for i, t in enumerate(_entries(name, doc, "tables")):
        rates = t.get("rates")
        if not isinstance(rates, dict) or not isinstance(rates.get("12"), dict) or "floating" not in rates["12"]:
            raise _fail(name, tr("tabellen fra {date} mangler flytende rente for månedlige terminer.").format(
                date=t["valid_from"]))
        for freq, row in rates.items():
            if freq not in FREQUENCIES or not isinstance(row, dict):
                raise _fail(name, tr("ukjent terminhyppighet «{freq}».").format(freq=freq))
            for kind, v in row.items():
                if kind not in RATE_KINDS:
                    raise _fail(name, tr("ukjent rentetype «{kind}».").format(kind=kind))
                _number(name, f"tables[{i}].rates.{freq}.{kind}", v, *RATE_RANGE)


def _check_nav(name: str, doc) -> None:
    for i, t in enumerate(_entries(name, doc, "tables")):
        for key in NAV_KEYS:
            _number(name, f"tables[{i}].{key}", t.get(key), *NAV_RANGE)


def _check_g(name: str, doc) -> None:
    for i, e in enumerate(_entries(name, doc, "entries")):
        _number(name, f"entries[{i}].amount", e.get("amount"), *G_RANGE)


# Figures that are whole numbers (ages, months, counts, years): the code counts and indexes with them.
WHOLE_KEYS = {"age_min", "age_max", "months_min", "months_max", "months", "year", "income_year", "since", "step"}

def _like(name: str, path: str, v, ref) -> None:
    """`v` has the shape of the shipped `ref`: same keys, same kinds, and every
    number non-negative and at most ten times the shipped figure (an absurd
    figure is a typing error)."""
    if isinstance(ref, dict):
        if not isinstance(v, dict):
            raise _fail(name, tr("{path} skal være en tabell.").format(path=path or name))
        missing = sorted(set(ref) - set(v))
        if missing:
            raise _fail(name, tr("{path} mangler.").format(path=f"{path}.{missing[0]}".strip(".")))
        for k in v:
            if k not in ref:
                raise _fail(name, tr("ukjent felt {path}.").format(path=f"{path}.{k}".strip(".")))
            _like(name, f"{path}.{k}".strip("."), v[k], ref[k])
    elif isinstance(ref, list):
        if not isinstance(v, list) or (ref and not v):
            raise _fail(name, tr("{path} skal være en liste.").format(path=path))
        for i, x in enumerate(v):
            _like(name, f"{path}[{i}]", x, ref[min(i, len(ref) - 1)] if ref else x)
    elif isinstance(ref, bool):
        if not isinstance(v, bool):
            raise _fail(name, tr("{path} skal være sann/usann.").format(path=path))
    elif isinstance(ref, (int, float)):
        hi = 10 * abs(ref) if ref else 1_000_000
        _number(name, path, v, min(0.0, ref), hi)
        if path.rsplit(".", 1)[-1] in WHOLE_KEYS and not isinstance(v, int):  # an age, a count: 8, not 8.0 or 7.5
            raise _fail(name, tr("{path} skal være et heltall.").format(path=path))
    elif isinstance(ref, str):
        _text(name, path, v)
    elif ref is None and v is not None and path.rsplit(".", 1)[-1] in WHOLE_KEYS:
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:  # an open age band: none, or a whole age
            raise _fail(name, tr("{path} skal være et heltall.").format(path=path))
    elif ref is None and v is not None and not isinstance(v, (int, float, str)):
        raise _fail(name, tr("{path} skal være et tall eller tomt.").format(path=path))


CHECKS = {"policy_rate": _check_policy, "husbanken_rates": _check_rates, "nav_floor": _check_nav,
          "grunnbelop": _check_g}


def check_item(name: str, doc) -> dict:
    """Raise DataPackError unless `doc` is a usable item `name`."""
    if name not in ITEMS:
        raise DataPackError(tr("Ukjent dataelement «{item}».").format(item=name))
    if not isinstance(doc, dict):
        raise _fail(name, tr("skal være en tabell."))
    if name in CHECKS:
        CHECKS[name](name, doc)
    else:
        ref = shipped(name)
        if name.startswith("tax_") and "updated" in doc:  # a year's rules typed in settings: the date typed
            _date(name, "updated", doc["updated"])
            ref = {**ref, "updated": ""}
        _like(name, "", doc, ref)
    return doc


def check_pack(doc, against: dict | None) -> dict:
    """The items of a pack document, checked; with `against` (the data in force)
    also refuse items older than those in force."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DataPackError(tr("Filen er ikke en datapakke fra Startlån Desktop."))
    file_version(doc, VERSION, DataPackError, tr("Datapakken mangler gyldig versjonsnummer."),
                 tr("Datapakken er laget av en nyere versjon av programmet (formatversjon {version}). "
                    "Oppdater Startlån Desktop for å lese den."))
    date = doc.get("date")
    try:
        _dt.date.fromisoformat(date if isinstance(date, str) else "")  # anything but an ISO date is refused
    except ValueError:
        raise DataPackError(tr("Datapakken mangler gyldig dato.")) from None
    items = doc.get("items")
    if not isinstance(items, dict) or not items:
        raise DataPackError(tr("Datapakken har ingen dataelementer."))
    for name, item in items.items():
        check_item(name, item)
        if against is not None and item_date(name, item) < item_date(name, against[name]):
            raise _fail(name, tr("datapakken har tall fra {date}, eldre enn dem som gjelder ({now}).").format(
                date=fmt_date(item_date(name, item)), now=fmt_date(item_date(name, against[name]))))
    return items


def parse_pack(text: str) -> dict:
    """A pack's JSON text to a document, or DataPackError."""
    if len(text) > MAX_BYTES:
        raise DataPackError(tr("Filen er for stor til å være en datapakke."))

    def no_constant(c):
        raise DataPackError(tr("Filen inneholder «{name}», som ikke er et gyldig tall.").format(name=c))

    try:
        return json.loads(text, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        raise DataPackError(tr("Filen er ikke gyldig JSON (linje {line}): den kan være skadet eller avkortet.").format(
            line=exc.lineno)) from None


def read_pack_file(path) -> dict:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DataPackError(tr("Kunne ikke lese {file}: {error}").format(file=p.name, error=exc.strerror or exc)) \
            from None
    try:
        return parse_pack(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DataPackError(tr("Filen er ikke en tekstfil i UTF-8: den er ikke en datapakke.")) from None


def check_snapshot(items) -> dict:
    """A case file's data snapshot, checked like a pack (CaseFileError on failure)."""
    if not isinstance(items, dict):
        raise CaseFileError(tr("«case.data_snapshot» skal være en tabell."))
    try:
        for name, doc in items.items():
            check_item(name, doc)
    except DataPackError as exc:
        raise CaseFileError(tr("Saksfilens datagrunnlag er ugyldig: {error}").format(error=exc)) from None
    missing = [n for n in ITEMS if n not in items]
    for n in missing:  # an item added to the data set after the case was saved: the shipped one
        items[n] = shipped(n)
    return items
