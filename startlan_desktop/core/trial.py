"""The first-time buyers' trial loan (startlån til førstegangsetablerere,
domain § 11): the payment of a 30-year annuity, the loan ending after 10
years with a balance left. Its whole risk sits in year 10, so this module
asks the year-10 question: the balance then, its share of the home's value
if prices have fallen 0/10/20/30 % (the bands of `forcedsale`), and whether a
bank loan of that size passes the banks' rule (the bank's rate + 3 pp, at
least 7 %; all debt at most 5 × gross income) on the household's income
then — today's income, as nobody knows the income of ten years on.

The bank loan that refinances the balance runs over the 20 years the 30-year
payment had left; its payment at the stress rate replaces the startlån's in
today's budget, with the other debts repaid by then gone.
"""

from __future__ import annotations

from . import forcedsale, loans, scenario, stress
from .formatting import fmt_kr, fmt_pct, fmt_rate
from .i18n import tr
from .record import record

MIN_EQUITY_PCT = 5.0
DEBT_INCOME_MULTIPLE = 5.0
REFINANCE_YEARS = loans.TRIAL_SIZING_YEARS - loans.TRIAL_TERM_YEARS


@record(frozen=True)
class Year10Test:
    """The year-10 test of one trial-loan scenario (all amounts kr)."""

    balance: float  # the startlån's balance when it ends
    value: float  # the home's value today (0: no price)
    shares: dict  # fall % -> balance / the home's value after the fall (None without a price)
    left_after_sale: dict  # fall % -> debt left if sold at year 10 (`forcedsale`), all loans on the home
    bank_rate_pct: float  # the rate a bank is assumed to offer
    stress_rate_pct: float  # the banks' rule on it
    bank_payment: float  # monthly payment of the refinancing loan at the stress rate
    residual: float  # today's budget with that payment: what is left over the living-cost norm
    debt_total: float  # all debt then: the refinancing loan, the bank loan, other debt, common debt
    gross_income: float  # yearly, today's

    @property
    def debt_limit(self) -> float:
        return DEBT_INCOME_MULTIPLE * self.gross_income

    @property
    def passes_payment(self) -> bool:
        return self.residual >= 0

    @property
    def passes_debt(self) -> bool:
        return self.debt_total <= self.debt_limit

    @property
    def passes(self) -> bool:
        return self.passes_payment and self.passes_debt

    def reasons(self) -> list[str]:
        """Why the test fails, in plain words (empty when it passes)."""
        out = []
        if not self.passes_payment:
            out.append(tr("Etter 10 år: et banklån på {amount} går ikke opp ved bankenes stresstest ({rate}); "
                          "{short} mangler hver måned med dagens inntekt.").format(
                amount=fmt_kr(self.balance), rate=fmt_rate(self.stress_rate_pct), short=fmt_kr(-self.residual)))
        if not self.passes_debt:
            out.append(tr("Etter 10 år: gjelden ({debt}) er over 5 ganger dagens bruttoinntekt ({limit}).").format(
                debt=fmt_kr(self.debt_total), limit=fmt_kr(self.debt_limit)))
        return out

    def verdict_text(self) -> str:
        if self.passes:
            return tr("Består: et banklån på restgjelden går opp ved bankenes krav med dagens inntekt.")
        return tr("Består ikke: {reasons}").format(reasons=" ".join(self.reasons()))

    def explanation(self) -> str:
        """A short paragraph for the applicant (the PDF)."""
        text = tr("Førstegangslånet har samme terminbeløp som et startlån over 30 år, men løper bare i 10 år. "
                  "Da står det igjen {balance} som dere må refinansiere i en bank, eller søke vurdert for et "
                  "vanlig startlån.").format(balance=fmt_kr(self.balance))
        if self.shares.get(0) is not None:
            text += " " + tr("Det er {share} av boligens verdi i dag, og {share20} om prisene faller 20 %.").format(
                share=fmt_pct(100 * self.shares[0], 0), share20=fmt_pct(100 * self.shares[20], 0))
        text += " " + tr("Banken vil regne med minst {rate} rente og at gjelden ikke er over 5 ganger inntekten.").format(
            rate=fmt_rate(self.stress_rate_pct))
        return text + " " + tr("Med dagens inntekt: {verdict}").format(verdict=self.verdict_text())


def bank_rate(case, s) -> float:
    """The bank's rate: the bank loan's beside the startlån, else the startlån's
    floating rate with the markup (a stand-in, stated on screen)."""
    b = case.housing.bank_loan
    if b.amount > 0:
        return b.rate_pct
    return scenario.floating_part_rate(case, s)


def refinance_stress_rate(case, rate_pct: float) -> float:
    """The banks' rule: the rate + 3 pp, at least 7 % (the case's settings).

    >>> from startlan_desktop.core.model import Case
    >>> refinance_stress_rate(Case(), 4.5), refinance_stress_rate(Case(), 3.0)
    (7.5, 7.0)
    """
    st = case.stress
    return max(rate_pct + st.bank_margin_pp, st.bank_floor_pct)


def gross_income(incomes) -> float:
    """Yearly gross income: as typed where gross, else 12 × the net amount
    (a lower bound: the banks' multiple is then on the safe side)."""
    return sum(i.gross_yearly if i.gross_yearly is not None else 12 * i.net_monthly for i in incomes)


def other_debt_then(case, month: int) -> float:
    """Other debt still running at `month`: today's balance (a cautious stand-in),
    a credit card's limit, and the flat's common debt."""
    gone = set(scenario.debts_repaid_by(case, month))
    total = 0.0
    for i, d in enumerate(case.debts):
        if i in gone:
            continue
        total += d.credit_limit if d.kind == "credit_card" else d.balance
    return total + case.housing.common_debt_share


def year10_test(result, index: int) -> Year10Test | None:
    """The year-10 test of scenario `index`; None unless it is a trial loan."""
    sr = result.scenarios[index]
    if sr.spec.repayment != loans.TRIAL or result.household is None:
        return None
    case, hh = result.case, result.household
    s = sr.scenario
    balance = sr.schedule.balloon
    month = loans.TRIAL_TERM_YEARS * 12
    rate = bank_rate(case, s)
    srate = refinance_stress_rate(case, rate)
    refi = loans.LoanSpec(balance, srate, REFINANCE_YEARS * 12)
    phase = scenario.Phase("year10", 0, month, scenario.debts_repaid_by(case, month))
    old_bank = stress.bank_stress_rate(case) if hh.bank is not None else None
    fig = stress.budget_at_rise(hh, [refi] if balance > 0 else [], 0.0, [phase], 0.0, old_bank)[0]
    bank_left = result.bank_loan.balance_at_year_ends() if result.bank_loan is not None else []
    bank_then = bank_left[min(loans.TRIAL_TERM_YEARS, len(bank_left) - 1)] if bank_left else 0.0
    h = case.housing
    fee, pct = forcedsale.costs_for(h)
    shares, left = {}, {}
    for f in forcedsale.FALLS_PCT:
        worth = forcedsale.net_proceeds(h.price, f, 0.0, 0.0, h.common_debt_share)  # the price after the fall
        shares[f] = balance / worth if h.price > 0 and worth > 0 else None
        left[f] = forcedsale.debt_after_sale(balance + bank_then, h.price, f, fee, pct, h.common_debt_share) \
            if h.price > 0 else None
    return Year10Test(balance, h.price, shares, left, rate, srate, fig.payment, fig.residual,
                      balance + bank_then + other_debt_then(case, month), gross_income(result.incomes))


def equity_note(case) -> str | None:
    """At least 5 % equity: a note when the case has less (a warning, never a block)."""
    h = case.housing
    if h.price <= 0 or h.equity >= MIN_EQUITY_PCT / 100 * h.price:
        return None
    return tr("Førstegangslånet krever minst 5 % egenkapital ({need}); saken har {have} ({pct}).").format(
        need=fmt_kr(MIN_EQUITY_PCT / 100 * h.price), have=fmt_kr(h.equity),
        pct=fmt_pct(100 * h.equity / h.price, 1))


def apply(result) -> None:
    """Attach the year-10 test to each trial scenario and let the verdict cover
    it: a failed test makes the scenario at most "Stramt", with the reason."""
    note = equity_note(result.case)
    for i, sr in enumerate(result.scenarios):
        test = year10_test(result, i)
        sr.year10 = test
        if test is None:
            continue
        if note:
            sr.notes.append(note)
        if sr.verdict in ("ok", "tight") and not test.passes:
            sr.verdict = "tight"  # the startlån's own stress test may pass; year 10 still binds
            sr.reasons = sr.reasons + test.reasons()
