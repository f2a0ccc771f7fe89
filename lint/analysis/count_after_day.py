"""A count after a date's comma, not its year: "On March 13 and 14, 2000
runners will take part" (qa190 #3, qa199 #6/#8). Every path that reads a
year after a day (a lone date, `date_scan.RANGE_DAY`'s range, `pair_year`'s
pair or list, weekdays before any of them) hands its reading to the mention,
and `drop_count` reads the mention once, so no path can skip it.

A noun after a number cannot tell "2000 runners" from "2020 elections"
(fx322's taken-back `counted_year`, qa199 #1/#2); the sentence's grammar can:
a clause told in the future ("will take part") whose day, read in the written
year, falls before publication and, read in the publication year, on or after
it agrees with the count and contradicts the year. Read as the year only the
dates kinds would speak ("future-tense-past-date"), so the count it is. A
past clause ("On March 12, 2020 markets plunged") agrees with the year and
keeps it, and so does a written weekday that fits the year ("Friday, March
13, 2020"), a date inside a noun phrase ("the March 3, 2024 loans will be
repaid", "Relatives of March 13, 2020 crash victims will": a determiner or
"of" before it, or an owner's "'s"; qa213 #3), a number that heads no
plural noun phrase (`count_phrase.heads_count`: "2020 at noon", "2020 in
Dover", "2000 will be"; qa213 #1), a year that takes its own comma ("2000,
runners"), and the year before publication's ("On March 13 and 14, 2024
runners will ..." in a 2025 story): last year's copy left stale is what
dates.future-tense-past-date is there to catch, and a count of 2024 is rare.
"""
from __future__ import annotations

import regex

from .count_phrase import heads_count
from .date_mention import DATE, Mention
from .date_scan import names, owned, prev_word
from .tense import FUTURE, clause_tense

# A comma, then the number, right after the day (or a range's or a pair's
# last day): the comma that AP sets before a year, and that an opening
# phrase's end takes before a count.
_COMMA_BEFORE = regex.compile(r",[ \t\u00a0]*$")


def drop_count(m: Mention) -> None:
    """Read the number after the day of the date mention `m` as a count, not
    its year, where `counted` says so: no year written (`year_written`
    False, no `spans["year"]`), the day read in the publication year, the
    mention ending at its day where the number ended it, and the count's
    (start, end) kept in `spans["count"]` (`style.date-year-comma` asks no
    comma after it). Unchanged otherwise."""
    if not counted(m):
        return
    start, end = m.spans.pop("year")
    m.spans["count"] = (start, end)
    if m.end == end:
        m.end = m.spans.get("ordinal", m.spans["day"])[1]
    m.year_written, m.attributive, m.label = False, False, False   # no noun after the day: its comma
    m.read_day(m.published.year)


def counted(m: Mention) -> bool:
    """Is the year written after the day of `m` a count that opens its
    clause (the module's reading)? False without a publication date."""
    published = m.published
    if m.kind != DATE or not m.year_written or published is None or m.first is None \
            or "year" not in m.spans or "day" not in m.spans:
        return False
    start, end = m.spans["year"]
    text = m.text
    if not _COMMA_BEFORE.search(text, max(0, start - 4), start) or not heads_count(text, end):
        return False
    if m.year >= published.year - 1 or (m.weekday is not None and m.weekday_fits(m.year)):
        return False                         # (last year's: stale copy, future-tense-past-date's to tell)
    try:
        ahead = m.first.replace(year=published.year)
    except ValueError:                       # Feb. 29 in a year without one
        return False
    if ahead < published or _in_noun_phrase(text, m.start):
        return False
    tense = clause_tense(text, m.tense_start, m.spans.get("ordinal", m.spans["day"])[1],
                         m.filled_bounds(), published.year, True)
    return tense.tense == FUTURE


def _in_noun_phrase(text: str, start: int) -> bool:
    """Does a determiner ("the", "its": `month_determiners`), "of"
    ("Relatives of March 13, 2020 crash victims": qa213 #3) or an owner
    ("the firm's") stand right before the date at `start`? Then the date
    modifies the noun after the number, which is its year."""
    before = prev_word(text, start).lower()
    return owned(text, start) or before == "of" or before in names()["month_determiners"]

