"""`weekday-mismatch`: a weekday written beside a date that falls on another day."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..analysis.calendar import WEEKDAY_NAMES
from ..analysis.date_mention import CLOSE_WORDS
from ..analysis.dates import DATE, DATED_PARTS, Mention, date_mentions
from ..analysis.story_year import story_year
from ..analysis.carried_reading import carried_reading
from ..analysis.tense import FUTURE, PAST
from ..analysis.weekday_lists import Listed, agree, dated, fits_in_order, fitting, written_order
from ..analysis.weekday_pairs import Pair, fits, last_day, read_pair
from .base import Finding, Kind
from ._read_dates import quoted_as_read

# A date without a year near New Year may mean the year before or after the
# publication year ("Thursday, Dec. 30" in a story of Jan. 3).
NEAR_YEAR_END = dt.timedelta(days=120)


class WeekdayMismatch(Kind):
    name = "weekday-mismatch"
    placeholders = frozenset({"actual", "also", "date", "written"})
    description = "Flags a weekday beside a date that falls on another weekday."
    other_levels = (("warning", "when no year is written and the weekday fits the year before "
                                "or after, or in an undated file, where the year is the story's own"),)
    default_scope = DATED_PARTS

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        found = mismatches(doc)
        for part in parts:
            for wrong in found.get(part.index, ()):
                yield from _findings(part, *wrong)


class Mismatch(NamedTuple):
    """A weekday that does not fit its date (`mismatches`): the date mention
    and its pair (`read_pair`), the day it means, the message's note, the
    finding's level (None: the rule's own) and the year next to publication
    in which the weekday fits (None when none), as `_findings` takes them."""
    m: Mention
    pair: Pair | None
    meant: dt.date
    also: str
    level: str | None
    other: int | None


def mismatches(doc) -> dict[int, list[Mismatch]]:
    """Part index -> the weekdays that do not fit their dates in the part's
    text, in the order of their mentions: against the publication date
    (`_mismatch`), or in an undated file against the story's year
    (`_story_mismatch`). Read once per document, for this kind's findings
    and for `wrong_weekdays`."""
    def build(d):
        out: dict[int, list[Mismatch]] = {}
        found = date_mentions(d)
        story = story_year(d, found)
        for index, mentions in found.items():
            for m, pair in map(read_pair, mentions):
                if "weekday" not in m.spans:
                    continue
                if (wrong := _mismatch(m, pair, d.published)) is not None:
                    meant, other = wrong
                    out.setdefault(index, []).append(
                        Mismatch(m, pair, meant, _FITS if other else "", "warning" if other else None, other))
                elif story is not None and (wrong := _story_mismatch(m, pair, story)) is not None:
                    meant, source = wrong
                    out.setdefault(index, []).append(Mismatch(
                        m, pair, meant, f" (the year is the story's own, from '{source}': the file is undated)",
                        "warning", None))
        return out
    return doc.analysis("dates.weekday_mismatches", build)


def _mismatch(m, pair: Pair | None, published: dt.date | None) -> tuple[dt.date, int | None] | None:
    """For a date mention (and its pair, `weekday_pair`) whose written weekday is
    not its date's in any reading the rule accepts (`_readings`): the day it
    means (`_meant`) and the year next to publication in which the weekday
    fits, if any; None when it fits (or there is none). A list whose
    weekdays do not agree there is read in one year: the reading in which
    most fit, the earliest of `_readings` on a tie ("Saturday, Sunday and
    Tuesday, Aug. 30, 31 and Sept. 1", story of Feb. 20, 2025: 2025, qa138 #3).
    Listed weekdays over listed days in falling order, no list, fit when
    each is its written day's in one reading's year (`written_order`)."""
    if m.kind != DATE or m.weekday is None or m.date is None:
        return None
    readings = _readings(m, published)
    if any(fits(m, pair, day) for day in readings):
        return None
    if pair is None and (order := written_order(m)) is not None \
            and any(fits_in_order(order, day.year) for day in readings):
        return None              # "Wednesday, Tuesday and Monday, March 5, 4 and 3": each fits (qa174 #5)
    meant = readings[0]
    if pair and pair.items and not agree(pair.items, meant):
        return max(readings, key=lambda day: sum(fitting(pair.items, day) or ())), None
    return meant, _across(m, published) and _fitting_year(m, pair, published) or None


def _readings(m, published: dt.date | None) -> list[dt.date]:
    """The days a date mention may be read as, for its weekday to pass: the
    day it means (`_meant`) first; then, unless its tense rules them out
    (`_across`, `_plain`), its date (`m.date`: the publication year's, or
    the sentence's) and, without a written year, the same day in the year
    before or after publication within NEAR_YEAR_END of it; then the day in
    a year carried from the sentence before (`_carried`)."""
    meant = _meant(m, published)
    days = [meant]
    if not _across(m, published) and not _plain(m, meant, published):
        days.append(m.date)
        days += [day for day in _next_years(m, published) if abs(day - published) <= NEAR_YEAR_END]
    if (carried := _carried(m, published)) is not None:
        days.append(carried)
    return days


def _next_years(m, published: dt.date | None) -> list[dt.date]:
    """Without a written year, the date in the year before and the year after
    the publication's (where it exists: not Feb. 29)."""
    days = []
    for year in (published.year - 1, published.year + 1) if published and not m.year_written else ():
        try:
            days.append(m.date.replace(year=year))
        except ValueError:           # Feb. 29
            continue
    return days


def _carried(m, published: dt.date | None) -> dt.date | None:
    """The date in a year carried from the sentence before ("In December
    1976, ... It started on Tuesday, Dec. 14"), where the tense rules the
    publication year's out and the carried year explains it
    (`carried_reading`); None when none. "Revenue rose 12% in 2025. Its board
    met Saturday, Nov. 22" (story of Nov. 28, 2026): Nov. 22, 2025 (qa52 #1).
    A carried year never makes a finding."""
    if m.year_written or published is None or m.date.year != published.year:
        return None
    carried = carried_reading(m, published)
    return None if carried is None else carried[0]


def wrong_weekdays(doc) -> dict[int, set[int]]:
    """Part index -> where each weekday that does not fit its date starts
    in the part's text (`mismatches`, what this kind flags): the weekday
    abbreviation's fix (`style.weekday-abbreviation`) is held back there,
    as it would spell out a day that is wrong. For a list whose weekdays do
    not agree, the wrong ones (`_wrong_items`); for a pair (`weekday_pair`)
    the one that is not its day's, counted from `meant` ("Fri. and Sun.,
    March 8 and 9", 2025: Fri. only, qa138 #12), or both when neither or
    both are; for a list whose weekdays agree, every one."""
    def build(d):
        out: dict[int, set[int]] = {}
        for index, found in mismatches(d).items():
            held = out.setdefault(index, set())
            for m, pair, meant, *_ in found:
                if listed := _wrong_items(m, pair, meant):
                    held.update(item.start for item, _ in listed)
                    continue
                first_wrong, last_wrong = True, True
                if pair and not pair.items and (last := last_day(m, pair, meant)) is not None:
                    first_wrong, last_wrong = meant.weekday() != pair.weekday, last.weekday() != m.weekday
                    if not (first_wrong or last_wrong):
                        first_wrong = last_wrong = True
                if last_wrong:
                    held.add(m.spans["weekday"][0])
                if pair and first_wrong:
                    held.add(pair.start)
                    held.update(item.start for item in pair.items)
        return out
    return doc.analysis("dates.wrong_weekdays", build)


def _story_mismatch(m, pair: Pair | None, story) -> tuple[dt.date, str] | None:
    """For a yearless date (and its pair, `weekday_pair`) in a story with no
    publication date: the day it means in the year the story writes
    (`analysis/story_year.py`) and the written date that year comes from,
    when its weekday is not that day's (`fits`, its days counted in that
    year)."""
    if m.weekday is None or m.date is not None:
        return None
    read = story.read(m)
    if read is None or fits(m, pair, read[0]):
        return None
    return read


def _meant(m, published: dt.date | None) -> dt.date:
    """The day a date without a year means, for the message to name: the
    publication year's, the year before or the year after, whichever its
    clause's tense points to (the latest on or before publication for the
    past, the earliest on or after it for the future, else the nearest).
    "The storm struck Friday, Dec. 27" in a story of Jan. 2, 2026 means Dec.
    27, 2025 (a Saturday), never Dec. 27, 2026. A written year, or one the
    sentence gave (`m.date` in another year), is kept, and so is the
    publication year's when the tense contradicts it near New Year (`_across`)."""
    if m.year_written or published is None or m.date.year != published.year or _across(m, published):
        return m.date
    days = sorted([m.date, *_next_years(m, published)])   # the publication year's and the ones next to it
    tense = m.tense.tense if m.tense_applies else None
    if tense == PAST:
        days = [d for d in days if d <= published] or days
        return max(days)
    if tense == FUTURE:
        days = [d for d in days if d >= published] or days
        return min(days)
    return min(days, key=lambda d: abs(d - published))


def _across(m, published: dt.date | None) -> bool:
    """Whether a date without a year is told in a tense its publication-year
    day contradicts, within NEAR_YEAR_END of publication: past but after it,
    future but before it. The tense rules (after-publication,
    future-tense-past-date, within their `window-days`) read it in the
    publication year and ask for the year, so the weekday is checked in that
    year too: "voted on Sunday, Dec. 8" in a story of Dec. 1, 2026 is Dec. 8,
    2026, a week on, not Dec. 8, 2025 (nu18 #4)."""
    if m.year_written or published is None or m.date.year != published.year or not m.tense_applies:
        return False
    if m.tense.tense == PAST:
        return published < m.date <= published + NEAR_YEAR_END
    return m.tense.tense == FUTURE and published - NEAR_YEAR_END <= m.date < published


def _fitting_year(m, pair: Pair | None, published: dt.date) -> int | None:
    """The year next to the publication's in which the written weekday
    (and its pair, `weekday_pair`) fits the date, if any (the message names it)."""
    return next((day.year for day in _next_years(m, published) if fits(m, pair, day)), None)


# A yearless date whose tense puts it within a month of publication, in the
# year next to it, while the publication year's is most of a year away, means
# that one only ("struck Sunday, Dec. 27" in a story of Jan. 2 is last
# December's, a Saturday): other readings are no excuse for its weekday.
# Only a past or future clause decides it: "returns Sunday, Dec. 27", "was
# moved to Sunday, Dec. 27" (no tense) in a story of Jan. 2, 2026 may mean
# the coming Dec. 27, a Sunday, and nearest is no proof; nor does a verb more
# than CLOSE_WORDS before the date ("Tickets went on sale Friday for the
# concert Sunday, Dec. 27": the concert's date, not the sale's).
PLAIN_NEAR, PLAIN_FAR = dt.timedelta(days=31), dt.timedelta(days=300)


def _plain(m, meant: dt.date, published: dt.date | None) -> bool:
    return published is not None and meant != m.date and m.tense_applies \
        and m.tense.tense in (PAST, FUTURE) and m.tense.distance <= CLOSE_WORDS \
        and abs(meant - published) <= PLAIN_NEAR and abs(m.date - published) >= PLAIN_FAR


# The message's note when the weekdays fit the year `other` next to publication: filled in by
# `_named` with the weekday named and the year of the day named (a list across New Year, read in
# 2025 for Dec. 30, names Jan. 2 in 2026: qa143 #1)
_FITS = "; it is a {written} in {year}: if that year is meant, write it"


def _findings(part, m, pair: Pair | None, meant: dt.date, also: str, level: str | None,
              other: int | None = None):
    """The weekday of `m` against the date `meant`; the span runs to the
    weekday, which may follow the date in apposition ("Sept. 10, a Wednesday").
    For a pair (`weekday_pair`) it runs from the first weekday to the last day, and
    names the written weekday against the last day when that one is wrong,
    else the first weekday against the first day. A list whose weekdays do
    not agree (`weekday_lists.agree`) has each weekday that is not its day's, in
    the year of `meant`, reported at that weekday ("Monday, Wednesday and
    Wednesday, March 3, 4 and 5": the first Wednesday, against March 4)."""
    wrong = _wrong_items(m, pair, meant)
    for item, day in wrong:
        yield _named(part, item.start, item.end, day, item.weekday, also, level, other, meant)
    if not wrong:
        yield _finding(part, m, pair, meant, also, level, other)


def _wrong_items(m, pair: Pair | None, meant: dt.date) -> list[tuple[Listed, dt.date]]:
    """For a list (`Pair.items`) whose weekdays do not agree, its days
    counted from `meant` (`weekday_lists.agree`): each weekday that is not
    its day's, with that day; else (or when a day does not exist in
    `meant`'s year) an empty list."""
    if pair is None or not pair.items or agree(pair.items, meant) or (days := dated(pair.items, meant)) is None:
        return []
    return [(item, day) for item, day in zip(pair.items, days) if day.weekday() != item.weekday]


def _finding(part, m, pair: Pair | None, meant: dt.date, also: str, level: str | None,
             other: int | None = None) -> Finding:
    """`_findings`' one finding for a weekday, a pair or a list whose
    weekdays agree."""
    start, end, written, first = m.start, max(m.end, m.spans["weekday"][1]), m.weekday, meant
    if pair is not None:
        start, end = min(start, pair.start), max(end, pair.end)
        last = last_day(m, pair, meant)
        if last and (last.month, last.day) == (pair.month, pair.day) and last.weekday() != m.weekday:
            meant = last             # (not "Feb. 28 and 29" in a year without the 29th)
        else:
            written = pair.weekday
    return _named(part, start, end, meant, written, also, level, other, first)


def _named(part, start: int, end: int, day: dt.date, written: int, also: str, level: str | None,
           other: int | None = None, first: dt.date | None = None) -> Finding:
    """The finding over part.text[start:end] that `day` is not the weekday
    `written` (0 = Monday), with the message's `also`; `_FITS` there names
    the year `other` (the first day's) moved on as far as `day` is from
    `first`, the first day as read."""
    if other is not None and first is not None:
        also = also.format(written=WEEKDAY_NAMES[written], year=other + day.year - first.year)
    return Finding(part, start, end, args={
        "actual": WEEKDAY_NAMES[day.weekday()],
        "written": WEEKDAY_NAMES[written],
        "date": f"{day:%B} {day.day}, {day.year}",
        "also": also}, level=level)


KIND = WeekdayMismatch
