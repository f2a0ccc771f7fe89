"""A number after a day is a count only where it heads a plural noun phrase
(`analysis.count_phrase`, fx354, mending fx338 after qa213): after a date's
comma in a future clause (`count_after_day`) and after the last day of days
that weekdays name (`later_days`). Anything else after the number keeps
main's reading: the year, or the day."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.count_phrase import heads_count
from lint.analysis.dates import find_mentions
from date_kind_helpers import found, snippets

PUB = dt.date(2025, 3, 10)       # March 13 is ahead in 2025, behind in 2020 and 2000
PUB_PAIR = dt.date(2025, 3, 4)   # March 3 and 6, 2025 are a Monday and a Thursday


@pytest.mark.parametrize("after", [
    " runners will", " more runners", " local runners", " others were", " of them were",
    " to 3000 runners", " people will", " new cases",
])
def test_a_number_before_a_plural_noun_phrase_heads_a_count(after):
    assert heads_count("2000" + after, 4)


@pytest.mark.parametrize("after", [
    " at noon", " at 2 p.m.", " in Dover", " before dawn", " will be", " and left",
    " but nobody", " (both", "", ".", " with friends", " to 3000 at noon", " marks will",
    " news today", " runner's", " said organizers", " saw protests", " and others", " the runners", " these runners", " across states", " across town",
])
def test_a_number_before_anything_else_heads_no_count(after):
    assert not heads_count("2000" + after, 4)


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
    "On March 13, 2000 more runners will take part.",
    "On March 13, 2000 of them will take part.",
    "On March 13, 2000 people will take part.",
])
def test_a_count_heading_its_noun_phrase_is_still_no_year(sentence):
    # qa213 #1's nearest cases: fx338's count reading stays where the number heads the phrase
    assert found(sentence, PUB) == []


def test_a_date_with_no_of_before_it_still_takes_a_count():
    # qa213 #3's nearest case: no 'of', determiner or owner before the date, so the count stays
    assert snippets("On March 13, 2020 crash victims will mark the day.", ("style.date-year-comma",), PUB) == []


def test_a_day_under_weekdays_before_a_preposition_and_a_plural_is_still_judged():
    # qa213 #2's neighbour: 'with friends' heads no count ('with' ends the phrase), so 6 is a day
    sentence = "Visitors came Monday and Thursday, March 3 and 6 with friends."
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]


def test_a_day_under_weekdays_before_a_verb_and_a_plural_is_still_judged():
    # a verb between the number and a plural ('6 said organizers') heads no count: main's day stays
    sentence = "Visitors came Monday and Thursday, March 3 and 6 said organizers."
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]


def test_a_day_under_weekdays_before_a_conjunction_and_a_plural_is_still_judged():
    # 'as crowds grew': a conjunction ends the phrase, so 6 is main's day
    sentence = "Protesters marched Monday and Thursday, March 3 and 6 as crowds grew."
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]


def test_a_count_with_a_word_before_its_noun_under_weekdays_stays_unjudged():
    # qa206 #2 with an adjective: '6 new cases' heads a count, not a day
    sentence = "Police found Monday and Thursday, March 3 and 6 new cases were reported."
    assert "after-publication" not in [kind for kind, _ in found(sentence, PUB_PAIR)]


# qa213 LOW: each of count_after_day's guards has a test that fails without it.
def test_with_no_comma_before_the_number_it_stays_the_year():
    # `_COMMA_BEFORE`: main's weekday-mismatch against the written year stays
    text = "On Thursday, March 13 2020 voters will go to the polls."
    assert [kind for kind, _ in found(text, PUB)] == ["weekday-mismatch"]
    (mention,) = [m for m in find_mentions(text, PUB) if m.day]
    assert (mention.year, mention.year_written) == (2020, True)


def test_a_counted_mention_ends_at_its_day():
    # the end trim: the finding quotes the date, not the count after it
    text = "On Wednesday, March 13, 2020 voters will go to the polls."
    assert snippets(text, ("dates.weekday-mismatch",), PUB) == [("dates.weekday-mismatch", "Wednesday, March 13")]


def test_a_counted_mention_is_read_in_the_publication_year():
    # `read_day`: Thursday fits March 13, 2025, not March 13, 2020 (a Friday)
    assert found("On Thursday, March 13, 2020 voters will go to the polls.", PUB) == []


# qa226: words `_may_modify` lets stand before a plural though no count can take them.
@pytest.mark.xfail(strict=True, reason="qa226 #1: a quantifier or determiner ('all', 'both', 'some', 'many', 'several', "
                   "'various', 'no', 'other', 'only') after the number is read as a count's modifier; main's catches lost")
@pytest.mark.parametrize("sentence", [
    "On March 13, 2020 all schools will close.",
    "On March 13, 2020 both teams will play.",
    "On March 13, 2020 some stores will reopen.",
    "On March 13, 2020 many residents will vote.",
    "On March 13, 2020 several roads will close.",
    "On March 13, 2020 various groups will march.",
    "On March 13, 2020 no flights will leave.",
    "On March 13, 2020 only members will vote.",
])
def test_a_quantifier_after_the_number_keeps_mains_year_comma(sentence):
    assert snippets(sentence, ("style.date-year-comma",), PUB) == [("style.date-year-comma", "2020")]


@pytest.mark.xfail(strict=True, reason="qa226 #1: 'both chambers' read as a count; main's weekday-mismatch lost")
def test_a_quantifier_after_the_number_keeps_mains_weekday_mismatch():
    # Thursday fits March 13, 2025, not March 13, 2020: main says so
    kinds = [kind for kind, _ in found("On Thursday, March 13, 2020 both chambers will convene.", PUB)]
    assert "weekday-mismatch" in kinds


@pytest.mark.xfail(strict=True, reason="qa226 #1: 'both nights', 'all afternoons' under weekdays read as a count; "
                   "main's after-publication lost")
@pytest.mark.parametrize("sentence", [
    "Shows were held Monday and Thursday, March 3 and 6 both nights.",
    "Shows were held Monday and Thursday, March 3 and 6 all afternoons.",
])
def test_a_quantifier_after_a_day_under_weekdays_keeps_the_day(sentence):
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]


@pytest.mark.xfail(strict=True, reason="qa226 #2: a preposition or conjunction outside `list_day_prepositions` "
                   "('despite', 'including', 'alongside', 'then', 'once') is read as a count's modifier")
@pytest.mark.parametrize("sentence", [
    "On March 13, 2020 despite protests the council will vote.",
    "On March 13, 2020 including weekends the museum will open.",
    "On March 13, 2020 then talks will resume.",
    "On March 13, 2020 once talks end the council will vote.",
])
def test_a_preposition_outside_the_list_keeps_mains_year_comma(sentence):
    assert snippets(sentence, ("style.date-year-comma",), PUB) == [("style.date-year-comma", "2020")]


@pytest.mark.xfail(strict=True, reason="qa226 #2: 'despite objections', 'alongside talks' under weekdays read as a "
                   "count; main's after-publication lost")
@pytest.mark.parametrize("sentence", [
    "The trial resumed Monday and Thursday, March 3 and 6 despite objections.",
    "Hearings were held Monday and Thursday, March 3 and 6 alongside talks.",
    "Hearings were held Monday and Thursday, March 3 and 6 then talks resumed.",
])
def test_a_preposition_outside_the_list_under_weekdays_keeps_the_day(sentence):
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]


@pytest.mark.xfail(strict=True, reason="qa226 #3: a word in -s that is no plural noun ('politics', 'gas', "
                   "'onwards', 'sideways') is read as one")
@pytest.mark.parametrize("after", [" politics will", " gas will", " onwards the", " sideways moves"])
def test_a_word_in_s_that_is_no_plural_heads_no_count(after):
    # 'sideways moves': 'sideways' is no plural, and an adverb stands before no count's noun
    assert not heads_count("2020" + after, 4)


@pytest.mark.xfail(strict=True, reason="qa226 #3: 'politics' read as a plural noun; main's year-comma lost")
def test_a_singular_noun_in_s_keeps_mains_year_comma():
    assert snippets("On March 13, 2020 politics will dominate the agenda.", ("style.date-year-comma",), PUB) \
        == [("style.date-year-comma", "2020")]


@pytest.mark.xfail(strict=True, reason="qa226 #3: 'onwards' under weekdays read as a plural; main's "
                   "after-publication lost")
def test_onwards_after_a_day_under_weekdays_keeps_the_day():
    sentence = "Shows were held Monday and Thursday, March 3 and 6 onwards."
    assert "after-publication" in [kind for kind, _ in found(sentence, PUB_PAIR)]


@pytest.mark.xfail(strict=True, reason="qa226 #4: a range of years ('2019 to 2020 figures') is read as a count "
                   "range (fx354's new range end); main's future-tense-past-date lost")
def test_a_range_of_years_after_a_date_keeps_mains_future_tense_past_date():
    sentence = "On March 13, 2019 to 2020 figures will be released."
    assert "future-tense-past-date" in [kind for kind, _ in found(sentence, PUB)]


@pytest.mark.xfail(strict=True, reason="qa226 #5: a count range in a dash ('2000-3000 runners', '2000–3000 runners') "
                   "is not read as 'to 3000 runners' is")
@pytest.mark.parametrize("after", ["-3000 runners", "\u20133000 runners"])
def test_a_dashed_count_range_heads_a_count_as_to_does(after):
    assert heads_count("2000" + after, 4)
