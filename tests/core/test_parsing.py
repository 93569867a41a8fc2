"""Issue 17, trap 1: input read by the field's kind. Expected values are what a
Norwegian caseworker means by the text, written out by hand."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core.formatting import fmt_kr, fmt_number, fmt_rate
from startlan_desktop.core.parsing import ParseError, parse_date, parse_decimal, parse_money, parse_rate, state

NB = "\u00a0"


@pytest.mark.parametrize("text,value", [
    ("28.400", 28_400), ("1.200", 1_200), ("490.000", 490_000), ("kr 490.000,-", 490_000),
    ("1.234.567", 1_234_567), ("1.234.567,50", 1_234_567.5), ("28 400", 28_400), (f"1{NB}234{NB}567", 1_234_567),
    ("1 234 567,50 kr", 1_234_567.5), ("12 000,-", 12_000), ("12.000,-", 12_000), ("NOK 10", 10), ("9900kr", 9_900),
    ("−500", -500), ("-1.500", -1_500), ("0", 0), ("28,40", 28.4), ("28,4", 28.4), ("  7  ", 7), ("490000", 490_000),
])
def test_money_reads_the_thousands_dot(text, value):
    assert parse_money(text) == value


@pytest.mark.parametrize("text,why", [
    ("4,5 %", "ikke prosent"), ("28.40", "er punktum tusenskille"), ("28.4", "er punktum tusenskille"),
    ("1.2345", "er punktum tusenskille"), ("1,234", "Mente du 1 234"), ("1,234.56", "komma før øre"),
    ("1 2345", "grupper på tre"), ("1234 567", "grupper på tre"), ("1 234.500", "tusenskille"),
    ("abc", "kronebeløp"), ("1e5", "kronebeløp"), ("", "tomt"), ("kr", "tomt"), ("12a", "kronebeløp"),
])
def test_money_refuses_what_could_mean_two_things(text, why):
    with pytest.raises(ParseError) as err:
        parse_money(text)
    assert why in err.value.message


@pytest.mark.parametrize("text,value", [
    ("4.275", 4.275), ("4,275", 4.275), ("4,275 %", 4.275), ("4.5%", 4.5), ("0,25 prosentpoeng", 0.25), ("7", 7),
    (",5", 0.5),
])
def test_rate_keeps_the_decimal_dot(text, value):
    assert parse_rate(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["4,5 kr", "1.234,5", "4,2,7", "abc", "", "%"])
def test_rate_refuses(text):
    with pytest.raises(ParseError):
        parse_rate(text)


def test_decimal_takes_its_unit():
    assert parse_decimal("2,5 år", "år") == 2.5
    assert parse_decimal("12.5", "år") == 12.5
    with pytest.raises(ParseError):
        parse_decimal("2 år 3", "år")


@pytest.mark.parametrize("kind,text,expected", [
    ("money", "28.4", "incomplete"), ("money", "28.40", "incomplete"), ("money", "28 4", "incomplete"),
    ("money", "12,", "incomplete"), ("money", "-", "incomplete"), ("money", "28.400", "ok"),
    ("money", "4,5 %", "invalid"), ("money", "1,234", "invalid"), ("money", "1 2345", "invalid"),
    ("rate", "4,", "incomplete"), ("rate", "4.275", "ok"), ("rate", "4,5 kr", "invalid"),
])
def test_state_tells_half_typed_from_wrong(kind, text, expected):
    assert state(kind, text)[0] == expected


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_money_formatted_by_the_app_reads_back(n):
    assert parse_money(fmt_kr(n)) == n
    assert parse_money(fmt_number(n / 100, 2)) == pytest.approx(n / 100)


@given(st.integers(min_value=1_000, max_value=10**9))
def test_dot_grouped_kroner_are_thousands(n):
    dotted = f"{n:,}".replace(",", ".")
    assert parse_money(dotted) == n
    assert parse_money(f"kr {dotted},-") == n


@given(st.integers(min_value=0, max_value=30_000))
def test_rates_formatted_by_the_app_read_back(milli):
    rate = milli / 1000
    assert parse_rate(fmt_rate(rate)) == pytest.approx(rate, abs=0.005)
    assert parse_rate(f"{rate}") == pytest.approx(rate)


@given(st.text(max_size=30), st.sampled_from(["money", "rate", "decimal"]))
def test_never_crashes_and_ok_always_has_a_number(text, kind):
    s, value, message = state(kind, text)
    assert s in ("ok", "incomplete", "invalid")
    assert (value is not None) == (s == "ok")
    assert bool(message) == (s != "ok")


@given(st.integers(min_value=0, max_value=10**7))
def test_every_prefix_of_a_valid_amount_is_ok_or_incomplete_never_invalid(n):
    """Typing "28.400" key by key never flashes red on the way."""
    for text in (f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), f"{n},50"):
        for i in range(1, len(text) + 1):
            assert state("money", text[:i])[0] != "invalid", text[:i]


@pytest.mark.parametrize("text,iso", [("24.12.2019", "2019-12-24"), ("1.3.2027", "2027-03-01"),
                                      ("01/03/2027", "2027-03-01"), ("2027-03-01", "2027-03-01"),
                                      ("05.2027", "2027-05-01"), ("5/2027", "2027-05-01"), ("", "")])
def test_dates_as_typed(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["31.02.2027", "13.2027", "2027", "1.1.27", "24.12.1800", "i morgen"])
def test_bad_dates_are_refused_with_a_message(text):
    with pytest.raises(ParseError) as exc:
        parse_date(text)
    assert "dato" in exc.value.message.lower()
