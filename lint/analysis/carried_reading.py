"""A yearless date read in the year carried to it (`year_carry`), for the
checks that read a tense: only where the tense rules the publication year
out and the carried year explains it (`carried_reading`).
"""
from __future__ import annotations

import datetime as dt

from .date_mention import Mention
from .tense import FUTURE, PAST


# A later carried year excuses a future tense only as a preview's next year:
# the year after publication, and the date then within about a year of it
# ("The stadium lease ends in 2030. The council will vote on Nov. 12" in a
# story of Nov. 28, 2026 is stale copy, not a vote in 2030: qa52 #3).
ABOUT_A_YEAR = dt.timedelta(days=366)


def next_year_fits(carried: tuple[dt.date, dt.date], published: dt.date) -> bool:
    """Is a future date read in its carried year a preview's (`ABOUT_A_YEAR`)?"""
    return carried[0].year == published.year + 1 and published <= carried[1] <= published + ABOUT_A_YEAR


def carried_reading(m: Mention, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """m read in its carried year (`Mention.in_year_before`), only where its
    tense rules the publication-year reading out and the carried one
    explains it: a past event dated after publication, read on or before
    it; a future one dated before publication, read in the year after
    (`next_year_fits`). None otherwise: the publication year governs."""
    if m.year_written or m.first is None or not m.tense_applies:
        return None
    tense = m.tense.tense
    if tense == PAST and m.first > published:
        carried = m.in_year_before()
        return carried if carried is not None and carried[0] <= published else None
    if tense == FUTURE and m.last < published:
        carried = m.in_year_before()
        return carried if carried is not None and next_year_fits(carried, published) else None
    return None
