"""Husbanken's rate table pasted as a browser copies it; hostile pastes are refused naming what is missing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core.ratepaste import RatePasteError, parse_rate_paste

# As copied from husbanken.no/rente (November 2026, domain.md § 11): tabs, decimal commas, the
# effective rate after the nominal one, a heading with the date in words.
PASTE = ("Renter for lån i Husbanken\n"
         "Gjelder fra 1. november 2026\n"
         "Rentetype\tNominell rente\tEffektiv rente\n"
         "Flytende rente\t4,131 %\t4,21 %\n"
         "Fast rente 3 år\t4,774 %\t4,88 %\n"
         "Fast rente 5 år\t4,805 %\t4,91 %\n"
         "Fast rente 10 år\t4,938 %\t5,05 %\n"
         "Fast rente 20 år\t5,010 %\t5,13 %\n")


def test_browser_copy_with_tabs_and_date_in_words():
    t = parse_rate_paste(PASTE)
    assert t == {"valid_from": "2026-11-01", "floating": 4.131, "fixed_3": 4.774, "fixed_5": 4.805,
                 "fixed_10": 4.938, "fixed_20": 5.010}


def test_space_separated_with_numeric_date_and_no_percent_signs():
    text = ("Oppdatert 01.11.2026\nFlytende rente 4,131\nFast rente 3 år 4,774\nFast rente 5 år 4,805\n"
            "Fast rente 10 år 4,938\nFast rente 20 år 5,01\n")
    t = parse_rate_paste(text)
    assert (t["valid_from"], t["floating"], t["fixed_3"], t["fixed_20"]) == ("2026-11-01", 4.131, 4.774, 5.01)


def test_decimal_point_and_nonbreaking_spaces_are_read():
    text = PASTE.replace("4,131 %", "4.131\u00a0%").replace("\t", "\u00a0 ")
    assert parse_rate_paste(text)["floating"] == 4.131


@pytest.mark.parametrize("text,words", [
    ("", "tomt"),
    ("   \n\t", "tomt"),
    ("lorem ipsum dolor sit amet", "Fant ingen renter"),
    ("\x00\x01\x02 ��� {}[]", "Fant ingen renter"),
    (PASTE.replace("Fast rente 10 år\t4,938 %\t5,05 %\n", ""), "fast rente 10 år"),
    (PASTE.replace("Flytende rente\t4,131 %\t4,21 %\n", "").replace("Fast rente 20 år\t5,010 %\t5,13 %\n", ""),
     "flytende rente, fast rente 20 år"),
    (PASTE.replace("Gjelder fra 1. november 2026\n", ""), "datoen"),
    (PASTE.replace("1. november 2026", "31.02.2026"), "datoen"),
    (PASTE.replace("4,131 %", "-4,131 %"), "utenfor"),
    (PASTE.replace("4,131 %", "413,1 %"), "utenfor"),
    (PASTE.replace("4,131 %", "0 %"), "utenfor"),
    (PASTE.replace("Flytende rente\t4,131 %\t4,21 %", "Flytende rente\t–"), "ingen rente"),
    (PASTE + "Flytende rente\t3,9 %\n", "to ulike renter"),
    ("Flytende rente 4,131\n" * 10_000, "for lang"),
])
def test_hostile_pastes_are_refused_naming_what_is_missing(text, words):
    with pytest.raises(RatePasteError) as exc:
        parse_rate_paste(text)
    assert words in str(exc.value)


@given(st.text(max_size=400))
def test_any_text_is_read_or_refused_never_a_crash(text):
    try:
        t = parse_rate_paste(text)
    except RatePasteError:
        return
    assert all(0.01 <= t[k] <= 20 for k in ("floating", "fixed_3", "fixed_5", "fixed_10", "fixed_20"))


# A date on the rate's own line (issue 16): its digits are never read as the rate, and it is the
# date the rates apply from, whatever other date (an "updated" one) the heading has.
ROWS = ("Fast rente 3 år 4,774 %\nFast rente 5 år 4,805 %\nFast rente 10 år 4,938 %\nFast rente 20 år 5,010 %\n")


@pytest.mark.parametrize("line", [
    "Flytende rente 4,275 % fra 01.11.2026",
    "Flytende rente fra 01.11.2026 4,275 %",
    "Flytende rente\t01.11.2026\t4,275 %\t4,36 %",
    "Flytende rente (gjelder fra 1. november 2026): 4,275 %",
    "Flytende rente 2026-11-01 4,275",
    "Flytende rente\t4,275 %\t01.11.2026–31.12.2026",
])
def test_date_on_the_rate_line_is_not_the_rate(line):
    t = parse_rate_paste("Oppdatert 28.10.2026\n" + line + "\n" + ROWS)
    assert t["floating"] == 4.275  # not 1,11 (from 01.11) nor 1 (from "1. november") nor 2026
    assert t["valid_from"] == "2026-11-01"  # the row's date, not the heading's "updated" date


def test_fixed_row_with_its_own_date_keeps_its_period_and_rate():
    t = parse_rate_paste("Flytende rente 4,131 %\nFast rente 3 år fra 01.11.2026 4,774 %\n"
                         "Fast rente 5 år 4,805\nFast rente 10 år 4,938\nFast rente 20 år 5,01")
    assert (t["fixed_3"], t["fixed_5"], t["valid_from"]) == (4.774, 4.805, "2026-11-01")


def test_rows_dated_differently_apply_from_the_newest_row():
    # The floating rate from 1 November, the fixed ones set 1 December: the table holds from 1 December.
    t = parse_rate_paste("Flytende rente 4,131 % fra 01.11.2026\n" + ROWS.replace(" %\n", " % fra 01.12.2026\n"))
    assert t["valid_from"] == "2026-12-01" and t["floating"] == 4.131


def test_heading_date_after_fra_beats_an_earlier_updated_date():
    t = parse_rate_paste("Oppdatert 28.10.2026. Gjelder fra 01.11.2026\nFlytende rente 4,131 %\n" + ROWS)
    assert t["valid_from"] == "2026-11-01"


@pytest.mark.parametrize("line,words", [
    ("Flytende rente fra 01.11.2026", "ingen rente"),  # the date alone is no rate
    ("Flytende rente fra 31.02.2026 4,275 %", "datoen"),  # no real date anywhere
    ("Flytende rente 01.11.2026 -4,275 %", "utenfor"),
    ("Flytende rente 01.11.2026 427,5 %", "utenfor"),
])
def test_hostile_dated_rate_lines_are_refused(line, words):
    with pytest.raises(RatePasteError) as exc:
        parse_rate_paste(line + "\n" + ROWS)
    assert words in str(exc.value)
