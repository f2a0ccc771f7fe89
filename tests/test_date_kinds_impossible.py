"""dates.impossible-date on small stories: impossible days and day ranges
(with a year, the publication's, or none), and a yearless Feb. 29 read in
the year carried to it or recurring as a birthday."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_document
from lint.readers import read_bytes
from date_kind_helpers import DATES, PUB, found, located


@pytest.mark.parametrize("body, message", [
    ("It happened on March 32, 2024.",
     "'March 32, 2024' is not a real date: no month has more than 31 days"),
    ("It happened on April 31.", "'April 31' is not a real date: April has 30 days"),
    ("It happened on Feb. 30, 2024.",
     "'Feb. 30, 2024' is not a real date: February 2024 has 29 days"),
    ("It happened on Feb. 29, 2023.", "'Feb. 29, 2023' is not a real date: 2023 is not a leap year"),
    # the end of a day range is a date too, in its month (without a year: the publication year's)
    ("The fair runs April 29-31.",
     "'April 29-31' is not a real date: the range ends on day 31, but April has 30 days"),
    ("The fair ran Feb. 27-29, 2023.",
     "'Feb. 27-29' is not a real date: the range ends on day 29, but 2023 is not a leap year"),
])
def test_impossible_dates_say_why(body, message):
    assert found(body) == [("impossible-date", message)]


@pytest.mark.parametrize("body", [
    "The fair runs May 30-31.", "The fair runs March 30-31.", "The fair ran Jan. 2-31.",
    "The fair ran Feb. 27-29, 2024.",           # 2024 is a leap year: the range's own year counts
    "The fair ran Feb. 28-29, 2024, in Rome.",
])
def test_possible_day_ranges_pass(body):
    assert found(body) == []


def test_a_range_to_feb_29_without_a_year_is_read_in_the_publication_year():
    assert found("The fair ran Feb. 27-29.", dt.date(2024, 3, 10)) == []
    assert [k for k, _ in found("The fair ran Feb. 27-29.", dt.date(2025, 3, 10))] == ["impossible-date"]


def test_a_month_before_an_impossible_date_does_not_hide_it():
    assert located("HEADLINE\n\nIn March, the show was on April 31.\n", PUB) == [("impossible-date", 3, 27)]


@pytest.mark.parametrize("body, message", [
    # no publication date: no year at all, so February may have 29 days
    ("The fair runs April 29-31.", "'April 29-31' is not a real date: the range ends on day 31, "
                                   "but April has 30 days"),
    ("The fair runs Feb. 27-30.", "'Feb. 27-30' is not a real date: the range ends on day 30, "
                                  "but February has 29 days"),
    ("The fair runs May 30-31.", None), ("The fair runs March 30-31.", None),
    ("The fair runs Feb. 27-29.", None),
])
def test_impossible_ranges_without_any_year(body, message):
    doc = read_bytes("story.txt", f"HEADLINE\n\n{body}\n".encode("utf-8"))
    got = [d.message for d in lint_document(doc, DATES, Config()).diagnostics
           if d.rule == "dates.impossible-date"]
    assert got == ([message] if message else [])


@pytest.mark.parametrize("body, published, reason", [
    # fx68 c: a yearless Feb. 29 is a day in a leap year carried to it (or given by its sentence) ...
    ("The mill closed in 1976. It reopened on Feb. 29.", PUB, None),
    ("In 1976, the mill reopened on Feb. 29.", PUB, None),
    ("The fair began in 1976. It ran Feb. 27-29.", PUB, None),
    # ... and none in a common year carried to it, even in a leap publication year
    ("The mill closed in 1977. It reopened on Feb. 29.", PUB, "1977 is not a leap year"),
    ("In 1977, the mill reopened on Feb. 29.", dt.date(2024, 11, 28), "1977 is not a leap year"),
    # a carried year only stands in for a publication year without the day (qa56: in a
    # story of 2024, "It reopened on Feb. 29" after a year of 1977 is this February's)
    ("The mill closed in 1977. It reopened on Feb. 29.", dt.date(2024, 11, 28), None),
    ("The fair began in 1977. It ran Feb. 27-29.", dt.date(2024, 11, 28), None),
    ("The fair began in 1977. It ran Feb. 27-29.", PUB, "the range ends on day 29, but 1977 is not a leap year"),
    # a month and year rolls a later month's date into the year after (qa56)
    ("The mill closed in December 1975. It reopened on Feb. 29.", PUB, None),
    ("The mill closed in December 1976. It reopened on Feb. 29.", PUB, "1977 is not a leap year"),
    # with no year before it, the publication year's
    ("The mill reopened on Feb. 29.", PUB, "2025 is not a leap year"),
    ("The mill reopened on Feb. 29.", dt.date(2024, 11, 28), None),
])
def test_a_yearless_leap_day_is_read_in_the_year_carried_to_it(body, published, reason):
    got = [message.split(": ", 1)[1] for kind, message in found(body, published) if kind == "impossible-date"]
    assert got == ([] if reason is None else [reason])


LEAP_BIRTHS = dt.date(2027, 5, 1)     # 2027 has no Feb. 29


@pytest.mark.parametrize("body", [
    # fx79: a yearless Feb. 29 after the story gave someone's Feb. 29 birth date recurs ...
    "She was born on Feb. 29, 1976. She married on Feb. 29.",
    "Born Feb. 29, 1976, she married on Feb. 29 and divorced on Feb. 29.",
    # ... and so does one in a sentence about a birthday
    "Born in 1976, she celebrates birthdays only on Feb. 29.",
    "Her birthday falls on Feb. 29.",
    "The town's oldest leapling marks the day on Feb. 29.",
    "He was born on a leap day and throws a party on Feb. 29.",
    "Every leap-day baby in the ward was honored on Feb. 29.",
    # fx88: the birthday word tied to the date after or before it; a birth date with no year
    "Feb. 29 is his birthday, and he will turn 12.",
    "The family will gather on Feb. 29, her birthday.",
    "She was born on Feb. 29.",
    "She was born on Feb. 29. She married on Feb. 29.",    # qa63 #6: a yearless birth recurs too
    "Born Feb. 29, he has had few birthdays.",
])
def test_a_yearless_leap_day_that_recurs_is_no_impossible_date(body):
    assert [kind for kind, _ in found(body, LEAP_BIRTHS) if kind == "impossible-date"] == []


@pytest.mark.parametrize("body, want", [
    # a plain Feb. 29 in a common publication year stays impossible
    ("The vote is set for Feb. 29.", ["2027 is not a leap year"]),
    # the birth date must come first, and exist
    ("She married on Feb. 29. She was born on Feb. 29, 1976.", ["2027 is not a leap year"]),
    ("She was born on Feb. 29, 1977. She married on Feb. 29.",
     ["1977 is not a leap year", "2027 is not a leap year"]),
    # another February day's birth date is no Feb. 29's
    ("She was born on Feb. 28, 1976. She married on Feb. 29.", ["2027 is not a leap year"]),
    # a day no February has is none in a birthday sentence either
    ("Her birthday party is on Feb. 30.", ["February 2027 has 28 days"]),
    # fx88: a birth date read in a common year carried to it is no recurring one
    ("The mill closed in 1977. She was born on Feb. 29.", ["1977 is not a leap year"]),
    # a birthday party is one day, in one year
    ("Her birthday party is on Feb. 29.", ["2027 is not a leap year"]),
])
def test_a_leap_day_that_does_not_recur_is_still_judged(body, want):
    got = [message.split(": ", 1)[1] for kind, message in found(body, LEAP_BIRTHS) if kind == "impossible-date"]
    assert got == want
