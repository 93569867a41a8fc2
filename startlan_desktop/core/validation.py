"""One validation layer for the UI, the CLI and the file loader. Every check
names its field; messages are for the caseworker, in the chosen language."""

from __future__ import annotations

import datetime as _dt

from . import limits, loans
from .data import SIFO_YEARS, TAX_YEARS
from .errors import ValidationError, check_range
from .i18n import tr
from .living import CATEGORIES
from .model import (
    DEBT_KINDS,
    EXPLANATION_TOPICS,
    FIXED_PERIODS,
    INCOME_KINDS,
    OWNERSHIP,
    RATE_TYPES,
    ROLES,
    SEXES,
    Case,
    Member,
    Scenario,
)
from .scenario import scenario_spec

MAX_AMOUNT = limits.MAX_AMOUNT
MAX_MEMBERS = limits.MAX_MEMBERS
# Bounds on what a case can hold, so a hostile or damaged file cannot stall the
# window: far above any real household, far below what takes seconds to build.
MAX_LIST = {"incomes": 60, "debts": 60, "scenarios": 12, "living.extra": 40, "reliefs": 20,
            "explanations": 20, "refinance_debts": 60}
MAX_TEXT = 200  # names, labels, references
MAX_NOTES = 20_000  # the free-text notes


def _prefixed(prefix: str, label: str, fn) -> None:
    try:
        fn()
    except ValidationError as exc:
        raise ValidationError(f"{prefix}.{exc.field}", f"{label}: {exc.message}") from None


def amount(field: str, label: str, value: float, allow_negative: bool = False) -> None:
    lo = -MAX_AMOUNT if allow_negative else 0
    check_range(field, label, value, lo, MAX_AMOUNT - 1, "kr")


def _iso_date(field: str, label: str, value: str, required: bool) -> None:
    if not value and not required:
        return
    try:
        d = _dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(field, tr("{label} er ikke en gyldig dato.").format(label=label)) from None
    if not 1900 <= d.year <= 2200:
        raise ValidationError(field, tr("{label} er utenfor gyldig område.").format(label=label))


def _dated(prefix: str, which: str, line) -> None:
    """A line's optional start and end dates: valid ISO dates, the end not before the start."""
    if not line.start and not line.end:  # most lines: nothing to check (no labels to build, issue 23)
        return
    _prefixed(prefix, which, lambda: _iso_date("start", tr("Startdatoen"), line.start, False))
    _prefixed(prefix, which, lambda: _iso_date("end", tr("Sluttdatoen"), line.end, False))
    if line.start and line.end and _dt.date.fromisoformat(line.end) < _dt.date.fromisoformat(line.start):
        raise ValidationError(f"{prefix}.end", tr("{line}: sluttdatoen er før startdatoen.").format(line=which))


def validate_member(m: Member) -> None:
    if m.role not in ROLES:
        raise ValidationError("role", tr("Ukjent rolle."))
    if m.sex not in SEXES:
        raise ValidationError("sex", tr("Kjønn må være kvinne eller mann (brukes av SIFO-satsene)."))
    check_range("age_years", tr("Alderen"), m.age_years, 0, 120, "år")
    check_range("age_months", tr("Månedene"), m.age_months, 0, 11)
    if m.birth_date:
        try:
            b = _dt.date.fromisoformat(m.birth_date)
        except ValueError:
            raise ValidationError("birth_date", tr("Fødselsdatoen er ikke en gyldig dato.")) from None
        if not 1900 <= b.year <= 2200:
            raise ValidationError("birth_date", tr("Fødselsdatoen er utenfor gyldig område."))


def validate_scenario(case: Case, s: Scenario) -> None:
    if s.rate_type not in RATE_TYPES:
        raise ValidationError("rate_type", tr("Rentetypen må være flytende eller fast."))
    if s.rate_type == "split":
        check_range("fixed_share_pct", tr("Andelen med fast rente"), s.fixed_share_pct, 1, 99, "%")
        if s.floating_base_rate_pct is not None:
            check_range("floating_base_rate", tr("Flytende rente for resten"), s.floating_base_rate_pct, 0,
                        loans.MAX_RATE_PCT, "%")
    if s.rate_type in ("fixed", "split") and s.fixed_years not in FIXED_PERIODS:
        raise ValidationError("fixed_years", tr("Bindingstiden må være 3, 5, 10 eller 20 år."))
    if s.repayment == loans.TRIAL:
        _validate_trial(s)
    check_range("markup_pp", tr("Kommunens påslag"), s.markup_pp, 0, limits.MAX_MARKUP_PP, "prosentpoeng")
    check_range("base_rate", tr("Husbankens rente"), s.base_rate_pct, 0, loans.MAX_RATE_PCT, "%")
    check_range("term_years", tr("Løpetiden"), s.term_years, 0, limits.MAX_TERM_YEARS, "år")
    check_range("term_extra_months", tr("Ekstra måneder"), s.term_extra_months, 0, 11)
    check_range("interest_only_years", tr("Avdragsfriheten"), s.interest_only_years, 0, limits.MAX_INTEREST_ONLY_YEARS, "år")
    check_range("interest_only_extra_months", tr("Ekstra måneder avdragsfrihet"), s.interest_only_extra_months, 0, 11)
    loans.validate(scenario_spec(case, s))


def _validate_trial(s: Scenario) -> None:
    """The first-time buyers' trial loan: no interest-only, binding 3, 5 or 10 years (domain § 11)."""
    if s.interest_only_years or s.interest_only_extra_months or s.interest_only_until_debts_repaid:
        raise ValidationError("interest_only_years", tr("Førstegangslånet kan ikke ha avdragsfrihet."))
    if s.rate_type in ("fixed", "split") and s.fixed_years not in loans.TRIAL_FIXED_YEARS:
        raise ValidationError("fixed_years", tr("Førstegangslånet har bindingstid 3, 5 eller 10 år."))


_TEXT_LIMITS: dict[type, dict[str, int]] = {}  # per dataclass: each field's longest text


def check_sizes(obj, path: str = "") -> None:
    """Every string and list in the case within its bound (walks the dataclasses,
    so a field added later is bounded too). About 0.2 ms for a usual case."""
    limits = _TEXT_LIMITS.get(type(obj))
    if limits is None and hasattr(type(obj), "__dataclass_fields__"):
        limits = _TEXT_LIMITS[type(obj)] = {f: MAX_NOTES if f.endswith("notes") else MAX_TEXT
                                            for f in type(obj).__dataclass_fields__}
    if limits is not None:
        for name, value in vars(obj).items():
            t = type(value)
            if t is str and name != "data_snapshot":  # the common case, here rather than a call per field (issue 23)
                if len(value) > (limits.get(name) or (MAX_NOTES if name.endswith("notes") else MAX_TEXT)):
                    check_sizes(value, f"{path}.{name}" if path else name)  # raises, naming the field
            elif t is float or t is int or t is bool or value is None or name == "data_snapshot":
                continue  # nothing to bound; the snapshot is checked item by item by datapack.check_snapshot
            elif not isinstance(value, (int, float)):
                check_sizes(value, f"{path}.{name}" if path else name)
    elif isinstance(obj, str):
        limit = MAX_NOTES if path.endswith("notes") else MAX_TEXT
        if len(obj) > limit:
            raise ValidationError(path, tr("Teksten er for lang (over {n} tegn).").format(n=limit))
    elif isinstance(obj, (list, tuple)):
        key = path.rsplit(".", 1)[-1].split("[")[0]
        limit = MAX_MEMBERS if key == "members" else MAX_LIST.get(key, MAX_LIST.get(path, 60))
        if len(obj) > limit:
            raise ValidationError(path, tr("Listen har for mange linjer (over {n}).").format(n=limit))
        for i, v in enumerate(obj):
            if not isinstance(v, (int, float)):
                check_sizes(v, f"{path}[{i}]")
    elif isinstance(obj, dict):
        if len(obj) > 60:
            raise ValidationError(path, tr("Listen har for mange linjer (over {n}).").format(n=60))
        for k, v in obj.items():
            check_sizes(k, f"{path}.{k[:40]}")
            if not isinstance(v, (int, float, type(None))):
                check_sizes(v, f"{path}.{k[:40]}")


def validate_case(case: Case) -> None:
    """Raise ValidationError for the first field out of range."""
    if len(case.members) <= MAX_MEMBERS:
        check_sizes(case)
    if not 1 <= len(case.members) <= MAX_MEMBERS:
        raise ValidationError("members", tr("Husstanden må ha mellom 1 og {n} personer.").format(n=MAX_MEMBERS))
    if not any(m.role in ("applicant", "co_applicant") for m in case.members):
        raise ValidationError("members", tr("Husstanden må ha minst én søker."))
    for i, m in enumerate(case.members):
        _prefixed(f"members[{i}]", tr("Person {n}").format(n=i + 1), lambda m=m: validate_member(m))
    for i, inc in enumerate(case.incomes):
        if inc.kind not in INCOME_KINDS:
            raise ValidationError(f"incomes[{i}].kind", tr("Inntekt {n}: ukjent inntektstype.").format(n=i + 1))
        # a loss (e.g. from a let flat) may be negative; ordinary income may not
        _prefixed(f"incomes[{i}]", tr("Inntekt {n}").format(n=i + 1), lambda inc=inc: amount(
            "amount", tr("Beløpet"), inc.amount, allow_negative=inc.kind in ("rental", "other")))
        if inc.member is not None and not 0 <= inc.member < len(case.members):
            raise ValidationError(f"incomes[{i}].member", tr("Inntekt {n}: personen finnes ikke.").format(n=i + 1))
        _dated(f"incomes[{i}]", tr("Inntekt {n}").format(n=i + 1), inc)
    for i, d in enumerate(case.debts):
        if d.kind not in DEBT_KINDS:
            raise ValidationError(f"debts[{i}].kind", tr("Gjeld {n}: ukjent type.").format(n=i + 1))
        for f, label in (("monthly_payment", tr("Terminbeløpet")), ("credit_limit", tr("Kredittrammen")),
                         ("balance", tr("Restgjelden"))):
            which = tr("Gjeld {n}").format(n=i + 1)
            _prefixed(f"debts[{i}]", which, lambda f=f, label=label, d=d: amount(f, label, getattr(d, f)))
        _prefixed(f"debts[{i}]", tr("Gjeld {n}").format(n=i + 1), lambda d=d: check_range(
            "rate_pct", tr("Renten"), d.rate_pct, 0, 40, "%"))
        _prefixed(f"debts[{i}]", tr("Gjeld {n}").format(n=i + 1), lambda d=d: check_range(
            "remaining_years", tr("År igjen"), d.remaining_years, 0, limits.MAX_BANK_TERM_YEARS, "år"))
        _dated(f"debts[{i}]", tr("Gjeld {n}").format(n=i + 1), d)
    h = case.housing
    for f in ("price", "equity", "common_debt_share", "common_costs", "municipal_fees", "property_tax",
              "electricity", "insurance", "maintenance", "ground_rent", "other", "rent_today",
              "rent_alternative", "registration_fees", "other_purchase_costs"):
        amount(f"housing.{f}", tr("Beløpet"), getattr(h, f))
    if h.ownership not in OWNERSHIP:
        raise ValidationError("housing.ownership", tr("Eierformen må være selveier eller borettslag."))
    check_range("housing.document_fee_pct", tr("Dokumentavgiften"), h.document_fee_pct, 0, 10, "%")
    if h.forced_sale_fee is not None:
        check_range("housing.forced_sale_fee", tr("Kostnaden ved tvangssalg"), h.forced_sale_fee, 0, 1_000_000, "kr")
    if h.agent_cost_pct is not None:
        check_range("housing.agent_cost_pct", tr("Meglerkostnaden"), h.agent_cost_pct, 0, 20, "%")
    b = h.bank_loan
    if b.amount:
        amount("housing.bank_loan.amount", tr("Banklånet"), b.amount)
        check_range("housing.bank_loan.rate_pct", tr("Bankens rente"), b.rate_pct, 0, 30, "%")
        check_range("housing.bank_loan.term_years", tr("Bankens løpetid"), b.term_years, 1, limits.MAX_BANK_TERM_YEARS, "år")
    ch = case.living
    if ch.sifo_year not in SIFO_YEARS:
        raise ValidationError("living.sifo_year", tr("SIFO-året må være 2025 eller 2026."))
    if case.tax_year not in TAX_YEARS:
        raise ValidationError("tax_year", tr("Skatteåret må være 2025 eller 2026."))
    check_range("living.petrol_cars", tr("Antall bensinbiler"), ch.petrol_cars, 0, 5)
    check_range("living.electric_cars", tr("Antall elbiler"), ch.electric_cars, 0, 5)
    for key, v in ch.overrides.items():
        if key not in CATEGORIES:
            raise ValidationError(f"living.overrides.{key[:40]}", tr("Ukjent kategori i livsoppholdet."))
        amount(f"living.overrides.{key}", tr("Beløpet"), v)
    for i, e in enumerate(ch.extra):
        amount(f"living.extra[{i}].amount", tr("Beløpet"), e.amount)
    for f in ("kindergarten_first", "kindergarten_second", "kindergarten_more", "after_school_full"):
        if getattr(ch, f) is not None:
            check_range(f"living.{f}", tr("Satsen"), getattr(ch, f), 0, 100_000, "kr")
    check_range("living.kindergarten_months", tr("Måneder med barnehage"), ch.kindergarten_months, 0, 12)
    check_range("living.after_school_months", tr("Måneder med SFO"), ch.after_school_months, 0, 12)
    check_range("credit_card_share", tr("Andel av kredittramme"), case.credit_card_share, 0, 1)
    st = case.stress
    if st.rule not in ("policy", "margin"):
        raise ValidationError("stress.rule", tr("Ukjent stresstestregel."))
    check_range("stress.policy_rate_pct", tr("Styringsrenten"), st.policy_rate_pct, 0, 20, "%")
    check_range("stress.addon_pp", tr("Tillegget i stresstesten"), st.addon_pp, 0, 10, "prosentpoeng")
    check_range("stress.margin_pp", tr("Stressmarginen"), st.margin_pp, 0, 10, "prosentpoeng")
    check_range("stress.bank_margin_pp", tr("Bankens stressmargin"), st.bank_margin_pp, 0, 10, "prosentpoeng")
    check_range("stress.bank_floor_pct", tr("Bankens minste stressrente"), st.bank_floor_pct, 0, 30, "%")
    for field_name, label, value in (("date", tr("Saksdatoen"), case.date),
                                     ("rate_table_date", tr("Datoen for rentetabellen"), case.rate_table_date),
                                     ("stress.policy_rate_date", tr("Datoen for styringsrenten"), st.policy_rate_date)):
        _iso_date(field_name, label, value, required=True)
    for i, ex in enumerate(case.explanations):
        _iso_date(f"explanations[{i}].date", tr("Datoen for forklaringen"), ex.date, required=False)
    check_range("floating_rate_pct", tr("Flytende rente"), case.floating_rate_pct, 0, 30, "%")
    u = case.usual_terms
    check_range("usual_terms.max_term_years", tr("Vanlig løpetid"), u.max_term_years, 1, limits.MAX_TERM_YEARS, "år")
    check_range("usual_terms.max_interest_only_years", tr("Vanlig avdragsfrihet"), u.max_interest_only_years, 0,
                limits.MAX_INTEREST_ONLY_YEARS, "år")
    check_range("usual_terms.startlan_cap_pct", tr("Startlånets tak"), u.startlan_cap_pct, 0, 100, "%")
    if u.repayment not in ("", "annuity", "serial") or u.rate_type not in ("", "fixed", "floating"):
        raise ValidationError("usual_terms", tr("Ukjent lånetype eller rentetype i kommunens vanlige vilkår."))
    for i, ex in enumerate(case.explanations):
        if ex.topic not in EXPLANATION_TOPICS:
            raise ValidationError(f"explanations[{i}].topic", tr("Ukjent tema i forklaringsplikten."))
    for i, s in enumerate(case.scenarios):
        _prefixed(f"scenarios[{i}]", tr("Scenario {n}").format(n=i + 1), lambda s=s: validate_scenario(case, s))
    check_existing(case)


def check_existing(case: Case) -> None:
    """The existing loan of a follow-up case."""
    loan = case.existing
    if loan is None:
        return
    amount("existing.balance", tr("Restgjelden"), loan.balance)
    check_range("existing.remaining_years", tr("Gjenstående løpetid"), loan.remaining_years, 0, limits.MAX_TERM_YEARS, "år")
    check_range("existing.remaining_extra_months", tr("Ekstra måneder"), loan.remaining_extra_months, 0, 11)
    if loan.remaining_years * 12 + loan.remaining_extra_months < 1:
        raise ValidationError("existing.remaining_years", tr("Gjenstående løpetid må være minst én måned."))
    check_range("existing.years_elapsed", tr("År siden lånet startet"), loan.years_elapsed, 0, limits.MAX_TERM_YEARS, "år")
    if loan.years_elapsed * 12 + loan.remaining_years * 12 + loan.remaining_extra_months > limits.MAX_TERM_YEARS * 12 + 11:
        raise ValidationError("existing.years_elapsed", tr("Lånets samlede løpetid kan ikke være over {years} år.").format(
            years=limits.MAX_TERM_YEARS))
    check_range("existing.rate_pct", tr("Renten"), loan.rate_pct, 0, loans.MAX_RATE_PCT, "%")
    check_range("existing.markup_pp", tr("Påslaget"), loan.markup_pp, 0, limits.MAX_MARKUP_PP, "prosentpoeng")
    if loan.expiry_rate_pct is not None:
        check_range("existing.expiry_rate_pct", tr("Renten etter bindingstiden"), loan.expiry_rate_pct, 0,
                    loans.MAX_RATE_PCT, "%")
    if loan.rate_type not in ("fixed", "floating"):
        raise ValidationError("existing.rate_type", tr("Rentetypen må være fast eller flytende."))
    if loan.rate_type == "fixed":
        _iso_date("existing.fixed_until", tr("Bindingstiden slutter"), loan.fixed_until, required=True)
    if loan.repayment not in ("annuity", "serial"):  # a running loan; the trial loan is a new-loan form
        raise ValidationError("existing.repayment", tr("Lånetypen må være annuitet eller serie."))
    check_range("existing.term_fee", tr("Termingebyret"), loan.term_fee, 0, 100_000, "kr")
    # Over 8 years is a warning (core/followup.limit_notes), never a refusal: the field takes a loan's life.
    check_range("existing.interest_only_used_months", tr("Brukt avdragsfrihet"), loan.interest_only_used_months, 0,
                limits.MAX_INTEREST_ONLY_USED_MONTHS, "mnd")
    amount("existing.arrears", tr("Restansen"), loan.arrears)
    check_range("existing.arrears_days", tr("Dager i restanse"), loan.arrears_days, 0, 10_000)
