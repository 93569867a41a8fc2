"""Data packs: one dated, versioned JSON file with every data item, so figures can
be brought up to date without a new version of the app (docs/data-pack.md).

The user's own data (typed in settings or imported from a pack) lives in
`<data dir>/data-pack.json`, merged over the shipped items by `data.in_force()`.
A pack is checked completely before anything is written: a pack that is
malformed, older than the data in force, or out of range is refused with a
message naming the item, and nothing changes.
"""

from __future__ import annotations

import datetime as _dt
import json

from .. import __version__
from . import data
from .data import HISTORIES, status_text
from .datacheck import (  # noqa: F401 - datapack.X as before
    FORMAT,
    FREQUENCIES,
    G_RANGE,
    LABELS,
    MAX_BYTES,
    NAV_KEYS,
    NAV_RANGE,
    POLICY_RANGE,
    RATE_KINDS,
    RATE_RANGE,
    USER_FILE,
    VERSION,
    DataPackError,
    _fail,
    check_item,
    check_pack,
    check_snapshot,
    label,
    parse_pack,
    read_pack_file,
    read_user_items,
    user_path,
)
from .formatting import fmt_date, fmt_kr, fmt_rate
from .i18n import QT_TR_NOOP, tr
from .record import record

# SIFO's price month ("februar 2026") in the UI's language.
MONTHS = {m: m for m in (QT_TR_NOOP("januar"), QT_TR_NOOP("februar"), QT_TR_NOOP("mars"), QT_TR_NOOP("april"),
                         QT_TR_NOOP("mai"), QT_TR_NOOP("juni"), QT_TR_NOOP("juli"), QT_TR_NOOP("august"),
                         QT_TR_NOOP("september"), QT_TR_NOOP("oktober"), QT_TR_NOOP("november"),
                         QT_TR_NOOP("desember"))}


def write_user_items(items: dict) -> None:
    from .casefile import atomic_write  # here, not at start-up: the window reads packs before its first frame

    p = user_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(p, (json.dumps(pack_doc(items), ensure_ascii=False, indent=1) + "\n").encode("utf-8"), backup=True)
    data.reload()


def pack_doc(items: dict, date: str | None = None) -> dict:
    return {"format": FORMAT, "version": VERSION, "date": date or _dt.date.today().isoformat(),
            "app": _app(), "items": items}


def item_status(doc: dict) -> str:
    """The status of an item's newest entry, in words."""
    status = doc.get("status") if isinstance(doc.get("status"), str) else ""
    if doc.get("kind") == "tax":
        status = data.tax_status(doc)
    if isinstance(doc.get("fees"), dict):
        status = doc["fees"].get("status", status)
    for key in HISTORIES.values():
        if key in doc:
            status = max(doc[key], key=lambda e: e["valid_from"]).get("status", status)
    text = status_text(status if isinstance(status, str) else "")
    return text if len(text) <= 40 else text[:39] + "…"


def _app() -> str:
    return f"startlan-desktop {__version__}"


def export_pack() -> dict:
    """Every item in force, as a pack."""
    return pack_doc(data.snapshot())


# --- what changes --------------------------------------------------------------

def figure(name: str, doc: dict) -> str:
    """An item's main figure in a few words, without its date ("flytende 4,131 %")."""
    if name in data.HISTORIES:
        e = max(doc[data.HISTORIES[name]], key=lambda e: e["valid_from"])
    if name == "policy_rate":
        return fmt_rate(e["rate_pct"])
    if name == "husbanken_rates":
        return tr("flytende {rate}").format(rate=fmt_rate(e["rates"]["12"]["floating"]))
    if name == "nav_floor":
        return tr("enslig {amount}").format(amount=fmt_kr(e["enslige"]))
    if name == "grunnbelop":
        return fmt_kr(e["amount"])
    if name == "loan_terms":
        f = doc["fees"]
        return tr("etablering {fee}, termin {term}").format(fee=fmt_kr(f["establishment_electronic"]),
                                                            term=fmt_kr(f["term_fee_electronic"]))
    if name == "enforcement_rates":
        return tr("enslig {amount}").format(amount=fmt_kr(doc["single"]))
    if name.startswith("sifo_"):
        month, _, year = str(doc.get("prices", "")).partition(" ")
        prices = f"{tr(MONTHS[month])} {year}" if month in MONTHS else doc.get("prices", "")
        return tr("prisnivå {prices}").format(prices=prices)
    if name.startswith("tax_"):
        return tr("personfradrag {amount}").format(amount=fmt_kr(doc["personal_allowance"]))
    if name == "sale_costs":
        return tr("tvangssalg {fee}, megler {pct}").format(fee=fmt_kr(doc["forced_sale_fee"]),
                                                            pct=fmt_rate(doc["agent_cost_pct"]))
    return ""


def summary(name: str, doc: dict) -> str:
    """An item's figure in force with its date (the preview and `data show`)."""
    return tr("{figure} fra {date}").format(figure=figure(name, doc), date=fmt_date(data.item_date(name, doc)))


def status_rows(today: _dt.date | None = None) -> list[tuple[str, str, str, str, bool]]:
    """What is in force, item by item: label, figure with its date, date, status,
    and whether it is due a check today (`startlan data show`, settings)."""
    items = data.in_force()
    stale = {s.item for s in data.stale_items(today)}
    return [(label(n), summary(n, items[n]), data.item_date(n, items[n]), item_status(items[n]), n in stale)
            for n in data.ITEMS]


@record(frozen=True)
class Change:
    item: str
    label: str
    old: str
    new: str

    @property
    def text(self) -> str:
        return f"{self.label}: {self.old} → {self.new}"


def merged(items: dict, base: dict) -> dict:
    return {n: data.merge_item(n, base[n], items[n]) if n in items else base[n] for n in data.ITEMS}


def changes(before: dict, after: dict) -> list[Change]:
    """Item by item, what differs between two data sets."""
    out = []
    for n in data.ITEMS:
        if before[n] != after[n]:
            old, new = summary(n, before[n]), summary(n, after[n])
            if old == new:
                new = tr("{summary} (tall rettet)").format(summary=new)
            out.append(Change(n, label(n), old, new))
    return out


def preview(doc) -> list[Change]:
    """What importing a pack document would change; raises DataPackError, changes nothing."""
    now = data.in_force()
    items = check_pack(doc, against=now)
    return changes(now, merged(items, now))


def apply(doc) -> list[Change]:
    """Import a pack document into the user's data; all or nothing."""
    result = preview(doc)
    items = check_pack(doc, against=data.in_force())
    user = read_user_items()
    write_user_items({n: data.merge_item(n, user[n], it) if n in user else it for n, it in items.items()})
    return result


def set_user_item(name: str, doc: dict) -> None:
    """Store one item as typed in settings (checked first)."""
    check_item(name, doc)
    user = read_user_items()
    user[name] = data.merge_item(name, user[name], doc) if name in user else doc
    write_user_items(user)


# --- a case and its data ---------------------------------------------------------

def _ref_date(case, today: _dt.date | None) -> _dt.date:
    return max(today or _dt.date.today(), case.assessment_date)


def newer_data(case, today: _dt.date | None = None) -> list[str]:
    """What the data in force has that the case's own data does not, one sentence each."""
    ref = _ref_date(case, today)
    out = []
    p = data.policy_rate(ref)
    st = case.stress
    if (p["rate_pct"], p["valid_from"]) != (st.policy_rate_pct, st.policy_rate_date) and p["valid_from"] >= \
            st.policy_rate_date:
        out.append(tr("Styringsrenten er endret fra {old} til {new} siden saken ble lagret").format(
            old=fmt_rate(st.policy_rate_pct), new=fmt_rate(p["rate_pct"])))
    t = _table_on(data.in_force(), ref)
    old_t = _case_table(case)
    if t["valid_from"] > case.rate_table_date or (old_t is not None and t["valid_from"] == case.rate_table_date
                                                  and t["rates"] != old_t["rates"]):
        out.append(tr("Husbankens renter er endret fra tabellen fra {old} til tabellen fra {new}").format(
            old=fmt_date(case.rate_table_date), new=fmt_date(t["valid_from"])))
    snap = case.data_snapshot
    if snap is not None:
        now = data.in_force()
        for n in data.ITEMS:
            if n not in ("policy_rate", "husbanken_rates") and snap.get(n) != now[n]:
                out.append(tr("{item} er oppdatert siden saken ble lagret").format(item=label(n)))
    return out


def newer_data_line(case, today: _dt.date | None = None) -> str:
    """The one line the window shows (empty when the case's data is current)."""
    lines = newer_data(case, today)
    if not lines:
        return ""
    more = len(lines) - 1
    return lines[0] + (tr(" (og {n} endringer til)").format(n=more) if more else "") + "."


def _table_on(items: dict, on: _dt.date) -> dict:
    """The newest complete rate table in force on a date."""
    tables = sorted(items["husbanken_rates"]["tables"], key=lambda t: t["valid_from"], reverse=True)
    complete = [t for t in tables if all(k in t["rates"]["12"] for k in RATE_KINDS)]
    for t in complete:
        if t["valid_from"] <= on.isoformat():
            return t
    return complete[-1]


def _case_table(case) -> dict | None:
    items = case.data_snapshot or data.in_force()
    return next((t for t in items["husbanken_rates"]["tables"] if t["valid_from"] == case.rate_table_date), None)


def rate_for(table: dict, scenario_kind: str, terms_per_year: int) -> float:
    return data.husbanken_rate(scenario_kind, terms_per_year, table)


def scenario_kind(s) -> str:
    return "floating" if s.rate_type == "floating" else f"fixed_{s.fixed_years}"


def move_to_current(case, today: _dt.date | None = None) -> None:
    """Move the whole case to the data in force: its snapshot, the rate table
    with every scenario's rate, the floating rate and the stress rule."""
    ref = _ref_date(case, today)
    items = data.snapshot()
    t = _table_on(items, ref)
    case.data_snapshot = items
    case.rate_table_date = t["valid_from"]
    case.floating_rate_pct = data.husbanken_rate("floating", 12, t)
    for s in case.scenarios:
        s.base_rate_pct = data.husbanken_rate(scenario_kind(s), s.terms_per_year, t)
        if s.rate_type == "split" and s.floating_base_rate_pct is not None:
            s.floating_base_rate_pct = data.husbanken_rate("floating", s.terms_per_year, t)
    p = data.policy_rate(ref)
    rule = p["stress_rule"]
    st = case.stress
    st.policy_rate_pct, st.policy_rate_date = p["rate_pct"], p["valid_from"]
    st.addon_pp, st.bank_margin_pp, st.bank_floor_pct = (rule["startlan_addon_pp"], rule["bank_margin_pp"],
                                                         rule["bank_floor_pct"])


# --- what a case's figures rest on (the PDF's data section) -----------------------

@record(frozen=True)
class BasisRow:
    """One data item a case's figures rest on: its figure, date and status."""

    item: str
    label: str
    value: str
    date: str
    status: str
    stale: bool


def _entry_on(name: str, doc: dict, on: str) -> dict:
    """A history's entry in force on an ISO date (the oldest before all)."""
    entries = sorted(doc[data.HISTORIES[name]], key=lambda e: e["valid_from"], reverse=True)
    return next((e for e in entries if e["valid_from"] <= on), entries[-1])


def basis(case, today: _dt.date | None = None) -> tuple[str, list[BasisRow]]:
    """The sentence and the rows of "the data the figures rest on": the case's
    own data (its snapshot) or, for a case not saved yet, the data in force.

    Histories show the entry the case used (its rate table, its policy rate, the
    NAV rates and G in force on the case date); the SIFO and tax items of the
    years the case uses. A row is stale when the case date is past the item's
    next known change.
    """
    own = case.data_snapshot is not None
    items = case.data_snapshot if own else data.in_force()
    on = case.assessment_date
    rows = []
    for name in data.ITEMS:
        if name.startswith("sifo_") and name != f"sifo_{case.living.sifo_year}":
            continue
        if name.startswith("tax_") and name != f"tax_{case.tax_year}":
            continue
        doc = items[name]
        if name == "policy_rate":
            e = _entry_on(name, doc, case.stress.policy_rate_date)
            value, date = fmt_rate(case.stress.policy_rate_pct), case.stress.policy_rate_date
            status = e["status"] if e["valid_from"] == date else "user"
        elif name == "husbanken_rates":
            e = next((t for t in doc["tables"] if t["valid_from"] == case.rate_table_date),
                     _entry_on(name, doc, case.rate_table_date))
            value = tr("flytende {rate}").format(rate=fmt_rate(e["rates"]["12"]["floating"]))
            date, status = e["valid_from"], e.get("status", "")
        elif name in data.HISTORIES:
            e = _entry_on(name, doc, on.isoformat())
            value = figure(name, {**doc, data.HISTORIES[name]: [e]})
            date, status = e["valid_from"], e.get("status", "confirmed")
        else:
            value, date = figure(name, doc), data.item_date(name, doc)
            status = data.tax_status(doc) if name.startswith("tax_") else (
                doc.get("fees", doc).get("status", "") if name == "loan_terms" else doc.get("status", ""))
        rows.append(BasisRow(name, label(name), value, date, data.status_text(status),
                             data.is_stale(name, date, on)))
    newest = max(r.date for r in rows if r.date)
    if own:
        text = tr("Saken er beregnet med data fra {date}: tallene som ble lagret med saken, også etter senere "
                  "dataoppdateringer.").format(date=fmt_date(newest))
    else:
        text = tr("Saken er beregnet med data fra {date}: dataene som gjelder nå (saken er ikke lagret).").format(
            date=fmt_date(newest))
    newer = newer_data_line(case, today) if own else ""
    if newer:
        text += " " + tr("Nyere data finnes: {line}").format(line=newer)
    return text, rows
