"""Data items as typed in settings: text fields to checked items (no Qt here).

The settings dialog hands the caseworker's text to these functions; a bad
field raises ValidationError naming the field, so the dialog can show the
message beside it. What passes is stored through core/datapack.py.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass

from . import data, datapack
from .errors import ValidationError
from .formatting import fmt_date, fmt_kr
from .i18n import QT_TR_NOOP, tr
from .parsing import ParseError, parse_decimal, parse_money

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


# --- the other items: one table of figures, with the date and the source beside ----------------

# Items typed in settings' "Andre data" tab (the rates, the policy rate and NAV have their own tabs).
EDITABLE = ("grunnbelop", "loan_terms", "sifo_2026", "sifo_2025", "tax_2026", "tax_2025", "sale_costs",
            "enforcement_rates")
KR, KR_MONTH, PCT = "kr", "kr/mnd", "%"
MAX_KR = 100_000_000.0  # no figure of these items comes near 100 million kroner


@dataclass(frozen=True)
class Field:
    """One figure of an item: where it sits in the item, its label and unit.

    ``scale`` turns the stored figure into the shown one (a tax rate stored as
    0,22 is shown as 22 %).
    """

    path: tuple
    label: str
    unit: str
    scale: float = 1.0


TAX_LABELS = (
    (("ordinary_income_tax", "rate"), QT_TR_NOOP("Skatt på alminnelig inntekt"), PCT, 100),
    (("ordinary_income_tax", "rate_innsatssonen"), QT_TR_NOOP("Skatt på alminnelig inntekt, tiltakssonen"), PCT, 100),
    (("ordinary_income_tax", "finnmark_nord_troms_special_deduction"), QT_TR_NOOP("Særfradrag Finnmark og Nord-Troms"),
     KR, 1),
    (("personal_allowance",), QT_TR_NOOP("Personfradrag"), KR, 1),
    (("minimum_deduction", "wage", "rate"), QT_TR_NOOP("Minstefradrag lønn, sats"), PCT, 100),
    (("minimum_deduction", "wage", "max"), QT_TR_NOOP("Minstefradrag lønn, øvre grense"), KR, 1),
    (("minimum_deduction", "pension", "rate"), QT_TR_NOOP("Minstefradrag pensjon, sats"), PCT, 100),
    (("minimum_deduction", "pension", "max"), QT_TR_NOOP("Minstefradrag pensjon, øvre grense"), KR, 1),
    (("minimum_deduction", "combined_wage_and_pension_max"), QT_TR_NOOP("Minstefradrag lønn og pensjon samlet, øvre grense"),
     KR, 1),
    (("social_security_contribution", "rate_wage_and_benefits"), QT_TR_NOOP("Trygdeavgift lønn og ytelser"), PCT, 100),
    (("social_security_contribution", "rate_pension"), QT_TR_NOOP("Trygdeavgift pensjon"), PCT, 100),
    (("social_security_contribution", "rate_wage_under_17_or_over_69"),
     QT_TR_NOOP("Trygdeavgift lønn, under 17 og over 69 år"), PCT, 100),
    (("social_security_contribution", "lower_threshold"), QT_TR_NOOP("Trygdeavgift, nedre grense"), KR, 1),
    (("social_security_contribution", "phase_in_rate"), QT_TR_NOOP("Trygdeavgift, opptrappingssats"), PCT, 100),
    (("pension_tax_credit", "max"), QT_TR_NOOP("Skattefradrag for pensjon, største fradrag"), KR, 1),
    (("pension_tax_credit", "step1_threshold"), QT_TR_NOOP("Skattefradrag for pensjon, grense trinn 1"), KR, 1),
    (("pension_tax_credit", "step1_rate"), QT_TR_NOOP("Skattefradrag for pensjon, avkorting trinn 1"), PCT, 100),
    (("pension_tax_credit", "step2_threshold"), QT_TR_NOOP("Skattefradrag for pensjon, grense trinn 2"), KR, 1),
    (("pension_tax_credit", "step2_rate"), QT_TR_NOOP("Skattefradrag for pensjon, avkorting trinn 2"), PCT, 100),
    (("interest_deduction", "tax_value_rate"), QT_TR_NOOP("Skatteverdi av rentefradrag"), PCT, 100),
    (("interest_deduction", "tax_value_rate_innsatssonen"), QT_TR_NOOP("Skatteverdi av rentefradrag, tiltakssonen"),
     PCT, 100),
)
CHILD_BENEFIT_LABELS = (
    ("monthly_under_6", QT_TR_NOOP("Barnetrygd per barn under 6 år")),
    ("monthly_6_to_17", QT_TR_NOOP("Barnetrygd per barn 6–17 år")),
    ("finnmark_svalbard_supplement_monthly", QT_TR_NOOP("Finnmarks- og Svalbardtillegg per barn")),
    ("utvidet_monthly", QT_TR_NOOP("Utvidet barnetrygd")),
    ("smabarnstillegg_monthly", QT_TR_NOOP("Småbarnstillegg")),
)
SIFO_WORDS = {
    "categories": "", "mat_og_drikke": QT_TR_NOOP("Mat og drikke"), "klaer_og_sko": QT_TR_NOOP("Klær og sko"),
    "personlig_pleie": QT_TR_NOOP("Personlig pleie"), "lek_og_mediebruk": QT_TR_NOOP("Lek og mediebruk"),
    "food_pregnant": QT_TR_NOOP("Mat, gravid"), "food_breastfeeding": QT_TR_NOOP("Mat, ammende"),
    "transport": QT_TR_NOOP("Transport"), "child_6_19": QT_TR_NOOP("barn 6–19 år"),
    "adult_20_66": QT_TR_NOOP("voksen 20–66 år"), "senior_67": QT_TR_NOOP("67 år og eldre"),
    "student_20_29": QT_TR_NOOP("student 20–29 år"), "baby_equipment": QT_TR_NOOP("Babyutstyr"),
    "before_birth": QT_TR_NOOP("før fødsel"), "under_1": QT_TR_NOOP("under 1 år"),
    "household": "", "andre_dagligvarer": QT_TR_NOOP("Andre dagligvarer"),
    "husholdningsartikler": QT_TR_NOOP("Husholdningsartikler"), "mobler": QT_TR_NOOP("Møbler"),
    "mediebruk_og_fritid": QT_TR_NOOP("Mediebruk og fritid"), "cars": QT_TR_NOOP("Bil"),
    "petrol": QT_TR_NOOP("bensin"), "electric": QT_TR_NOOP("elbil"), "kindergarten": QT_TR_NOOP("Barnehage"),
    "first": QT_TR_NOOP("første barn"), "second": QT_TR_NOOP("andre barn"), "more": QT_TR_NOOP("flere barn"),
    "low_income": QT_TR_NOOP("lav inntekt"), "after_school": QT_TR_NOOP("SFO/AKS"),
    "full_time": QT_TR_NOOP("heltid"), "part_time": QT_TR_NOOP("deltid"), "food_scale": QT_TR_NOOP("Matskala"),
    "reduction": QT_TR_NOOP("reduksjon for par med tre eller flere barn"),
}
# SIFO leaves that are no figures in kroner (ages, counts, years) and are not edited here.
SIFO_SKIP = {"year", "age_min", "age_max", "months_min", "months_max", "months", "since", "income_limit",
             "example_family_yearly_total"}
SEX = {"f": QT_TR_NOOP("kvinne"), "m": QT_TR_NOOP("mann"), "any": ""}


def _get(doc, path: tuple):
    for key in path:
        doc = doc[key]
    return doc


def _has(doc, path: tuple) -> bool:
    try:
        _get(doc, path)
        return True
    except (KeyError, IndexError, TypeError):
        return False


def _set(doc, path: tuple, value) -> None:
    _get(doc, path[:-1])[path[-1]] = value


def _band(b: dict) -> str:
    """A SIFO age band in words: "25–50 år, kvinne"."""
    lo, hi = b.get("age_min"), b.get("age_max")
    if b.get("months_min") is not None:
        ages = tr("{lo}–{hi} mnd").format(lo=b["months_min"], hi=b["months_max"])
    elif hi is None:
        ages = tr("{lo} år og eldre").format(lo=lo)
    else:
        ages = tr("{lo}–{hi} år").format(lo=lo, hi=hi) if lo != hi else tr("{lo} år").format(lo=lo)
    sex = tr(SEX.get(b.get("sex", "any"), "")) if SEX.get(b.get("sex", "any")) else ""
    return f"{ages}, {sex}" if sex else ages


def _sifo_fields(doc: dict) -> list[Field]:
    out: list[Field] = []

    def word(key) -> str:
        if key in SIFO_WORDS:
            return tr(SIFO_WORDS[key]) if SIFO_WORDS[key] else ""
        if isinstance(key, str) and key.replace("-", "").isdigit():
            return tr("{n} pers.").format(n=key.replace("-", "–"))
        return str(key).replace("_", " ")

    def walk(node, path: tuple, words: list[str]) -> None:
        if isinstance(node, bool) or node is None or isinstance(node, str):
            return
        if isinstance(node, (int, float)):
            if path[-1] in SIFO_SKIP:
                return
            if path[-1] == "reduction":
                out.append(Field(path, " · ".join(w for w in words if w), PCT, 100))
            else:
                out.append(Field(path, " · ".join(w for w in words if w), KR_MONTH))
            return
        if isinstance(node, list):
            for i, b in enumerate(node):
                if isinstance(b, dict) and "kr" in b:
                    walk(b["kr"], (*path, i, "kr"), [*words, _band(b)])
            return
        for k, v in node.items():
            walk(v, (*path, k), [*words, word(k) if k != "kr" else ""])

    for key in doc:
        walk(doc[key], (key,), [word(key)])
    return out


def fields(name: str, doc: dict | None = None) -> list[Field]:
    """The figures of item `name` that settings shows, in order (of the item in force if no doc)."""
    doc = doc if doc is not None else data.in_force()[name]
    if name == "grunnbelop":
        return [Field(("entries", _newest(doc["entries"]), "amount"), tr("Grunnbeløpet (G)"), KR)]
    if name == "loan_terms":
        return [Field(("fees", k), tr(label), KR) for k, label in FEE_LABELS]
    if name == "sale_costs":
        return [Field(("forced_sale_fee",), tr("Gebyrer ved tvangssalg"), KR),
                Field(("agent_cost_pct",), tr("Meglerkostnad, andel av salgssum"), PCT)]
    if name == "enforcement_rates":
        return [Field((k,), tr(label), KR_MONTH) for k, label in ENFORCEMENT_LABELS] + [
            Field(("reduction_from_fourth_member",), tr("Reduksjon for yngste fra fjerde person i husstanden"), PCT, 100)]
    if name.startswith("tax_"):
        out = [Field(path, tr(label), unit, scale) for path, label, unit, scale in TAX_LABELS if _has(doc, path)]
        for i, step in enumerate(doc.get("bracket_tax", [])):
            n = step.get("step", i + 1)
            out.append(Field(("bracket_tax", i, "threshold"), tr("Trinnskatt trinn {n}, innslagspunkt").format(n=n), KR))
            out.append(Field(("bracket_tax", i, "rate"), tr("Trinnskatt trinn {n}, sats").format(n=n), PCT, 100))
        periods = doc.get("child_benefit", {}).get("periods", [])
        if periods:
            i = max(range(len(periods)), key=lambda j: periods[j]["from"])
            out += [Field(("child_benefit", "periods", i, k), tr(label), KR_MONTH)
                    for k, label in CHILD_BENEFIT_LABELS if k in periods[i]]
        return out
    if name.startswith("sifo_"):
        return _sifo_fields(doc)
    raise KeyError(name)


ENFORCEMENT_LABELS = (("single", QT_TR_NOOP("Enslig")), ("couple_total", QT_TR_NOOP("Par, samlet")),
                      ("adult_each_extra", QT_TR_NOOP("Hver voksen til")), ("child_0_5", QT_TR_NOOP("Barn 0–5")),
                      ("child_6_10", QT_TR_NOOP("Barn 6–10")), ("child_11_14", QT_TR_NOOP("Barn 11–14")),
                      ("child_15_17", QT_TR_NOOP("Barn 15–17")))
FEE_LABELS = (("establishment_electronic", QT_TR_NOOP("Etableringsgebyr, elektronisk søknad")),
              ("establishment_paper", QT_TR_NOOP("Etableringsgebyr, papirsøknad")),
              ("term_fee_electronic", QT_TR_NOOP("Termingebyr, elektronisk")),
              ("term_fee_paper", QT_TR_NOOP("Termingebyr, papir")),
              ("mortgage_registration", QT_TR_NOOP("Tinglysing av pant")))


def _newest(entries: list) -> int:
    return max(range(len(entries)), key=lambda i: entries[i]["valid_from"])


def _meta_path(name: str, doc: dict) -> tuple:
    """Where an item keeps its date, source and status (as a path to the holding table)."""
    if name == "grunnbelop":
        return ("entries", _newest(doc["entries"]))
    if name == "loan_terms":
        return ("fees",)
    return ()


DATE_KEY = {"sifo_2025": "published", "sifo_2026": "published", "tax_2025": "updated", "tax_2026": "updated"}


def meta(name: str, doc: dict | None = None) -> dict:
    """An item's date (ISO), source and status as settings shows them beside the figures."""
    doc = doc if doc is not None else data.in_force()[name]
    holder = _get(doc, _meta_path(name, doc))
    status = holder.get("status", "")
    if name.startswith("tax_"):
        status = "user" if status == "user" else ("confirmed" if doc.get("confirmed") else "unconfirmed")
    return {"date": data.item_date(name, doc), "source": holder.get("source", ""), "status": status}


def field_text(f: Field, doc: dict) -> str:
    """A figure as settings shows it: "136 549", "22", "2,5"."""
    v = _get(doc, f.path)
    if v is None:
        return ""
    shown = round(v * f.scale, 10)
    if f.unit == PCT:
        return f"{shown:g}".replace(".", ",")
    return fmt_kr(shown).replace("\u00a0", " ").removesuffix(" kr")


def texts(name: str, doc: dict | None = None) -> list[str]:
    doc = doc if doc is not None else data.in_force()[name]
    return [field_text(f, doc) for f in fields(name, doc)]


def edited_item(name: str, cells: list[str], date_text: str, source_text: str) -> dict:
    """Item `name` (in force) with the typed figures, date and source; checked.

    A bad field raises ValidationError named ``<item>.<row>`` (a figure),
    ``<item>.date`` or ``<item>.source``. Kroner are 0–100 million, a share
    in % is 0–100 %; the date may not be older than the figures this version
    ships (they would win over the typed ones).

    >>> g = edited_item("grunnbelop", ["140 000"], "01.05.2027", "nav.no")
    >>> g["entries"][0]["amount"], g["entries"][0]["valid_from"], g["entries"][0]["status"]
    (140000.0, '2027-05-01', 'user')
    """
    base = data.in_force()[name]
    doc = json.loads(json.dumps(base))
    flds = fields(name, doc)
    if len(cells) != len(flds):
        raise ValidationError(f"{name}.0", tr("Tabellen har feil antall rader."))
    for i, (f, text) in enumerate(zip(flds, cells, strict=True)):
        if not str(text).strip() and _get(base, f.path) is None:
            continue  # a figure the data set does not have (e.g. SIFO 2025's baby equipment) may stay empty
        try:
            v = parse_decimal(text, f.unit) if f.unit == PCT else parse_money(text)
        except ParseError as exc:
            raise ValidationError(f"{name}.{i}", str(exc)) from None
        lo, hi = _bounds(name, f, base)
        if not lo <= v <= hi:
            raise ValidationError(f"{name}.{i}", tr("Tallet må være mellom {lo} og {hi} {unit}.").format(
                lo=_plain(lo), hi=_plain(hi), unit=f.unit))
        _set(doc, f.path, round(v / f.scale, 12))
    try:
        date = _day(date_text)
    except ValueError:
        raise ValidationError(f"{name}.date", tr("Skriv datoen som dd.mm.åååå, for eksempel 01.01.2026.")) from None
    shipped_date = data.item_date(name, data.shipped(name))
    if name not in data.HISTORIES and date < shipped_date:
        raise ValidationError(f"{name}.date", tr("Datoen kan ikke være eldre enn programmets egne tall ({date}): "
                                                  "da gjelder de.").format(date=fmt_date(shipped_date)))
    source = str(source_text or "").strip()
    if not source:
        raise ValidationError(f"{name}.source", tr("Skriv kilden ved tallene (nettside, vedtak eller rundskriv)."))
    holder = _get(doc, _meta_path(name, doc))
    if name == "grunnbelop":
        holder = {**holder}
        doc["entries"] = [holder]  # merged by date with the others when stored
    holder["source"] = source
    holder["status"] = "user"
    if name in DATE_KEY:
        doc[DATE_KEY[name]] = date
    else:
        holder["valid_from"] = date
    try:
        datapack.check_item(name, doc)
    except datapack.DataPackError as exc:
        raise ValidationError(f"{name}.0", str(exc)) from None
    return doc


def _bounds(name: str, f: Field, base: dict) -> tuple[float, float]:
    """The plausible range of a shown figure: at most ten times the shipped one
    (a bigger figure is a typing error, as for a data pack), a share at most 100 %."""
    if name == "grunnbelop":
        return datapack.G_RANGE
    shipped = data.shipped(name)
    ref = _get(shipped, f.path) if _has(shipped, f.path) else _get(base, f.path)
    hi = 10 * abs(ref) * f.scale if ref else (100.0 if f.unit == PCT else MAX_KR)
    return 0.0, min(hi, 100.0) if f.unit == PCT else hi


def _plain(v: float) -> str:
    """A bound as typed: "1 365 490", "22"."""
    return f"{v:,.10g}".replace(",", " ").replace(".", ",") if v >= 1000 else f"{v:g}".replace(".", ",")


def unchanged(name: str, cells: list[str], date_text: str, source_text: str) -> bool:
    """The typed figures, date and source are those in force (nothing to store)."""
    m = meta(name)
    try:
        date = _day(date_text)
    except ValueError:
        return False
    return cells == texts(name) and date == m["date"] and str(source_text).strip() == m["source"]


def save_item(name: str, doc: dict) -> None:
    """Store an item typed in settings as the user's data."""
    datapack.set_user_item(name, doc)
