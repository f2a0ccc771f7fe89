"""Weekday lists of three or more before as many days ("Monday, Tuesday and
Wednesday, March 3, 4 and 5", qa127 #5, qa134 #4 and #5): each weekday is
checked against its own day (`analysis/weekday_lists.py`,
`kinds/weekday_mismatch.py`). A list whose weekdays agree is judged as a
pair is; one whose weekdays do not has each wrong weekday reported at that
weekday, naming its date; a list whose counts differ keeps the pair's
reading. Synthetic sentences only."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import DATE, find_mentions
from lint.analysis.weekday_lists import agree, dated, fitting, weekday_list
from lint.config import Config
from lint.engine import lint_bytes

PUB = dt.date(2025, 2, 20)


def _found(body: str, published: dt.date | None = PUB, select=("dates.weekday-mismatch",)):
    """(rule, snippet, message, level) of each finding in a one-paragraph file."""
    result = lint_bytes("s.txt", f"Fair news\n\n{body}\n".encode(), Config(published=published, select=select))
    return [(d.rule, d.snippet, d.message, d.level) for d in result.diagnostics]


def _list(body: str, published: dt.date = PUB):
    """`weekday_list` of the one date mention with a weekday in `body`."""
    [m] = [m for m in find_mentions(body, published) if m.kind == DATE and m.weekday is not None]
    return weekday_list(m)


def test_a_list_is_read_in_order_with_each_days_offset():
    body = "Open Monday, Tuesday, and Wednesday, March 31, April 1, and 2, 2026, downtown."
    found = _list(body)
    assert [body[item.start:item.end] for item in found.items] == ["Monday", "Tuesday", "Wednesday"]
    assert [(item.weekday, item.offset, item.month, item.day) for item in found.items] == [
        (0, 0, 3, 31), (1, 1, 4, 1), (2, 2, 4, 2)]
    assert (body[:found.end].endswith(", and 2, 2026"), found.year) == (True, 2026)


@pytest.mark.parametrize("body", [
    "Open Monday, Tuesday and Wednesday, March 3 and 4.",          # three weekdays, two days
    "Open Monday and Tuesday, March 3, 4 and 5.",                  # two weekdays, three days
    "Open Monday, Tuesday and Wednesday, March 3, 4 and 5,000 people came.",
    "Open Thursday, Friday and Saturday, Feb. 27, 28 and 29.",     # no Feb. 29 in 2025
    "Open Monday, Tuesday and Wednesday, March 5, 4 and 3.",       # not in order
    "Open Monday, Tuesday through Wednesday, March 3, 4 through 5.",
    "Open Monday or Tuesday, March 3 or 4.",                        # two: a pair's shape, not a list
])
def test_what_is_no_list(body):
    assert _list(body) is None


def test_a_wrong_middle_weekday_is_reported_at_it_naming_its_date():
    assert _found("The fair runs Monday, Wednesday and Wednesday, March 3, 4 and 5.") == [
        ("dates.weekday-mismatch", "Wednesday", "'Wednesday': March 4, 2025 is a Tuesday, not a Wednesday; fix the weekday or the date",
         "error")]


@pytest.mark.parametrize("body, wrong", [
    ("The fair runs Monday, Wednesday and Wednesday, March 3, March 4 and March 5.", "Wednesday"),  # months
    ("The fair runs Mon., Wed., and Wed., March 3, 4, and 5.", "Wed."),                  # serial commas
])
def test_a_wrong_middle_weekday_in_other_list_forms(body, wrong):
    result = lint_bytes("s.txt", f"Fair news\n\n{body}\n".encode(),
                        Config(published=PUB, select=("dates.weekday-mismatch",)))
    [found] = result.diagnostics           # at the middle weekday, the first one written so
    assert (found.column, found.end_column) == (body.index(wrong) + 1, body.index(wrong) + 1 + len(wrong))
    assert found.message.endswith("March 4, 2025 is a Tuesday, not a Wednesday; fix the weekday or the date")


def test_each_wrong_weekday_is_reported():
    assert [(snippet, message.split(": ", 1)[1]) for _, snippet, message, _ in _found(
        "The fair runs Tuesday, Wednesday, Wednesday and Thursday, March 3, 4, 5 and 6.")] == [
        ("Tuesday", "March 3, 2025 is a Monday, not a Tuesday; fix the weekday or the date"),
        ("Wednesday", "March 4, 2025 is a Tuesday, not a Wednesday; fix the weekday or the date")]


def test_a_list_that_is_a_day_off_throughout_is_one_finding_over_it():
    # the weekdays agree with each other, not with the year: judged as a pair is
    assert _found("The fair runs Tuesday, Wednesday and Thursday, March 3, 4 and 5.") == [
        ("dates.weekday-mismatch", "Tuesday, Wednesday and Thursday, March 3, 4 and 5",
         "'Tuesday, Wednesday and Thursday, March 3, 4 and 5': March 5, 2025 is a Wednesday, not a Thursday; fix the weekday or the date",
         "error")]


@pytest.mark.parametrize("body", [
    "The fair runs Monday, Tuesday and Wednesday, March 30, 31 and April 1, 2026.",
    "The fair runs Tue., Wed. and Thu., Dec. 30, 31 and Jan. 1, 2026.",
    "The fair runs Sunday, Monday, Tuesday and Wednesday, Dec. 28, 29, 30 and 31.",
])
def test_a_right_list_with_a_year_or_across_a_years_end_passes(body):
    assert _found(body, dt.date(2025, 12, 20)) == []


def test_every_day_is_checked_in_the_year_after_the_last():
    assert _found("The fair runs Monday, Tuesday and Thursday, March 30, 31 and April 1, 2026.") == [
        ("dates.weekday-mismatch", "Thursday", "'Thursday': April 1, 2026 is a Wednesday, not a Thursday; fix the weekday or the date",
         "error")]


def test_a_list_whose_counts_differ_keeps_the_pairs_reading():
    # three weekdays, two days: "Tuesday and Wednesday, March 3 and 4" is the pair, as before
    assert _found("The fair runs Monday, Tuesday and Wednesday, March 3 and 4.") == [
        ("dates.weekday-mismatch", "Tuesday and Wednesday, March 3 and 4",
         "'Tuesday and Wednesday, March 3 and 4': March 4, 2025 is a Tuesday, not a Wednesday; fix the weekday or the date", "error")]


def test_an_undated_story_reports_the_wrong_weekday_as_a_warning():
    found = _found("The council voted on Wednesday, Nov. 18, 2026, to delay the plan. "
                   "It meets again Monday, Tuesday and Thursday, Dec. 7, 8 and 9.", None)
    assert [(snippet, level) for _, snippet, _, level in found] == [("Thursday", "warning")]
    assert "December 9, 2026 is a Wednesday, not a Thursday (the year is the story's own" in found[0][2]


@pytest.mark.parametrize("body, held", [
    ("The fair runs Mon., Wed. and Thu., March 3, 4 and 5.", True),    # Thu. is wrong: no fix
    ("The fair runs Mon., Wed. and Wed., March 3, 4 and 5.", False),   # only the middle one is
])
def test_the_abbreviation_fix_is_held_on_a_wrong_listed_weekday_only(body, held):
    result = lint_bytes("s.txt", f"Fair news\n\n{body}\n".encode(),
                        Config(published=PUB, select=("style.weekday-abbreviation",)))
    [found] = result.diagnostics
    assert (found.snippet, found.fix is None) == (body[body.index(" and ") + 5:][:5], held)
    assert held or found.fix.replacement == "Wednesday,"


def test_a_lists_days_are_counted_in_the_year_it_is_read_in():
    found = _list("Open Thursday, Friday and Saturday, Feb. 27, 28 and March 1.")
    assert dated(found.items, dt.date(2024, 2, 27)) == [dt.date(2024, 2, 27), dt.date(2024, 2, 28),
                                                          dt.date(2024, 3, 1)]
    assert (agree(found.items, dt.date(2025, 2, 27)), agree(found.items, dt.date(2024, 2, 27))) == (True, False)
    assert fitting(found.items, dt.date(2025, 2, 27)) == [True, True, True]
    assert fitting(found.items, dt.date(2024, 2, 27)) == [False, False, False]
    assert dated(found.items, dt.date(2025, 3, 1)) is None       # not the list's first day


def test_a_disagreeing_list_tied_between_years_is_read_in_the_year_meant():
    # Aug. 29, 2024 (nearest to Feb. 20, 2025) is a Thursday, Aug. 30, 2025 a
    # Saturday: one weekday fits in each year, so the year meant decides.
    found = _found("The fair runs Thursday, Saturday and Monday, Aug. 29, 30 and 31.")
    assert [(snippet, message.split(": ", 1)[1]) for _, snippet, message, _ in found] == [
        ("Saturday", "August 30, 2024 is a Friday, not a Saturday; fix the weekday or the date"),
        ("Monday", "August 31, 2024 is a Saturday, not a Monday; fix the weekday or the date")]


def test_an_undated_story_reads_a_disagreeing_list_in_its_year():
    found = _found("The council voted on Wednesday, Jan. 15, 2025. "
                   "The fair runs Saturday, Sunday and Tuesday, March 1, 2 and 3.", None)
    assert [(snippet, level) for _, snippet, _, level in found] == [("Tuesday", "warning")]
    assert "March 3, 2025 is a Monday, not a Tuesday" in found[0][2]


@pytest.mark.parametrize("body, wrong", [
    ("The fair runs Tuesday, Wednesday and Thursday, Dec. 30, 2025, Dec. 31, 2025 and Jan. 1, 2026.", []),
    ("The fair runs Tuesday, Thursday and Thursday, Dec. 30, 2025, Dec. 31, 2025 and Jan. 1, 2026.",
     [("Thursday", "December 31, 2025 is a Wednesday, not a Thursday; fix the weekday or the date")]),
    ("The fair runs Tuesday, Thursday and Thursday, Dec. 30, 2025, Dec. 31 and Jan. 1.",
     [("Thursday", "December 31, 2025 is a Wednesday, not a Thursday; fix the weekday or the date")]),
])
def test_a_year_may_follow_each_day_of_a_list(body, wrong):
    found = _found(body, dt.date(2025, 12, 20))
    assert [(snippet, message.split(": ", 1)[1]) for _, snippet, message, _ in found] == wrong


def test_a_year_after_a_day_that_is_not_its_own_makes_no_list():
    assert _list("Open Tuesday, Wednesday and Thursday, Dec. 30, 2025, Dec. 31, 2026 and Jan. 1, 2026.") is None


@pytest.mark.parametrize("body, weekdays", [
    ("Open Monday, Tuesday or Wednesday, March 3, 4 or 5.", ["Monday", "Tuesday", "Wednesday"]),
    ("Open Monday, Tuesday, or Wednesday, March 3, 4, or 5.", ["Monday", "Tuesday", "Wednesday"]),
    ("Open Monday, Tuesday, Wednesday, March 3, 4, 5.", ["Monday", "Tuesday", "Wednesday"]),
    ("Open Mon., Tues., Wed., March 3, 4 and 5.", ["Mon.", "Tues.", "Wed."]),
])
def test_a_list_may_be_joined_by_or_or_by_commas_alone(body, weekdays):
    found = _list(body)
    assert [(body[item.start:item.end], item.day) for item in found.items] == list(zip(weekdays, (3, 4, 5)))


def test_a_wrong_weekday_in_a_list_joined_by_or_is_reported_at_it():
    assert [(snippet, message.split(": ", 1)[1]) for _, snippet, message, _ in
            _found("The fair runs Monday, Wednesday or Wednesday, March 3, 4 or 5.")] == [
        ("Wednesday", "March 4, 2025 is a Tuesday, not a Wednesday; fix the weekday or the date")]
