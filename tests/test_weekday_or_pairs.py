"""A weekday pair and a second day joined by "or" are read as those joined
by "and" are (nu45 H4): "Tuesday or Wednesday, March 4 or 5" names each day's
weekday, so it is no weekday-mismatch; "Tues. or Wed." has both weekdays
spelled out; "June 30 or 31" goes on to a day June lacks. Synthetic
sentences only."""
from __future__ import annotations

import datetime as dt

import pytest

from date_kind_helpers import snippets

PUB = dt.date(2025, 2, 24)        # March 4, 2025 is a Tuesday


def _found(body: str, select: tuple[str, ...]) -> list[tuple[str, str]]:
    return snippets(body, select, PUB)


@pytest.mark.parametrize("body", [
    "The vote could come Tuesday or Wednesday, March 4 or 5.",
    "The vote could come Tuesday or Thursday, March 4 or 6.",
    "The vote could come Tuesday and Wednesday, March 4 or 5.",
])
def test_a_right_or_pair_passes(body):
    assert _found(body, ("dates.weekday-mismatch",)) == []


def test_a_wrong_or_pair_is_named_whole():
    body = "The vote could come Tuesday or Thursday, March 4 or 5."
    assert _found(body, ("dates.weekday-mismatch",)) == [
        ("dates.weekday-mismatch", "Tuesday or Thursday, March 4 or 5")]


def test_both_abbreviated_weekdays_of_an_or_pair_are_flagged():
    body = "The vote could come Tues. or Wed., March 4 or 5."
    assert _found(body, ("dates.weekday-mismatch", "style.weekday-abbreviation")) == [
        ("style.weekday-abbreviation", "Tues."), ("style.weekday-abbreviation", "Wed.,")]


@pytest.mark.parametrize("body, flagged", [
    ("Games are set for June 30 or 31.", True),
    ("Games are set for June 29 or 30.", False),
    ("Turnout was 30 or 31 percent on June 30 or 31 people said.", False),
])
def test_an_or_day_that_june_lacks(body, flagged):
    found = _found(body, ("dates.impossible-date",))
    assert found == ([("dates.impossible-date", "June 30 or 31")] if flagged else [])
