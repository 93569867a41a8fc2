"""Living costs: SIFO's reference budget for a household, the NAV guideline
floor, and the enforcement authorities' rates, all for the same household."""

from __future__ import annotations

import datetime as _dt
from dataclasses import field

from . import data
from .errors import ValidationError
from .formatting import fmt_kr
from .i18n import QT_TR_NOOP, tr
from .model import Case, LivingCostChoices, Member
from .record import record

CATEGORIES = ("mat_og_drikke", "klaer_og_sko", "personlig_pleie", "lek_og_mediebruk",
              "reisekostnader", "spedbarnsutstyr", "andre_dagligvarer", "husholdningsartikler",
              "mobler", "mediebruk_og_fritid", "bilkostnader", "barnehage", "sfo")
CATEGORY_LABELS = {
    "mat_og_drikke": QT_TR_NOOP("Mat og drikke"),
    "klaer_og_sko": QT_TR_NOOP("Klær og sko"),
    "personlig_pleie": QT_TR_NOOP("Personlig pleie"),
    "lek_og_mediebruk": QT_TR_NOOP("Lek, sport og mediebruk"),
    "reisekostnader": QT_TR_NOOP("Reisekostnader (kollektiv)"),
    "spedbarnsutstyr": QT_TR_NOOP("Spedbarnsutstyr"),
    "andre_dagligvarer": QT_TR_NOOP("Andre dagligvarer"),
    "husholdningsartikler": QT_TR_NOOP("Husholdningsartikler"),
    "mobler": QT_TR_NOOP("Møbler"),
    "mediebruk_og_fritid": QT_TR_NOOP("Mediebruk og fritid"),
    "bilkostnader": QT_TR_NOOP("Bilkostnader"),
    "barnehage": QT_TR_NOOP("Barnehage"),
    "sfo": QT_TR_NOOP("SFO/AKS"),
}
INDIVIDUAL = ("mat_og_drikke", "klaer_og_sko", "personlig_pleie", "lek_og_mediebruk")
HOUSEHOLD = ("andre_dagligvarer", "husholdningsartikler", "mobler", "mediebruk_og_fritid")
#: Outside what NAV's guideline rates cover (nav.no, from 2026): compared apart from the floor.
OUTSIDE_NAV = ("bilkostnader", "reisekostnader", "barnehage", "sfo", "mobler")
MAX_TABLE_PERSONS = 7  # SIFO tables stop at 7 persons (8+: 7-person row, unconfirmed)


def age_of(member: Member, on: _dt.date) -> tuple[int, int]:
    """(completed years, completed months beyond those) on a date."""
    if member.birth_date:
        try:
            b = _dt.date.fromisoformat(member.birth_date)
        except ValueError as exc:
            raise ValidationError("birth_date", tr("Fødselsdatoen er ikke en gyldig dato.")) from exc
        total = (on.year - b.year) * 12 + on.month - b.month - (on.day < b.day)
        total = max(total, 0)
        return total // 12, total % 12
    return member.age_years, member.age_months


def _band(bands: list[dict], years: int, months: int, sex: str) -> dict | None:
    for b in bands:
        if b["sex"] not in ("any", sex):
            continue
        if years < b["age_min"] or (b["age_max"] is not None and years > b["age_max"]):
            continue
        if "months_min" in b and not (b["months_min"] <= months <= b["months_max"]):
            continue
        return b
    return None


@record
class LivingCostLine:
    category: str
    label: str
    sifo: float
    used: float
    overridden: bool = False
    detail: str = ""


@record
class LivingCosts:
    sifo_year: int
    status: str
    lines: list[LivingCostLine]
    extra: list[tuple[str, float]]
    sifo_total: float
    chosen: float  # SIFO with overrides and extra lines
    nav_floor: float
    enforcement_rate: float
    food_reduction: float  # the 12 % reduction, kr (0 when it does not apply)
    warnings: list[str] = field(default_factory=list)

    @property
    def outside_floor(self) -> float:
        """What NAV's guideline rates do not cover: car costs, transport,
        kindergarten/SFO (other fixed costs in Husbanken's guide) and furniture."""
        return sum(line.used for line in self.lines if line.category in OUTSIDE_NAV)

    @property
    def covered(self) -> float:
        """The living costs of the kinds NAV's rates cover: compared with the floor."""
        return self.chosen - self.outside_floor

    @property
    def used(self) -> float:
        """The amount the budget deducts: like with like, the costs NAV's rates
        cover never below the NAV floor (Husbanken), the rest on top.

        used = max(chosen − outside, NAV floor) + outside
        """
        return max(self.covered, self.nav_floor) + self.outside_floor

    @property
    def below_floor(self) -> bool:
        return self.covered < self.nav_floor

    def category(self, key: str) -> float:
        return next(line.used for line in self.lines if line.category == key)


def _default_ticket(m: Member, years: int) -> bool:
    """Who needs a ticket unless the caseworker says otherwise: adults 20–66,
    and pensioners from 67 (SIFO's honnør ticket)."""
    return 20 <= years <= 66 or (years >= 67 and m.pensioner)


def _transport(table: dict, m: Member, years: int) -> float:
    wants = m.ticket if m.ticket is not None else _default_ticket(m, years)
    if not wants or years < 6:
        return 0.0
    if years <= 19:
        return table["child_6_19"]
    if m.student and years <= 29:
        return table["student_20_29"]
    if years >= 67 or m.pensioner:
        return table["senior_67"]
    return table["adult_20_66"]


def _food(t: dict, m: Member, banded: float) -> float:
    """A person's food: pregnancy and breastfeeding have rates of their own, else `banded` (by age and sex)."""
    if m.breastfeeding and m.sex == "f":
        return t["food_breastfeeding"]
    if m.pregnant and m.sex == "f":
        return t["food_pregnant"]
    return banded


def _individual(t: dict, y: int, mo: int, sex: str) -> tuple[float, ...]:
    """SIFO's figure in each INDIVIDUAL category (kr/month) for a person of this
    age and sex (food before pregnancy and breastfeeding, see _food)."""
    # by (years, months, sex), once per table: looking up the bands was most of the living costs,
    # which the years-ahead timeline prices at every change month (issue 23)
    memo = data.derived(t, "living.individual", lambda _t: {})
    key = (y, mo, sex)
    figures = memo.get(key)
    if figures is None:
        bands = [_band(t["categories"][cat], y, mo, sex) for cat in INDIVIDUAL]
        figures = memo[key] = tuple(b["kr"] if b else 0.0 for b in bands)
    return figures


def _per_person(t: dict, members: list[Member], on: _dt.date) -> dict[str, float]:
    sums = dict.fromkeys(INDIVIDUAL + ("reisekostnader", "spedbarnsutstyr"), 0.0)
    baby = t["baby_equipment"]
    for m in members:
        y, mo = age_of(m, on)
        food, *others = _individual(t, y, mo, m.sex)
        sums["mat_og_drikke"] += _food(t, m, food)
        for cat, kr in zip(INDIVIDUAL[1:], others):
            sums[cat] += kr
        sums["reisekostnader"] += _transport(t["transport"], m, y)
        if y == 0 and baby.get("under_1"):
            sums["spedbarnsutstyr"] += baby["under_1"]
        if m.pregnant and baby.get("before_birth"):
            sums["spedbarnsutstyr"] += baby["before_birth"]
    return sums


def _size_row(table: dict, persons: int) -> float:
    return float(table[str(min(max(persons, 1), MAX_TABLE_PERSONS))])


def _childcare(t: dict, ch: LivingCostChoices, members: list[Member]) -> tuple[float, float]:
    kg = t["kindergarten"]
    rates = [ch.kindergarten_first if ch.kindergarten_first is not None else kg["first"],
             ch.kindergarten_second if ch.kindergarten_second is not None else kg["second"],
             ch.kindergarten_more if ch.kindergarten_more is not None else kg["more"]]
    n_kg = sum(1 for m in members if m.kindergarten)
    kindergarten = sum(rates[min(i, 2)] for i in range(n_kg)) * ch.kindergarten_months / 12
    sfo_rate = ch.after_school_full if ch.after_school_full is not None else (t["after_school"]["full_time"] or 0)
    n_sfo = sum(1 for m in members if m.after_school)
    return kindergarten, n_sfo * sfo_rate * ch.after_school_months / 12


def sifo_budget(members: list[Member], choices: LivingCostChoices, on: _dt.date) -> tuple[dict[str, float], float]:
    """SIFO's figure per category (kr/month) and the 12 % food reduction applied."""
    t = data.sifo(choices.sifo_year)
    out = _per_person(t, members, on)
    adults = sum(1 for m in members if age_of(m, on)[0] >= 18 and not m.is_child)
    children = sum(1 for m in members if m.is_child or age_of(m, on)[0] < 18)
    reduction = 0.0
    if adults == 2 and children > 2:
        reduction = out["mat_og_drikke"] * t["food_scale"]["reduction"]
        out["mat_og_drikke"] -= reduction
    n = len(members)
    for cat in HOUSEHOLD:
        out[cat] = _size_row(t["household"][cat], n) if n else 0.0
    band = "1-4" if n <= 4 else "5-7"
    out["bilkostnader"] = (choices.petrol_cars * t["cars"]["petrol"][band]
                           + choices.electric_cars * t["cars"]["electric"][band])
    out["barnehage"], out["sfo"] = _childcare(t, choices, members)
    return {c: float(out[c]) for c in CATEGORIES}, reduction


def nav_floor(members: list[Member], on: _dt.date) -> float:
    """NAV's guideline rates for the household: the floor for living costs."""
    t = data.nav_floor_table(on)
    adult = [not (m.is_child and age_of(m, on)[0] < 18) for m in members]
    adults = sum(adult)
    total = 0.0
    if adults == 1:
        total += t["enslige"]
    elif adults >= 2:
        total += t["ektepar_samboere"] + (adults - 2) * t["person_i_bofellesskap"]
    for m, is_adult in zip(members, adult):
        if is_adult:
            continue
        y = age_of(m, on)[0]
        total += t["barn_0_5"] if y <= 5 else t["barn_6_10"] if y <= 10 else t["barn_11_17"]
    return float(total)


def enforcement_rate(members: list[Member], on: _dt.date) -> float:
    """Livsoppholdssats (utleggstrekk/gjeldsordning), shown for reference."""
    t = data.load("enforcement_rates")
    ages = sorted((age_of(m, on)[0] for m in members), reverse=True)
    adults = [a for a in ages if a >= 18]
    kids = [a for a in ages if a < 18]
    rates = []
    if len(adults) == 1:
        rates.append(t["single"])
    elif len(adults) >= 2:
        rates += [t["couple_total"] / 2] * 2 + [t["adult_each_extra"]] * (len(adults) - 2)
    for a in kids:
        rates.append(t["child_0_5"] if a <= 5 else t["child_6_10"] if a <= 10
                     else t["child_11_14"] if a <= 14 else t["child_15_17"])
    cut = 1 - t["reduction_from_fourth_member"]
    return float(sum(r * (cut if i >= 3 else 1) for i, r in enumerate(rates)))


def living_costs(case: Case) -> LivingCosts:
    on = case.assessment_date
    ch = case.living
    sifo, reduction = sifo_budget(case.members, ch, on)
    lines = []
    for cat in CATEGORIES:
        ov = ch.overrides.get(cat)
        detail = tr("inkl. 12 % stordriftsfordel") if cat == "mat_og_drikke" and reduction else ""
        lines.append(LivingCostLine(cat, tr(CATEGORY_LABELS[cat]), sifo[cat],
                                    float(ov) if ov is not None else sifo[cat], ov is not None, detail))
    extra = [(e.label, float(e.amount)) for e in ch.extra]
    sifo_total = sum(sifo.values())
    chosen = sum(line.used for line in lines) + sum(a for _, a in extra)
    floor = nav_floor(case.members, on)
    warnings = []
    outside = sum(line.used for line in lines if line.category in OUTSIDE_NAV)
    if chosen - outside < floor:
        warnings.append(tr("Livsopphold uten bil, transport, barnehage/SFO og møbler ({covered}) er lavere enn NAVs "
                           "veiledende satser ({floor}); budsjettet bruker NAV-satsen som gulv og legger de andre "
                           "utgiftene til.").format(covered=fmt_kr(chosen - outside), floor=fmt_kr(floor)))
    t = data.sifo(ch.sifo_year)
    if any(m.after_school for m in case.members) and ch.after_school_full is None and not t["after_school"]["full_time"]:
        warnings.append(tr("SFO-sats mangler for {year}: skriv inn kommunens sats.").format(year=ch.sifo_year))
    if len(case.members) > MAX_TABLE_PERSONS:
        warnings.append(tr("SIFOs tabeller går til 7 personer; 7-personersraden er brukt."))
    return LivingCosts(ch.sifo_year, t["status"], lines, extra, sifo_total, chosen, floor,
                       enforcement_rate(case.members, on), reduction, warnings)
