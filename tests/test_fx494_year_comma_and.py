"""fx494: a year's comma before "and" (AP Stylebook, "dates"): asked when no date follows
the "and" in the sentence, left alone when "and" joins dates (a range or list)."""
import datetime as dt

import pytest

from lint.kinds._date_form_scan import year_goes_on
from date_kind_helpers import snippets

PUB = dt.date(2025, 3, 4)
RULE = ("style.date-year-comma",)


@pytest.mark.parametrize("text", [
    "The council met on Tuesday, March 4, 2025 and approved the budget.",
    "The council met on March 4, 2025 and then adjourned.",
    "The council met on March 4, 2025 and Gov. Ann Reyes spoke on the budget.",
])
def test_year_comma_asked_before_and_with_no_date_after(text):
    assert snippets(text, RULE, PUB) == [("style.date-year-comma", "2025")]


@pytest.mark.parametrize("text", [
    "The council met on March 4, 2025 and March 5, 2025 to vote.",
    "The council met on March 4 and 5, 2025 to vote.",
    "The vote fell between March 4, 2025 and April 1 this year.",
    "The council met on March 4, 2025 and again on Wednesday.",
    "The lease runs from Jan. 5, 2025 and March 3, 2026 to June.",
    "The council met on March 4, 2025 and the 5th to vote.",
    "The council met on March 4, 2025 or later.",
])
def test_year_comma_left_alone_where_dates_are_joined(text):
    assert snippets(text, RULE, PUB) == []


def test_date_after_the_sentence_end_does_not_join():
    text = "They met on March 4, 2025 and voted. On March 5 they left."
    assert year_goes_on(text, text.index("2025") + 4)
    assert not year_goes_on("They met on March 4, 2025 and March 5.", len("They met on March 4, 2025"))
