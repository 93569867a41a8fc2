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
