"""A span of dates still open on the publication date: `submissions will be
accepted between March 19, 2014 to July 15, 2014` in a story of May 20, 2014.
The future tense speaks for the whole window, whose end is still to come, so
its first date, though past, is no stale copy (digitalgov, pr1).

A window is two date mentions the date reader joined as a range (the second's
`lead` is the first, `dates.range_gap`) with a range word between them:
`to`, `through`, `thru`, `until` or `till`. A list joined by `and`, `or` or
a comma (`will meet on March 3 and April 20`) is two events, each read
alone; so is a choice (`will choose between March 3 and June 20`, qa290 #6),
and a dash, which may be a break in the sentence (`will vote on March 3,
2014 — July 15, 2014 is too late`, qa290 #2).
"""
from __future__ import annotations

import datetime as dt

import regex

from .date_mention import Mention

__all__ = ["open_window_starts"]
_RANGE_WORD = regex.compile(r"\s*,?\s*(?i:to|through|thru|until|till)\s+")


def open_window_starts(text: str, mentions: list[Mention], published: dt.date) -> set[int]:
    """The ids of the mentions (in one part's `text`, in order) that open a
    window whose closing date falls on or after `published` (above)."""
    out: set[int] = set()
    for before, after in zip(mentions, mentions[1:]):
        if after.lead is None or after.last is None or after.last < published:
            continue
        if _RANGE_WORD.fullmatch(text, before.end, after.start):
            out.add(id(before))
    return out
