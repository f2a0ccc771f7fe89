"""Weekday pairs and lists beside their dates, as `dates.weekday-mismatch`
reads them: "Monday through Wednesday, March 3-5", "Saturday and Sunday,
March 8 and 9", "Monday and Tuesday, March 31 and April 1" (a pair whose
first weekday names the first day and the written one the last; issue 12,
case 5; qa110 #11; qa120 #4), and lists of three or more
(`weekday_lists`). A `Pair` is read once per mention (`read_pair`) and
asked every question the rule has (`fits`, `last_day`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import NamedTuple

from .calendar import WEEKDAYS
from .day_pairs import joins_pair, second_day, second_month, weekday_opener
from .dates import DATE, Mention
from .weekday_lists import Listed, dated, fitting, later_day, run_of_days, weekday_list, year_of_first


# The attribute a mention keeps its `weekday_pair` in.
_KEPT = "_weekday_pair"


class Pair(NamedTuple):
    """A weekday pair's reading (`weekday_pair`): where the first weekday
    starts in the text and the weekday it names (0 = Monday), the days from
    the first day to the last (counted in `m.year`, a leap year when
    unknown, or for a list in the year `weekday_list` dates it in;
    `last_day` counts them in the year read), the last day's month and day
    as written, where it ends in the text (past its year, if any) and the
    year written after it (None when none); for a list of three or more
    (`weekday_lists`), every weekday with its day, in order."""
    start: int
    weekday: int
    days: int
    month: int
    day: int
    end: int
    year: int | None
    items: tuple[Listed, ...] = ()


def weekday_pair(m) -> Pair | None:
    """"Monday through Wednesday, March 3-5", "Saturday and Sunday, March 8
    and 9", "Thursday to Saturday, March 6 to 8", "Monday and Tuesday,
    March 31 and April 1": a weekday range or pair before a day range or
    pair. A `Pair` when the mention is one: its first weekday names the
    first day and the written one the last (issue 12, case 5; qa110 #11;
    qa120 #4); else None. The last day is later than the first: in the
    first's month, a later month of its year, or January after December.
    A list of three weekdays or more before as many days ("Monday, Tuesday
    and Wednesday, March 3, 4 and 5": `weekday_list`) is read as a pair of
    its first and last, with the ones between as `items`, and so is one
    before a day range of as many days ("March 3-5"); a weekday range
    before a list of days that follow each other ("Monday through
    Wednesday, March 3, 4 and 5": `run_of_days`) is a range (qa138 #5).
    Read once per mention and kept on it (`_KEPT`): four kinds ask, and a
    mention is not changed once `dates` has built it."""
    if "weekday" not in m.spans or m.kind != DATE:
        return None
    kept = vars(m)
    if _KEPT not in kept:
        kept[_KEPT] = _read_pair(m)
    return kept[_KEPT]


def _read_pair(m) -> Pair | None:
    """`weekday_pair`'s reading of a dated weekday `m`, made afresh."""
    if (listed := weekday_list(m)) is not None:
        first, last = listed.items[0], listed.items[-1]
        return Pair(first.start, first.weekday, last.offset, last.month, last.day, listed.end, listed.year,
                    listed.items)
    month, day, tail = m.month, m.end_day, None
    days = day - m.day if day else 0
    if (before := weekday_opener(m.text, m.spans["weekday"][0])) is None:
        return None
    paired = joins_pair(before)      # "Saturday and Sunday", not "Monday through Wednesday"
    first_weekday = WEEKDAYS[before["first"].rstrip(".").lower()]
    if not days and "day" in m.spans:
        tail = second_day(m.text, m.spans.get("ordinal", m.spans["day"])[1], paired=paired,
                          slashed=paired or before["join"] is None)    # a dash: "Monday–Tuesday, March 3/4"
        if tail is not None:
            month = second_month(tail, m.month)
            day = int(tail["end"])
            days = _days_to(m, month, day)
            if tail["first_year"] and tail["year"] and int(tail["year"]) != int(tail["first_year"]) + (
                    month < m.month):
                days = 0             # "Dec. 31, 2025 and Jan. 1, 2027": two dates, no pair
    run = None
    span = None if paired else (m.weekday - first_weekday) % 7     # a range's days, for slashed ones
    if not days and tail is None and (run := run_of_days(m, span)) is not None:
        first, last, *_ = run        # "Monday through Wednesday, March 3, 4 and 5": a range
        month, day, days = last.month, last.day, (last - first).days
    if days <= 0 or run and paired:
        return None
    if run is not None:
        end, year = run[2:]
    elif tail is None:
        end, year = m.spans["end_day"][1], None     # "March 3-5": the scanner's range
    else:
        end, year = tail.end(), int(tail["year"]) if tail["year"] else None
    return Pair(before.start(), first_weekday, days, month, day, end, year)


def _days_to(m, month: int, day: int) -> int:
    """Days from the day of `m` to `day` of `month` (a pair's last day),
    counted in the year `m` is read in (`m.year`; a leap year when unknown),
    into the next year from December to January (`later_day`); 0 or less
    when that day is not later, 0 when it does not exist in that year
    (within one month the days alone count: "Feb. 28 and 29")."""
    if month == m.month:
        return day - m.day
    try:
        first = dt.date(m.year if m.year is not None else 2000, m.month, m.day)
    except ValueError:               # Feb. 29 out of a leap year
        return 0
    last = later_day(first, month, day)
    return 0 if last is None else (last - first).days


def read_pair(m) -> tuple[Mention, Pair | None]:
    """`m` and its pair (`weekday_pair`), read once for every question this kind
    asks of them. For a pair whose last day is followed by a year that `m`
    lacks ("Friday and Saturday, March 7 and 8, 2026"): a copy of `m` read
    in that year, written, with its pair read again in that year: both
    days are that year's (qa115 #6), also in an undated file (qa138 #7)."""
    pair = weekday_pair(m)
    if pair is None or pair.year is None or m.year_written or m.end_day or m.first is None and m.year is not None:
        return m, pair               # (a day that does not exist in the year read: no copy)
    try:                         # "Dec. 31 and Jan. 1, 2026": the first day is 2025's
        day = dt.date(year_of_first(pair.year, m.month, pair.month), m.month, m.day)
    except ValueError:           # Feb. 29
        return m, pair
    m = dataclasses.replace(m, first_day=day, last_day=day, year=day.year, year_written=True,
                            year_from="", year_before=None)
    return m, weekday_pair(m)


def fits(m, pair: Pair | None, first: dt.date) -> bool:
    """Whether the written weekday is the weekday of `first`, the day `m`
    is read as; for a pair (`weekday_pair`), whether its first weekday is that
    day's and the written one its last day's, and for a list every
    weekday its day's, the days counted in `first`'s year (`last_day`,
    `weekday_lists.fitting`): "Thursday and Saturday, Feb. 27 and March 1"
    fits 2025, though 2024 has a Feb. 29 between (qa138 #1, #2)."""
    if pair is None:
        return first.weekday() == m.weekday
    if pair.items:
        return all(fitting(pair.items, first) or [False])
    return first.weekday() == pair.weekday and last_day(m, pair, first).weekday() == m.weekday


def last_day(m, pair: Pair, first: dt.date) -> dt.date | None:
    """A pair's last day (`weekday_pair`) when its first is `first`, counted in
    `first`'s year (`later_day`: into the next from December to January);
    within one month, or when the last day does not exist in that year
    (Feb. 29), `first` moved on by the pair's `days`, as `_days_to` counted
    them. None for a list whose days do not all exist there."""
    if pair.items:
        days = dated(pair.items, first)
        return days and days[-1]
    if pair.month != m.month and (last := later_day(first, pair.month, pair.day)) is not None:
        return last
    return first + dt.timedelta(days=pair.days)


def written_span(m) -> tuple[int, int]:
    """(start, end) in the text of a date mention `m` as a rule quotes it:
    for a weekday pair or list (`weekday_pair`), from its first weekday to
    its last day ("Monday, Tuesday and Wednesday, March 3, 4 and 5"), not
    the last weekday with the first day, which the text never puts together
    ("Wednesday, March 3": qa138 #10); else the mention's own."""
    pair = weekday_pair(m) if "weekday" in m.spans else None
    return (m.start, m.end) if pair is None else (min(m.start, pair.start), max(m.end, pair.end))
