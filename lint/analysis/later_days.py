"""The later days of a pair or list of days that a date opens ("Talks were
held March 1, 2 and 6, 2024", "March 5 and 6"), each as a date mention of
its own at its own number (no ordinal: "6" of "6th"), for a check that
judges each day (nu47 #4): the days are no range, so the first day does
not speak for the others, and a story published March 4 says nothing yet
of March 6.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from .. import rx as regex

from ..rule_cache import load_data
from .date_mention import DATE, Mention
from .day_pairs import DAY_ENDS_CLAUSE, joins_pair, second_day, weekday_opener
from .weekday_lists import LISTED_DAYS, later_day
from .weekday_pairs import weekday_pair
from .word_patterns import phrase_alternation


# "in" or "at" and a capitalised name after the last day: where the day's
# event was ("held March 1, 2 and 6 in Geneva", "March 1 and 6 at the UN";
# qa199 #7), as after a lone date; a count goes on with a noun in lower case
# ("6 others", "6 in custody"). A no-break space counts as a space, as web
# copy sets one before the place (rr48b #6).
_PLACE_AFTER = regex.compile(r"[ \t\u00a0]+(?:in|at)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}")

# "at" and a clock time after the last day, as after a lone date ("March 1
# and 6 at 2 p.m.", "at 9:30 a.m."; rr48b #5).
_TIME_AFTER = regex.compile(r"[ \t\u00a0]+at[ \t\u00a0]+\d{1,2}(?::\d{2})?[ \t\u00a0]*(?:[ap]\.m\.|[ap]m\b)",
                            regex.IGNORECASE)

# A count and a preposition just before the opening date ("arrested 15 on",
# "counted 40 people on"; qa202 #2): a number after "and" then counts too
# ("and 12 in Washington"). Up to three figures or comma groups, so a year
# ("In 2024 on March 1") is no count. A no-break space (U+00A0) spaces words as a space does.
_COUNT_BEFORE = regex.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3})(?:[ \t\u00a0]+\p{Ll}+)?[ \t\u00a0]+\p{Ll}+[ \t\u00a0]+$")

# A year told later in the days' sentence ("played March 2, 3 and 5 at the
# club in 2024", "… last year"): the days may be that year's, which the
# date reader does not carry back, so the later days are left unjudged, as
# main left them (qa206 #4). Up to the sentence's end.
_YEAR_LATER = regex.compile(r"[^.!?\n]*?(?:\b(?:1[89]|20)\d\d\b|\b(?:last|next|that|this)[ \t\u00a0]+year\b|\byears?[ \t\u00a0]+ago\b)",
                            regex.IGNORECASE)
_YEAR_REACH = 120   # characters after the last day searched for a year

# "between" before the opening date: "between March 1 and 6" is one span of
# time, as "March 1-6" is, judged as one at its first day (qa202 #1, rr48a #3).
_BETWEEN_BEFORE = regex.compile(r"\bbetween[ \t\u00a0]+$", regex.IGNORECASE)


def later_days(m: Mention) -> list[Mention]:
    """A copy of the date mention `m` for each later day of the pair
    (`day_pairs.second_day` joined by "and", "&" or "or") or list
    (`weekday_lists.LISTED_DAYS`) of days its day opens, written without a
    month of their own (one with its month is a mention of its own, and so
    opens the days after it): each spans its day's number, is dated after
    the day before (`weekday_lists.later_day`: into January after
    December), in the year `m` is read in, and shares the tense of `m`
    (its `lead`). The last day is followed by a year or reads as a day
    where it ends (`_days_end`: not "March 1 and 6 others"). [] when `m`
    opens none, opens a range
    ("March 3-5", "March 3 through 5", "between March 3 and 5": one span of
    time, judged as one; so are days a weekday range reads as its own,
    `_under_weekday_range`), is
    not dated, a listed day carries its own year, or a year is told later
    in the sentence (`_YEAR_LATER`: "… at the club in 2024")."""
    if m.kind != DATE or m.end_day or m.first is None or "day" not in m.spans or _under_weekday_range(m) \
            or _BETWEEN_BEFORE.search(m.text, max(0, m.start - 12), m.start):
        return []
    end = m.spans.get("ordinal", m.spans["day"])[1]
    if (days := LISTED_DAYS.match(m.text, end)) is not None:
        if days.captures("item_year"):
            return []
        items, last = list(zip(days.captures("item"), days.spans("item"))), days
    elif (tail := second_day(m.text, end)) is not None and joins_pair(tail) and not tail["month"]:
        items, last = [(tail["end"], tail.span("end"))], tail
    else:
        return []
    if not (last["year"] or _days_end(m, last.end(), listed=days is not None)):
        return []                    # "March 1 and 6 others": a count
    if not last["year"] and _YEAR_LATER.match(m.text, last.end(), last.end() + _YEAR_REACH):
        return []                    # "… at the club in 2024": maybe that year's days
    out: list[Mention] = []
    first = m.first
    year_before = m.carried_year()
    for item, (start, stop) in items:
        if not item.isdecimal() or (day := later_day(first, m.month, int(item))) is None:
            break                    # "March 1, April 2 and 6": April 2 and the days after are its own
        first = day
        out.append(dataclasses.replace(
            m, start=start, end=stop, first_day=day, last_day=day, day=day.day, weekday=None, year=day.year,
            spans={"day": (start, stop)}, lead=m, span_range=False, carry=None, year_before=year_before,
            pending=None))
    return out


def _days_end(m: Mention, end: int, listed: bool) -> bool:
    """Whether the last day of the days `m` opens, ending at `end` with no
    year after it, is a day and not a count that goes on ("March 1 and 6
    others", "15 on March 1 and 6 in custody"): it ends its clause
    (`day_pairs.DAY_ENDS_CLAUSE`); a place (`_PLACE_AFTER`) or a clock time
    (`_TIME_AFTER`) follows it or, after a list's last day (`listed`: the
    days before it are bare days), a preposition does (`_preposition_after`:
    "March 2, 3 and 5 at the club"; nu48 #2), and no count comes before the
    date (`_COUNT_BEFORE`: "arrested 15 on March 1 and 12 in Washington");
    or a weekday list or pair names the days (`weekday_pairs.weekday_pair`,
    which reads a `weekday_lists.weekday_list` as a pair too: "Monday,
    Tuesday and Wednesday, March 3, 4 and 5 to see it"), as
    dates.weekday-mismatch reads them."""
    if DAY_ENDS_CLAUSE.match(m.text, end):
        return True
    if (_PLACE_AFTER.match(m.text, end) or _TIME_AFTER.match(m.text, end)
            or listed and _preposition_after().match(m.text, end)) \
            and not _COUNT_BEFORE.search(m.text, max(0, m.start - 40), m.start):
        return True
    return weekday_pair(m) is not None


@lru_cache(maxsize=1)
def _preposition_after() -> regex.Pattern:
    """A preposition after a list's last day and a word after it ("at the
    club", "to see it"; `list_day_prepositions` in lint/data/dates.yaml),
    built on first use: a figure after it goes on a count or a score ("6
    to 8")."""
    words = phrase_alternation(load_data("dates.yaml")["list_day_prepositions"])
    return regex.compile(rf"[ \t\u00a0]+(?:{words})[ \t\u00a0]+\p{{L}}")


def _under_weekday_range(m: Mention) -> bool:
    """Does a weekday range end at the weekday of `m` ("Friday–Sunday,
    March 1, 2 and 3", "Friday through Sunday, March 1/2/3": a dash or a
    range's word, not a pair's "and") and read the days after it as its
    range (`weekday_pairs.weekday_pair`)? Then they are one span of time, as
    "Friday through Sunday, March 1-3" is (qa199 #4)."""
    if "weekday" not in m.spans or (opener := weekday_opener(m.text, m.spans["weekday"][0])) is None:
        return False
    return not joins_pair(opener) and weekday_pair(m) is not None
