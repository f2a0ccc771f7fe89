"""Lists of three or more weekdays before as many days: "Monday, Tuesday
and Wednesday, March 3, 4 and 5" names each day's weekday, in order
(`weekday_list`; `kinds/weekday_mismatch.py` checks each pair, with the
days counted in the year it reads the list in: `dated`, `fitting`).

A list runs in commas with `and` or `or` before its last item, with or
without a serial comma ("Monday, Tuesday, and Wednesday, March 3, 4, and
5"), or in commas alone, as a schedule or headline has it ("Monday,
Tuesday, Wednesday, March 3, 4, 5"), on both sides (qa138 #4). A day may carry its own month, which holds for the days after
it ("March 31, April 1 and 2"), and a year may follow the last day ("March
30, 31 and April 1, 2026"): every day is that year's, the days before a
January after December the year before's. Listed weekdays may also stand
before a day range of as many days ("Monday, Tuesday and Wednesday, March
3-5", "March 3 through 5": `_over_range`, qa138 #5), each naming the next
day. Nothing else is a list here: not a dash or `through` between items.
A year may follow any day, the first's being `m`'s own
("Dec. 30, 2025, Dec. 31, 2025 and Jan. 1, 2026"), where it is the year
that day is counted in (qa138 #6).
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .. import rx as regex

from .calendar import MONTHS, WEEKDAYS
from .date_scan import MONTH_WORD, WEEKDAY_WORD
from .day_pairs import LAST_DAY_END, joins_pair, second_day, second_month

# The days after the first one, each after a comma but the last, which
# follows `and` (or "&", qa174 #2), `or` or a comma alone (JOIN: "March 3, 4 and 5": ", 4 and
# 5"; "March 3, 4, 5"); a middle day's number may not go on ("4,000",
# "4.5"), and may have its year after a comma (`item_year`: "Dec. 30, 2025,
# Dec. 31, 2025 and Jan. 1, 2026"), as the last may (`year`, LAST_DAY_END).
JOIN = r"(?:,?\s+(?:and|or|&)\s+|,\s*)"
# Between the items before the last: a comma, or the joining word said
# again ("March 4 or 5 or 6", "Tuesday or Wednesday or Thursday"; qa180 #1).
_NEXT = r"(?:,\s*|\s+(?:and|or|&)\s+)"
_ITEM = rf"(?P<item>(?:(?-i:{MONTH_WORD})\s+)?[0-9]{{1,2}})(?:st|nd|rd|th)?"
# Or the days are all joined by slashes, as their weekdays may be ("Tues./Wed./Thurs.,
# March 4/5/6"; qa182 #2), with no year between.
_SLASH = r"\s*/\s*"
LISTED_DAYS = regex.compile(
    rf"(?:(?:{_NEXT}{_ITEM}(?![\d\p{{L}}]|[.,]\d)(?:,\s*(?P<item_year>(?:1[89]|20)[0-9]{{2}})(?![\d\p{{L}}]))?)+"
    rf"{JOIN}|(?:{_SLASH}{_ITEM}(?![\d\p{{L}}]|[.,]\d))+{_SLASH}){_ITEM}" + LAST_DAY_END, regex.IGNORECASE)
# The first day's own year, right after it ("Dec. 30, 2025, Dec. 31, ...").
FIRST_YEAR_GAP = regex.compile(r",\s*")
# The weekdays before the last one, read backwards from it ("Monday,
# Tuesday and " before "Wednesday"; JOIN as for the days, "Monday, Tuesday
# or", "Monday, Tuesday,"); capitalised, each may be abbreviated.
LISTED_WEEKDAYS = regex.compile(rf"\b(?P<item>(?:{WEEKDAY_WORD})\.?)(?:(?:{_NEXT}(?P<item>(?:{WEEKDAY_WORD})\.?))+"
                                rf"{JOIN}|(?:{_SLASH}(?P<item>(?:{WEEKDAY_WORD})\.?))+{_SLASH})", regex.REVERSE)
# How far before the last weekday a list is read: seven weekdays in full.
REACH = 80


class Listed(NamedTuple):
    """One weekday of a list and its day: the weekday's start and end in
    the text (with its stop, if abbreviated), the weekday (0 = Monday),
    the days from the list's first day to this one (0 for the first), and
    the day's month (1-12) and day of the month."""
    start: int
    end: int
    weekday: int
    offset: int
    month: int
    day: int


class WeekdayList(NamedTuple):
    """A list's reading (`weekday_list`): its items in order, where its last
    day ends in the text (past the year, if any) and the year written after
    the last day (None when none)."""
    items: tuple[Listed, ...]
    end: int
    year: int | None


def weekday_list(m) -> WeekdayList | None:
    """The list a date mention `m` (`dates.Mention`, kind `date`) closes, or
    None: its weekday (`m.weekday`, the list's last) follows as many listed
    weekdays as days follow its day, two or more, and every day is later
    than the one before ("March 30, 31 and April 1"; from December into
    January), or a day range of as many days (`_over_range`). The days
    are dated from the first day's year: `m.year` when
    that day carries its own year ("Dec. 30, 2025, Dec. 31, 2025 and Jan.
    1, 2026"), else the year written after the last day, the year before
    across New Year ("Dec. 30, 31 and Jan. 1, 2026": 2025, `year_of_first`),
    else `m.year` (a leap year when unknown). A day that does not exist
    there ("Feb. 27, 28 and 29" in 2025), or a year written after a day that
    is not that day's, makes no list. The first day's weekday is the first
    listed one, the last day's `m.weekday`."""
    if "weekday" not in m.spans or "day" not in m.spans:
        return None
    end = m.spans.get("ordinal", m.spans["day"])[1]
    if m.end_day or ((tail := second_day(m.text, end)) is not None and not joins_pair(tail)):
        return _over_range(m, None if m.end_day else tail)
    first_year = m.year_written and "year" in m.spans and FIRST_YEAR_GAP.fullmatch(m.text, end, m.spans["year"][0])
    if first_year:                   # "Dec. 30, 2025, Dec. 31, 2025 and ...": the days follow its year
        end = m.spans["year"][1]
    if (days := _listed_days(m, end)) is None or (weekdays := _weekdays_before(m)) is None \
            or len(weekdays) != len(days.spans("item")) + 1:
        return None                  # as many weekdays as days, else the pair's reading
    dates = _list_dates(m, days, bool(first_year))
    if dates is None or any(dates[at].year != written_year for at, written_year in _years(days)):
        return None                  # a year written after a day that is not its own
    return WeekdayList(tuple(Listed(s, e, weekday, (day - dates[0]).days, day.month, day.day)
                             for (s, e, weekday), day in zip(weekdays, dates)),
                       days.end(), _last_year(days))


def run_of_days(m, span: int | None = None) -> tuple[dt.date, dt.date, int, int | None] | None:
    """For a date mention `m` whose day opens a list of days that follow
    each other ("March 3, 4 and 5", "March 31, April 1 and 2"), as a
    weekday range before it reads them ("Monday through Wednesday, March 3,
    4 and 5": a range, qa138 #5): its first and last days, counted in the
    year of `m` (a leap year when unknown; the year before the one written
    after the last day across New Year), where the list ends in the text
    (past its year, if any) and the year written after its last day (None
    when none); None when there is none or a day is skipped. Days joined
    by slashes are a run only under a weekday range of as many days, `span`
    (days from its first weekday to its last: "Monday–Wednesday, March
    3/4/5", qa193 #1); else they are none ("Monday–Tuesday, March 3/4/5"
    reads one day, as with "Monday/Tuesday": qa182 #4, rr46a #2), and only
    as many slashed weekdays make them a list (`weekday_list`)."""
    if "day" not in m.spans:
        return None
    days = _listed_days(m, m.spans.get("ordinal", m.spans["day"])[1])
    if days is None or days.captures("item_year"):
        return None
    slashed = days[0].lstrip().startswith("/")
    if slashed and span != len(days.captures("item")):
        return None
    dates = _list_dates(m, days, m.year_written)
    if dates is None or (dates[-1] - dates[0]).days != len(dates) - 1:
        return None
    return dates[0], dates[-1], days.end(), _last_year(days)


def written_order(m) -> list[tuple[int, int, int]] | None:
    """For a date mention `m` whose weekday closes listed weekdays before
    as many listed days that are no list of `weekday_list`'s (the days fall:
    "Wednesday, Tuesday and Monday, March 5, 4 and 3", qa174 #5): the
    weekday (0 = Monday), month (1-12) and day of each weekday and the day
    written in its place, in written order; None when there is no such
    text, or a year is written after a day (then the year is unclear)."""
    if "weekday" not in m.spans or "day" not in m.spans or m.end_day:
        return None
    days = _listed_days(m, m.spans.get("ordinal", m.spans["day"])[1])
    if days is None or days.captures("item_year") or days["year"]:
        return None
    if (weekdays := _weekdays_before(m)) is None or len(weekdays) != len(days.spans("item")) + 1:
        return None
    return [(weekday, month, day) for (_, _, weekday), (month, day) in zip(weekdays, _written(m, days))]


def fits_in_order(order: list[tuple[int, int, int]], year: int) -> bool:
    """Whether each weekday of `written_order`'s reading is its day's in
    `year` (False when a day does not exist there)."""
    try:
        return all(dt.date(year, month, day).weekday() == weekday for weekday, month, day in order)
    except ValueError:
        return False


def _over_range(m, tail) -> WeekdayList | None:
    """The list of weekdays before a day range that `m` opens ("Monday,
    Tuesday and Wednesday, March 3-5": the scanner's `end_day`; "March 3
    through 5, 2026", "March 31 to April 2": `tail`, SECOND_DAY's match),
    as many weekdays as the range has days, each naming the next day; None
    when the counts differ or a day does not exist (the pair's reading)."""
    if tail is None:
        month, day, end, written = m.month, m.end_day, m.spans["end_day"][1], None
    else:
        month = second_month(tail, m.month)
        day, end, written = int(tail["end"]), tail.end(), int(tail["year"]) if tail["year"] else None
    if (weekdays := _weekdays_before(m)) is None:
        return None
    year = m.year if m.year is not None else 2000
    if written and not m.year_written:  # "Dec. 30 through Jan. 1, 2026": the first day is 2025's
        year = year_of_first(written, m.month, month)
    try:
        first = dt.date(year, m.month, m.day)
    except ValueError:
        return None
    last = later_day(first, month, day)
    if last is None or (last - first).days + 1 != len(weekdays):
        return None
    days = [first + dt.timedelta(days=at) for at in range(len(weekdays))]
    return WeekdayList(tuple(Listed(s, e, weekday, at, date.month, date.day)
                             for at, ((s, e, weekday), date) in enumerate(zip(weekdays, days))), end, written)


def _listed_days(m, end: int):
    """LISTED_DAYS' match of the days listed after the first day of `m`,
    which ends at `end` (or its own year does), after a comma or a joining
    word ("March 4 or 5 or 6"); else None."""
    return LISTED_DAYS.match(m.text, end)


def _written(m, days) -> list[tuple[int, int]]:
    """(month, day) of the first day of `m` and of each day `days`
    (`_listed_days`) lists, as written: a day's month ("April 1") holds for
    the days after it ("4" after "March 3" is March's)."""
    written = [(m.month, m.day)]
    for item in days.captures("item"):
        *month, day = item.split()
        written.append((MONTHS[month[0].rstrip(".").lower()] if month else written[-1][0], int(day)))
    return written


def _list_dates(m, days, own_year: bool) -> list[dt.date] | None:
    """The days of `m` and of `days` (`_written`) as dates (`_dated`), the
    first in the year of `m` (a leap year when unknown) or, unless the first
    day has its own year (`own_year`), in the year of the one written after
    the last day ("Dec. 30, 31 and Jan. 1, 2026": 2025, `year_of_first`)."""
    written = _written(m, days)
    year = m.year if m.year is not None else 2000
    if days["year"] and not own_year:
        year = year_of_first(int(days["year"]), m.month, written[-1][0])
    return _dated(year, written)


def _last_year(days) -> int | None:
    """The year written after the last listed day of `days`, or None."""
    return int(days["year"]) if days["year"] else None


def _weekdays_before(m) -> list[tuple[int, int, int]] | None:
    """(start, end, weekday: 0 = Monday) of each weekday listed right
    before the weekday of `m` (LISTED_WEEKDAYS, read back at most REACH
    characters), then of its own, in order; None when none is listed."""
    start = m.spans["weekday"][0]
    before = LISTED_WEEKDAYS.match(m.text, max(0, start - REACH), start)
    if before is None or before.end() != start:
        return None
    weekdays = [(s, e, WEEKDAYS[m.text[s:e].rstrip(".").lower()]) for s, e in sorted(before.spans("item"))]
    return weekdays + [(*m.spans["weekday"], m.weekday)]


def _years(days) -> list[tuple[int, int]]:
    """(index among a list's days, year) of each year `LISTED_DAYS` read
    after a day (the first day being index 0, before the match)."""
    starts = [start for start, _ in days.spans("item")]
    out = [(sum(start < at for start in starts), int(year))
           for (at, _), year in zip(days.spans("item_year"), days.captures("item_year"))]
    return out + ([(len(starts), int(days["year"]))] if days["year"] else [])


def _dated(year: int, days: list[tuple[int, int]]) -> list[dt.date] | None:
    """Each (month, day) of a list as a date, the first in `year`, each
    later than the one before (`later_day`: into the next year from
    December to January); None when one does not exist or is not later."""
    (month, day), *rest = days
    try:
        out = [dt.date(year, month, day)]
    except ValueError:               # Feb. 29 out of a leap year; Feb. 30
        return None
    for month, day in rest:
        if (date := later_day(out[-1], month, day)) is None:
            return None
        out.append(date)
    return out


def later_day(before: dt.date, month: int, day: int) -> dt.date | None:
    """The day `day` of `month` (1-12) written after the day `before` and
    later than it, as a run of days or a list has it: in the year of
    `before`, or in the next one from December to January (the only month
    that rolls over: "Nov. 30 and Jan. 2" is no run); None when that day does
    not exist there (Feb. 29 out of a leap year, Feb. 30) or is not later."""
    try:
        date = dt.date(before.year + ((before.month, month) == (12, 1)), month, day)
    except ValueError:
        return None
    return date if date > before else None


def year_of_first(year: int, first_month: int, last_month: int) -> int:
    """The year of a run's first day, in `first_month`, whose last day, in
    `last_month`, is in `year` (the year written after it): the year
    before when the last month's number is below the first's ("Dec. 31
    and Jan. 1, 2026": 2025)."""
    return year - (last_month < first_month)


def dated(items: tuple[Listed, ...], first: dt.date) -> list[dt.date] | None:
    """A list's days (`WeekdayList.items`, their months and days as written)
    counted from `first`, the date its first day is read as: each later than
    the one before, in `first`'s year (into the next from December to
    January), so that the end of February falls as it does in that year
    ("Feb. 27, 28 and March 1" is three days in 2025, four in 2024); None
    when one does not exist there or `first` is not the first day."""
    if (first.month, first.day) != (items[0].month, items[0].day):
        return None
    return _dated(first.year, [(item.month, item.day) for item in items])


def fitting(items: tuple[Listed, ...], first: dt.date) -> list[bool] | None:
    """For each weekday of a list, whether it is its day's weekday, the
    days counted from `first` (`dated`); None when they cannot be."""
    days = dated(items, first)
    return None if days is None else [day.weekday() == item.weekday for item, day in zip(items, days)]


def agree(items: tuple[Listed, ...], first: dt.date) -> bool:
    """Whether a list's weekdays agree with each other, the days counted
    from `first` (`dated`): each as many weekdays after the first as its
    day is days after the first day ("Monday, Wednesday and Wednesday,
    March 3, 4 and 5" do not: one is wrong in any year); False when the
    days cannot be counted there."""
    days = dated(items, first)
    return days is not None and len({(item.weekday - (day - first).days) % 7
                                     for item, day in zip(items, days)}) == 1
