"""Debt left after a forced sale: the loans' balance year by year against what
the home would fetch if prices fell 0, 10, 20 or 30 %, less the costs of the
sale. Topic 4 of the explanation duty: the borrower stays liable for what the
sale does not cover (domain § 3), and a long term builds equity slowly.

For a cooperative flat (borettslag) the buyer takes over the flat's share of
the common debt, so a fall in value hits the seller's part alone: the seller
gets (price + common debt) × (1 − fall) − common debt.
"""

from __future__ import annotations

from dataclasses import replace

from . import data, loans
from .formatting import MINUS, NBSP, fmt_kr, fmt_kr_approx, fmt_number, fmt_pct
from .i18n import tr
from .record import record

FALLS_PCT = (0, 10, 20, 30)
TABLE_YEARS = (1, 2, 3, 5, 10, 15, 20, 30, 40, 50)
SENTENCE_YEAR, SENTENCE_FALL = 3, 20  # "after 3 years with prices 20 % down"


def default_costs() -> tuple[float, float]:
    """(forced-sale fee in kr, agent's cost in % of the sale price), shipped
    defaults marked unconfirmed in resources/data/sale_costs.json."""
    d = data.load("sale_costs")
    return float(d["forced_sale_fee"]), float(d["agent_cost_pct"])


def costs_for(housing) -> tuple[float, float]:
    """The case's sale costs: the caseworker's figures, else the defaults."""
    fee, pct = default_costs()
    return (fee if housing.forced_sale_fee is None else housing.forced_sale_fee,
            pct if housing.agent_cost_pct is None else housing.agent_cost_pct)


def net_proceeds(value: float, fall_pct: float, fee: float, agent_pct: float, common_debt: float = 0.0) -> float:
    """What a sale leaves to pay the loans with.

    .. math::

        N = P (1 - a) - F, \\qquad P = (V + D)(1 - f) - D

    *V* the home's value (price without common debt), *D* its share of common
    debt, *f* the fall in prices, *a* the agent's cost as a share of the sale
    price *P*, and *F* the forced-sale fee.

    >>> net_proceeds(2_050_000, 20, 15_000, 2.5)  # 1 640 000 − 41 000 − 15 000
    1584000.0
    """
    price = (value + common_debt) * (1 - fall_pct / 100) - common_debt
    return price * (1 - agent_pct / 100) - fee


def debt_after_sale(debt: float, value: float, fall_pct: float, fee: float, agent_pct: float,
                    common_debt: float = 0.0) -> float:
    """Debt the household still owes after the sale (negative: money left over).

    .. math::

        R = L - N

    *L* the loans' balance at the sale, *N* the net proceeds (`net_proceeds`).

    >>> debt_after_sale(1_900_000, 2_050_000, 20, 15_000, 2.5)
    316000.0
    """
    return debt - net_proceeds(value, fall_pct, fee, agent_pct, common_debt)


@record(frozen=True)
class SaleYear:
    year: int
    startlan: float  # startlån balance at the end of the year
    bank: float  # the bank loan's balance beside it
    left: dict  # fall % -> debt left after the sale (negative: money over)

    @property
    def debt(self) -> float:
        return self.startlan + self.bank


@record(frozen=True)
class ForcedSale:
    label: str
    value: float
    common_debt: float
    fee: float
    agent_pct: float
    falls: tuple[int, ...]
    years: list[SaleYear]  # year 0 (the purchase) to the end of the term
    proceeds: dict  # fall % -> net proceeds (prices held flat, only the fall moves them)
    contrast: tuple[float, float] | None  # balance after 10 years on 30 and on 50 years, same loan

    def at(self, year: int) -> SaleYear:
        return self.years[min(year, len(self.years) - 1)]

    def left(self, year: int, fall: int) -> float:
        return self.at(year).left[fall]

    @property
    def table_years(self) -> list[int]:
        last = len(self.years) - 1
        return [y for y in TABLE_YEARS if y <= last]

    def sentence(self, year: int = SENTENCE_YEAR, fall: int = SENTENCE_FALL) -> str:
        left = self.left(year, fall)
        if round(left, -3) > 0:
            return tr("Hvis boligen må selges etter {years} år og prisene har falt {fall} %, står dere igjen med "
                      "{amount} i gjeld.").format(years=year, fall=fall, amount=fmt_kr_approx(left))
        return tr("Hvis boligen må selges etter {years} år og prisene har falt {fall} %, dekker salget gjelden, og "
                  "dere sitter igjen med om lag {amount}.").format(years=year, fall=fall,
                                                                     amount=fmt_kr_approx(-left))

    def contrast_sentence(self) -> str:
        if self.contrast is None:
            return ""
        b30, b50 = self.contrast
        return tr("Lang løpetid bygger egenkapital sakte: etter 10 år skylder dere om lag {b30} med 30 års løpetid, "
                  "men {b50} med 50 år.").format(b30=fmt_kr_approx(b30), b50=fmt_kr_approx(b50))


def _contrast(spec: loans.LoanSpec) -> tuple[float, float] | None:
    """The same loan over 30 and over 50 years: the balance after 10 years."""
    out = []
    for years in (30, 50):
        months = years * 12
        if spec.interest_only_months >= months or spec.fixed_months >= months:
            return None
        sched = loans.build_schedule(replace(spec, term_months=months), check=False)
        out.append(sched.balance_at_year_ends()[10])
    return out[0], out[1]


def for_scenario(result, index: int) -> ForcedSale | None:
    """The forced-sale table of a budget scenario; None without a price."""
    h = result.case.housing
    if h.price <= 0:
        return None
    sr = result.scenarios[index]
    fee, pct = costs_for(h)
    start = sr.schedule.balance_at_year_ends()
    bank = result.bank_loan.balance_at_year_ends() if result.bank_loan else []
    years = []
    for y, balance in enumerate(start):
        b = bank[y] if y < len(bank) else 0.0
        years.append(SaleYear(y, balance, b, {f: debt_after_sale(balance + b, h.price, f, fee, pct, h.common_debt_share)
                                              for f in FALLS_PCT}))
    proceeds = {f: net_proceeds(h.price, f, fee, pct, h.common_debt_share) for f in FALLS_PCT}
    return ForcedSale(sr.label, h.price, h.common_debt_share, fee, pct, FALLS_PCT, years, proceeds,
                      _contrast(sr.spec))


def legend(fs: ForcedSale) -> str:
    return tr("Gjeld som står igjen etter et salg når prisene har falt, etter salgskostnader ({fee} og {pct} av "
              "salgssummen; ubekreftede standardverdier som saksbehandleren kan endre). Negative beløp betyr at "
              "salget gir mer enn gjelden. Dere er ansvarlige for gjeld som salget ikke dekker.").format(
        fee=fmt_kr(fs.fee), pct=fmt_pct(fs.agent_pct, 1))


def fall_label(fall: int, short: bool = False) -> str:
    """`Prisfall 20 %`, or `−20 %` where space is short (the screen)."""
    if short:
        return f"{MINUS}{fall}{NBSP}%" if fall else f"0{NBSP}%"
    return tr("Prisfall {fall} %").format(fall=fall)


def table_rows(fs: ForcedSale, short: bool = False) -> tuple[list[str], list[list[str]]]:
    """One row per year: the debt, then what is left after a sale at each fall
    (negative: money over) — the same texts on screen, paper and in the CLI."""
    money = fmt_number if short else fmt_kr  # short: kr in the header, not in every cell
    header = [tr("Salg etter"), tr("Gjeld (kr)") if short else tr("Gjeld")] + [fall_label(f, short) for f in fs.falls]
    rows = [[tr("%n år", None, y), money(fs.at(y).debt)] + [money(fs.left(y, f)) for f in fs.falls]
            for y in fs.table_years]
    return header, rows
