"""`impossible-date`: a day that no calendar has (Feb. 30, April 31, Feb. 29, 2023),
also as the end of a day range ("Feb. 27-30": the end of a range is a date too).
A Feb. 29 without a year is read in the year its sentence gives (`dates`), or
else the year carried to it from the sentence or paragraph before
(`year_carry`: "The mill closed in 1976. It reopened on Feb. 29." is a day,
"... in 1977. ..." none) when the publication year has no Feb. 29, or else
the publication year.

A yearless Feb. 29 that recurs is a day of no one year, and so no
impossible one (fx79, fx88): a birthday's, the date the birthday word is
tied to ("celebrates birthdays only on Feb. 29", "Her birthday falls on Feb.
29", "Feb. 29 is his birthday", `_BIRTHDAY_BEFORE`, `_BIRTHDAY_AFTER`; not
"marked the mayor's birthday with a vote on Feb. 29"), any in a sentence
about a leap-day baby (`_LEAPLING`: "born on a leap day", "leapling"); a
birth date with no year at all ("She was born on Feb. 29.": whoever was,
was born in a leap year); and a day told as done after the story gave
someone's Feb. 29 birth date, one that exists ("She was born on Feb. 29,
1976. She married on Feb. 29."; not "... The vote is set for Feb. 29.").
"The vote is set for Feb. 29." in a common year stays impossible.
"""
from __future__ import annotations

import regex

from ..analysis.calendar import MONTH_NAMES, max_day, month_days
from ..analysis.dates import DATE, DATED_PARTS, date_mentions
from ..analysis.tense import PAST
from ..analysis.year_sources import year_other
from .base import Finding, Kind

# A sentence about a leap-day baby, which a yearless Feb. 29 in it recurs on:
# "born on a leap day", "leap-day baby", "leapling".
_LEAPLING = regex.compile(r"(?i)(?<!\p{L})(?:leaplings?|leap[- ]day\s+(?:baby|babies)"
                          r"|born\s+on\s+(?:a\s+)?leap[- ]day)(?!\p{L})")
# A birthday tied to the date after it, read backwards from the date:
# "birthdays only on", "birthday falls on", "birthday is", "birthday,".
_BIRTHDAY_BEFORE = regex.compile(
    r"(?i)(?<!\p{L})birthdays?(?:\s*,)?(?:\s+(?:is|was|falls|fell|comes|came|lands|will|be|only|always|just|on"
    r"|each|every|year|in))*\s*$", regex.REVERSE)
# ... or to the date before it: "Feb. 29 is his birthday", "on Feb. 29, her
# birthday", "her Feb. 29 birthday".
_BIRTHDAY_AFTER = regex.compile(r"(?i),?\s+(?:(?:is|was)\s+)?(?:(?!(?:and|or|after|before|until|since)\s)"
                                r"[\p{L}'’.-]+\s+){0,2}?birthdays?(?!\p{L})")


class ImpossibleDate(Kind):
    name = "impossible-date"
    placeholders = frozenset({"reason"})
    description = "Flags a date whose day does not exist in its month."
    default_scope = DATED_PARTS

    def check(self, doc, parts):
        found = date_mentions(doc)
        born = None                 # where the story first gives a Feb. 29 birth date, read when needed
        for part in parts:
            for m in found.get(part.index, ()):
                if m.kind != DATE:
                    continue
                valid, year = _reading(m)
                if m.leap_day and max_day(year, 2) < 29:
                    if born is None:
                        born = _leap_birth(doc, found)
                    if _recurs(m, born < (part.index, m.start)):
                        valid, year = True, None        # read in no one year (`max_day(None, 2)`: 29)
                if not valid:
                    yield Finding(part, m.start, m.end, args={"reason": _reason(m.day, m.month, year)})
                elif m.end_day and m.end_day > max_day(year, m.month):
                    yield Finding(part, m.start, m.spans["end_day"][1], args={
                        "reason": f"the range ends on day {m.end_day}, but "
                                  + _reason(m.end_day, m.month, year)})


def _recurs(m, after_birth: bool) -> bool:
    """Is a yearless Feb. 29 that does not exist as read a day of no one
    year (see the module docstring)? `after_birth`: the story gave a Feb. 29
    birth date before it."""
    if _BIRTHDAY_BEFORE.match(m.text, m.sentence[0], m.start) or _BIRTHDAY_AFTER.match(m.text, m.end) \
            or _LEAPLING.search(m.text, *m.sentence):
        return True
    if year_other(m.text, m.start) == "born":
        return m.carried_year() is None         # "She was born on Feb. 29.": in some leap year
    return after_birth and m.tense.tense == PAST


def _reading(m) -> tuple[bool, int | None]:
    """(valid, year) of a day as read: in its year, or a yearless Feb. 29 in
    the year carried to it ("The mill closed in 1976. It reopened on Feb.
    29."), only where the publication year has no Feb. 29 (in 2024 it is
    that February's, qa56)."""
    valid, year = m.valid, m.year
    if m.leap_day and max_day(year, 2) < 29 and (carried := m.carried_year()) is not None:
        valid, year = m.day <= max_day(carried, 2), carried
    return valid, year


def _leap_birth(doc, found) -> tuple[int, int]:
    """(part index, offset) of the first Feb. 29 the story gives as a birth
    date ("born on Feb. 29, 1976": `year_other`) that exists as read, or with
    no year at all ("born on Feb. 29.", in some leap year: qa63 #6); after
    the document's end when none."""
    for index in sorted(found):
        for m in found[index]:
            if m.kind == DATE and m.month == 2 and m.day == 29 and year_other(m.text, m.start) == "born" \
                    and (_reading(m)[0] or (m.leap_day and m.carried_year() is None)):
                return index, m.start
    return len(doc.parts), 0


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
