"""The year a yearless date takes from the copy just before it (nu23 #2).

A copy desk writes a year once: "In December 1976, fire swept through the
district. It started on Dec. 14 in a paint store." Read in the publication
year, that Dec. 14 looked like a past event after publication. The last year
written before a yearless date (a date with its year, a month and year, or
a year in a year's context, `BARE_YEAR`: "in 1998", "the 1986 low") tells
its year:

- **In its own sentence** a year alone is the date's, as before this module
  (`"In 2008, the campaign began airing ads in mid-September"`): the date is
  read in that year (`Mention.year_from` is `"sentence"`), for every check,
  the weekday check too. A year in an aside closed before the date ("The
  firm, founded in 1998, opens a store on March 4") is the aside's.
- **A date's year in its own sentence** ("The fire began Dec. 14, 1976,
  and burned until Dec. 16"), and **the year the sentence before ends on**
  (within the paragraph, or the last sentence of the paragraph before when
  the date is in its paragraph's first sentence) when its own sentence
  writes no year before it, are only carried (`Mention.year_before`; the
  date is still read in the publication year): the tense checks read the date in
  that year when the reading explains the tense (a past event in an earlier
  year is no finding, nor a future one in the year after publication, a
  preview's, `carried_reading.next_year_fits`: "The mill closed in 1998. It will reopen on
  Nov. 20" in a December story is still stale, and so is "The lease ends in
  2030. The council will vote on Nov. 12"), and the weekday check takes a
  weekday that fits that year as fitting only where the tense rules the
  publication year out (`carried_reading`: "Revenue rose 12% in 2025. Its
  board met Saturday, Nov. 22" is this year's Nov. 22). It never fires
  from a carried year: a weekday that fits neither year is judged in the
  publication year, as before.
- A carried date carries its year on to the next sentence ("Dec. 14, 1976.
  Two days later, on Dec. 16, ... On Dec. 18, ..."), a span's end too when
  it is such a day ("burned until Dec. 16": `_other_event`).
- A year carries over one sentence between (`SKIPPED_SENTENCES`) that
  writes no year or date when that sentence is told in the past
  (`past_narration`) and so is the date: the account of that year goes on
  ("On Dec. 3, 2025, the council met. It was cold. On Dec. 5 it voted.";
  from the paragraph before, over the first sentence; nu26 #8, fx106).
- A month before the year's own month is in the year after ("Dec. 30,
  1976. Crews cleared the site by Jan. 9": 1977).

A year that is plainly another event's governs nothing (a birth's; from
another sentence, also a period's after `since`, a span's end or start, an
event's: `year_sources.year_other`). A year in words ("last year") carries
nothing, and a yearless date read in the publication year is no source.
Only a year before the date counts, and only in running prose
(`PROSE_PARTS`) from one paragraph to the next: a heading between them
stops it.

A year alone in the date's own sentence is read in by `dates` as it finds
the date. The rest is carried only when a check first asks for a date's
carried year (`Mention.in_year_before`, `Carry`): per part, reading back
the paragraphs before it only as far as a first sentence wants a year.
"""
from __future__ import annotations

import bisect
import datetime as dt
import weakref
from dataclasses import replace
from typing import Sequence

from .. import rx as regex

from ..document import Document, Part
from ..regex_cache import SERIAL
from .date_mention import DATE, MONTH, Mention
from .date_scan import year_in_aside
from .tense import PAST, SENTENCE_END, sentence_bounds
from .year_sources import StatedYear, year_other, year_sources

_FREE_MODIFIERS = ("", "early", "mid", "late")     # "last June" has its year
# Sentences of its paragraph a year carries over to a yearless date (fx106):
# ones that write no year, no date and no time told from publication, told
# in the past (`past_narration`: the account of that year goes on).
SKIPPED_SENTENCES = 1
# Parts of running prose: a year the one before closes on carries into the next.
PROSE_PARTS = ("paragraph", "blockquote")
# Time told from publication ("this year", "earlier this month", "last
# week") before a yearless date in its own sentence ends the carry, and the
# publication year governs ("The flood came in 1998. This year the town marked
# it on Dec. 12": qa52 #4), as it does after the year in the sentence (or
# paragraph) the year would come from ("The river flooded in 2019 and again
# this year. It reopened on Dec. 12": fx68; not for a date in the past
# perfect, `_PAST_PERFECT`). After the date in its own sentence it tells of
# another clause ("... on Tuesday, Dec. 4, survivors recalled this week": the
# carried year stays, qa54 #1).
_RELATIVE = regex.compile(r"\b(?:this|last|next)\s+(?:year|month|week)\b", regex.IGNORECASE)
# A clause in the past perfect tells of a time before the sentence before's,
# so that one's "this year" does not end the carry ("The ferry sank in 1990,
# and this year the town marked it. It had made its last crossing on Tuesday,
# Dec. 4": 1990, qa54 #1): "had" before a verb (not a determiner: "had a
# flood" is the simple past).
_PAST_PERFECT = regex.compile(
    r"\b(?:had|['’]d)\s+(?:(?:not|never|already|just|long|\p{Ll}+ly)\s+)?(?!(?:a|an|the|no|to|its|his|"
    r"her|their|our|my|your|some|any|this|that|these|those|one|two|three|many|much|more|few|enough)\b)\p{Ll}")

# The day of the month in a date as written ("Dec. 16"; not "December").
_DAY = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")


class _Ask:
    """A part's mentions' way to the document's `Carry` (`Mention.carry`)."""

    __slots__ = ("ref", "index")

    def __init__(self, ref, index: int) -> None:
        self.ref, self.index = ref, index

    def __call__(self) -> None:
        carry = self.ref()
        if carry is not None:
            carry.part(self.index)


class Carry:
    """The years carried to a document's yearless dates, read
    per part when a check first asks for one of its dates
    (`Mention.in_year_before`): a date in a paragraph's first sentence may
    take the year the paragraph before closes on ("Dec. 14, 1976.", then a
    new paragraph, "The fire started on Dec. 14"), so that paragraph is read
    first, and so on back while each wants one. It keeps its document by a
    weak reference, as each mention keeps it (`attach`)."""

    def __init__(self, doc: Document, out: dict[int, list[Mention]]) -> None:
        self.doc, self.out, self.done = weakref.ref(doc), out, set()

    @classmethod
    def attach(cls, doc: Document, out: dict[int, list[Mention]]) -> "Carry":
        """The carrying of a document's mentions (`out`, by part index), each
        mention asking through a weak reference (`Mention.carry`): the
        document keeps it, and no cycle keeps a linted document alive."""
        carry = cls(doc, out)
        ref = weakref.ref(carry)
        for index, found in out.items():
            if found:
                ask = _Ask(ref, index)
                for m in found:
                    m.carry = ask
        return carry

    def part(self, index: int) -> None:
        """Carry the years of part `index` (and of the parts before it it needs)."""
        doc = self.doc()
        if doc is None or index in self.done:
            return
        parts, published, todo = doc.parts, doc.published, []
        at: int | None = index
        while at is not None and at not in self.done:
            self.done.add(at)
            found = self.out.get(at)
            first = next((m for m in found if wants_year(m, published)), None) if found else None
            if first is None:
                break                          # nothing to carry: it wants no year
            before = paragraph_before(parts, at)
            wants = before is not None and wants_before(first, parts[at].text, self.years(doc, at),
                                                        found[0].bounds)
            todo.append((at, before if wants else None))
            at = at - 1 if wants else None
        for at, before in reversed(todo):      # from the earliest: its paragraph before is read
            year = None
            if before is not None:
                mentions = self.out.get(before.index)
                year = closing_year(self.years(doc, before.index), before.text,
                                    mentions[0].bounds if mentions else [])
            found = self.out[at]
            carry_years(found, parts[at].text, published, found[0].bounds, self.years(doc, at), year)

    def years(self, doc: Document, index: int) -> list[StatedYear]:
        """The years part `index` writes (`year_sources`), read once per part
        (`Document.per_part`) before its own dates are carried; `carry_years`
        adds each year it carries there."""
        found = self.out.get(index) or []
        return doc.per_part("dates.years", doc.parts[index], lambda text: year_sources(found, text))


def paragraph_before(parts: Sequence[Part], index: int) -> Part | None:
    """The part before part `index` of a document's `parts` (by index), when
    both are running prose (`PROSE_PARTS`): the paragraph whose last
    sentence a date in the first sentence of part `index` reads for a year
    (a heading between them stops it). None otherwise."""
    if not 0 < index < len(parts) or parts[index].kind not in PROSE_PARTS:
        return None
    before = parts[index - 1]
    return before if before.kind in PROSE_PARTS else None


def wants_year(m: Mention, published: dt.date | None) -> bool:
    """Is m a yearless day or month read in the publication year (no year
    written, shared by a run or carried yet), or a Feb. 29 that year lacks
    (`Mention.leap_day`), that a year before it may govern?"""
    return (published is not None and m.kind in (DATE, MONTH) and not m.year_written
            and (m.first_day is not None or m.leap_day) and not m.year_from
            and m.year_before is None and m.modifier in _FREE_MODIFIERS)


def wants_before(first: Mention, text: str, years: list[StatedYear], bounds: list[int]) -> bool:
    """Does `first`, the first yearless date of a text that `wants_year`,
    stand in the text's first sentence, or after a first sentence told in
    the past (`_narrated`), with no year before it in the text, so that the
    year the paragraph before closes on (`closing_year`) may be its?
    `years` and `bounds` as for `carry_years`."""
    if not years and SENTENCE_END.search(text, 0, first.start, SERIAL) is None:
        return True
    if years and years[0].start <= first.start:
        return False                   # a year of its own paragraph comes first
    if not bounds:
        bounds.extend(sentence_bounds(text))
    k = bisect.bisect_right(bounds, first.start) - 1
    return k == 0 or _narrated(text, bounds, 0, k)


def carry_years(mentions: list[Mention], text: str, published: dt.date | None, bounds: list[int],
                years: list[StatedYear] | None = None, before: StatedYear | None = None) -> None:
    """Give each yearless date of `mentions` (one text's, in order) the year
    written before it (see the module's docstring). `bounds` is the text's
    shared list of sentence starts, filled here when needed; `years` the
    text's (`year_sources`, read here when not given), to which each year
    carried is added in order; `before` the year the paragraph before
    closes on (`closing_year`), for the dates of the first sentence (or of
    the second, over a first told in the past) that `wants_before`."""
    wanting = [m for m in mentions if wants_year(m, published)]
    if not wanting:
        return
    if years is None:
        years = year_sources(mentions, text)
    if not years and before is None:
        return
    if not bounds:
        bounds.extend(sentence_bounds(text))
    events = sorted([(y.start, 0, y) for y in years] + [(m.start, 1, m) for m in wanting],
                    key=lambda e: (e[0], e[1]))
    cur, here, prev, skipped = -1, before, None, False     # (the year before the first sentence: `before`'s)
    relative: list[int] | None = None       # read when a year would be carried
    for start, is_date, ev in events:
        k = bisect.bisect_right(bounds, start) - 1
        if k != cur:
            # over a sentence told in the past, a date told in the past (`_narrated`)
            skipped = k > cur + 1 and here is not None and _narrated(text, bounds, cur + 1, k)
            prev = here if k == cur + 1 or skipped else None
            here, cur = None, k
        if not is_date:
            here = ev
            continue
        src = here if here is not None else prev
        if src is None or (here is None and skipped and not (ev.tense_applies and ev.tense.tense == PAST)):
            carried = None
        else:
            if relative is None:
                relative = _relatives(text)
            # before the date in its sentence ("The flood came in 1998. This year the
            # town marked it on Dec. 12"), or after the year it would take from the
            # sentence before ("... in 2019 and again this year. It reopened on Dec. 12")
            # unless its clause is in the past perfect, before that time (`_PAST_PERFECT`),
            # or its weekday falls on its day in that year ("... on Tuesday, Dec. 4": qa56)
            if any(bounds[k] <= r < start for r in relative) or (here is None and k > 0 and any(
                    (0 if prev is before else prev.end) <= r < bounds[k] for r in relative)
                    and not _PAST_PERFECT.search(text, bounds[k], start, SERIAL)
                    and not ev.weekday_fits(_year_for(ev, prev))):
                carried = None
            elif here is not None:
                carried = _in_sentence(ev, here, text, published)
            else:
                carried = _from_before(ev, prev, text, published)
        if carried is not None:
            here = carried
            bisect.insort(years, carried, key=_start)


def _narrated(text: str, bounds: list[int], first: int, stop: int) -> bool:
    """Whether sentences first..stop-1 of text (by `bounds`), which write no
    year and no date, are few enough (`SKIPPED_SENTENCES`), tell no time
    from publication (`_RELATIVE`) and are each told in the past
    (`told_in_the_past`), so that the year before them frames the date in
    sentence `stop`."""
    if not 0 < stop - first <= SKIPPED_SENTENCES:
        return False
    from .past_narration import told_in_the_past    # a date with sentences between it and its year only
    return all(
        not _RELATIVE.search(text, bounds[j], bounds[j + 1], SERIAL) and told_in_the_past(text, bounds[j], bounds[j + 1])
        for j in range(first, stop))


def closing_year(years: list[StatedYear], text: str, bounds: list[int]) -> StatedYear | None:
    """The last year written (or carried) in the last sentence of a text,
    which a date opening the next paragraph may take (`carry_years`).
    `years` and `bounds` as for `carry_years`, the years carried there
    already added."""
    if not years:
        return None
    if not bounds:
        bounds.extend(sentence_bounds(text))
    last = years[-1]
    if last.start < bounds[-1] or _other_event(text, last):
        return None
    if _relatives(text[last.end:]):
        return None                    # "The mill flooded in 2019 and again this year."
    return replace(last, own=True)


def _start(y: StatedYear) -> int:
    return y.start


def _relatives(text: str) -> list[int]:
    """Where each `_RELATIVE` phrase starts in text (plain `in` tests first:
    most texts have none, and a scan of every character costs)."""
    if not any(w in text for w in ("this", "This", "last", "Last", "next", "Next", "THIS", "LAST", "NEXT")):
        return []
    return [r.start() for r in _RELATIVE.finditer(text)]


def _year_for(m: Mention, y: StatedYear) -> int:
    """The year y gives m: a month before y's own month is in the year after."""
    return y.year + (1 if y.month and m.month < y.month else 0)


def _in_sentence(m: Mention, y: StatedYear, text: str, published: dt.date) -> StatedYear | None:
    """A date's year before m in its own sentence is carried to m
    (`year_before`), unless it is a birth's or an aside's. A year alone (or
    a date read in one) was read into m as it was found (`dates`), or
    declined there: nothing is carried from it."""
    if y.sets or (not y.own and year_other(text, y.start) == "born") \
            or year_in_aside(text, y.start, y.end, m.start):
        return None
    return _carried(m, y, published)


def _from_before(m: Mention, y: StatedYear, text: str, published: dt.date) -> StatedYear | None:
    """The year the sentence before ends on, carried to m (`year_before`),
    unless it is another event's (`year_other`; `text` holds y)."""
    if _other_event(text, y):
        return None
    return _carried(m, y, published)


def _other_event(text: str, y: StatedYear) -> bool:
    """Whether y, read in `text` for a date of another sentence, is another
    event's year (`year_other`; not when checked already, `own`). A span's
    end or start is ("until 2012", "through June 30, 1987": a period's
    bound; "from December"), but not a yearless day (`_DAY`) the account
    gave its year (`carried`):
    "The fire started on Dec. 14, 1976 ... and burned until Dec. 16" is a
    day of the story's own account, whose year the next date shares (nu26
    #8, fx106)."""
    if y.own:
        return False
    other = year_other(text, y.start)
    return bool(other) and not (other == "span" and y.carried and _DAY.search(text, y.start, y.end) is not None)


def _carried(m: Mention, y: StatedYear, published: dt.date) -> StatedYear | None:
    """y's year set on m as `year_before`, and m as a year for the dates
    after it; None when it is the publication year (nothing to carry)."""
    year = _year_for(m, y)
    if year == published.year:
        return None
    m.year_before = year
    return StatedYear(m.start, m.end, year, m.month, False, carried=True)

