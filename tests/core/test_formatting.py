import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core.formatting import (
    fmt_break_even_rate,
    fmt_date,
    fmt_kr,
    fmt_number,
    fmt_pct,
    fmt_rate,
    parse_number,
)

NB = "\u00a0"


def test_money_norwegian_style():
    assert fmt_kr(1234567) == f"1{NB}234{NB}567{NB}kr"
    assert fmt_kr(1234567.5, 2) == f"1{NB}234{NB}567,50{NB}kr"
    assert fmt_kr(999.4) == f"999{NB}kr"
    assert fmt_kr(-1500) == f"\u22121{NB}500{NB}kr"
    assert fmt_kr(-0.3) == f"0{NB}kr"  # never "−0"


def test_percent_and_rates():
    assert fmt_pct(4.89) == f"4,89{NB}%"
    assert fmt_rate(4.025) == f"4,025{NB}%"
    assert fmt_rate(4.5) == f"4,50{NB}%"
    assert fmt_date(dt.date(2026, 11, 23)) == "23.11.2026"
    assert fmt_date("2026-07-01") == "01.07.2026"


@pytest.mark.parametrize("text,value", [
    ("1 234 567,50 kr", 1234567.5), (f"1{NB}234{NB}567", 1234567), ("1.234.567", 1234567),
    ("1.234.567,5", 1234567.5), ("4,89 %", 4.89), ("4.89", 4.89), ("-500", -500), ("\u2212500", -500),
    ("12 000,-", 12000), ("kr 9 900", 9900), ("NOK 10", 10), ("0", 0), ("  7  ", 7),
])
def test_parse_accepts_what_caseworkers_type(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1e5", "--5", "nan", "inf", "12a", ",", "kr"])
def test_parse_rejects_garbage(text):
    with pytest.raises(ValueError):
        parse_number(text)


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_format_then_parse_roundtrips(n):
    assert parse_number(fmt_kr(n)) == n
    assert parse_number(fmt_number(n / 100, 2)) == pytest.approx(n / 100)


@given(st.text(max_size=30))
def test_parse_never_crashes_otherwise(text):
    """Anything typed either parses to a finite number written with digits, or is
    refused with ValueError (a message at the field), never another exception."""
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert math.isfinite(value) and any(ch.isdigit() for ch in text)


@given(st.floats(min_value=0, max_value=30, allow_nan=False))
def test_break_even_rate_names_the_last_step_that_holds(value):
    """"Fails above x": x is at or below the break-even rate and the next 0,001 step is above it."""
    named = float(fmt_break_even_rate(value).replace("\xa0%", "").replace(",", "."))
    assert named <= value + 1e-6 < named + 0.001 + 1e-6


def test_break_even_rate_rounds_down_where_rounding_would_name_a_failing_rate():
    assert fmt_break_even_rate(7.1587) == "7,158\xa0%"  # the example's 50 years: 7,159 % already fails
    assert fmt_break_even_rate(5.0) == "5,00\xa0%"
    assert fmt_break_even_rate(None) == "–"
