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
  and nothing near it points to another year (qa47 #3): no other year
  stands in its sentence, before or after it, or in the sentence before
  (`In 2008, … on Monday, Sept. 15` is 2008's, whatever the lede says;
  `"… on Thursday, Dec. 9," she said of the 1999 strike`), and neither
  sentence names a year in words (`last year's vote`, `next year`, `a
  decade ago`). Nearby means within the paragraph, and for a date in its
  paragraph's first sentence also the last sentence of the paragraph before
  (`In December 1976, fire swept through the district.`, then a new
  paragraph `It started on Tuesday, Dec. 14`), where `year_carry` finds a
  year for a dated story's yearless date (nu23 #2). A year here has a
  year's context (`in 1999`, `the 1999 strike`, `his 1999 audit`, `a
  1999 report`, `the audit of 1999`, `1999's`, `'99`,
  `March 1999`): `About 1800 people` is a count, not a year (qa47 #8).
  The reading prefers silence: the year is the story's only when nothing
  near the date points elsewhere.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from operator import itemgetter

from .. import rx as regex

from ..document import Document, Part
from .calendar import MONTH_WORDS
from .date_mention import DATE, MONTH, Mention
from .year_carry import paragraph_before
from .tense import sentence_bounds

NEAR = dt.timedelta(days=120)
_DAY = itemgetter(0)      # an anchor's day (`StoryYear.days`), for the bisect
# A year written as figures, in a year's context: after a word that takes a
# year (`in 1999`, `the 1999 strike`, `his 1999 audit`, `the audit of 1999`,
# `since`, a month, a day and comma), or
# marked as one (`1999's`, `the 1990s`, `'99`). A bare four-digit number
# (`About 1800 people`) is a count.
_BEFORE_YEAR = (r"(?:in|since|by|until|till|from|before|after|during|through|between|"
                r"the|a|an|this|that|his|her|its|their|our|my|your|"
                r"early|late|mid|circa|c\.|spring|summer|autumn|fall|winter|year|"
                r"season|class\s+of|" + MONTH_WORDS + r")\.?")
# `the audit of 1999`: `of` after a noun (not after a count: `one of 1800`).
_NOUN_OF = (r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|some|most|all|many|few|"
            r"any|none|each|out|total|half|part|number|group|crowd)\s)\p{L}{2,}\s+of\s+")
YEAR = regex.compile(
    r"(?:(?<=\b" + _BEFORE_YEAR + r"[\s-]+)|(?<=\d,?\s+)|(?<=\b" + _NOUN_OF + r"))(?P<y>(?:1[5-9]|2[0-9])\d\d)(?![\d%])"
    r"|(?<![\d,.])(?P<y>(?:1[5-9]|2[0-9])\d\d)(?=(?:'|’)s\b|s\b)"
    r"|(?<![\p{L}\d])['’](?P<yy>\d\d)(?![\d%])(?!\s*(?:(?:%|percent|per\s+cent)))",
    regex.IGNORECASE)
# Another year named in words.
YEAR_WORDS = regex.compile(
    r"\b(?:(?:last|next|previous|prior|following|coming|past|preceding)\s+year|"
    r"years?\s+(?:ago|before|earlier|later|prior|after)|the\s+year\s+(?:before|after)|"
    r"decades?|centur(?:y|ies)|a\s+generation)\b", regex.IGNORECASE)


@dataclass(frozen=True)
class StoryYear:
    """The one year a story writes, and its whole days with that year."""

    year: int
    days: tuple[tuple[dt.date, int, str], ...]    # (anchor day, order written, as written), by day
    parts: tuple[Part, ...] = field(default=(), compare=False, repr=False)   # the document's, by index

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
        near = self._nearest(day)
        if abs(near[0] - day) > NEAR or _other_year_near(
                m, self.year, None if m.part is None else paragraph_before(self.parts, m.part.index)):
            return None
        return day, near[2]

    def _nearest(self, day: dt.date) -> tuple[dt.date, int, str]:
        """The anchor day nearest `day` (the first written on a tie): a
        bisect over the days in date order, so many yearless dates against
        many anchors stay linear in effect (qa47 #7)."""
        days = self.days
        at = bisect.bisect_left(days, day, key=_DAY)
        best = None
        for k in (at - 1, at):
            if not 0 <= k < len(days):
                continue
            # all anchors on that date: the first written wins a tie
            lo = bisect.bisect_left(days, days[k][0], key=_DAY)
            cand = days[lo]
            key = (abs(cand[0] - day), cand[1])
            if best is None or key < best[0]:
                best = (key, cand)
        return best[1]


def story_year(doc: Document, mentions: dict[int, list[Mention]]) -> StoryYear | None:
    """The story's own year for its yearless dates, or None (`mentions`:
    `dates.date_mentions(doc)`); built once per document."""
    if doc.published is not None:
        return None
    return doc.analysis("dates.story_year", lambda d: _build(mentions, tuple(d.parts)))


def _build(mentions: dict[int, list[Mention]], parts: tuple[Part, ...] = ()) -> StoryYear | None:
    """The story's year from its dates with a year; a page's stamp (a
    byline's, a timestamp field's: "By Ann Lee | Updated Jan. 3, 2016")
    gives the year only when the story writes none, and never unsettles
    the story's own (qa423 #3)."""
    written = [m for index in sorted(mentions) for m in mentions[index]
               if m.year_written and m.kind in (DATE, MONTH) and m.first is not None]
    years = {m.first.year for m in written if not _stamp(m)} or {m.first.year for m in written}
    days: list[tuple[dt.date, int, str]] = []
    for m in written:
        if m.kind == DATE and m.weekday is not None and m.date is not None and m.valid and m.first.year in years:
            days.append((m.date, len(days), " ".join(m.matched.split())))
    if len(years) != 1 or not days:
        return None
    days.sort()
    return StoryYear(years.pop(), tuple(days), parts)


def _stamp(m: Mention) -> bool:
    """Whether a mention is a page's CMS stamp: in a byline (an HTML
    byline's stamp beside its writer) or a `timestamp` field."""
    part = m.part
    return part is not None and (part.kind == "byline" or part.kind == "field" and part.name == "timestamp")


def _other_year_near(m: Mention, year: int, before: Part | None = None) -> bool:
    """Whether something near the mention points to a year other than
    `year`: a year in figures (in a year's context) or in words, anywhere
    in its sentence or the sentence before, within its paragraph, or, for
    a date in its paragraph's first sentence, in the last sentence of the
    paragraph `before` (as `year_carry` reads a year for a dated story)."""
    bounds = m.filled_bounds()
    k = bisect.bisect_right(bounds, m.start) - 1
    start = bounds[max(k - 1, 0)]
    end = bounds[k + 1] if k + 1 < len(bounds) else len(m.text)
    if _names_other_year(m.text, start, end, year):
        return True
    if k == 0 and before is not None:
        return _names_other_year(before.text, sentence_bounds(before.text)[-1], len(before.text), year)
    return False


def _names_other_year(text: str, start: int, end: int, year: int) -> bool:
    """Does text[start:end] write a year other than `year`, in figures or in words?"""
    for y in YEAR.finditer(text, start, end):
        if y["yy"] is not None:
            if int(y["yy"]) != year % 100:
                return True
        elif int(y["y"]) != year:
            return True
    return YEAR_WORDS.search(text, start, end) is not None
