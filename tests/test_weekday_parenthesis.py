"""A weekday with its date in parentheses ("voted Wednesday (Nov. 17)", nu23
#4), or a date with its weekday in parentheses ("voted Nov. 17 (Wednesday)",
nu25 #12), is read like "Wednesday, Nov. 17": one date with its weekday,
ending at the closing parenthesis, which must follow at once."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from lint.kinds.date_form import deviations

PUB = dt.date(2026, 11, 20)


def dates(text: str) -> list[tuple[str, int | None]]:
    return [(m.matched, m.weekday) for m in find_mentions(text, PUB) if m.kind == "date"]


@pytest.mark.parametrize("text,want", [
    ("The council voted Wednesday (Nov. 17) to freeze fares.", [("Wednesday (Nov. 17)", 2)]),
    ("The council voted Wednesday (Nov. 17, 2026) to freeze fares.", [("Wednesday (Nov. 17, 2026)", 2)]),
    ("The council voted Wed. ( Nov. 17 ) to freeze fares.", [("Wed. ( Nov. 17 )", 2)]),
    ("The council voted last Wednesday (Nov. 17) to freeze fares.", [("Wednesday (Nov. 17)", 2)]),
    # near misses: the parenthesis does not close at the date; no stop after an
    # abbreviation (a paper's name); a weekday alone before a comma-less aside
    ("The council met Wednesday (Nov. 17 and 18 in committee).", [("Nov. 17", None)]),
    ("The Sun (Nov. 28) reported the vote.", [("Nov. 28", None)]),
    ("The council met Wednesday; (Nov. 17) was a holiday.", [("Nov. 17", None)]),
    # nu25 #12: the date first, its weekday in parentheses after it
    ("The council voted Nov. 17 (Wednesday) to freeze fares.", [("Nov. 17 (Wednesday)", 2)]),
    ("The council voted Nov. 17, 2026 ( Wednesday ) to freeze fares.", [("Nov. 17, 2026 ( Wednesday )", 2)]),
    ("The council met Nov. 17 (Wednesday and Thursday in committee).", [("Nov. 17", None)]),
])
def test_a_weekday_takes_its_date_in_parentheses(text, want):
    assert dates(text) == want


def test_the_other_date_forms_leave_a_date_in_parentheses_alone():
    text = "The council voted Tuesday (Nov. 17, 2026) to freeze fares at 10 a.m."
    assert deviations(text) == {}
    # the weekday's abbreviation is spelled out with no comma before the parenthesis
    assert deviations("The council voted Tues. (Nov. 17) to freeze fares.") == {
        "weekday": [(18, 23, "Tuesday")]}
