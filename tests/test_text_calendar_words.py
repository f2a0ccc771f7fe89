"""The plain-text reader's day and month words are lint.analysis.calendar's:
every weekday and month there dates a release notice or an embargo
(`field_line`), and opens no byline (`BYLINE`) unless the month is also a
given name before a surname (`By June Carter`)."""
from __future__ import annotations

from lint.analysis.calendar import MONTH_NAMES, MONTHS, WEEKDAY_NAMES
from lint.readers._text_fields import BYLINE, field_line

GIVEN = {"April", "May", "June", "July", "August"}


def test_every_calendar_day_and_month_dates_an_embargo():
    for word in WEEKDAY_NAMES + tuple(m for m in MONTH_NAMES if m != "May"):
        assert field_line(f"Embargoed until {word}") == "release", word
        assert field_line(f"EMBARGOED UNTIL {word.upper()}") == "release", word
    # an abbreviation, and May (a verb too: `Embargo may be lifted soon`), before a figure
    for word in [m for m in MONTHS if m.title() not in MONTH_NAMES] + ["May"]:
        assert field_line(f"Embargo: {word.title()}. 5") == "release", word
        assert field_line(f"Embargo: {word.title()} apply") == "", word


def test_no_calendar_day_or_month_opens_a_byline_but_a_given_name():
    for word in WEEKDAY_NAMES + MONTH_NAMES:
        assert BYLINE.match(f"By {word}, The Floodwaters Had Reached Main Street") is None, word
        assert (BYLINE.match(f"By {word} Carter") is not None) == (word in GIVEN), word
