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

A day written after a date in the same month, as its second day or in a
list of days, is that month's too ("April 30 and 31", "April 29, 30 and
31", "Feb. 27, 28 and 29" in 2025: qa138 #8), read as `weekday-mismatch`
reads such days (`day_pairs.second_day`, `weekday_lists.LISTED_DAYS`), the
days in order and the last one closing its clause (not "on March 6 and 9
others"); in the year written after the last day, if any. Only a day joined
as a pair's second day ("and", "&" or "or": "June 30 or 31", nu45 H4,
`day_pairs.joins_pair`) or listed is read: "to"/"through" after a date may
close a from-to of values ("Turnout climbed from 28 percent on June 30 to
31.", qa174 #1).
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.calendar import MONTH_NAMES, max_day, month_days
from ..analysis.day_pairs import joins_pair, second_day
from ..analysis.dates import DATE, DATED_PARTS, date_mentions
from ..analysis.weekday_lists import LISTED_DAYS
from ..analysis.tense import PAST
from ..analysis.year_sources import year_other
from .base import Finding, Kind
from ._read_dates import quoted_as_read

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
# What closes the clause after a date's last later day: a mark or the text's
# end ("April 30 and 31."; not "on March 6 and 9 others").
_CLAUSE_END = regex.compile(r"\s*(?:[.;:!?)\]\"”’—–]|,(?!\s*\d)|$)")


class ImpossibleDate(Kind):
    name = "impossible-date"
    placeholders = frozenset({"reason"})
    description = "Flags a date whose day does not exist in its month."
    default_scope = DATED_PARTS

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
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
                elif not m.end_day and (later := _missing_later_day(m, year)) is not None:
                    day, end, year = later
                    yield Finding(part, m.start, end, args={
                        "reason": f"the days go on to day {day}, but " + _reason(day, m.month, year)})


def _missing_later_day(m, year: int | None) -> tuple[int, int, int | None] | None:
    """(day, where it ends, year read) of the first day written after the
    day of `m` in its month, as a second day ("April 30 and 31") or in a
    list ("April 29, 30 and 31"), that does not exist there; None when all
    do, the days are not in order, or the last does not close its clause.
    A year written after the last day is theirs; a Feb. 29 that recurs
    (`_recurs`) is none of one year."""
    if "day" not in m.spans:
        return None
    end = m.spans.get("ordinal", m.spans["day"])[1]
    days: list[tuple[int, int]] = []           # (day, end) of each in the month of `m`
    if m.text[end:end + 1] == "," and (listed := LISTED_DAYS.match(m.text, end)) is not None:
        for (_, item_end), item in zip(listed.spans("item"), listed.captures("item")):
            if not item.isdigit():           # "April 1": a month of its own, a mention of its own
                break
            days.append((int(item), item_end))
        closes, written, every = listed.end(), listed["year"], len(days) == len(listed.captures("item"))
    elif (tail := second_day(m.text, end)) is not None and not tail["month"] and not tail["first_year"] \
            and joins_pair(tail):
        days.append((int(tail["end"]), tail.end("end")))
        closes, written, every = tail.end(), tail["year"], True
    else:
        return None
    numbers = [m.day] + [day for day, _ in days]
    if len(numbers) < 2 or _CLAUSE_END.match(m.text, closes) is None \
            or any(a >= b for a, b in zip(numbers, numbers[1:])):
        return None
    if written and every:                    # "April 30 and 31, 2025": the last day's year is theirs
        year = int(written)
    for day, day_end in days:
        if day > max_day(year, m.month):
            if m.month == 2 and day == 29 and not written and _recurs(m, False):
                return None
            return day, day_end, year
    return None


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
