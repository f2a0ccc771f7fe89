"""rr46a: review of eeb07ebb..2859d0f1 (lint/, rules/). Each strict xfail is
a behaviour the review found wrong, named by its finding number in
/work/wt/reports/rr46a.md, for a mend to fix and unmark; each passing test
beside it pins the neighbour that must stay. Synthetic input only."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from date_kind_helpers import snippets
from lint.analysis.names import people
from lint.analysis.wire_story import wire_copy
from lint.kinds.name_title_changed import _told_promoted
from lint.readers import read_bytes
from titles_helpers import read, run, where

HED = "Council vote set\n\nPublished May 1, 2024\n\n"


def _names(body: str, rule: str) -> list[str]:
    return [text for _, _, text in where(run(read(HED + body + "\n", ".txt"), rule))]


# --- #1 name_title_changed._told_promoted reads any paragraph naming the person:
# another person's "named mayor" in it hides her own Deputy Mayor -> Mayor slip.
def test_another_person_s_promotion_does_not_excuse_the_slip():
    body = ("Deputy Mayor Irena Kowalczyk praised Tom Lee, who was named mayor in 2020.\n\n"
            "Mayor Kowalczyk said the budget was tight.")
    assert _names(body, "names.title-changed") == ["Mayor"]


def test_the_slip_without_any_promotion_is_caught():
    body = "Deputy Mayor Irena Kowalczyk praised Tom Lee.\n\nMayor Kowalczyk said the budget was tight."
    assert _names(body, "names.title-changed") == ["Mayor"]


# --- #2 a dashed weekday pair before three slashed days reads them as a list,
# while a slash or "and" between the weekdays reads one day, as main (qa182 #4).
PUB = dt.date(2025, 2, 24)        # March 3, 2025 is a Monday


def test_a_dashed_weekday_pair_before_three_slashed_days_reads_one_day():
    assert snippets("It runs Monday\u2013Tuesday, March 3/4/5.", ("dates.weekday-mismatch",), PUB) == [
        ("dates.weekday-mismatch", "Tuesday, March 3")]


def test_a_dashed_weekday_range_over_listed_days_still_reads_a_range():
    # the comma list is still a run of days (qa138 #5): its last day is named
    assert snippets("It runs Monday\u2013Tuesday, March 3, 4 and 5.", ("dates.weekday-mismatch",), PUB) == [
        ("dates.weekday-mismatch", "Monday\u2013Tuesday, March 3, 4 and 5")]


def test_as_many_slashed_weekdays_as_slashed_days_still_read_a_list():
    assert snippets("It runs Mon./Tues./Thurs., March 3/4/5.", ("dates.weekday-mismatch",), PUB) != []
    assert snippets("It runs Mon./Tues./Wed., March 3/4/5.", ("dates.weekday-mismatch",), PUB) == []


@pytest.mark.parametrize("join", ["/", " and "])
def test_a_slashed_or_and_weekday_pair_before_three_slashed_days_reads_one_day(join):
    assert snippets(f"It runs Monday{join}Tuesday, March 3/4/5.", ("dates.weekday-mismatch",), PUB) == [
        ("dates.weekday-mismatch", "Tuesday, March 3")]


# --- #3 name_runs.find_mentions: a run that is only a two-word position ("Wide
# Receiver said") is read as a person named Receiver; compound_head's length
# includes its trailing space, so the `head >= len(word)` skip never fires.
def test_a_two_word_position_alone_names_nobody():
    doc = read("News\n\nThe team's Wide Receiver said he was ready. Later, Receiver spoke.\n", ".txt")
    assert "Receiver" not in people(doc)


def test_a_two_word_position_before_a_name_is_cut():
    doc = read("News\n\nWide Receiver Tom Okafor was ready.\n", ".txt")
    assert list(people(doc)) == ["Okafor"]


# --- #4 a state's postal code in parentheses after a US place is no wire agency:
# "HARRISBURG (PA) -" is no PA Media copy; CP (no state's code) and the full
# spelling still are.
def _dateline_is_wire(dateline: str) -> bool:
    return wire_copy(read_bytes("s.txt", f"Ferry row\n\n{dateline} The ferry ran late.\n".encode()))


def test_a_state_code_in_parentheses_is_no_wire_agency():
    assert not _dateline_is_wire("HARRISBURG (PA) -")


@pytest.mark.parametrize("dateline", ["LONDON (PA Media) -", "TORONTO (CP) -", "LIMA (AP) -"])
def test_an_agency_that_is_no_state_code_is_still_wire(dateline):
    assert _dateline_is_wire(dateline)


# --- #5 _told_promoted's words are escaped: a stop in a title word is a stop.
def _told(text: str, base: str) -> bool:
    mention = SimpleNamespace(part=SimpleNamespace(text=text), surname="Soto")
    return _told_promoted([mention], SimpleNamespace(base=base, office=None, modifiers=("acting",)))


def test_a_title_word_s_stop_matches_only_a_stop():
    assert not _told("Ray Soto, who was named acting vip in May, spoke.", "v.p")


def test_a_title_word_with_a_stop_is_still_read():
    assert _told("Ray Soto, who was named acting v.p. in May, spoke.", "v.p")


# --- qa193 #1: fx317's slash guard drops every weekday range over slashed days,
# also one whose days match it: a correct range is now flagged (lead46 before
# fx317 read it right; main flags it too).
@pytest.mark.parametrize("text", ["It runs Monday\u2013Wednesday, March 3/4/5.",
                                  "It runs Friday\u2013Sunday, March 7/8/9.",
                                  "It runs Monday through Wednesday, March 3/4/5."])
def test_qa193_a_matching_weekday_range_over_slashed_days_is_no_mismatch(text):
    assert snippets(text, ("dates.weekday-mismatch",), PUB) == []


# ... and a range over as many slashed days that does not match is named whole,
# while one over more or fewer days, or days that skip, still reads one day.
@pytest.mark.parametrize("text, want", [
    ("It runs Monday\u2013Wednesday, March 4/5/6.", "Monday\u2013Wednesday, March 4/5/6"),
    ("It runs Monday through Thursday, March 3/4/5.", "Thursday, March 3"),
    ("It runs Monday\u2013Wednesday, March 3/4/6.", "Wednesday, March 3"),
])
def test_qa193_a_slashed_run_is_a_range_only_over_as_many_days(text, want):
    assert snippets(text, ("dates.weekday-mismatch",), PUB) == [("dates.weekday-mismatch", want)]


# --- qa199 #5: a slashed run under a weekday range whose last day carries its
# own month ("Sunday–Tuesday, March 30/31/April 1") is a run, as the same days
# with commas are; the third slashed day is looked for with its month too.
@pytest.mark.parametrize("text, published", [
    ("It runs Sunday\u2013Tuesday, March 30/31/April 1.", dt.date(2025, 3, 1)),
    ("It runs Friday\u2013Sunday, Feb. 28/29/March 1.", dt.date(2020, 2, 1)),
])
def test_qa199_a_slashed_run_into_the_next_month_is_no_mismatch(text, published):
    assert snippets(text, ("dates.weekday-mismatch",), published) == []


@pytest.mark.parametrize("text, want", [
    ("It runs Monday\u2013Wednesday, March 30/31/April 1.", "Monday\u2013Wednesday, March 30/31/April 1"),
    ("It runs Sunday\u2013Monday, March 30/31/April 1.", "Monday, March 30"),    # as 'March 2/3/4' reads
])
def test_qa199_a_slashed_run_into_the_next_month_is_read_as_in_one_month(text, want):
    assert snippets(text, ("dates.weekday-mismatch",), dt.date(2025, 3, 1)) == [("dates.weekday-mismatch", want)]
