"""The year a story with no publication date writes for itself (nu22 #9).

Plain-text desk copy often has no date line, so a date without a year
(`on Monday, Dec. 9`) has no year to check its weekday against, even when
the lede writes one in full (`Tuesday, Nov. 18, 2026`). `story_year(doc)`
finds that year for the weekday check only, never as the publication date
(no tense check reads it, and the file still counts as undated). It is
taken only when it is safe:

- the document has no publication date;
- every date the story writes with its year (`Nov. 18, 2026`, `March 2025`;
  bare years such as `since 1986` aside) writes the same year, so one year
  only, and at least one of them is a whole day with its weekday (an
  anchor: `Tuesday, Nov. 18, 2026` is the story's news; a date with a year
  and no weekday is as often a bond's maturity, `due May 14, 1997`, in a
  story of 1987, which Reuters-21578 showed);
- and, per yearless date (`read`), that date in that year lies within
  NEAR days of a whole day the story writes with the year, so the reading is
  unambiguous (the year before or after would put it 245 days away or more),
  and no other year stands in its sentence before it (`In 2008, … on
  Monday, Sept. 15` is 2008's, whatever the lede says).
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import regex

from ..document import Document
from .date_mention import DATE, MONTH, Mention
from .tense import sentence_bounds

NEAR = dt.timedelta(days=120)
# A year written as figures: another year in a date's sentence gives it its year.
YEAR = regex.compile(r"(?<![\d,.])(?:1[5-9]|2[0-9])\d\d(?![\d%])")


@dataclass(frozen=True)
class StoryYear:
    """The one year a story writes, and its whole days with that year."""

    year: int
    days: tuple[tuple[dt.date, str], ...]     # (anchor day, as written), in document order

    def read(self, m: Mention) -> tuple[dt.date, str] | None:
        """The day a yearless date `m` means in the story's year, and the
        written date that vouches for the year (the nearest); None when the
        reading is not safe (see the module's docstring)."""
        if m.kind != DATE or m.year_written or not m.month or not m.day:
            return None
        try:
            day = dt.date(self.year, m.month, m.day)
        except ValueError:           # Feb. 29 in a common year, Sept. 31
            return None
        near = min(self.days, key=lambda d: abs(d[0] - day))
        if abs(near[0] - day) > NEAR or _other_year_before(m, self.year):
            return None
        return day, near[1]


def story_year(doc: Document, mentions: dict[int, list[Mention]]) -> StoryYear | None:
    """The story's own year for its yearless dates, or None (`mentions`:
    `dates.date_mentions(doc)`); built once per document."""
    if doc.published is not None:
        return None
    return doc.analysis("dates.story_year", lambda d: _build(mentions))


def _build(mentions: dict[int, list[Mention]]) -> StoryYear | None:
    years: set[int] = set()
    days: list[tuple[dt.date, str]] = []
    for index in sorted(mentions):
        for m in mentions[index]:
            if not m.year_written or m.kind not in (DATE, MONTH) or m.first is None:
                continue
            years.add(m.first.year)
            if m.kind == DATE and m.weekday is not None and m.date is not None and m.valid:
                days.append((m.date, " ".join(m.matched.split())))
    if len(years) != 1 or not days:
        return None
    return StoryYear(years.pop(), tuple(days))


def _other_year_before(m: Mention, year: int) -> bool:
    """A year other than `year` written in the mention's sentence before it."""
    if not m.bounds:
        m.bounds.extend(sentence_bounds(m.text))
    start = m.bounds[bisect.bisect_right(m.bounds, m.start) - 1]
    return any(int(y[0]) != year for y in YEAR.finditer(m.text, start, m.start))
