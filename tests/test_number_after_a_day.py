"""A number after a day's comma, or after the last day of days that weekdays
name, is read as main reads it: the date's year, or a day (docs/dates.md).
fx338 and fx354 read it as a count where it headed a plural noun phrase in a
future clause; the lead took that back after qa213 and qa226 found it lost
main's catches on plausible copy. Main's catches are asserted plainly; the
counts fx338/fx354 read are strict xfails (`taken_back`), wanted but not
read by main's code."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from date_kind_helpers import found, snippets, taken_back

PUB = dt.date(2025, 3, 10)       # March 13 is ahead in 2025, behind in 2020 and 2000
PUB_PAIR = dt.date(2025, 3, 4)   # March 3 and 6, 2025 are a Monday and a Thursday


@pytest.mark.parametrize("sentence", [
    "On March 13, 2020 before dawn the council will hold a vote.",
    "On March 13, 2020 during the race the council will hold a vote.",
    "On March 13, 2020 with friends we will take part.",
    "On March 13, 2000 to 3000 at noon the council will meet.",     # a range with no noun: years
])
def test_a_year_before_a_preposition_keeps_mains_future_tense_past_date(sentence):
    # qa213 #1's siblings: a preposition after the number ends no count's noun phrase
    assert "future-tense-past-date" in [kind for kind, _ in found(sentence, PUB)]


@pytest.mark.parametrize("sentence", [
    "On March 13, 2000 more runners will take part.",     # quiet on main too: no finding asked
    "On March 13, 2000 people will take part.",
    taken_back("On March 13, 2000 of them will take part.", source="fx338"),
    taken_back("On March 13, 2000-3000 runners will take part.", source="qa226 #5"),
    taken_back("On March 13, 2000\u20133000 runners will take part.", source="qa226 #5"),
])
def test_a_count_heading_its_noun_phrase_draws_no_dates_finding(sentence):
    assert found(sentence, PUB) == []


def test_a_date_with_no_of_before_it_is_asked_its_year_comma():
    # main reads '2020' as the year and asks its comma; fx354 read a count (qa213 #3's nearest case)
    assert snippets("On March 13, 2020 crash victims will mark the day.", ("style.date-year-comma",), PUB) \
        == [("style.date-year-comma", "2020")]


@pytest.mark.parametrize("sentence", [
    "Visitors came Monday and Thursday, March 3 and 6 with friends.",     # qa213 #2's neighbour
    "Visitors came Monday and Thursday, March 3 and 6 said organizers.",  # a verb, then a plural
    "Protesters marched Monday and Thursday, March 3 and 6 as crowds grew.",
])
def test_a_day_under_weekdays_before_a_word_and_a_plural_is_judged(sentence):
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]


@pytest.mark.parametrize("sentence", [
    taken_back("Police found Monday and Thursday, March 3 and 6 new cases were reported.",
               source="qa206 #2, fx354"),
])
def test_a_count_with_a_word_before_its_noun_under_weekdays_stays_unjudged(sentence):
    assert "after-publication" not in [kind for kind, _ in found(sentence, PUB_PAIR)]


def test_with_no_comma_before_the_number_it_stays_the_year():
    # main's weekday-mismatch against the written year
    text = "On Thursday, March 13 2020 voters will go to the polls."
    assert [kind for kind, _ in found(text, PUB)] == ["weekday-mismatch"]
    (mention,) = [m for m in find_mentions(text, PUB) if m.day]
    assert (mention.year, mention.year_written) == (2020, True)


# qa226 (HIGH): what fx354's count reading lost and main catches. A quantifier or determiner
# (#1), a preposition or conjunction (#2), a word in -s that is no plural (#3) after the number.
@pytest.mark.parametrize("sentence", [
    "On March 13, 2020 all schools will close.",
    "On March 13, 2020 both teams will play.",
    "On March 13, 2020 some stores will reopen.",
    "On March 13, 2020 many residents will vote.",
    "On March 13, 2020 several roads will close.",
    "On March 13, 2020 various groups will march.",
    "On March 13, 2020 no flights will leave.",
    "On March 13, 2020 only members will vote.",
    "On March 13, 2020 despite protests the council will vote.",
    "On March 13, 2020 including weekends the museum will open.",
    "On March 13, 2020 then talks will resume.",
    "On March 13, 2020 once talks end the council will vote.",
    "On March 13, 2020 politics will dominate the agenda.",
])
def test_a_year_after_the_comma_is_asked_its_comma(sentence):
    assert snippets(sentence, ("style.date-year-comma",), PUB) == [("style.date-year-comma", "2020")]


def test_a_quantifier_after_the_number_keeps_mains_weekday_mismatch():
    # qa226 #1: Thursday fits March 13, 2025, not March 13, 2020
    kinds = [kind for kind, _ in found("On Thursday, March 13, 2020 both chambers will convene.", PUB)]
    assert "weekday-mismatch" in kinds


def test_a_range_of_years_after_a_date_keeps_mains_future_tense_past_date():
    # qa226 #4: '2019 to 2020 figures' is a range of years
    sentence = "On March 13, 2019 to 2020 figures will be released."
    assert "future-tense-past-date" in [kind for kind, _ in found(sentence, PUB)]


@pytest.mark.parametrize("sentence", [
    "Shows were held Monday and Thursday, March 3 and 6 both nights.",        # qa226 #1
    "Shows were held Monday and Thursday, March 3 and 6 all afternoons.",
    "The trial resumed Monday and Thursday, March 3 and 6 despite objections.",   # qa226 #2
    "Hearings were held Monday and Thursday, March 3 and 6 alongside talks.",
    "Hearings were held Monday and Thursday, March 3 and 6 then talks resumed.",
    "Shows were held Monday and Thursday, March 3 and 6 onwards.",            # qa226 #3
])
def test_a_day_under_weekdays_keeps_mains_after_publication(sentence):
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]
