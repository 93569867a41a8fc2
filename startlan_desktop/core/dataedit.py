"""Data items as typed in settings: text fields to checked items (no Qt here).

The settings dialog hands the caseworker's text to these functions; a bad
field raises ValidationError naming the field, so the dialog can show the
message beside it. What passes is stored through core/datapack.py.
"""

from __future__ import annotations

import datetime as _dt

from . import data, datapack
from .errors import ValidationError
from .i18n import QT_TR_NOOP, tr
from .parsing import ParseError, parse_money

NAV_COLUMNS = ("valid_from", *datapack.NAV_KEYS, "source")
NAV_LABELS = {"valid_from": QT_TR_NOOP("Gjelder fra"), "enslige": QT_TR_NOOP("Enslig"),
              "ektepar_samboere": QT_TR_NOOP("Par"), "person_i_bofellesskap": QT_TR_NOOP("I bofellesskap"),
              "barn_0_5": QT_TR_NOOP("Barn 0–5"), "barn_6_10": QT_TR_NOOP("Barn 6–10"),
              "barn_11_17": QT_TR_NOOP("Barn 11–17"), "source": QT_TR_NOOP("Kilde")}


def _day(text: str) -> str:
    """dd.mm.yyyy (or ISO) to ISO."""
    s = str(text or "").strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return _dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            pass
    raise ValueError(s)


def nav_row(cells: dict[str, str], row: int = 0) -> dict:
    """One year's NAV guideline rates from the typed cells.

    Fields are named ``nav.<row>.<column>`` in the ValidationError, e.g.
    ``nav.0.enslige``. Amounts are kroner a month, 0–100 000 kr.

    >>> nav_row({"valid_from": "01.01.2026", "enslige": "8 020", "ektepar_samboere": "13 380",
    ...          "person_i_bofellesskap": "6 740", "barn_0_5": "3 930", "barn_6_10": "4 040",
    ...          "barn_11_17": "5 260", "source": "Rundskriv A-2/2025"})["enslige"]
    8020.0
    """
    out: dict = {}
    try:
        out["valid_from"] = _day(cells.get("valid_from", ""))
    except ValueError:
        raise ValidationError(f"nav.{row}.valid_from",
                              tr("Skriv datoen som dd.mm.åååå, for eksempel 01.01.2026.")) from None
    lo, hi = datapack.NAV_RANGE
    for key in datapack.NAV_KEYS:
        try:
            v = parse_money(cells.get(key, ""))
        except ParseError as exc:
            raise ValidationError(f"nav.{row}.{key}", str(exc)) from None
        if not lo <= v <= hi:
            raise ValidationError(f"nav.{row}.{key}", tr("Satsen må være mellom 0 og 100 000 kr per måned."))
        out[key] = v
    source = str(cells.get("source", "")).strip()
    if not source:
        raise ValidationError(f"nav.{row}.source", tr("Skriv kilden (rundskriv eller nettside) ved satsene."))
    out["source"] = source
    out["status"] = "user"
    return out


def nav_item(rows: list[dict[str, str]]) -> dict:
    """The NAV item from all typed rows (one per year); two rows with one date are refused."""
    tables = [nav_row(cells, i) for i, cells in enumerate(rows)]
    if not tables:
        raise ValidationError("nav.0.valid_from", tr("Det må være minst én rad med satser."))
    seen: dict[str, int] = {}
    for i, t in enumerate(tables):
        if t["valid_from"] in seen:
            raise ValidationError(f"nav.{i}.valid_from", tr("To rader gjelder fra samme dato."))
        seen[t["valid_from"]] = i
    item = {**data.load("nav_floor"), "tables": sorted(tables, key=lambda t: t["valid_from"], reverse=True)}
    datapack.check_item("nav_floor", item)
    return item


def nav_rows_in_force() -> list[dict]:
    """The NAV rows in force, newest first (for the dialog's table)."""
    return sorted(data.in_force()["nav_floor"]["tables"], key=lambda t: t["valid_from"], reverse=True)


def save_nav(item: dict) -> None:
    """Store the typed NAV rows as the user's data (unchanged: nothing).

    The typed rows replace the NAV item as a whole, so a row deleted in the
    dialog is gone (a merge would keep it)."""
    def figures(tables):
        return sorted(tuple(t.get(k) for k in NAV_COLUMNS) for t in tables)

    if figures(item["tables"]) == figures(data.in_force()["nav_floor"]["tables"]):
        return
    user = datapack.read_user_items()
    user["nav_floor"] = item
    datapack.write_user_items(user)
