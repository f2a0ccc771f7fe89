"""A single mark before a code that nothing closes is no quote (nu59 #5):
`a drug known as '771, after disappointing trial results` names a compound
by its code, with the elision mark of a number cut short.

The reading is narrow, made once the scan is done, on the marks it left
open (`Stray` kind "open", mark "single"): a straight `'` or a `’` directly
followed by two or more digits that are no year (not 1000-2099: `'1984, the
year it began` left open is a quote, qa237 #1) and then neither a letter, a
digit, a space nor a grouped or decimal figure's next digits (`'771,`,
`'771)`, or the part's end). Everything else stays as the scan read it: a
clipped year (`'87`, `'90s`) was never a quote (`quote_lookalikes.clipped`);
a quote that opens on a figure and is closed (`'100 days,' he said`) keeps
its reading; one left open before a space (`'100 days of work`, `'771
after`), a year or a grouped figure (`'100,000 came`) is still open; a left
mark `‘` always opens.
"""
from __future__ import annotations

import regex

__all__ = ["drop", "uncoded"]

# The digits after the mark, read whole (atomic), no year, and after them no letter,
# digit or space, nor a stop with a digit after it (`'100,000`, `'3.5`).
CODE = regex.compile(r"(?!(?:1\d{3}|20\d\d)(?!\d))(?>\d{2,})(?![\p{L}\p{N}\s]|[.,]\d)")
MARKS = "'\u2019"


def coded(text: str, i: int) -> bool:
    """The single mark at text[i] stands before a code or figure (`CODE`)."""
    return text[i] in MARKS and CODE.match(text, i + 1) is not None


def uncoded(quotes: list, strays: list) -> tuple[list, list]:
    """`quotes` and `strays` (`quotes.Quote`, `quotes.Stray`, in scan order)
    without each single quote left open at a code mark (`coded`): its stray
    goes, and its quote is taken out (`drop`). Lists are returned as given
    when there is none (the common case: no table is built)."""
    codes = [s for s in strays if s.kind == "open" and s.mark == "single" and coded(s.part.text, s.offset)]
    if not codes:
        return quotes, strays
    gone = {(id(s.part), s.offset) for s in codes}
    for q in [q for q in quotes if not q.closed and (id(q.part), q.start) in gone]:
        drop(q, quotes)
    return quotes, [s for s in strays if (id(s.part), s.offset) not in gone]


def drop(q, quotes: list) -> None:
    """Take a quote that never was out of the list; the quotes inside it
    move up a level."""
    at = len(quotes) - 1
    while quotes[at] is not q:
        at -= 1
    del quotes[at]
    for inner in quotes[at:]:
        if inner.part is q.part and inner.depth > q.depth:
            inner.depth -= 1
            if inner.parent is q:
                inner.parent = q.parent
