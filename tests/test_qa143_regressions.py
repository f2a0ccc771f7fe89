"""qa143: dates.weekday-mismatch on weekday lists (fx225), checked against
python's calendar. Synthetic sentences only."""
from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest

from lint.config import Config
from lint.engine import lint_bytes

WEEKDAYS = list(calendar.day_name)
MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}


def _found(body: str, published: dt.date | None):
    result = lint_bytes("s.txt", f"Fair news\n\n{body}\n".encode(),
                        Config(published=published, select=("dates.weekday-mismatch",)))
    return result.diagnostics


# 1. A list across a year's end whose weekdays agree but fit another year:
# the message names the last (January) day and says "it is a Friday in
# 2025", the first (December) day's year; January 2, 2025 is a Thursday, so
# the message contradicts itself. January 2, 2026 is the Friday. A pair
# (main too) said the same.
# fixed (the lead): the note names the year of the day it names
@pytest.mark.parametrize("body, published", [
    ("The fair ran Tuesday and Friday, Dec. 30 and Jan. 2, downtown.", dt.date(2024, 12, 14)),
    ("The fair ran Tuesday, Wednesday and Friday, Dec. 30, 31 and Jan. 2, downtown.", dt.date(2024, 12, 14)),
    ("The fair ran Tuesday, Wednesday, Thursday and Friday, Dec. 30, 31, Jan. 1 and 2, downtown.",
     dt.date(2024, 12, 14)),
    ("The fair ran Wednesday, Thursday, Friday or Saturday, Dec. 30, 31, Jan. 1 or 2, downtown.",
     dt.date(2027, 10, 26)),
])
def test_the_named_fitting_year_is_true_for_the_day_named(body, published):
    found = _found(body, published)
    assert found
    for d in found:
        named = re.search(r"(\w+) (\d+), (\d{4}) is a (\w+), not a (\w+); it is a (\w+) in (\d{4})", d.message)
        assert named, d.message
        month, day, _, _, _, weekday, year = named.groups()
        assert dt.date(int(year), MONTHS[month], int(day)).weekday() == WEEKDAYS.index(weekday), d.message


# 2. A right list running over Feb. 29, read in the leap year after the
# publication year: the list is dated in the publication year, where Feb. 29
# does not exist, so it is no list and the last weekday is checked against
# the first day.
@pytest.mark.parametrize("body", [
    "The fair will run Tuesday, Wednesday and Thursday, Feb. 27, 28 and 29, downtown.",
    "The fair will run Wednesday, Thursday and Friday, Feb. 28, 29 and March 1, downtown.",
])
def test_a_right_list_over_february_29_of_the_year_meant_passes(body):
    assert [d.message for d in _found(body, dt.date(2023, 10, 1))] == []
