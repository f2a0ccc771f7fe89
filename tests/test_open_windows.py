"""qa290: a window still open on publication (lint/analysis/open_windows.py,
pr1): the nearest cases on each side of it."""
from __future__ import annotations

import datetime as dt

import pytest

from test_tense import rules_fired

PUB = dt.date(2014, 5, 20)
KIND = "dates.future-tense-past-date"


def test_an_em_dash_break_is_no_window():
    text = "The council will vote on March 3, 2014 — July 15, 2014 is too late, the mayor said."
    assert (KIND, 3, text.index("March") + 1) in rules_fired(text, PUB)


@pytest.mark.xfail(strict=True, reason="qa290 #3: a window joined by `between … and` "
                   "(`between March 19, 2014, and July 15, 2014`) is read date by date, as a choice is (qa290 #6)")
def test_between_with_the_comma_after_the_year_is_a_window():
    assert rules_fired("Entries will be accepted between March 19, 2014, and July 15, 2014.", PUB) == []


@pytest.mark.xfail(strict=True, reason="qa290 #4: a time before each date "
                   "(`between 9 a.m. March 19, 2014 and 5 p.m. July 15, 2014`) hides the window")
@pytest.mark.parametrize("text", [
    "Entries will be accepted between 9 a.m. March 19, 2014 and 5 p.m. July 15, 2014.",
    "Entries will be accepted from 9 a.m. March 19, 2014 to 5 p.m. July 15, 2014.",
])
def test_a_window_with_times_is_a_window(text):
    assert rules_fired(text, PUB) == []


@pytest.mark.parametrize("text", [
    "The council will choose between March 3, 2014 and June 20, 2014 for the referendum.",
    "The board will decide between March 3 and June 20 as the date of the vote.",
])
def test_a_choice_between_two_dates_is_no_window(text):
    assert (KIND, 3, text.index("March") + 1) in rules_fired(text, PUB)


@pytest.mark.xfail(strict=True, reason="qa290 #7: a window that closes in a later year written alone "
                   "(`from Jan. 2, 2014 to 2020`) is still open on publication but stays flagged")
def test_a_window_ending_in_a_later_year_is_a_window():
    assert rules_fired("The ban will run from Jan. 2, 2014 to 2020.", dt.date(2014, 1, 20)) == []


# --- qa297 ----------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="qa297 #1: a date moved `from X to Y` (moved, delayed, slip, extended) "
                   "names an old date and a new one, not a window; the past old date told as future is stale "
                   "copy (main flagged it, lead52 clears it)")
@pytest.mark.parametrize("text", [
    "The vote will be moved from March 3, 2014 to July 15, 2014.",
    "The hearing will be delayed from March 3, 2014 to July 15, 2014.",
    "The launch will slip from April 1, 2014 to June 30, 2014, NASA said.",
    "The deadline will be extended from April 1, 2014 until June 30, 2014.",
])
def test_a_date_moved_from_one_day_to_another_is_no_window(text):
    first = text.index("from ") + len("from ") + 1
    assert (KIND, 3, first) in rules_fired(text, PUB)


@pytest.mark.xfail(strict=True, reason="qa297 #2: open_windows names `thru` as a range word, but the date "
                   "reader (date_scan.RANGE_GAP) never joins two dates across it, so the window stays flagged")
def test_a_window_joined_by_thru_is_a_window():
    assert rules_fired("Entries will be accepted from March 19, 2014 thru July 15, 2014.", PUB) == []
