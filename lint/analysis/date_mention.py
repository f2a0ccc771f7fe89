"""One date mention and how it resolves: the `Mention` record that the date
analysis (`dates`) builds and the date kinds read, the weekday resolved
around the publication date on first use, and month lengths.

Kept apart from the scan in `dates` so each stays small; `dates` re-exports
the kind names (`DATE`, `WEEKDAY`, `MONTH`, `RELATIVE`) and `Mention`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable
from functools import cached_property

from ..document import Part
from .calendar import add_days, max_day
from .day_pairs import RANGE_WORDS, weekday_opener
from .future_cues import may_read_future
from .tense import FUTURE, PAST, Tense, clause_tense, sentence_at, sentence_bounds

DATE, WEEKDAY, MONTH, RELATIVE = "date", "weekday", "month", "relative"
CLOSE_WORDS = 5      # words a verb may stand before a date that names an event and still tell its tense


@dataclass(eq=False)
class Mention:
    """One date mention in `part.text[start:end]`.

    kind: `date` (a day), `weekday` (a weekday alone), `month` (a month alone
    or with a year) or `relative` (yesterday, last week, ...). `first` and
    `last` bound the resolved day or range (equal for a day; None when it
    cannot be resolved). `year_written` and `weekday` (0 = Monday, or None)
    say what the text itself gives. `valid` is False for a day that does not
    exist (Feb. 30). `end_day` is the last day of a day range written after
    it ("March 3-5": 5; 0 when none, span `spans["end_day"]`). `spans` holds the offsets of the pieces
    (`weekday`, `month`, `day`, `ordinal`, `year`, `modifier`) in part.text,
    for rules that fix a piece. A date set in parentheses after its weekday
    ends with the closing parenthesis ("Wednesday (Nov. 17)"). `tense` is computed on first use.
    """

    part: Part | None
    text: str
    start: int
    end: int
    kind: str
    first_day: dt.date | None = field(default=None, repr=False)
    last_day: dt.date | None = field(default=None, repr=False)
    year_written: bool = False
    weekday: int | None = None
    valid: bool = True
    modifier: str = ""
    day: int = 0
    end_day: int = 0               # "March 3-5": 5
    month: int = 0
    year: int | None = None        # the year the day was read in (written or publication)
    attributive: bool = False      # before a noun: "the June summit", "the May 14 statement"
    label: bool = False            # a period or contract name: "the June quarter"
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    bounds: list[int] = field(default_factory=list, repr=False)   # sentence starts, shared
    lead: "Mention | None" = field(default=None, repr=False)       # first date of a range
    span_range: bool = False       # ends a span from `lead`: "the July 1986/June 1987 season", "between May and June"
    # Where a yearless date's year came from, when not the publication year:
    # "run" (written after its run of dates), "sentence" (written before it
    # in its sentence); `year_before`: a year carried from the sentence or
    # paragraph before, which leaves `first` in the publication year (see
    # `year_carry`; `in_year_before` reads it).
    year_from: str = ""
    year_before: int | None = None
    carry: "Callable[[], None] | None" = field(default=None, repr=False)   # runs `year_carry` for its part
    # A weekday alone is resolved on first use: its tense is costly to find.
    pending: dt.date | None = field(default=None, repr=False)
    # The publication date it was read against (None: unknown); whether the day
    # falls after it tells a target from a past level ("will climb to the peak
    # of March 20": `level_aims`).
    published: dt.date | None = field(default=None, repr=False)

    @property
    def first(self) -> dt.date | None:
        if self.pending is not None:
            resolve_weekday(self)
        return self.first_day

    @first.setter
    def first(self, value: dt.date | None) -> None:
        self.first_day = value

    @property
    def last(self) -> dt.date | None:
        if self.pending is not None:
            resolve_weekday(self)
        return self.last_day

    @last.setter
    def last(self, value: dt.date | None) -> None:
        self.last_day = value

    @property
    def matched(self) -> str:
        return self.text[self.start:self.end]

    @property
    def date(self) -> dt.date | None:
        """The single day meant, when the mention is one day."""
        return self.first if self.first is not None and self.first == self.last else None

    @property
    def leap_day(self) -> bool:
        """Is it a Feb. 29 (or a range of February days ending on the 29th)
        whose year is not written nor given by its run or its sentence?
        Whether that day exists hangs on the year carried to it
        (`carried_year`), not on the publication year's."""
        return self.kind == DATE and self.month == 2 and 29 in (self.day, self.end_day) \
            and not self.year_written and not self.year_from

    def read_day(self, year: int | None) -> None:
        """Read a day (`DATE`) in `year` (None: unknown): `year`, `valid`
        (Feb. 29 is a day in 1976 and none in 1977) and `first`/`last`,
        None when the year is unknown or the day does not exist."""
        self.year, self.valid = year, self.day <= max_day(year, self.month)
        self.first = self.last = dt.date(year, self.month, self.day) if self.valid and year is not None else None

    def weekday_fits(self, year: int) -> bool:
        """Does the weekday written with this day fall on it in `year`?"""
        return self.weekday is not None and self.kind == DATE and self.day <= max_day(year, self.month) \
            and dt.date(year, self.month, self.day).weekday() == self.weekday

    def carried_year(self) -> int | None:
        """The year carried from before (`year_before`), or None. In a
        document the carrying is run for its part on the first call."""
        if self.carry is not None:
            self.carry()
        return self.year_before

    def in_year_before(self) -> tuple[dt.date, dt.date] | None:
        """(first, last) read in the year carried from before (`year_before`,
        `carried_year`), or None: none carried, or Feb. 29 in a year without
        one."""
        if self.carried_year() is None or self.first is None:
            return None
        try:
            return self.first.replace(year=self.year_before), self.last.replace(year=self.year_before)
        except ValueError:
            return None

    def filled_bounds(self) -> list[int]:
        """The shared `bounds`: `sentence_bounds(text)`, the offsets where
        the sentences of `text` start, filled on first use by whichever
        mention of the text asks first."""
        if not self.bounds:
            self.bounds.extend(sentence_bounds(self.text))
        return self.bounds

    @property
    def sentence(self) -> tuple[int, int]:
        """(start, end) of its sentence in `text` (`filled_bounds`)."""
        return sentence_at(self.filled_bounds(), self.start, len(self.text))

    @cached_property
    def tense(self) -> Tense:
        """The tense of its clause; the second date of a range ("for March 15/
        April 15 shipment") shares the first one's."""
        if self.lead is not None:
            return self.lead.tense
        after = None if self.published is None or self.first_day is None else self.first_day > self.published
        return clause_tense(self.text, self.tense_start, self.end, self.filled_bounds(), self.year, after)

    @property
    def tense_start(self) -> int:
        """Where its clause's tense is read back from: its start, or for a
        date whose weekday closes a weekday range joined by a word
        ("Tuesday through Thursday, March 4-6", "Tuesday to Thursday":
        `day_pairs.WEEKDAY_RANGE` with one of RANGE_WORDS), the range's first
        weekday: the clause's tense is read before the range, as it is
        before "Tuesday–Thursday" (qa138 #11)."""
        if self.kind == DATE and self.spans.get("weekday", (-1,))[0] == self.start:
            opener = weekday_opener(self.text, self.start)
            if opener is not None and (opener["join"] or "").lower() in RANGE_WORDS:
                return opener.start()
        return self.start

    @property
    def may_be_future(self) -> bool:
        """False when `tense` cannot be FUTURE, told without reading it
        (`future_cues.may_read_future`: a few word tests where the reader
        takes some fifty microseconds); True when it may be, or is."""
        if "tense" in self.__dict__:
            return self.tense.tense == FUTURE
        if self.lead is not None:
            return self.lead.may_be_future
        return may_read_future(self.text, self.tense_start, self.end, self.filled_bounds())

    @property
    def tense_applies(self) -> bool:
        """Does `tense` speak for this mention? Yes, unless the date names an
        event ("the June summit"): then only a cue after it or a verb at most
        `CLOSE_WORDS` before it ("made at the June summit"; not "vowed ... in
        a May 14 statement")."""
        t = self.tense
        return not self.attributive or t.ahead or t.distance <= CLOSE_WORDS


# The modifiers that put a weekday in the week ahead ("next Friday", "this
# coming Friday"), whatever the clause's tense.
AHEAD = ("next", "this coming")


def resolve_weekday(mention: Mention) -> None:
    """The weekday in the week around publication: back for a past clause or
    `last`, ahead for a future clause or `next`."""
    published, mention.pending = mention.pending, None
    mention.first = mention.last = weekday_from(mention, published)


def weekday_from(mention: Mention, published: dt.date) -> dt.date:
    """The day `mention` (a weekday) names counted from `published` (or
    another day it was written on: an update note's, `note_dates`), as
    `resolve_weekday` counts it."""
    diff = (mention.weekday - published.weekday()) % 7          # days ahead, 0..6
    mod = mention.modifier
    if mod in AHEAD:
        ahead = diff or 7
    elif mod == "last" or mod == "this past":
        ahead = -((7 - diff) % 7 or 7)
    elif mention.tense.tense == FUTURE or (mod == "this" and mention.tense.tense != PAST):
        ahead = diff
    else:
        ahead = diff - 7 if diff else 0
    return add_days(published, ahead)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, max_day(year, month))


def outside_writer(found: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (`dates._build`) of an HTML byline's stamp, outside its writer's name
    (text[start:end]); a date whose weekday is the name's last word ("By
    June Sun Feb. 30, 2014") is cut back to the stamp's pieces, no weekday
    of its own (qa423 #2)."""
    out = []
    for m in found:
        if m.start < end and m.end > start and m.kind == DATE and m.weekday is not None and \
                m.spans["weekday"][1] <= end and all(a >= end for k, (a, _) in m.spans.items()
                                                     if k not in ("weekday", "modifier")):
            m.weekday = None
            del m.spans["weekday"]
            m.spans.pop("modifier", None)
            m.start = min(a for a, _ in m.spans.values())
        if m.end <= start or m.start >= end:
            out.append(m)
    return out
