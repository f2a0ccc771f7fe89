"""`impossible-date`: a day that no calendar has (Feb. 30, April 31, Feb. 29, 2023),
also as the end of a day range ("Feb. 27-30": the end of a range is a date too)."""
from __future__ import annotations

from ..analysis.calendar import MONTH_NAMES, max_day, month_days
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
                if m.kind != DATE:
                    continue
                if not m.valid:
                    yield Finding(part, m.start, m.end, args={"reason": _reason(m.day, m.month, m.year)})
                elif m.end_day and m.end_day > max_day(m.year, m.month):
                    yield Finding(part, m.start, m.spans["end_day"][1], args={
                        "reason": f"the range ends on day {m.end_day}, but "
                                  + _reason(m.end_day, m.month, m.year)})


def _reason(day: int, month: int, year: int | None) -> str:
    """Why `day` does not exist in the month (and year, when known)."""
    if day > 31:
        return "no month has more than 31 days"
    if month == 2 and day == 29:
        return f"{year} is not a leap year"
    if month == 2 and year is not None:
        return f"February {year} has {month_days(year, 2)} days"
    return f"{MONTH_NAMES[month - 1]} has {max_day(year, month)} days"


KIND = ImpossibleDate
