"""Shipped reference data (SIFO, NAV, rates, tax), loaded once and cached.

Every file names its source and date; `staleness()` tells the UI and the PDF
when a dated figure is older than the caseworker should trust without a look.
"""

from __future__ import annotations

import datetime as _dt
import json
from contextlib import contextmanager
from contextvars import ContextVar

from .datacheck import read_user_items
from .errors import ValidationError
from .i18n import QT_TR_NOOP, tr
from .record import record
from .shipped import DATA_DIR, HISTORIES, ITEMS, RESOURCES, item_date, merge_item, shipped  # noqa: F401 - data.X as before

SIFO_YEARS = (2025, 2026)
DEFAULT_SIFO_YEAR = 2026
TAX_YEARS = (2025, 2026)
DEFAULT_TAX_YEAR = 2026
STALE_AFTER_DAYS = 183  # "more than 6 months older than today"
NAV_STALE_AFTER_DAYS = 365 + STALE_AFTER_DAYS  # NAV's rates change once a year


# A case's own data (its snapshot) while that case is computed; None: the data in force.
_active: ContextVar[dict | None] = ContextVar("startlan_data", default=None)
_in_force: dict | None = None


def in_force() -> dict:
    """The data in force: the shipped items with the user's own (settings, imported
    packs) merged on top. Cached until `reload()`."""
    global _in_force
    if _in_force is None:
        user = read_user_items()
        _in_force = {n: merge_item(n, shipped(n), user[n]) if n in user else shipped(n) for n in ITEMS}
    return _in_force


def reload() -> None:
    """Forget the cached data in force (after the user's data changed)."""
    global _in_force
    _in_force = None


def snapshot() -> dict:
    """A copy of the data in force, for a case to keep."""
    return json.loads(json.dumps(in_force()))


@contextmanager
def using(items: dict | None):
    """Compute with a case's own data (None: the data in force)."""
    token = _active.set(items)
    try:
        yield
    finally:
        _active.reset(token)


def load(name: str) -> dict:
    """Item <name> of the active data set: the case's snapshot while a case is
    computed, else the data in force."""
    if name not in ITEMS:  # a file outside the data set (not in packs or snapshots)
        return shipped(name)
    active = _active.get()
    if active is not None and name in active:
        return active[name]
    return in_force()[name]


#: Values derived from a data item, per item object (kept, so its id cannot be reused) and name.
_DERIVED: dict[tuple[int, str], tuple[object, object]] = {}


def derived(item: dict, name: str, make):
    """`make(item)`, made once per item object and `name` (a module's own
    name for what it derives). An item is read, never changed: a new data set
    (`reload`, another case's snapshot) brings new objects, so a value is
    never used for data it was not made from. What the timeline reads from
    the SIFO table at every change month, made once (issue 23).

    >>> item = {"bands": [3, 1, 2]}
    >>> derived(item, "example.sorted", lambda t: sorted(t["bands"]))
    [1, 2, 3]
    >>> derived(item, "example.sorted", lambda t: "made again") is derived(item, "example.sorted", list)
    True
    """
    key = (id(item), name)
    hit = _DERIVED.get(key)
    if hit is not None and hit[0] is item:
        return hit[1]
    if len(_DERIVED) >= 256:  # a handful of items at a time: the data in force and the open cases' snapshots
        _DERIVED.clear()
    value = make(item)
    _DERIVED[key] = (item, value)
    return value


def sifo(year: int) -> dict:
    if year not in SIFO_YEARS:
        raise ValidationError("sifo_year", tr("SIFO-år {year} finnes ikke i datagrunnlaget (2025 eller 2026).").format(year=year))
    return load(f"sifo_{year}")


def tax_params(year: int) -> dict:
    if year not in TAX_YEARS:
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


@record(frozen=True)
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


FLOATING_CHANGE_MONTHS = (1, 3, 5, 7, 9, 11)  # Husbanken's floating rate may change on the 1st of these


def _first_of_next_month(d: _dt.date) -> _dt.date:
    return _dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


def next_floating_change(d: _dt.date) -> _dt.date:
    """The next 1 Jan/Mar/May/Jul/Sep/Nov after date d."""
    m = next((m for m in FLOATING_CHANGE_MONTHS if m > d.month), None)
    return _dt.date(d.year, m, 1) if m else _dt.date(d.year + 1, 1, 1)


def next_change(name: str, valid_from: str) -> _dt.date | None:
    """The next date an item is known to change, from the date of the figures in use.

    >>> next_change("husbanken_rates", "2026-11-01")  # fixed rates are set every month
    datetime.date(2026, 12, 1)
    >>> next_change("nav_floor", "2024-01-01")
    datetime.date(2025, 1, 1)
    """
    d = _dt.date.fromisoformat(valid_from)
    if name == "husbanken_rates":
        return min(_first_of_next_month(d), next_floating_change(d))
    if name == "nav_floor":
        return _dt.date(d.year + 1, 1, 1)
    if name == "grunnbelop":
        return _dt.date(d.year + (d.month >= 5), 5, 1)
    if name == "enforcement_rates":
        return _dt.date(d.year + (d.month >= 7), 7, 1)
    return None


def is_stale(name: str, valid_from: str, on: _dt.date) -> bool:
    """Figures from `valid_from` are due a check on date `on`: past their next
    known change, or (the policy rate) older than six months."""
    if not valid_from:
        return False
    nxt = next_change(name, valid_from)
    if nxt is not None:
        return on >= nxt
    return name == "policy_rate" and _is_stale(valid_from, on)


@record(frozen=True)
class StaleItem:
    item: str
    date: str
    next_change: _dt.date | None


def stale_items(on: _dt.date | None = None) -> list[StaleItem]:
    """The dated items of the data in force that are due a check on a date (today)."""
    on = on or _dt.date.today()
    out = []
    for name in ("policy_rate", "husbanken_rates", "nav_floor", "grunnbelop", "enforcement_rates"):
        doc = load(name)
        date = item_date(name, doc)
        if name in HISTORIES:  # the entry in force on the date
            entries = sorted(doc[HISTORIES[name]], key=lambda e: e["valid_from"], reverse=True)
            date = next((e["valid_from"] for e in entries if e["valid_from"] <= on.isoformat()), date)
        if is_stale(name, date, on):
            out.append(StaleItem(name, date, next_change(name, date)))
    return out


STATUS = {"confirmed": QT_TR_NOOP("bekreftet"), "unconfirmed": QT_TR_NOOP("ubekreftet"),
          "secondary": QT_TR_NOOP("fra sekundærkilder"),
          "transcribed": QT_TR_NOOP("transkribert, ubekreftet"), "user": QT_TR_NOOP("lagt inn av bruker")}


def status_text(status: str) -> str:
    """A data source's status in words (screen and paper)."""
    return tr(STATUS[status]) if status in STATUS else status


def sources(sifo_year: int, tax_year: int, rate_date: str, policy_date: str,
            today: _dt.date | None = None) -> list[DataSource]:
    """The data a computation used, with dates and a staleness flag: `today` is
    the case's date, and an item is stale when that date is past the item's next
    known change (rates monthly, NAV each 1 January) or, for the policy rate,
    more than six months after its date."""
    today = today or _dt.date.today()
    s = sifo(sifo_year)
    t = tax_params(tax_year)
    nav = nav_floor_table(today)
    rt = rate_table(rate_date)
    pr = next((d for d in policy_decisions() if d["valid_from"] == policy_date), policy_decision())
    sc = load("sale_costs")
    return [
        DataSource("sifo", tr("SIFO referansebudsjett {year}").format(year=sifo_year), s["published"],
                   s["status"], s["credit"], False),
        DataSource("nav", tr("NAVs veiledende satser for økonomisk stønad"), nav["valid_from"],
                   nav.get("status", "confirmed"), nav["source"], is_stale("nav_floor", nav["valid_from"], today)),
        DataSource("rates", tr("Husbankens renter"), rate_date, rt["status"], rt["source"],
                   is_stale("husbanken_rates", rate_date, today)),
        DataSource("policy", tr("Norges Banks styringsrente"), policy_date, pr["status"], pr["source"],
                   is_stale("policy_rate", policy_date, today)),
        DataSource("tax", tr("Skatteregler {year}").format(year=tax_year), item_date(f"tax_{tax_year}", t),
                   tax_status(t), t["source"][:160], False),
        DataSource("sale_costs", tr("Salgskostnader ved tvangssalg (forslag)"), sc["valid_from"], sc["status"],
                   sc["source"][:160], False),
    ]


def tax_status(t: dict) -> str:
    """A year's tax rules: typed by the user, or confirmed/unconfirmed as shipped."""
    if t.get("status") == "user":
        return "user"
    return "confirmed" if t.get("confirmed") else "unconfirmed"
