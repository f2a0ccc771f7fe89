"""Faults QA (qa174) found on lead45 after fx291 (weekday lists and pairs,
impossible-date on a second or listed day, --fix on abbreviated lists).
Synthetic sentences only; each test asserts the right behaviour and is a
strict xfail until the fault is fixed. Each comment says whether main has
the fault too."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes

PUB = dt.date(2025, 2, 20)


def _found(body: str, published: dt.date | None = PUB,
           select=("dates", "style.weekday-abbreviation")):
    """(rule, snippet, fix replacement) of each finding in a one-paragraph file."""
    text = f"Fair news\n\n{body}\n"
    result = lint_bytes("s.txt", text.encode(), Config(published=published, select=select))
    line = text.splitlines()[2]
    return [(d.rule, line[d.column - 1:d.end_column - 1], d.fix.replacement if d.fix else None)
            for d in result.diagnostics]


def _rule(found, rule):
    return [f for f in found if f[0] == rule]


# 1 (HIGH, new on lead45: main reports nothing) -------------------------------
# impossible-date's new second-day check reads "from <value> on June 30 to 31"
# as the days June 30 to 31: the "to 31" closes a from-to of values (28 percent
# -> 31), not of days. A false error on a plain statistics sentence.
@pytest.mark.parametrize("body", [
    "Turnout climbed from 28 percent on June 30 to 31.",
    "The count went from 30 on Sept. 30 to 31, officials said.",
    "Her approval fell from 35 percent on April 30 to 31.",
])
def test_a_from_to_of_values_around_a_date_is_no_second_day(body):
    assert _rule(_found(body), "dates.impossible-date") == []


# 2 (HIGH, main has it too) ---------------------------------------------------
# A right weekday pair or list joined by '&' (listings copy; in HTML it is
# '&amp;') is not read as a pair/list: the last weekday is paired with the
# first day and a false weekday-mismatch error is given.
@pytest.mark.parametrize("body", [
    "The fair runs Tuesday & Wednesday, March 4 & 5.",
    "The fair runs Tuesday, Wednesday & Thursday, March 4, 5 & 6.",
])
def test_a_right_list_joined_by_an_ampersand_passes(body):
    assert _rule(_found(body), "dates.weekday-mismatch") == []


# 3 (MED, main has two findings too, but on lead45 they overlap) -------------
# A cross-month pair or list after publication is quoted whole by
# after-publication ('Monday and Tuesday, March 31 and April 1'), and its
# second month's day ('April 1') is reported again, inside the first finding:
# one past event, two findings.
@pytest.mark.parametrize("body", [
    "The fair ran Monday and Tuesday, March 31 and April 1.",
    "The fair ran Monday, Tuesday and Wednesday, March 31, April 1 and 2.",
])
def test_a_cross_month_list_after_publication_is_one_finding(body):
    found = _rule(_found(body, dt.date(2025, 3, 10)), "dates.after-publication")
    assert len(found) == 1


# 4 (MED, main has it too) ----------------------------------------------------
# style.weekday-abbreviation flags only the last weekday of a right pair or
# range, so --fix leaves a half-spelled pair: 'Sat. and Sunday, March 8 and 9',
# 'Tues. through Thursday, March 4-6'. fx291 (#13) spells out every weekday of
# a right list of three or more, but not of a pair or range.
@pytest.mark.parametrize("body, first", [
    ("The show runs Sat. and Sun., March 8 and 9.", "Sat."),
    ("The fair runs Mon. and Tues., March 31 and April 1.", "Mon."),
    ("The fair runs Tues. through Thurs., March 4-6.", "Tues."),
])
def test_every_abbreviation_of_a_right_pair_or_range_is_flagged(body, first):
    snippets = [s for _, s, _ in _rule(_found(body), "style.weekday-abbreviation")]
    assert first in snippets


# 5 (HIGH, main has it too) ---------------------------------------------------
# A right list written in falling order ('Wednesday, Tuesday and Monday,
# March 5, 4 and 3') is no list (test_weekday_lists keeps that), but it is then
# read as the pair 'Monday, March 5' and a false error says March 5 is a
# Wednesday, not a Monday; each weekday does fit its day.
def test_a_right_list_in_falling_order_has_no_mismatch():
    body = "The fair runs Wednesday, Tuesday and Monday, March 5, 4 and 3."
    assert _rule(_found(body), "dates.weekday-mismatch") == []
