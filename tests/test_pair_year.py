"""The year after a day pair's or list's last day is every day's (nu46 #1):
`analysis.pair_year` reads it, `dates` reads the first day in it, and the
dates kinds judge the pair in that year, as they do a range ("March 3-4,
2024"); with no year written, or a number that is no day, nothing changes."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from lint.analysis.dates import find_mentions
from lint.analysis.pair_year import pair_year
from date_kind_helpers import found, snippets, taken_back, tense_findings

PUB = dt.date(2025, 3, 1)


def _kinds(text: str, published: dt.date) -> list[str]:
    """The kind of each dates finding in a text story of `text`, published on `published`."""
    return [kind for kind, _ in found(text, published)]


@pytest.mark.parametrize("text, want", [
    ("March 3 and 4, 2024", 2024),
    ("March 3/4, 2024", 2024),
    ("March 3 or 4, 2024", 2024),
    ("March 3, 4 and 5, 2024", 2024),
    ("March 31 and April 1, 2026", 2026),
    ("Dec. 31 and Jan. 1, 2026", 2025),           # the first day is the year before's
    ("Dec. 30, 31 and Jan. 1, 2026", 2025),
])
def test_the_year_after_the_last_day_is_the_first_days(text, want):
    got = pair_year(text, re.match(r"\D+\d+", text).end(), 12 if text.startswith("Dec") else 3)
    assert got is not None and got[0] == want
    assert text[slice(*got[1])] == text[-4:]


@pytest.mark.parametrize("text", [
    "March 3 and 4",                  # no year written
    "March 6 and 9 others, 2024",     # a count, no second day
    "March 4/5 of the votes",
    "March 3, 4 and 5",
])
def test_no_year_is_read_where_none_follows_a_last_day(text):
    assert pair_year(text, re.match(r"\D+\d+", text).end(), 3) is None


@pytest.mark.parametrize("sentence", [
    "The panel met March 3 and 4, 2026.",
    "The panel met Sun./Mon., March 3/4, 2026.",
    "The panel met March 3, 4 and 5, 2026.",
])
def test_a_later_year_after_a_pair_is_dated_after_publication(sentence):
    (message,) = [msg for kind, msg in found(sentence, PUB) if kind == "after-publication"]
    assert "is dated after the publication date" in message and "publication year" not in message


def test_a_pair_with_no_year_is_still_read_in_the_publication_year():
    (message,) = [msg for kind, msg in found("The panel met March 3 and 4.", PUB) if kind == "after-publication"]
    assert "read in the publication year" in message


@pytest.mark.parametrize("sentence, want", [
    ("The panel met Feb. 29 and March 1, 2024.", []),                  # a leap year's
    ("The panel met Feb. 29 and March 1, 2025.", ["impossible-date"]),
    ("The panel met Dec. 31 and Jan. 1, 2025.", []),                   # Dec. 31, 2024
])
def test_the_pairs_year_is_the_one_its_days_are_judged_in(sentence, want):
    assert _kinds(sentence, PUB) == want


@pytest.mark.parametrize("sentence, want", [
    ("The panel will meet March 3 and 4, 2024.", ["future-tense-past-date"]),   # as "March 3-4, 2024"
    ("The panel will meet March 3 and 4.", []),                                # read in 2025: ahead
])
def test_a_pairs_year_reaches_the_future_tense_check(sentence, want):
    assert _kinds(sentence, PUB) == want


# qa190 #3: a count after the pair's comma ('On March 13 and 14, 2000 runners will take part') was
# read as its year, a false future-tense-past-date. fx322's noun list (counted_year) was taken back
# (it could not tell '2000 runners' from '2020 elections'), and so was fx338/fx354's count reading.
@pytest.mark.parametrize("date", [taken_back(d, source="qa190 #3")
                                  for d in ("March 13 and 14", "March 13, 14 and 15", "March 13-14")])
def test_qa190_a_count_after_a_pair_is_no_year(date):
    assert found(f"On {date}, 2000 runners will take part in the race.", dt.date(2025, 3, 10)) == []


def _years(text: str) -> list[int | None]:
    return [m.year if m.year_written else None for m in find_mentions(text, dt.date(2025, 3, 10))]


@pytest.mark.parametrize("text, want", [
    ("March 13, 2000 marked the start.", [2000]),
    ("March 13, 2000 marks the start.", [2000]),
    ("March 13, 2000, the runners met.", [2000]),
    ("The runners met (March 13, 2000).", [2000]),
    ("The runners met March 13, 2000.", [2000]),
    ("The runners met March 13 and 14, 2000.", [2000]),
    ("They met after the Sept. 11, 2001 attacks.", [2001]),
    ("They read the firm's March 13, 2000 filings.", [2000]),
    ("March 13, 2000 was a rainy day.", [2000]),
    ("On March 12, 2020 markets plunged worldwide.", [2020]),      # qa199 #2: a noun after a real year
    ("On March 13 and 14, 2020 elections were held.", [2020]),
])
def test_a_year_written_after_a_date_is_its_year(text, want):
    assert _years(text) == want


@pytest.mark.parametrize("sentence", [
    "Talks were held March 1, 2 and 6, 2024.",
    "Talks were held March 1 and 6, 2024.",
    "Talks were held March 1 and 6.",
    "Talks were held March 1, 2, and 6, officials said.",
])
def test_a_later_day_in_a_list_is_dated_after_publication(sentence):
    assert "after-publication" in _kinds(sentence, dt.date(2024, 3, 4))


@pytest.mark.parametrize("sentence, column", [
    ("Talks were held March 1, 2 and 6, 2024.", 32),    # on the 6, the first day after March 4
    ("Talks were held March 1, 5 and 6, 2024.", 26),    # on the 5 alone: the 6 is later still
    ("Talks were held March 5 and 6, 2024.", 17),       # on March 5, as before
])
def test_a_list_s_finding_is_on_its_first_day_after_publication(sentence, column):
    assert tense_findings(sentence, dt.date(2024, 3, 4)) == [("after-publication", 3, column)]


@pytest.mark.parametrize("sentence", [
    "Talks were held March 1, 2 and 3, 2024.",          # every day before publication
    "Talks were held March 1 through 6, 2024.",         # a range under way: judged as one
    "Talks were held March 1-6, 2024.",
    "Talks were held March 1 and 6 others, 2024.",      # a count, no day
    "Talks were held March 1 and 6 more were planned.",
    "Talks will be held March 6 and 8, 2024.",          # ahead, as told
])
def test_no_later_day_is_flagged_where_none_is_a_past_day_after_publication(sentence):
    assert "after-publication" not in _kinds(sentence, dt.date(2024, 3, 4))


# --- qa199 (QA of fx322): a year read as a count, and later days judged on their own.
# qa199 #1/#2 pass since counted_year is taken back (fx328): a year is a year before any noun.
@pytest.mark.parametrize("text", [
    "On Friday, March 13, 2020 elections were postponed in Louisiana.",
    "Tuesday, Sept. 11, 2001 attacks killed nearly 3,000 people.",
    "Results of Tuesday, Nov. 3, 2020 elections were certified.",
])
def test_qa199_a_weekday_that_fits_the_written_year_keeps_it(text):
    assert snippets(text, ("dates.weekday-mismatch",), dt.date(2024, 3, 4)) == []


@pytest.mark.parametrize("text, want", [
    ("On March 12, 2020 markets plunged worldwide.", []),
    ("On Nov. 5, 2024 voters chose a new president.", ["after-publication"]),
])
def test_qa199_a_recent_year_before_a_plural_noun_stays_the_year(text, want):
    assert _kinds(text, dt.date(2024, 3, 4)) == want


def _flagged(text: str, published: dt.date) -> bool:
    return "after-publication" in _kinds(text, published)


# qa199 #3: a later day is read where its opener is, so it passes the opener's guards, and no more.
@pytest.mark.parametrize("text, want", [
    ("The company announced rallies on March 6 and 7, 2024.", False),
    ("The company announced rallies on March 1 and 6, 2024.", False),
    ("He qualified for the debates on March 1 and 6, 2024.", False),
    ("The hearings were March 1 and 6, 2024.\n\nThey were later postponed.", False),   # told_next, as the opener
    ("The hearings were March 1 and 6, 2024.\n\nThey drew crowds.", True),
    ("The company held rallies on March 1 and 6, 2024.", True),                     # no guard: the 6 judged
    ("The union announced it held rallies on March 1 and 6, 2024.", True),
])
def test_qa199_a_later_day_shares_its_openers_guards(text, want):
    assert _flagged(text, dt.date(2024, 3, 4)) == want


# qa199 #4: days a weekday range reads as its own are one span, judged by the first day.
@pytest.mark.parametrize("text, want", [
    ("Talks were held Friday\u2013Sunday, March 1, 2 and 3, 2024.", False),
    ("Talks were held Friday through Sunday, March 1, 2 and 3, 2024.", False),
    ("Talks were held Friday\u2013Sunday, March 1/2/3, 2024.", False),
    ("Talks were held Friday and Saturday, March 1 and 2, 2024.", True),              # a pair: two days
    ("Talks were held Friday, Saturday and Sunday, March 1, 2 and 3, 2024.", True),   # a list of weekdays
    ("Talks were held Friday\u2013Sunday, March 1, 2 and 6, 2024.", True),            # no run: no range
])
def test_qa199_a_list_under_a_weekday_range_is_judged_as_one(text, want):
    assert _flagged(text, dt.date(2024, 3, 1)) == want


# qa199 #6: a count with a word before its plural noun ('2000 more runners') is no year either.
@pytest.mark.parametrize("text", [taken_back(t, source="qa199 #6") for t in (
    "On March 13 and 14, 2000 more runners will take part.",
    "On March 13 and 14, 2000 local runners will take part.",
    "On March 13, 2000 more runners will take part.",
    "On March 13, 2000 local runners will take part.",
)])
def test_qa199_a_count_with_a_word_before_its_noun_is_no_year(text):
    assert _years(text) == [None]


# qa199 #7: a place after the last day (in or at a capitalised name) ends the day, as after a lone date.
@pytest.mark.parametrize("text, want", [
    ("Talks were held March 1, 2 and 6 in Geneva.", True),
    ("Talks were held March 1 and 6 at the UN.", True),
    ("Police held 15 on March 1 and 6 in custody.", False),       # a count goes on in lower case
    ("Talks were held March 1 and 6 in the capital.", False),     # left unjudged: no name to tell a place
])
def test_qa199_a_later_day_before_a_place_is_judged(text, want):
    assert _flagged(text, dt.date(2024, 3, 4)) == want


@pytest.mark.parametrize("text", [
    pytest.param("On March 13, 2000 runners took part in the race.", marks=pytest.mark.xfail(
        strict=True, reason="qa199 #8: a past clause agrees with the year 2000 (a day before publication) "
        "and not with the count (March 13 of the publication year, after it): main reads the year, as "
        "'On March 12, 2020 markets plunged' needs; nothing in the sentence tells them apart")),
    taken_back("On March 13, 2000 people will take part in the race.", source="qa199 #8"),   # a future clause
])
def test_qa199_no_year_comma_after_a_count(text):
    assert snippets(text, ("style.date-year-comma",), dt.date(2025, 3, 10)) == []


# fx338's nearest cases: the number after the comma stays the year where the sentence says so
# (main reads it as the year everywhere; the two counts are wanted, not read).
@pytest.mark.parametrize("text, want", [
    taken_back("On March 13, 2000 runners will take part.", [None], source="fx338, qa190 #3"),
    taken_back("On March 13, 2000 of them will take part.", [None], source="fx338"),
    ("On March 13, 2000 runners took part.", [2000]),                 # a past clause: the year agrees
    ("On March 13, 2000, runners will take part.", [2000]),           # the year's own comma
    ("On March 3, 2000 runners will take part.", [2000]),             # March 3 is past either way
    ("On Friday, March 13, 2020 runners will take part.", [2020]),    # the weekday fits 2020 alone
    ("The firm will repay the March 13, 2000 loans.", [2000]),        # a determiner: the noun's date
    ("The firm will repay its March 13, 2000 loans.", [2000]),
    ("March 13, 2000 will be remembered.", [2000]),                   # a verb after it: the subject
    ("On March 13, 2000 the runners will take part.", [2000]),        # a determiner after it
    ("On March 13, 2000 they will take part.", [2000]),               # a pronoun after it
    ("On March 13 and 14, 2000, runners will take part.", [2000]),
    ("On March 13 and 14, 2024 runners will take part.", [2024]),    # last year's: stale copy
])
def test_fx338_a_number_after_the_comma_is_a_count_only_in_a_clause_that_says_so(text, want):
    assert _years(text) == want


@pytest.mark.parametrize("text, want", [
    taken_back("On March 13, 2000 runners will take part in the race.", [], source="fx338, qa199 #8"),
    ("On March 13, 2000 runners took part in the race.", ["2000"]),   # the year, as main reads it
    ("The firm will repay the March 13, 2000 loans.", ["2000"]),
])
def test_fx338_the_year_comma_is_asked_after_a_year_and_not_after_a_count(text, want):
    assert [at for _, at in snippets(text, ("style.date-year-comma",), dt.date(2025, 3, 10))] == want


def test_fx338_last_years_pair_told_ahead_is_still_stale_copy():
    # the count guard's nearest case: main's future-tense-past-date on a year before publication's
    assert _kinds("On March 13 and 14, 2024 runners will take part.", dt.date(2025, 3, 10)) \
        == ["future-tense-past-date"]


@pytest.mark.parametrize("sentence, quoted", [
    ("Talks were held March 1, 2 and 6, 2024.", "'6' (March 6, 2024) is told"),     # qa199 #9: the day named
    ("Talks were held March 1 and 6.", "'6' (March 6) is told"),                   # no year written: none named
    ("Talks were held March 5 and 6, 2024.", "'March 5' is told"),                 # an opener: as before
])
def test_a_later_days_message_names_its_date(sentence, quoted):
    (message,) = [msg for kind, msg in found(sentence, dt.date(2024, 3, 4)) if kind == "after-publication"]
    assert message.startswith(quoted)


# nu48 #2 (MED; lead47 6ac54339): a list's later day was judged only when it ended its clause
# (later_days' DAY_ENDS_CLAUSE gate against counts, "and 6 others"), so a phrase after the last
# day ("at the club", "to see it") hid the past day after publication, even under a weekday list
# that dates.weekday-mismatch reads as days. Judged since fx331.
@pytest.mark.parametrize("sentence", [
    "The band played March 2, 3 and 5 at the club.",
    "Visitors came Monday, Tuesday and Wednesday, March 3, 4 and 5 to see it.",
    "The band played March 2, 3 and 5 before a sellout crowd.",
    "Visitors came Monday and Wednesday, March 3 and 5 to see it.",      # a weekday pair names days too
])
def test_nu48_a_later_day_before_a_prepositional_phrase_is_dated_after_publication(sentence):
    assert "after-publication" in _kinds(sentence, dt.date(2025, 3, 4))


@pytest.mark.parametrize("sentence", [
    "The band played March 2 and 5 at the club.",            # a pair's second day may be a count's
    "Police held 15 on Monday, March 3 and 6 in custody.",   # one weekday names one day: a count
    "Votes were cast on March 1, 2 and 6 of the districts.",  # 'of' goes on a count
    "Police held 15 on March 1, 2 and 6 others.",
])
def test_nu48_a_count_after_a_pair_or_before_its_noun_stays_unjudged(sentence):
    assert "after-publication" not in _kinds(sentence, dt.date(2025, 3, 4))


def test_nu48_a_later_day_before_a_place_name_is_dated_after_publication():
    """nu48 #2's place case, judged since fx328 (qa199 #7)."""
    sentence = "The band played March 2 and 5 in Boston."
    assert "after-publication" in _kinds(sentence, dt.date(2025, 3, 4))


# rr48b #5 (MED; nu48 #2's family, fx328's `_PLACE_AFTER`): a clock time after the last day
# ("at 2 p.m.") leaves it unjudged, though the lone "March 6 at 2 p.m." is flagged; and rr48b #6
# (LOW): `_PLACE_AFTER` reads `[ \t]+` only, so a no-break space before "in Geneva" (as web copy
# sets it) hides the day the ordinary space shows. Judged since fx335 (`_TIME_AFTER`, a no-break
# space read as a space).
@pytest.mark.parametrize("sentence", [
    "The Fed raised rates March 1 and 6 at 2 p.m.",
    "The Fed raised rates March 1, 2 and 6 at 9:30 a.m.",
    "Talks were held March 1 and 6\u00a0in Geneva.",
])
def test_rr48b_a_later_day_before_a_time_or_a_no_break_place_is_judged(sentence):
    assert _flagged(sentence, dt.date(2024, 3, 4))


@pytest.mark.parametrize("sentence", [
    "The Fed raised rates March 1 and 6 at 2 percent.",       # a rate, no clock time: as before
    "Police held 15 on March 1 and 6\u00a0in custody.",        # a count before a lower-case noun
])
def test_rr48b_a_figure_after_the_last_day_that_is_no_time_or_place_stays_unjudged(sentence):
    assert not _flagged(sentence, dt.date(2024, 3, 4))


def test_rr48b_a_lone_day_before_a_time_is_judged():
    # rr48b #5's nearest case: the lone date with its time is flagged
    assert _flagged("The Fed raised rates March 6 at 2 p.m.", dt.date(2024, 3, 4))


# nu48 #4 (HIGH; lead47 6ac54339, not main): counted_year reads "2020 volunteers" as a count
# even where the weekday written fits March 3, 2020 and not the publication year's March 3, so
# right copy draws a weekday-mismatch error, while style.date-year-comma reads 2020 as the
# date's year in the same run ('2020' -> '2020,'). main read the year here.
# Passes since counted_year is taken back (fx328).
@pytest.mark.parametrize("sentence, published", [
    ("On Tuesday, March 3, 2020 volunteers cleaned the park.", dt.date(2025, 3, 4)),
    ("Since Monday, March 2, 2020 cases have doubled.", dt.date(2025, 3, 4)),
])
def test_nu48_a_written_year_before_a_plural_noun_is_not_contradicted(sentence, published):
    assert found(sentence, published) == []


# --- qa202 (second QA of the later days, fx328): copy that names no later day of its own.
# qa202 #1 (HIGH; new since fx322): 'between March 1 and 6' is one span, as 'March 1-6' and
# 'between Feb. 28 and March 6' are (both quiet), but its 6 is judged as a later day of a list.
# Quiet since fx335: 'between' before the opener makes its days one span (`_BETWEEN_BEFORE`).
@pytest.mark.parametrize("text", [
    "Talks were held between March 1 and 6, 2024.",
    "Talks were held between March 1 and 6.",
    "Sales rose between March 1 and 6, 2024, the company said.",
])
def test_qa202_between_two_days_is_one_span(text):
    assert not _flagged(text, dt.date(2024, 3, 4))


@pytest.mark.parametrize("text, want", [
    ("Talks were held between Feb. 28 and March 6.", False),     # a span across months: quiet
    ("Talks were held March 1-6, 2024.", False),
    ("Talks were held between March 5 and 6, 2024.", True),       # the span's first day is after publication
    ("Talks were held March 1 and 6, 2024.", True),               # a list, no 'between': the 6 is judged
])
def test_qa202_between_two_days_nearest_cases(text, want):
    assert _flagged(text, dt.date(2024, 3, 4)) == want


# qa202 #2 (MED; new in fx328's qa199 #7 fix): a count before 'on <date> and N in <Place>'
# ('arrested 15 on March 1 and 12 in Washington') makes N a count again, as '6 in custody' is.
# Quiet since fx335 (`later_days._COUNT_BEFORE`).
@pytest.mark.parametrize("text", [
    "Police arrested 15 on March 1 and 12 in Washington.",
    "Police arrested 15 people on March 1 and 12 in Washington.",
    "Officials counted 40 on March 1 and 12 at Camp David.",
])
def test_qa202_a_count_before_a_place_is_no_later_day(text):
    assert not _flagged(text, dt.date(2024, 3, 4))


@pytest.mark.parametrize("text", [
    "Police made arrests on March 1 and 12 in Washington.",   # no count before the date: a day
    "In 2024 on March 1 and 12 in Geneva, talks were held.",  # a year is no count
])
def test_qa202_a_pair_before_a_place_with_no_count_before_is_judged(text):
    assert _flagged(text, dt.date(2024, 3, 4))


# fx365 (nu50 leftover): a no-break space (U+00A0) between the count, its noun and the
# preposition spaces them as a space does; with no count before the date the pair is still judged.
@pytest.mark.parametrize("text, want", [
    ("Police arrested 15\u00a0on March 1 and 12 in Washington.", False),
    ("Police arrested 15\u00a0people\u00a0on March 1 and 12 in Washington.", False),
    ("Police made arrests\u00a0on March 1 and 12 in Washington.", True),     # no count: a day
    ("In 2024\u00a0on March 1 and 12 in Geneva, talks were held.", True),    # a year is no count
])
def test_fx365_a_count_spaced_by_no_break_spaces_is_a_count(text, want):
    assert _flagged(text, dt.date(2024, 3, 4)) == want


def test_qa202_between_is_read_only_just_before_the_date():
    # #1's neighbour: 'between' of another phrase leaves the pair a list
    assert _flagged("Talks were held between the parties March 1 and 6.", dt.date(2024, 3, 4))


# qa202 #3 (MED; the opener's guards, fx328's qa199 #3 claim): 'called off' does not see past a
# list's year, so a canceled list with its year flags its later day; without the year it is quiet.
# Quiet since fx335: `called_off` reads on past the year after the list's last day.
@pytest.mark.parametrize("text", [
    "The hearings on March 1 and 6, 2024 were canceled.",
    "The hearings on March 1, 2 and 6, 2024 were called off.",
])
def test_qa202_a_called_off_list_with_its_year_is_quiet(text):
    assert not _flagged(text, dt.date(2024, 3, 4))


def test_qa202_a_called_off_list_without_its_year_stays_quiet():
    assert not _flagged("The hearings on March 1 and 6 were canceled.", dt.date(2024, 3, 4))


def test_qa202_a_list_with_its_year_that_took_place_is_judged():
    # #3's neighbour: a held list's later day is still dated after publication
    assert _flagged("The hearings on March 1 and 6, 2024 were held.", dt.date(2024, 3, 4))


# qa206 #2 (MED; fx331 nu48 #2): `_days_end` took a weekday list or pair as proof the last day
# is a day whatever follows it, so the count guard ("and 6 others", "6 of them") that main and
# the list case keep is skipped: the count is dated after publication (fx338/fx354's count
# reading under weekdays is taken back: it lost main's catches, qa213 #2, qa226).
@pytest.mark.parametrize("sentence", [taken_back(t, source="qa206 #2") for t in (
    "Police arrested 4 on Monday and Thursday, March 3 and 6 others were charged.",
    "Police arrested 4 on Monday, Tuesday and Thursday, March 3, 4 and 6 of them were charged.",
)])
def test_qa206_a_count_after_days_under_a_weekday_pair_or_list_stays_unjudged(sentence):
    assert "after-publication" not in _kinds(sentence, dt.date(2025, 3, 4))


# qa206 #4 (HIGH; fx331 nu48 #2): a list's last day before a preposition is now judged in the
# publication year even when the clause names its own year after the phrase ("at the club in
# 2024", "at the club last year"): a new false after-publication where main was quiet (the list
# with no phrase, "March 2, 3 and 5 last year", stays quiet).
# fixed (lead, later_days._YEAR_LATER): a year told later in the sentence leaves the later days
# unjudged, as main left them; the same list with no year after it is still judged (below).
@pytest.mark.parametrize("sentence", [
    "The trio played March 2, 3 and 5 at the club in 2024.",
    "The trio played March 2, 3 and 5 at the club last year.",
    "The trio played March 2 and 5 in Boston two years ago.",
])
def test_qa206_a_list_before_a_phrase_and_its_year_stays_unjudged(sentence):
    assert "after-publication" not in _kinds(sentence, dt.date(2025, 3, 4))


@pytest.mark.parametrize("sentence", [
    "The trio played March 2, 3 and 5 at the club.",
    "The trio played March 2, 3 and 5 at the club. It was 2024 all over again.",   # the year is another sentence's
    "The trio played March 2, 3 and 5 at the club for 2,000 fans.",                # a count, no year
])
def test_qa206_a_list_before_a_phrase_with_no_year_after_it_is_still_judged(sentence):
    assert "after-publication" in _kinds(sentence, dt.date(2025, 3, 4))


@pytest.mark.parametrize("sentence", [
    "Police arrested 4 on Monday and Thursday, March 3 and 6 in Washington.",   # a place: a day
    "Police arrested 4 on Monday and Thursday, March 3 and 6 at 2 p.m.",        # a clock time
    "Visitors came Monday and Thursday, March 3 and 6 to see it.",              # a preposition
    "Visitors came Monday, Tuesday and Thursday, March 3, 4 and 6.",            # the clause's end
])
def test_qa206_a_day_under_weekdays_that_ends_as_a_day_is_still_judged(sentence):
    # qa206 #2's nearest cases: the weekdays name the days, so a day that ends as one is judged
    # (no count before the date is asked for, as it is without weekdays)
    assert "after-publication" in _kinds(sentence, dt.date(2025, 3, 4))


# qa213 #1 (HIGH): a preposition and a clock time or a place after the number ('2020 at noon',
# '2020 in Dover') goes on no count's noun phrase: the number is the year, and main's
# future-tense-past-date on it must stay (fx338 read a count there; main's reading is back).
@pytest.mark.parametrize("sentence", [
    "On March 13, 2020 at noon the council will hold a vote.",
    "On March 13, 2020 at 2 p.m. the council will hold a vote.",
    "On March 13, 2020 in Dover the council will hold a vote.",
])
def test_qa213_a_year_before_a_time_or_place_is_still_the_year(sentence):
    assert "future-tense-past-date" in _kinds(sentence, dt.date(2025, 3, 10))


# qa213 #2 (HIGH): a conjunction or a parenthesis after the last day under weekdays leaves it a
# day, judged as main judges it (fx338 left it unjudged). The weekdays fit the days (March 3
# and 6, 2025 are a Monday and a Thursday) and no count word follows the number.
@pytest.mark.parametrize("sentence", [
    "Visitors came Monday and Thursday, March 3 and 6 and left happy.",
    "The hearings were held Monday and Thursday, March 3 and 6 but nobody came.",
    "The hearings were held Monday and Thursday, March 3 and 6 while the court sat.",
    "Visitors came Monday and Thursday, March 3 and 6 because the museum was free.",
    "The hearings were held Monday and Thursday, March 3 and 6 (both in Dover).",
])
def test_qa213_a_day_under_weekdays_before_a_conjunction_is_still_judged(sentence):
    assert "after-publication" in _kinds(sentence, dt.date(2025, 3, 4))


# qa213 #3 (HIGH): a date after 'of' modifies the noun after the number ('Relatives of
# March 13, 2020 crash victims'): the number is its year, as main reads it, so
# style.date-year-comma's '2020' -> '2020,' must stay (fx338 read a count there).
@pytest.mark.parametrize("text, year", [
    ("Relatives of March 13, 2020 crash victims will mark the day.", "2020"),
    ("Holders of March 13, 2019 bonds will be repaid.", "2019"),
    ("Survivors of March 13, 2020 floods will gather on Saturday.", "2020"),
])
def test_qa213_a_date_after_of_before_its_noun_keeps_its_year(text, year):
    assert [at for _, at in snippets(text, ("style.date-year-comma",), dt.date(2025, 3, 10))] == [year]


# qa213 #4 (MED): a count range after the comma ('2000 to 3000 runners') is read as the year, so
# the future clause gets qa190 #3's false future-tense-past-date.
@pytest.mark.parametrize("text", [taken_back(t, source="qa213 #4") for t in (
    "On March 13, 2000 to 3000 runners will take part.",
    "On March 13 and 14, 2000 to 2500 runners will take part.",
)])
def test_qa213_a_count_range_after_the_comma_is_no_year(text):
    assert found(text, dt.date(2025, 3, 10)) == []


# qa237 #8: fx365's neighbour: a no-break space before or after the preposition after a list's
# last day spaces it as a space does (fx373: `_preposition_after` reads U+00A0 too); nearest
# cases stay quiet: a figure after the preposition goes on a score, a count before the date.
@pytest.mark.parametrize("text, want", [
    ("They played on March 1, 3 and 12\u00a0at the club.", True),
    ("They played on March 1, 3 and 12 at\u00a0the club.", True),
    ("They scored on March 1, 3 and 12\u00a0to\u00a08 runs.", False),         # a score: 12 to 8
    ("Police arrested 15 on March 1, 3 and 12\u00a0at the club.", False),     # a count before
])
def test_qa237_a_list_before_a_preposition_spaced_by_a_no_break_space_is_judged(text, want):
    assert _flagged(text, dt.date(2024, 3, 4)) == want     # as with spaces
