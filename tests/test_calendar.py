"""lint/analysis/calendar.py: date lines, front-matter values, day arithmetic and
the plausibility of a publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.calendar import (EARLIEST_PUBLICATION_YEAR, MONTH_NAMES, MONTHS, WEEKDAY_NAMES,
                                    WEEKDAYS, add_days, coerce_date, implausible_publication,
                                    parse_date_line, refused_future)


def test_the_name_tables_agree_with_the_calendar():
    # every full and short name maps to the month/weekday Python's calendar gives it
    for number, name in enumerate(MONTH_NAMES, 1):
        assert MONTHS[name.lower()] == number == dt.date(2024, number, 1).month
        assert MONTHS[name[:3].lower()] == number
    assert MONTHS["sept"] == 9 and len(MONTHS) == 12 + 11 + 1        # "may" is both
    for number, name in enumerate(WEEKDAY_NAMES):
        assert WEEKDAYS[name.lower()] == number == dt.date(2024, 1, 1 + number).weekday()
        assert WEEKDAYS[name[:3].lower()] == number
    assert (WEEKDAYS["tues"], WEEKDAYS["thur"], WEEKDAYS["thurs"]) == (1, 3, 3)


@pytest.mark.parametrize("line, expected", [
    ("May 18, 2022", dt.date(2022, 5, 18)),
    ("  Wed. May 18th, 2022  ", dt.date(2022, 5, 18)),
    ("Wednesday, May 18 2022", dt.date(2022, 5, 18)),
    ("Sept. 3, 2021", dt.date(2021, 9, 3)),
    ("18 May 2022", dt.date(2022, 5, 18)),
    ("1st December, 2020", dt.date(2020, 12, 1)),
    ("2022-05-18", dt.date(2022, 5, 18)),
    ("2022-5-8", dt.date(2022, 5, 8)),
    ("FEBRUARY 29, 2024", dt.date(2024, 2, 29)),
    ("Feb. 30, 2024", None),                      # no such day
    ("Feb. 29, 2023", None),
    ("2022-13-01", None),
    ("May 18, 2022, in Paris", None),             # more than a date
    ("The vote is May 18, 2022", None),
    ("Mayday 18, 2022", None),
    ("", None),
])
def test_a_line_that_is_only_a_date(line, expected):
    assert parse_date_line(line) == expected


def test_without_a_year_the_default_year_is_used_or_nothing():
    assert parse_date_line("May 18") is None
    assert parse_date_line("May 18", default_year=2000) == dt.date(2000, 5, 18)
    assert parse_date_line("Feb. 29", default_year=2000) == dt.date(2000, 2, 29)
    assert parse_date_line("Feb. 29", default_year=2001) is None
    assert parse_date_line("May 18, 2022", default_year=2000) == dt.date(2022, 5, 18)


def test_a_long_line_is_never_a_date_line():
    line = "May 18, 2022"
    assert parse_date_line(line.ljust(60)) == dt.date(2022, 5, 18)   # 60 characters: still one
    assert parse_date_line(line.ljust(61)) is None


@pytest.mark.parametrize("value, expected", [
    (dt.datetime(2024, 5, 18, 23, 59), dt.date(2024, 5, 18)),
    (dt.date(2024, 5, 18), dt.date(2024, 5, 18)),
    ("2024-05-18", dt.date(2024, 5, 18)),
    (" 2024-05-18T23:59:00+02:00 ", dt.date(2024, 5, 18)),     # the date as written, not UTC
    ("2024-02-30", None),
    ("2024-02-30 but May 18, 2024", None),                     # an ISO start decides
    ("May 18, 2024", dt.date(2024, 5, 18)),
    ("May 18", None),                                          # no year to read it in
    ("yesterday", None),
    (20240518, None),
    (None, None),
])
def test_front_matter_values_as_dates(value, expected):
    assert coerce_date(value) == expected


def test_add_days_both_ways():
    assert add_days(dt.date(2024, 2, 28), 1) == dt.date(2024, 2, 29)
    assert add_days(dt.date(2024, 3, 1), -1) == dt.date(2024, 2, 29)
    assert add_days(dt.date(2024, 3, 1), 0) == dt.date(2024, 3, 1)
    assert add_days(dt.date.max, 0) == dt.date.max and add_days(dt.date.min, 0) == dt.date.min
    assert add_days(dt.date(1, 1, 1), 1) == dt.date(1, 1, 2)
    assert add_days(dt.date(9999, 12, 31), -1) == dt.date(9999, 12, 30)


def test_a_publication_date_before_1800_or_after_tomorrow_is_refused():
    today = dt.date(2026, 11, 30)
    token = refused_future.set(False)
    try:
        assert EARLIEST_PUBLICATION_YEAR == 1800
        assert implausible_publication(dt.date(1800, 1, 1), today) is None
        assert implausible_publication(dt.date(1799, 12, 31), today) == \
            "1799-12-31 is before 1800 (a placeholder?)"
        assert implausible_publication(today, today) is None
        assert implausible_publication(dt.date(2026, 12, 1), today) is None    # time-zone slack
        assert refused_future.get() is False
        assert implausible_publication(dt.date(2026, 12, 2), today) == "2026-12-02 is in the future"
        assert refused_future.get() is True         # the result depends on the day it ran
    finally:
        refused_future.reset(token)


def test_without_today_the_local_date_is_used():
    token = refused_future.set(False)
    try:
        assert implausible_publication(dt.date.today()) is None
        assert implausible_publication(dt.date.today() + dt.timedelta(days=2)) is not None
    finally:
        refused_future.reset(token)
