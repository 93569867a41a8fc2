"""Shipped reference data (SIFO, NAV, rates, tax), loaded once and cached.

Every file names its source and date; `staleness()` tells the UI and the PDF
when a dated figure is older than the caseworker should trust without a look.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .i18n import QT_TR_NOOP, tr

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
if not RESOURCES.exists():  # installed wheel or frozen bundle: resources sit in the package
    RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DATA_DIR = RESOURCES / "data"

SIFO_YEARS = (2025, 2026)
DEFAULT_SIFO_YEAR = 2026
TAX_YEARS = (2025, 2026)
DEFAULT_TAX_YEAR = 2026
STALE_AFTER_DAYS = 183  # "more than 6 months older than today"
NAV_STALE_AFTER_DAYS = 365 + STALE_AFTER_DAYS  # NAV's rates change once a year


@cache
def load(name: str) -> dict:
    """Read resources/data/<name>.json once."""
    with open(DATA_DIR / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def sifo(year: int) -> dict:
    if year not in SIFO_YEARS:
        from .errors import ValidationError

        raise ValidationError("sifo_year", tr("SIFO-år {year} finnes ikke i datagrunnlaget (2025 eller 2026).").format(year=year))
    return load(f"sifo_{year}")


def tax_params(year: int) -> dict:
    if year not in TAX_YEARS:
        from .errors import ValidationError

        raise ValidationError("tax_year", tr("Skatteår {year} finnes ikke i datagrunnlaget (2025 eller 2026).").format(year=year))
    return load(f"tax_{year}")


def nav_floor_table(on: _dt.date | None = None) -> dict:
    """The NAV guideline rates in force on a date (newest if none)."""
    tables = sorted(load("nav_floor")["tables"], key=lambda t: t["valid_from"])
    chosen = tables[0]
    for t in tables:
        if on is None or t["valid_from"] <= on.isoformat():
            chosen = t
    return chosen


def rate_table(valid_from: str | None = None) -> dict:
    """Husbanken's rate table (newest, or the one with the given date)."""
    tables = load("husbanken_rates")["tables"]
    if valid_from:
        for t in tables:
            if t["valid_from"] == valid_from:
                return t
    return max(tables, key=lambda t: t["valid_from"])


def nominal_for_frequency(monthly_nominal_pct: float, terms_per_year: int) -> float:
    """Husbanken quotes from one effective rate: r_n = ((1+r_eff)^(1/n) - 1)*n."""
    eff = (1 + monthly_nominal_pct / 1200) ** 12 - 1
    n = terms_per_year
    return ((1 + eff) ** (1 / n) - 1) * n * 100


def husbanken_rate(kind: str, terms_per_year: int = 12, table: dict | None = None) -> float:
    """Base rate in % for kind 'floating' or 'fixed_3'/'fixed_5'/'fixed_10'/'fixed_20'.

    A published quarterly or half-yearly row wins over the derived rate:
    Husbanken rounds the effective rate to whole basis points before it
    converts, so a derivation can be a thousandth off the published figure.
    """
    table = table or rate_table()
    by_freq = table["rates"]
    key = str(terms_per_year)
    if key in by_freq and kind in by_freq[key]:
        return float(by_freq[key][kind])
    return nominal_for_frequency(float(by_freq["12"][kind]), terms_per_year)


def policy_decisions() -> list[dict]:
    """Norges Bank's decisions, newest first, each with its date, status and source."""
    return sorted(load("policy_rate")["decisions"], key=lambda d: d["valid_from"], reverse=True)


def policy_decision(on: _dt.date | None = None) -> dict:
    """The decision in force on a date (the newest if none; the oldest before all)."""
    decisions = policy_decisions()
    if on is not None:
        for d in decisions:
            if d["valid_from"] <= on.isoformat():
                return d
        return decisions[-1]
    return decisions[0]


def policy_rate(on: _dt.date | None = None) -> dict:
    """The policy rate in force with the stress rule: rate_pct, valid_from, status, source, stress_rule."""
    return {**policy_decision(on), "stress_rule": load("policy_rate")["stress_rule"]}


def grunnbelop(on: _dt.date | None = None) -> dict:
    """Folketrygdens grunnbeløp (G) in force on a date (newest if none)."""
    entries = sorted(load("grunnbelop")["entries"], key=lambda e: e["valid_from"], reverse=True)
    if on is not None:
        return next((e for e in entries if e["valid_from"] <= on.isoformat()), entries[-1])
    return entries[0]


def loan_terms() -> dict:
    return load("loan_terms")


@dataclass(frozen=True)
class DataSource:
    """One dated figure set, as the app and the PDF list them."""

    key: str
    label: str
    date: str
    status: str
    source: str
    stale: bool


def _is_stale(date_iso: str, today: _dt.date, after_days: int = STALE_AFTER_DAYS) -> bool:
    return (today - _dt.date.fromisoformat(date_iso)).days > after_days


STATUS = {"confirmed": QT_TR_NOOP("bekreftet"), "unconfirmed": QT_TR_NOOP("ubekreftet"),
          "secondary": QT_TR_NOOP("fra sekundærkilder"),
          "transcribed": QT_TR_NOOP("transkribert, ubekreftet"), "user": QT_TR_NOOP("lagt inn av bruker")}


def status_text(status: str) -> str:
    """A data source's status in words (screen and paper)."""
    return tr(STATUS[status]) if status in STATUS else status


def sources(sifo_year: int, tax_year: int, rate_date: str, policy_date: str,
            today: _dt.date | None = None) -> list[DataSource]:
    """The data a computation used, with dates and a staleness flag."""
    today = today or _dt.date.today()
    s = sifo(sifo_year)
    t = tax_params(tax_year)
    nav = nav_floor_table()
    rt = rate_table(rate_date)
    pr = next((d for d in policy_decisions() if d["valid_from"] == policy_date), policy_decision())
    return [
        DataSource("sifo", tr("SIFO referansebudsjett {year}").format(year=sifo_year), s["published"],
                   s["status"], s["credit"], False),
        DataSource("nav", tr("NAVs veiledende satser for økonomisk stønad"), nav["valid_from"],
                   "confirmed", nav["source"], _is_stale(nav["valid_from"], today, NAV_STALE_AFTER_DAYS)),
        DataSource("rates", tr("Husbankens renter"), rate_date, rt["status"], rt["source"],
                   _is_stale(rate_date, today)),
        DataSource("policy", tr("Norges Banks styringsrente"), policy_date, pr["status"], pr["source"],
                   _is_stale(policy_date, today)),
        DataSource("tax", tr("Skatteregler {year}").format(year=tax_year), f"{tax_year}-01-01",
                   "confirmed" if t.get("confirmed") else "unconfirmed", t["source"][:160], False),
    ]
