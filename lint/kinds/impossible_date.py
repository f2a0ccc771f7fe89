"""`impossible-date`: a day that no calendar has (Feb. 30, April 31, Feb. 29, 2023)."""
from __future__ import annotations

import calendar

from ..analysis.calendar import MONTH_NAMES
from ..analysis.dates import DATE, DATED_PARTS, date_mentions
from .base import Finding, Kind


class ImpossibleDate(Kind):
    name = "impossible-date"
    description = "Flags a date whose day does not exist in its month."
    default_scope = DATED_PARTS

    def check(self, doc, parts):
        found = date_mentions(doc)
        for part in parts:
            for m in found.get(part.index, ()):
                if m.kind != DATE or m.valid:
                    continue
                if m.day > 31:
                    reason = "no month has more than 31 days"
                elif m.month == 2 and m.day == 29:
                    reason = f"{m.year} is not a leap year"
                elif m.month == 2 and m.year is not None:
                    reason = f"February {m.year} has {calendar.monthrange(m.year, 2)[1]} days"
                else:
                    days = calendar.monthrange(2000, m.month)[1]
                    reason = f"{MONTH_NAMES[m.month - 1]} has {days} days"
                yield Finding(part, m.start, m.end, args={"reason": reason})


KIND = ImpossibleDate
