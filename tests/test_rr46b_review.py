"""rr46b: review of eeb07ebb..2859d0f1 (tests, docs). Each test asserts the
right behaviour; #1 and #2 were strict xfails, fixed (fx316): a weekday
before slashed days is read against the first day, as before one day.
Synthetic sentences only."""
from __future__ import annotations

import datetime as dt

from date_kind_helpers import snippets

PUB = dt.date(2025, 2, 24)        # March 4, 2025 is a Tuesday
ABBREVIATION = ("style.weekday-abbreviation",)


def test_a_lone_abbreviated_weekday_before_slashed_days_is_still_flagged():
    # rr46b #1
    assert snippets("The fair runs Wed., March 5/6.", ABBREVIATION, PUB) == \
        snippets("The fair runs Wed., March 5 and 6.", ABBREVIATION, PUB) == [("style.weekday-abbreviation", "Wed.,")]


def test_a_wrong_slashed_pair_flags_the_weekday_before_the_date_as_an_and_pair_does():
    # rr46b #2
    joined = snippets("The fair runs Tues. and Wed., March 5 and 6.", ABBREVIATION, PUB)
    assert joined == [("style.weekday-abbreviation", "Wed.,")]
    assert snippets("The fair runs Tues./Wed., March 5/6.", ABBREVIATION, PUB) == joined
