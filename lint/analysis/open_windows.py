"""A span of dates still open on the publication date: `submissions will be
accepted between March 19, 2014 to July 15, 2014` in a story of May 20, 2014.
The future tense speaks for the whole window, whose end is still to come, so
its first date, though past, is no stale copy (digitalgov, pr1).

A window is two date mentions the date reader joined as a range (the second's
`lead` is the first, `dates.range_gap`) with a range word between them:
`to`, `through`, `thru`, `until`, `till` or a dash, or `and` when `between`
stands right before the first date. A list joined by `and`, `or` or a comma
(`will meet on March 3 and April 20`) is two events, each read alone.
"""
from __future__ import annotations

import datetime as dt

import regex

from .date_mention import Mention

__all__ = ["open_window_starts"]
_RANGE_WORD = regex.compile(r"\s*,?\s*(?:(?i:to|through|thru|until|till)\s|[-\u2013\u2014]\s*)\s*")
_AND = regex.compile(r"\s+and\s+", regex.IGNORECASE)
_BETWEEN = regex.compile(r"(?i:\bbetween)\s+$")


def open_window_starts(text: str, mentions: list[Mention], published: dt.date) -> set[int]:
    """The ids of the mentions (in one part's `text`, in order) that open a
    window whose closing date falls on or after `published` (above)."""
    out: set[int] = set()
    for before, after in zip(mentions, mentions[1:]):
        if after.lead is None or after.last is None or after.last < published:
            continue
        gap_start, gap_end = before.end, after.start
        if _RANGE_WORD.fullmatch(text, gap_start, gap_end) or (
                _AND.fullmatch(text, gap_start, gap_end)
                and _BETWEEN.search(text, max(0, before.start - 12), before.start)):
            out.add(id(before))
    return out
