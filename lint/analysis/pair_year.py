"""The year written after the last day of a day pair or list that follows a
date's day: "March 3 and 4, 2024", "March 3/4, 2024", "March 3, 4 and 5,
2024", "March 31 and April 1, 2026" (nu46 #1), and so after a range's worded
end (`day_pairs.second_day` joins "to", "through": "May 5 through May 8,
2026"). As the year after a range's
last day ("Feb. 27-29, 2024": `date_scan.RANGE_DAY`) it is every day's, so
`dates` reads the first day in it too; the year before across New Year
("Dec. 31 and Jan. 1, 2026": 2025, `weekday_lists.year_of_first`).
"""
from __future__ import annotations

from .calendar import MONTHS
from .day_pairs import second_day, second_month
from .weekday_lists import LISTED_DAYS, year_of_first


def pair_year(text: str, end: int, month: int) -> tuple[int, tuple[int, int]] | None:
    """(year of the first day, (start, end) of the written year) for a day in
    `month` (1-12) whose number ends at `end`, when a second day
    (`day_pairs.second_day`, a slash too) or a list of days
    (`weekday_lists.LISTED_DAYS`) follows it and a year follows the last
    day; None when none does, or a listed day between has its own year."""
    if (days := LISTED_DAYS.match(text, end)) is not None:
        if not days["year"] or days.captures("item_year"):
            return None
        months = [item.split()[0] for item in days.captures("item") if not item.isdecimal()]
        last, found = MONTHS[months[-1].rstrip(".").lower()] if months else month, days
    elif (tail := second_day(text, end, slashed=True)) is not None and tail["year"]:
        last, found = second_month(tail, month), tail
    else:
        return None
    return year_of_first(int(found["year"]), month, last), found.span("year")
