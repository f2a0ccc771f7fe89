"""`future-tense-past-date`: an event told as still to come but dated before
the publication date: stale copy, or a date missing its (later) year."""
from __future__ import annotations

from ..analysis.calendar import add_days, long_date
from ..analysis.dates import DATE, MONTH, date_mentions
from ..analysis.tense import FUTURE
from ..analysis.carried_reading import carried_reading
from ..analysis.note_citations import cited_date
from ..analysis.weekday_pairs import written_span
from .base import Finding, Kind, Option, not_negative
from ._read_dates import quoted_as_read


class FutureTensePastDate(Kind):
    name = "future-tense-past-date"
    placeholders = frozenset({"marker", "published"})
    needs_published = True
    description = "Flags a future-tense event dated before the publication date."
    options = {
        "window-days": Option(int, 120, check=not_negative,
                              help="without a year, flag only dates this many days before "
                                   "publication (further back, the next year is meant)"),
        "message-without-year": Option(str, "", help="message when the year is not written"),
    }

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        published = doc.published
        if published is None:
            return
        window = add_days(published, -self.opts["window-days"])
        found = date_mentions(doc)
        for part in parts:
            quoted = (0, -1)                  # the span of the part's last finding
            for m in found.get(part.index, ()):
                if m.kind not in (DATE, MONTH) or m.label or m.last is None or m.last >= published:
                    continue
                if not m.year_written and m.first < window:
                    continue                  # further back, the next year is meant
                if not m.may_be_future:
                    continue                  # (no word of the clause can tell a future: its tense is not read)
                tense = m.tense
                if tense.tense != FUTURE or tense.planned or (m.attributive and tense.ahead) \
                        or not m.tense_applies:
                    continue                  # "will fight on to the July convention": yes;
                    # "the January orders will be revised": a label
                if cited_date(part, m.start, m.end):
                    continue                  # a note's cited headline and its date: the cited piece's (qa395 #6)
                if carried_reading(m, published) is not None:   # (asked last: it reads the years before)
                    continue                  # "The arena opens in 2027. The first game will be Nov. 20"
                args = {"published": long_date(published),
                        "marker": tense.marker}
                message = None if m.year_written else (self.opts["message-without-year"] or None)
                start, end = written_span(m)
                if quoted[0] <= m.start and m.end <= quoted[1]:
                    continue                  # "April 1" of "Monday and Tuesday, March 31 and April 1" (qa174 #3)
                quoted = (start, end)
                yield Finding(part, start, end, message=message, args=args)


KIND = FutureTensePastDate
