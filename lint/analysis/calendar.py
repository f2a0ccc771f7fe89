"""Month and weekday names and a parser for a line that is only a date.

Readers use `parse_date_line` to recognise a plain-text date line or a
front-matter date; the date-mention analysis builds on the same tables.
"""
from __future__ import annotations

import datetime as dt
from contextvars import ContextVar
from functools import lru_cache

from .. import rx as regex

class FoldedKeys(dict):
    """A table of lower-case words looked up with what a case-insensitive
    pattern matched: `regex` folds more than `str.lower` undoes ("ſept" with a
    long s; "MİDNIGHT" with a dotted capital I, whose lower() adds a combining
    dot), so a missing key, as written or lowered, is looked for as the
    pattern found it. Only misses pay."""

    def __missing__(self, key: str):
        bare = key.replace("\u0307", "")       # lower() of "İ" is "i" and a combining dot
        for known in self:
            if regex.fullmatch(regex.escape(known), bare, regex.IGNORECASE):
                return self[known]
        raise KeyError(key)


MONTHS = FoldedKeys({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})
WEEKDAYS = FoldedKeys({
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
})
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    """Whether `year` is a Gregorian leap year, as `calendar.isleap` says
    (written here: the standard module's import, with its classes and
    locale tables, was a millisecond of every start)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_days(year: int, month: int) -> int:
    """Days in `month` (1 to 12, else ValueError) of `year`, as
    `calendar.monthrange(year, month)[1]`."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    return _MONTH_DAYS[month - 1] + (month == 2 and is_leap(year))


def max_day(year: int | None, month: int) -> int:
    """The last day a date in `month` (1 to 12) may have: `month_days`, or 29
    for February when the year is unknown (None: "Feb. 29" may be right)."""
    if year is None:
        return 29 if month == 2 else _MONTH_DAYS[month - 1]
    return month_days(year, month)

# Every month name and abbreviation as one alternation, longest first (so
# "June" is tried before "Jun"); for patterns that read a month in text.
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_WORDS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))    # the same for weekdays ("tues" before "tue")
_MONTH = r"(?P<month>" + MONTH_WORDS + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + WEEKDAY_WORDS + r")\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
DATE_LINE = regex.compile(
    rf"""^\s*{_WEEKDAY}(?:
        {_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?      # May 18th, 2022
      | {_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?      # 18 May 2022
      | (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}}))  # 2022-05-18
    )\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)


def parse_date_line(text: str, default_year: int | None = None) -> dt.date | None:
    """The date a short line states on its own, or None (also for Feb. 30)."""
    if len(text) > 60:
        return None
    m = DATE_LINE.match(text)
    if not m:
        return None
    try:
        if m["iso"]:
            return dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
        year = int(m["year"]) if m["year"] else default_year
        if year is None:
            return None
        return dt.date(year, MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None


def coerce_date(value) -> dt.date | None:
    """A front-matter or meta value (date, datetime or ISO-ish string) as a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        m = regex.match(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
        return parse_date_line(s)
    return None


def add_days(value: dt.date, days: int) -> dt.date:
    """`value` plus `days` (negative: minus), clamped to the calendar's ends
    (years 1 and 9999) instead of raising OverflowError: date checks compare
    against the result, and a window past the calendar's end is the end."""
    ordinal = value.toordinal() + days
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal()))


@lru_cache(maxsize=64)
def long_date(value: dt.date) -> str:
    """`March 7, 2025`, the form messages give a date in. Cached: strftime's
    `%B` costs microseconds, and a story's findings share its publication date."""
    return f"{value:%B} {value.day}, {value.year}"


EARLIEST_PUBLICATION_YEAR = 1800
def planned_horizon(today: dt.date) -> dt.date:
    """The last day a publication date that names the planned run (the
    user's own, an embargo, a scheduled post) may fall on: a year ahead by the
    calendar, the same day next year (February 28 after a February 29), as
    the docs and messages say ("up to a year ahead")."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


# True once a publication date was refused for lying after today: what was
# linted then depends on the day it ran, so the result cache does not keep it.
refused_future: ContextVar[bool] = ContextVar("refused_future", default=False)


def implausible_publication(value: dt.date, today: dt.date | None = None,
                            future_ok: bool = False) -> str | None:
    """Why `value` cannot be a story's publication date, or None when it can be.

    Refused: a date before 1800 (CMS placeholders such as `0001-01-01`) and a
    date more than one day after `today` (the local date; a day of slack covers
    time zones and stories scheduled just past midnight). With `future_ok` (a
    date that names the planned run: `--published`, the config, an embargo;
    see `readers._conventions.PLANNED_RUN_SOURCES`) the slack is
    `planned_horizon` instead, so a typed 9999 is still caught. Readers skip such a candidate and try the next source; the
    engine reports what it refused.
    """
    today = today or dt.date.today()
    if value.year < EARLIEST_PUBLICATION_YEAR:
        return f"{value.isoformat()} is before {EARLIEST_PUBLICATION_YEAR} (a placeholder?)"
    if value > (planned_horizon(today) if future_ok else today + dt.timedelta(days=1)):
        refused_future.set(True)
        return f"{value.isoformat()} is {'more than a year ' if future_ok else ''}in the future"
    return None
