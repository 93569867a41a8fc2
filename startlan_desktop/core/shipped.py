"""The data items this version ships (resources/data/*.json), read once, and how
a dated item is dated and merged: the layer under `data` (the data in force) and
`datacheck` (checking packs against the shipped items)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path

# The package's own resources (startlan_desktop.resources: resources/ in the checkout,
# inside the package in a wheel and in the bundle), never a folder found by path arithmetic.
RESOURCES = Path(str(files("startlan_desktop.resources")))
DATA_DIR = RESOURCES / "data"

# Every item of the data set: the resource file's name. A data pack and a case's
# snapshot hold the same items (see datapack.py and docs/data-pack.md).
ITEMS = ("policy_rate", "husbanken_rates", "nav_floor", "grunnbelop", "loan_terms", "enforcement_rates",
         "sifo_2025", "sifo_2026", "tax_2025", "tax_2026", "sale_costs")
# Items that are dated histories: entries merge by their `valid_from`.
HISTORIES = {"policy_rate": "decisions", "husbanken_rates": "tables", "nav_floor": "tables", "grunnbelop": "entries"}


@cache
def shipped(name: str) -> dict:
    """Read resources/data/<name>.json once (the data this version ships)."""
    with open(DATA_DIR / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def item_date(name: str, doc: dict) -> str:
    """An item's date: its newest entry for histories, else the date it names."""
    if name in HISTORIES:
        return max((e["valid_from"] for e in doc[HISTORIES[name]]), default="")
    if name == "loan_terms":
        return doc.get("fees", {}).get("valid_from", "")
    if name.startswith("tax_"):
        return doc.get("updated", f"{doc.get('income_year', name[4:])}-01-01")
    return doc.get("published") or doc.get("valid_from", "")


def merge_item(name: str, base: dict, over: dict) -> dict:
    """`over` on top of `base`: histories merge entry by entry (same date: `over`
    wins); another item is replaced when `over` is at least as new."""
    if name in HISTORIES:
        key = HISTORIES[name]
        entries = {e["valid_from"]: e for e in base[key]}
        entries.update({e["valid_from"]: e for e in over[key]})
        return {**base, **{k: v for k, v in over.items() if k != key},
                key: sorted(entries.values(), key=lambda e: e["valid_from"], reverse=True)}
    return over if item_date(name, over) >= item_date(name, base) else base
