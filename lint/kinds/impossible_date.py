"""`impossible-date`: a day that no calendar has (Feb. 30, April 31, Feb. 29, 2023),
also as the end of a day range ("Feb. 27-30": the end of a range is a date too).
A Feb. 29 without a year is read in the year its sentence gives (`dates`), or
else the year carried to it from the sentence or paragraph before
(`year_carry`: "The mill closed in 1976. It reopened on Feb. 29." is a day,
"... in 1977. ..." none) when the publication year has no Feb. 29, or else
the publication year."""
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
                valid, year = m.valid, m.year
                # "The mill closed in 1976. It reopened on Feb. 29.": only where the
                # publication year has no Feb. 29 (in 2024 it is that February's, qa56)
                if m.leap_day and max_day(year, 2) < 29 and (carried := m.carried_year()) is not None:
                    valid, year = m.day <= max_day(carried, 2), carried
                if not valid:
                    yield Finding(part, m.start, m.end, args={"reason": _reason(m.day, m.month, year)})
                elif m.end_day and m.end_day > max_day(year, m.month):
                    yield Finding(part, m.start, m.spans["end_day"][1], args={
                        "reason": f"the range ends on day {m.end_day}, but "
                                  + _reason(m.end_day, m.month, year)})


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
