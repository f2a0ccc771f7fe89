"""A weekday pair joined by a slash before a day pair joined by one
("Tues./Wed., March 4/5") is read as one joined by "and" is: the first
weekday names the first day and the written one the last, so a right pair
is no weekday-mismatch and a wrong one is named whole. A slash after a date
with no weekday pair before it joins no second day, and a weekday before it
is read against the first (rr46b #1). Synthetic sentences only."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes

from date_kind_helpers import snippets

PUB = dt.date(2025, 2, 24)        # March 4, 2025 is a Tuesday


def _found(body: str, select: tuple[str, ...] = ("dates.weekday-mismatch",)) -> list[tuple[str, str]]:
    return snippets(body, select, PUB)


@pytest.mark.parametrize("body", [
    "The fair runs Tues./Wed., March 4/5.",
    "The fair runs Tuesday/Wednesday, March 4/5.",
    "The fair runs Tues. / Wed., March 4 / 5.",
    "The fair runs Tues. and Wed., March 4 and 5.",      # the neighbour, read so before
])
def test_a_right_slashed_pair_passes(body):
    assert _found(body) == []


@pytest.mark.parametrize("body, snippet", [
    ("The fair runs Tues./Wed., March 4/6.", "Tues./Wed., March 4/6"),     # March 6 is a Thursday
    ("The fair runs Tues./Wed., March 5/6.", "Tues./Wed., March 5/6"),
])
def test_a_wrong_slashed_pair_is_named_whole(body, snippet):
    assert _found(body) == [("dates.weekday-mismatch", snippet)]


@pytest.mark.parametrize("body, snippet", [
    ("The fair runs Wed., March 4/5.", "Wed., March 4"),       # no pair of weekdays: one day read
    ("The fair runs Tues./Wed., March 4.", "Wed., March 4"),   # no second day
])
def test_a_slash_without_both_pairs_reads_one_day(body, snippet):
    assert _found(body) == [("dates.weekday-mismatch", snippet)]


def test_a_slash_joins_no_second_day_without_a_weekday_pair():
    # "Feb. 28/30": no weekday pair before, so no Feb. 30 is read (impossible-date)
    assert _found("It ran on Feb. 28/30 of the sessions.", ("dates.impossible-date",)) == []
    assert _found("It ran on Feb. 28 and 30.", ("dates.impossible-date",)) == [
        ("dates.impossible-date", "Feb. 28 and 30")]


def test_a_right_slashed_pair_has_its_first_weekday_spelled_out():
    # read as a pair, its first weekday is flagged as a pair's first is
    # ("Tues. and Wed."); a wrong pair is the writer's to set first: only the
    # weekday before the date, as of "Tues. and Wed., March 4 and 6" (rr46b #2)
    abbreviations = ("style.weekday-abbreviation",)
    assert ("style.weekday-abbreviation", "Tues.") in _found("The fair runs Tues./Wed., March 4/5.", abbreviations)
    assert _found("The fair runs Tues./Wed., March 4/6.", abbreviations) == \
        _found("The fair runs Tues. and Wed., March 4 and 6.", abbreviations) == [("style.weekday-abbreviation", "Wed.,")]


def test_a_right_slashed_pair_has_both_weekdays_spelled_out():
    abbreviations = ("style.weekday-abbreviation",)
    found = _found("The fair runs Tues./Wed., March 4/5.", abbreviations)
    assert found == _found("The fair runs Tues. and Wed., March 4 and 5.", abbreviations)
    assert sorted(s for _, s in found) == ["Tues.", "Wed.,"]


def test_a_slashed_list_has_every_weekday_spelled_out_and_a_lone_one_as_before_one_day():
    # as "Tues., Wed. and Thurs., March 4, 5 and 6"; a weekday with no pair before
    # slashed days is read against the first day, as before "March 5" (rr46b #1)
    abbreviations = ("style.weekday-abbreviation",)
    found = _found("The fair runs Tues./Wed./Thurs., March 4/5/6.", abbreviations)
    assert sorted(s.rstrip(",") for _, s in found) == ["Thurs.", "Tues.", "Wed."]
    assert _found("The fair runs Wed., March 5/6.", abbreviations) == \
        _found("The fair runs Wed., March 5.", abbreviations) == [("style.weekday-abbreviation", "Wed.,")]


def _abbreviations(body: str) -> list[tuple[int, str, str | None, str]]:
    """(column, snippet, fix, message) of each style.weekday-abbreviation finding."""
    result = lint_bytes("s.txt", f"Headline\n\n{body}\n".encode(),
                        Config(published=PUB, select=("style.weekday-abbreviation",)))
    return [(d.column, d.snippet, d.fix and d.fix.replacement, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("slashed, lone", [
    ("Wed., March 5/6", "Wed., March 5"),
    ("Wed., March 4/5", "Wed., March 4"),          # March 4 is a Tuesday: no fix
    ("Wed. March 5/6", "Wed. March 5"),
    ("Wed., March 5/2025", "Wed., March 5, 2025"),
])
def test_a_lone_weekday_before_slashed_days_is_read_against_the_first_day(slashed, lone):
    # rr46b #1: what the weekday before the first day alone gets, right or wrong
    found = _abbreviations(f"The fair runs {slashed}.")
    assert found == _abbreviations(f"The fair runs {lone}.")
    assert len(found) == 1


@pytest.mark.parametrize("body", [
    "The fair runs Wednesday, March 5/6.",
    "They wed March 5/6 in Leeds.",
    "It ran on Feb. 28/30.",
])
def test_no_abbreviated_weekday_before_slashed_days_flags_nothing(body):
    assert _abbreviations(body) == []


def test_three_right_slashed_weekdays_and_days_pass():
    assert _found("The fair runs Tues., Wed. and Thurs., March 4, 5 and 6.") == []   # the neighbour, read so
    assert _found("The fair runs Tues./Wed./Thurs., March 4/5/6.") == []


@pytest.mark.parametrize("body, snippet", [
    ("The fair runs Tues., Wed. and Fri., March 4, 5 and 6.", "Fri."),   # the neighbour, read so
    ("The fair runs Tues./Wed./Fri., March 4/5/6.", "Fri."),            # March 6 is a Thursday
    ("The fair runs Tues., Wed./Thurs., March 4/5/6.", "Thurs., March 4"),   # mixed joins: no list, one day, as main
])
def test_a_wrong_slashed_list_is_flagged_as_a_list_is(body, snippet):
    assert _found(body) == [("dates.weekday-mismatch", snippet)]


def test_a_weekday_pair_before_three_slashed_days_reads_one_day_as_main():
    # qa182 #4: "3/4/5" is no pair's second day; Tuesday, March 3 is read alone, as main read it
    assert _found("It runs Monday/Tuesday, March 3/4/5.") == [("dates.weekday-mismatch", "Tuesday, March 3")]


def test_a_dashed_weekday_pair_before_a_slashed_day_pair_passes():
    assert _found("Sessions are Monday\u2013Tuesday, March 3 and 4.") == []    # the neighbour, read so
    assert _found("Sessions are Monday\u2013Tuesday, March 3/4.") == []


def test_a_slash_after_a_weekday_range_word_joins_no_second_day():
    # the nearest case that stays: "through" is a range's word, and a slash no range's join
    assert _found("Sessions are Monday through Tuesday, March 3/4.") == [
        ("dates.weekday-mismatch", "Tuesday, March 3")]
