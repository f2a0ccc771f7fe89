"""Faults QA (qa138) found on fx218 (weekday lists of three or more,
`analysis/weekday_lists.py`, `kinds/weekday_mismatch.py`) and in the date
rules run on the same sentences. Synthetic sentences only; each asserts the
right behaviour. #1-#4, #6 and #7 are fixed (418c6347, 7decb976, 1df9b6d9,
a60024fc), and #5 and #8-#13 on fx291; every test is a guard. Each
comment says, as found, whether lead41 (and main) had the fault too."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes


def _found(body: str, published: dt.date | None, select=("dates",)):
    """(rule, snippet, message, fix replacement) of each finding in a one-paragraph file."""
    text = f"Fair news\n\n{body}\n"
    result = lint_bytes("s.txt", text.encode(), Config(published=published, select=select))
    line = text.splitlines()[2]
    return [(d.rule, line[d.column - 1:d.end_column - 1], d.message, d.fix.replacement if d.fix else None)
            for d in result.diagnostics]


def _rule(found, rule):
    return [f for f in found if f[0] == rule]


# 1 (HIGH, new on fx218: lead41 and main flag it) ----------------------------
# A list over the end of February is dated in `m.year` (the publication
# year, or 2000 in an undated file), not in the year the days are meant in.
# Read in a leap year, "Thursday, Friday and Sunday, Feb. 27, 28 and March 1"
# agrees with itself, so it is judged as a pair in 2025, where the first
# weekday fits; but March 1, 2025 is a Saturday. Nothing is reported.
@pytest.mark.parametrize("body, published", [
    ("The fair will run Thursday, Friday and Sunday, Feb. 27, 28 and March 1.", dt.date(2024, 10, 1)),
    ("The council voted on Wednesday, Jan. 15, 2025. "
     "The fair runs Thursday, Friday and Sunday, Feb. 27, 28 and March 1.", None),   # the story's year
])
def test_a_list_across_februarys_end_is_counted_in_the_year_it_means(body, published):
    found = _rule(_found(body, published), "dates.weekday-mismatch")
    assert [snippet for _, snippet, _, _ in found] == ["Sunday"]
    assert "March 1, 2025 is a Saturday, not a Sunday" in found[0][2]


# 2 (HIGH; the list's message is new on fx218, the pair's is on lead41 and main)
# The same count in the wrong calendar flags a right list (and a right pair)
# and says a day is the weekday it is not: "February 27, 2025 is a Thursday,
# not a Thursday". lead41 flags the list too, but against the first day.
@pytest.mark.parametrize("body, published", [
    ("The fair will run Thursday, Friday and Saturday, Feb. 27, 28 and March 1.", dt.date(2024, 10, 1)),
    ("The fair will run Thursday and Saturday, Feb. 27 and March 1.", dt.date(2024, 10, 1)),
    ("The council voted on Wednesday, Jan. 15, 2025. "
     "The fair runs Thursday, Friday and Saturday, Feb. 27, 28 and March 1.", None),
])
def test_a_right_list_across_februarys_end_passes(body, published):
    assert _rule(_found(body, published), "dates.weekday-mismatch") == []


# 3 (HIGH, new on fx218) -------------------------------------------------------
# A yearless list whose weekdays do not agree is judged only in `meant`
# (here the nearest year, 2024), so the two weekdays that are right in the
# publication year, 2025 (Aug. 30 and 31, 2025 are a Saturday and Sunday;
# "Saturday, Aug. 30" alone and the pair "Saturday and Sunday, Aug. 30 and
# 31" pass), are reported as errors too. Only Tuesday is wrong (Sept. 1,
# 2025 is a Monday). lead41 made one finding, at "Tuesday, Aug. 30".
def test_a_disagreeing_list_flags_only_its_wrong_weekday():
    found = _rule(_found("The fair runs Saturday, Sunday and Tuesday, Aug. 30, 31 and Sept. 1.",
                         dt.date(2025, 2, 20)), "dates.weekday-mismatch")
    assert [snippet for _, snippet, _, _ in found] == ["Tuesday"]


# 4 (HIGH, lead41 and main too; fx218 documents 'or' as not read) ------------
# A right list joined by "or", or with no "and" (a schedule's or headline's
# "Monday, Tuesday, Wednesday, March 3, 4, 5"), is no list: the last weekday
# is checked against the first day, a false error.
@pytest.mark.parametrize("body", [
    "The fair runs Monday, Tuesday or Wednesday, March 3, 4 or 5.",
    "The fair runs Monday, Tuesday, or Wednesday, March 3, 4, or 5.",
    "The fair runs Monday, Tuesday, Wednesday, March 3, 4, 5.",
])
def test_a_right_list_with_or_or_without_and_passes(body):
    assert _rule(_found(body, dt.date(2025, 2, 20)), "dates.weekday-mismatch") == []


# 5 (HIGH, lead41 and main too; fx218 saw it and left it) --------------------
# Listed weekdays before a day range: the last two weekdays are read as a
# pair over the whole range, a false error ("Tuesday and Wednesday, March
# 3-5": March 3, 2025 is a Monday, not a Tuesday). The mirror shape, a
# weekday range before listed days ("Monday through Wednesday, March 3, 4
# and 5"), checks the last weekday against the first day, a false error too.
@pytest.mark.parametrize("body", [
    "The fair runs Monday, Tuesday and Wednesday, March 3-5.",
    "The fair runs Monday, Tuesday and Wednesday, March 3 through 5.",
    "The fair runs Monday through Wednesday, March 3, 4 and 5.",
    "The fair runs Monday-Wednesday, March 3, 4 and 5.",
])
def test_a_list_and_a_range_mixed_pass(body):
    assert _rule(_found(body, dt.date(2025, 2, 20)), "dates.weekday-mismatch") == []


# 6 (HIGH, lead41 and main too; fx218 documents it as not read) --------------
# A year after every day, as an editor writes a list across a year's end,
# makes no list: the last weekday is checked against the first day.
def test_a_right_list_with_a_year_after_each_day_passes():
    body = "The fair runs Tuesday, Wednesday and Thursday, Dec. 30, 2025, Dec. 31, 2025 and Jan. 1, 2026."
    assert _rule(_found(body, dt.date(2025, 12, 20)), "dates.weekday-mismatch") == []


# 7 (HIGH, lead41 and main too) ----------------------------------------------
# In an undated file a pair's or a list's year after its last day is not
# read (weekday_pairs.read_pair copies the mention into that year only when
# it has a date in the publication's year), so a wrong weekday is never
# checked, though "Wednesday, March 3, 2025." alone is an error there.
@pytest.mark.parametrize("body", [
    "The fair runs Monday, Wednesday and Wednesday, March 3, 4 and 5, 2025.",
    "The fair runs Monday and Wednesday, March 3 and 4, 2025.",
])
def test_an_undated_list_or_pair_with_its_year_is_checked(body):
    found = _rule(_found(body, None), "dates.weekday-mismatch")
    assert len(found) == 1 and "March 4, 2025 is a Tuesday, not a Wednesday" in found[0][2]


# 8 (HIGH, lead41 and main too) ----------------------------------------------
# dates.impossible-date reads "April 30-31" but not a second or listed day
# after a date: "April 30 and 31", "April 29, 30 and 31", and a Feb. 29
# in a year without one after listed weekdays, are not reported.
@pytest.mark.parametrize("body", [
    "The fair runs April 30 and 31.",
    "The fair runs April 29, 30 and 31.",
    "The fair runs Thursday, Friday and Saturday, Feb. 27, 28 and 29.",
])
def test_a_day_that_does_not_exist_after_a_date_is_impossible(body):
    assert _rule(_found(body, dt.date(2025, 2, 20)), "dates.impossible-date") != []


# 9 (MED, lead41 and main too) -----------------------------------------------
# "next Monday" opening a dated pair or list is dated by relative-weekday
# from publication ("(Monday, February 24)"), though the text dates it March
# 3; "next Monday, March 3" alone is left alone.
@pytest.mark.parametrize("body", [
    "The fair runs next Monday, Tuesday and Wednesday, March 3, 4 and 5.",
    "The fair runs next Monday and Tuesday, March 3 and 4.",
])
def test_next_weekday_opening_a_dated_list_is_not_dated_otherwise(body):
    found = _rule(_found(body, dt.date(2025, 2, 20)), "dates.relative-weekday")
    assert not any("February 24" in message for _, _, message, _ in found)


# 10 (MED, lead41 and main too) ----------------------------------------------
# after-publication quotes a list or pair as its last weekday and first day,
# "'Wednesday, March 3'", a date the text never states (Wednesday is March 5).
@pytest.mark.parametrize("body, joined", [
    ("The fair ran Monday, Tuesday and Wednesday, March 3, 4 and 5.", "'Wednesday, March 3'"),
    ("The fair ran Tuesday and Wednesday, March 4 and 5.", "'Wednesday, March 4'"),
])
def test_a_date_rule_does_not_quote_a_weekday_against_another_day(body, joined):
    found = _rule(_found(body, dt.date(2025, 2, 20)), "dates.after-publication")
    assert len(found) == 1 and joined not in found[0][2]


# 11 (HIGH, lead41 and main too) ---------------------------------------------
# A weekday range joined by "through" or "to" before its dates hides the
# past-tense event after publication; the dash form is reported.
@pytest.mark.parametrize("body", [
    "The fair ran Tuesday through Thursday, March 4-6.",
    "The fair ran Tuesday to Thursday, March 4-6.",
])
def test_a_past_weekday_range_with_through_after_publication_is_reported(body):
    assert _rule(_found(body, dt.date(2025, 2, 20)), "dates.after-publication") != []


# 12 (MED, lead41 and main too; fx218 saw it and left it) --------------------
# In a pair with one wrong weekday both abbreviations lose their fix:
# "Fri. and Sun., March 8 and 9" (2025): Sun. is March 9's own weekday.
def test_the_right_weekday_of_a_pair_keeps_its_fix():
    found = _rule(_found("The fair runs Fri. and Sun., March 8 and 9.", dt.date(2025, 2, 20),
                         ("dates", "style.weekday-abbreviation")), "style.weekday-abbreviation")
    assert [(snippet, fix) for _, snippet, _, fix in found] == [("Sun.,", "Sunday,")]


# 13 (MED, lead41 and main too) ----------------------------------------------
# Only the abbreviation before the date is flagged, so --fix leaves a mixed
# list ("Tues., Wed. and Thursday, March 4, 5 and 6"), though weekday-mismatch
# now reads every listed weekday as its day's.
def test_every_abbreviated_weekday_of_a_list_is_flagged():
    found = _rule(_found("The fair runs Tues., Wed. and Thurs., March 4, 5 and 6.", dt.date(2025, 2, 20),
                         ("style.weekday-abbreviation",)), "style.weekday-abbreviation")
    assert [snippet.rstrip(",").strip() for _, snippet, _, _ in found] == ["Tues.", "Wed.", "Thurs."]
