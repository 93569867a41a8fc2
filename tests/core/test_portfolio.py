"""The loan list import and the expiry list, against the generated lists in
tests/data (made by tests/data/make_loan_lists.py) and an independent annuity
computation (numpy-financial)."""

import datetime as dt
import math
import shutil
from pathlib import Path

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core import portfolio as p

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = dt.date(2026, 12, 1)
RATE = p.RateAfter(4.131, 0.25)  # Husbanken floating Nov 2026 + 0.25 pp
FILES = ["loans-utf8.csv", "loans-cp1252.csv", "loans.xlsx"]


def load(name, **kw):
    return p.import_list(DATA / name, today=TODAY, **kw)


@pytest.mark.parametrize("name", FILES)
def test_each_list_reads_all_ten_loans_the_same(name):
    ll = load(name)
    assert ll.issues == []
    assert [x.number for x in ll.loans] == [f"70010{i:02d}" for i in range(1, 11)]
    first = ll.loans[0]
    assert (first.name, first.balance, first.rate_pct, first.fixed_until, first.remaining_months) == (
        "Åse Ødegård", 1_850_000, pytest.approx(2.15), dt.date(2027, 3, 1), 300)
    assert ll.loans[3].rate_type == "floating" and ll.loans[3].fixed_until is None
    assert ll.loans[5].terms_per_year == 4
    assert ll.loans[1].fixed_until == dt.date(2027, 6, 15)  # written 2027-06-15 in the UTF-8 file
    assert ll.loans[2].fixed_until == dt.date(2028, 1, 1)  # written 1.1.28 there


def test_encodings_and_delimiters_are_detected():
    assert load("loans-utf8.csv").table.encoding == "utf-8-sig"
    t = load("loans-cp1252.csv").table
    assert (t.encoding, t.delimiter) == ("cp1252", ",")
    assert load("loans-utf8.csv").header_index == 2  # a title line and a blank line first


def test_xlsx_percent_cells_are_read_as_percent():
    ll = load("loans.xlsx")
    assert ll.loans[0].rate_pct == pytest.approx(2.15)
    assert ll.notes  # and the caseworker is told


@pytest.mark.parametrize("text", ["01.03.2027", "2027-03-01", "1.3.27", "01/03/2027", "2027-03-01 00:00:00"])
def test_three_date_styles(text):
    assert p.parse_date(text) == dt.date(2027, 3, 1)


def test_expiry_figures_against_numpy_financial():
    items = p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY)
    assert [e.loan.number for e in items][:3] == ["7001007", "7001001", "7001002"]  # soonest first
    assert len(items) == 8  # two floating loans are not in the list
    for e in items:
        loan = e.loan
        t = loan.terms_per_year
        n = loan.remaining_months // (12 // t)
        k = e.months_left // (12 // t)
        # Husbanken quotes a quarterly rate from the same effective rate: ((1 + r/12)^3 - 1) * 4
        floating = 4.131 if t == 12 else ((1 + 0.04131 / 12) ** (12 / t) - 1) * t * 100
        r1, r2 = loan.rate_pct / 100 / t, (floating + 0.25) / 100 / t
        pay = -npf.pmt(r1, n, loan.balance)
        bal = -npf.fv(r1, k, -pay, loan.balance)
        after = -npf.pmt(r2, n - k, bal)
        assert e.payment_now == pytest.approx(pay, abs=1e-6)
        assert e.balance_at_expiry == pytest.approx(bal, abs=1e-4)
        assert e.payment_after == pytest.approx(after, abs=1e-6)
        assert e.jump_pct == pytest.approx((after - pay) / pay * 100)


def test_one_loan_by_hand():
    """7001001: 1 850 000 kr at 2.15 % over 300 months, fixed to 1 March 2027
    (3 months from 1 December 2026), then 4.381 % over 297 months."""
    e = next(e for e in p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY) if e.loan.number == "7001001")
    r = 0.0215 / 12
    pay = 1_850_000 * r / (1 - (1 + r) ** -300)
    bal = 1_850_000
    for _ in range(3):
        bal -= pay - bal * r
    r2 = 0.04381 / 12
    after = bal * r2 / (1 - (1 + r2) ** -297)
    assert (e.months_left, round(e.payment_now), round(e.payment_after)) == (3, round(pay), round(after))
    assert round(pay) == 7977 and round(after) == 10138


def test_quarterly_loan_pays_per_quarter():
    e = next(e for e in p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY) if e.loan.number == "7001006")
    r = 0.028 / 4
    assert e.payment_now == pytest.approx(650_000 * r / (1 - (1 + r) ** -40))
    assert e.jump_monthly == pytest.approx(e.jump / 3)


def test_matches_the_term_by_term_engine():
    from startlan_desktop.core import loans

    for e in p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY):
        if e.loan.terms_per_year != 12 or e.months_left == 0:
            continue
        s = loans.build_schedule(loans.LoanSpec(e.loan.balance, e.loan.rate_pct, e.loan.remaining_months,
                                                fixed_months=e.months_left, rate_after_fixed_pct=e.rate_after_pct))
        assert s.payment(e.months_left) == pytest.approx(e.payment_after)


def test_serial_loan():
    loan = p.Loan(2, "1", "", 1_200_000, 3.0, 240, dt.date(2027, 12, 1), "fixed", "serial")
    e = p.expiry_of(loan, p.RateAfter(4.0, 0.5), TODAY)
    assert e.payment_now == pytest.approx(5000 + 3000)  # 1 200 000 / 240 + 1 200 000 * 0.25 %
    assert e.balance_at_expiry == pytest.approx(1_200_000 - 12 * 5000)
    assert e.payment_after == pytest.approx(5000 + 1_140_000 * 0.045 / 12)


def test_rate_typed_by_the_caseworker_is_used_as_it_is():
    loan = load("loans-utf8.csv").loans[0]
    assert p.expiry_of(loan, p.RateAfter(4.131, 0.25, typed_pct=6.0), TODAY).rate_after_pct == 6.0


def test_ended_fixed_period_shows_its_jump_at_once():
    loan = p.Loan(2, "1", "", 1_000_000, 2.0, 240, dt.date(2026, 11, 1), "fixed")
    e = p.expiry_of(loan, RATE, TODAY)
    assert e.ended and e.jump > 0
    assert e.payment_after == pytest.approx(-npf.pmt(0.04381 / 12, 240, 1_000_000))


def test_loan_repaid_before_its_fixed_period_ends_is_not_listed():
    assert p.expiry_of(p.Loan(2, "1", "", 100_000, 2.0, 6, dt.date(2027, 12, 1), "fixed"), RATE, TODAY) is None


def test_bad_rows_are_named_and_the_rest_imported():
    ll = load("loans-bad.csv")
    assert [x.number for x in ll.loans] == ["8001", "8010"]
    got = {(i.row, i.column) for i in ll.issues}
    assert got == {(3, "Restgjeld"), (4, "Rente"), (5, "Rentebinding til"), (6, "Lånenummer"), (7, "Restgjeld"),
                   (8, "Gjenstående løpetid"), (9, "Restgjeld"), (10, "Lånenummer")}
    texts = {i.row: i.text for i in ll.issues}
    assert texts[6] == "Rad 6, kolonne «Lånenummer»: lånenummer 8001 står også i rad 2; raden er hoppet over."
    assert "31.02.2027" in texts[5] and "\u221250\u00a0000\u00a0kr" in texts[3] and "mye" in texts[7]


def test_nothing_is_written_beside_the_list(tmp_path):
    for name in FILES + ["loans-bad.csv"]:
        shutil.copy(DATA / name, tmp_path / name)
    before = sorted(x.name for x in tmp_path.iterdir())
    for name in FILES + ["loans-bad.csv"]:
        p.import_list(tmp_path / name, today=TODAY)
    assert sorted(x.name for x in tmp_path.iterdir()) == before


def test_empty_file(tmp_path):
    f = tmp_path / "tom.csv"
    f.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(p.PortfolioError, match="tom"):
        p.import_list(f)


def test_header_only_file(tmp_path):
    f = tmp_path / "h.csv"
    f.write_text("Lånenummer;Restgjeld;Rente;Fastrente til;Løpetid\n", encoding="utf-8")
    with pytest.raises(p.PortfolioError, match="ingen lån"):
        p.import_list(f)


@pytest.mark.parametrize("content", [b"Hei,\n\nDette er et brev.\n", b"\x00\x01\x02binary", b"a;b;c\n1;2;3\n"])
def test_not_a_loan_list(tmp_path, content):
    f = tmp_path / "x.csv"
    f.write_bytes(content)
    with pytest.raises(p.NotALoanList):
        p.import_list(f)


def test_broken_xlsx(tmp_path):
    f = tmp_path / "x.xlsx"
    f.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(p.PortfolioError, match="Excel"):
        p.import_list(f)


def test_missing_required_column_is_named(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("Lånenummer;Restgjeld;Rente;Løpetid\n1;100 000;2,5;120\n", encoding="utf-8")
    with pytest.raises(p.MissingColumns) as exc:
        p.import_list(f)
    assert exc.value.fields == ["fixed_until"] and "«Rentebinding til»" in str(exc.value)


def test_mapping_by_name_and_number(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("Konto;Kunde;Beløp;Sats;Bundet til;Terminer\n55;A B;1 000 000;2,5;01.03.2027;240\n", encoding="utf-8")
    ll = p.import_list(f, {"loan_number": "konto", "balance": "Beløp", "rate": "4", "fixed_until": "Bundet til",
                           "remaining": "6"}, TODAY)
    assert ll.loans[0].number == "55" and ll.loans[0].balance == 1_000_000 and ll.loans[0].remaining_months == 240
    with pytest.raises(p.PortfolioError, match="Finner ikke kolonnen «Saldo»"):
        p.import_list(f, {"loan_number": "Konto", "balance": "Saldo"}, TODAY)
    with pytest.raises(p.PortfolioError, match="Ukjent felt"):
        p.import_list(f, {"sum": "Konto"}, TODAY)


def test_remaining_term_from_the_payment(tmp_path):
    pay = -npf.pmt(0.025 / 12, 240, 1_000_000)
    f = tmp_path / "x.csv"
    f.write_text(f"Lånenr;Restgjeld;Rente;Fastrente til;Terminbeløp\n1;1000000;2.5;2027-03-01;{pay:.2f}\n"
                 "2;1000000;2.5;2027-03-01;2000\n", encoding="utf-8")
    ll = p.import_list(f, today=TODAY)
    assert ll.loans[0].remaining_months == 240
    assert ll.issues[0].row == 3 and ll.issues[0].column == "Terminbeløp"  # 2 000 kr does not cover the interest


def test_remaining_in_years_and_as_end_date(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("Lånenr;Restgjeld;Rente;Fastrente til;Restløpetid (år);Sluttdato\n1;100000;2,5;2027-03-01;20;\n",
                 encoding="utf-8")
    assert p.import_list(f, today=TODAY).loans[0].remaining_months == 240
    g = tmp_path / "y.csv"
    g.write_text("Lånenr;Restgjeld;Rente;Fastrente til;Sluttdato\n1;100000;2,5;2027-03-01;01.12.2046\n",
                 encoding="utf-8")
    assert p.import_list(g, today=TODAY).loans[0].remaining_months == 240


def test_column_matching_by_usual_names():
    cols = p.match_columns(["Lånenr.", "Låntakers navn", "Restgjeld (kr)", "Rente %", "Bindingstid utløper",
                            "Gjenstående løpetid", "Terminbeløp", "Rentetype", "Lånetype", "Terminer pr. år"])
    assert cols == {f: i for i, f in enumerate(["loan_number", "name", "balance", "rate", "fixed_until", "remaining",
                                                "payment", "rate_type", "loan_type", "terms_per_year"])}
    assert p.match_columns(["Loan no", "Borrower", "Balance", "Interest rate", "Fixed rate until"]) == {
        "loan_number": 0, "name": 1, "balance": 2, "rate": 3, "fixed_until": 4}


def test_signature_ignores_case_and_spacing_but_not_columns():
    assert p.signature(["Lånenr", "Saldo"]) == p.signature([" lånenr ", "SALDO"])
    assert p.signature(["Lånenr", "Saldo"]) != p.signature(["Saldo", "Lånenr"])


def test_filters_and_search():
    items = p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY)
    assert {e.loan.number for e in items if p.matches(e, within_months=6)} == {"7001007", "7001001", "7001002"}
    assert all(e.jump >= 2000 for e in items if p.matches(e, min_jump_kr=2000))
    big = {e.loan.number for e in items if p.matches(e, min_jump_pct=30)}
    assert big == {e.loan.number for e in items if (e.payment_after / e.payment_now - 1) >= 0.30} == {"7001002", "7001005"}
    assert [e.loan.number for e in items if p.matches(e, search="ødegård")] == ["7001001"]
    assert [e.loan.number for e in items if p.matches(e, search="1003")] == ["7001003"]


def test_quarters_count_every_expiry_once():
    items = p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY)
    qs = p.quarters(items, TODAY)
    assert qs[0].label == "2026 K4" and qs[-1].label == "Etter 2028"
    assert sum(q.count for q in qs) == len(items)
    assert math.fsum(q.jump_monthly for q in qs) == pytest.approx(math.fsum(e.jump_monthly for e in items))
    q1 = next(q for q in qs if q.label == "2027 K1")
    assert q1.count == 2  # 1 February and 1 March 2027


def test_case_file_with_the_loan_number_shows_the_residual(tmp_path):
    from startlan_desktop.core import casefile
    from startlan_desktop.core.example import followup_case

    case = followup_case()
    case.reference = "7001001"
    casefile.save(case, tmp_path / "sak.startlan")
    cases, skipped = p.case_residuals(tmp_path)
    items = p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY, cases)
    e = next(e for e in items if e.loan.number == "7001001")
    assert e.case_file == "sak.startlan" and skipped == []
    from startlan_desktop.core.budget import _deduction_rate, compute
    from startlan_desktop.core.followup import expiry

    assert e.residual_after == pytest.approx(expiry(case, compute(case), _deduction_rate(case)).residual_after)
    assert all(x.residual_after is None for x in items if x.loan.number != "7001001")


def test_csv_output_has_decimal_commas():
    items = p.expiry_list(load("loans-utf8.csv").loans, RATE, TODAY)
    lines = p.to_csv(items).splitlines()
    assert lines[0].startswith("lanenummer;navn;binding_til")
    assert lines[1].split(";")[:4] == ["7001007", "Ingrid Sæther", "2027-02-01", "2"]


@given(st.floats(10_000, 10_000_000), st.floats(0.1, 15), st.integers(2, 600), st.data())
def test_annuity_invariants(balance, rate, n, data):
    """Re-amortising the balance after k terms at the same rate gives the same
    payment; the balance falls; the payment recovers n from the payment."""
    r = rate / 1200
    k = data.draw(st.integers(1, n - 1))
    pay = p.term_payment(balance, r, n)
    b = p.balance_after(balance, r, n, k)
    assert 0 <= b < balance
    assert p.term_payment(b, r, n - k) == pytest.approx(pay, rel=1e-9)
    assert p._terms_from_payment(balance, r, pay, False) == n


@given(st.text(max_size=30))
def test_parse_date_never_crashes(text):
    try:
        p.parse_date(text)
    except p._Bad:
        pass


def test_fast_xlsx_reader_reads_what_openpyxl_reads(tmp_path):
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Lånenr", "Navn", "Saldo", "Rente", "Fastrente til", "Aktiv", "Tid"])
    ws.append([7001001, "Åse Ødegård", 1850000.5, 0.0215, dt.datetime(2027, 3, 1), True, dt.datetime(2027, 3, 1, 12)])
    ws.append([None, None, -3, 1e-3, None, False, None])
    ws.append([])
    ws.append(["x", 'med "sitat" & <tegn>', 2.5e7, None, "01.03.2027", None, None])
    ws["D2"].number_format = "0.000%"
    ws["E2"].number_format = "DD.MM.YYYY"
    ws["G2"].number_format = "yyyy-mm-dd hh:mm"
    ws["H7"] = "langt ute"
    f = tmp_path / "x.xlsx"
    wb.save(f)
    raw = f.read_bytes()
    ref = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    want = [list(r) for r in ref.active.iter_rows(values_only=True)]
    got = p._read_xlsx_fast(raw).rows
    strip = lambda rows: [[v for v in r] + [None] * (8 - len(r)) for r in rows]
    assert strip(got) == strip(want)


def test_import_on_29_february():
    """The plausibility bound on fixed-rate end dates once used date.replace(year + 21),
    which raises on 29 February; a leap-day import reads the same ten loans."""
    leap = p.import_list(DATA / "loans-utf8.csv", today=dt.date(2028, 2, 29))
    assert len(leap.loans) == 10
