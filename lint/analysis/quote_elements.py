"""Quotations marked up as elements: quotes whose marks nobody typed.

A browser shows an HTML `<q>` between quote marks, “…”, and one inside
another between single marks, ‘…’ (HTML Living Standard 4.5.7, `q`; CSS
`quotes: auto`); NITF 3.x's `q` is an inline quotation. The readers keep
the element's text, with no marks, and its span as an inline `quotation`
mark (`Part.attrs["inline"]`). `merged` sets an OPEN and a CLOSE event at
its ends among the typed marks `quotes._scan` reads, which opens there a
quote of zero-width marks (`Quote.element`), double or single by how many
elements hold it: every offset stays the source's, and a finding about
the quote starts at its first character (never at the `<q>` tag).
The typed marks inside an element are scanned on their own (`Frames`): a
typed mark never closes the element's quote, and a typed quote left open
inside it is a mark never closed, at the element's end.
"""
from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Iterable, Iterator

from ..document import Part

if TYPE_CHECKING:                   # (quotes imports this module; types only)
    from .quote_records import Quote
    from .quote_stack import Stack

# The events `merged` puts among the marks: no mark is either.
OPEN, CLOSE = "<q>", "</q>"


def element_spans(part: Part) -> list[tuple[int, int]]:
    """(start, end) in `part.text` of each quotation element that holds text:
    one of white space only (`<q> </q>`, `<q>&nbsp;</q>`) quotes nothing
    (qa372 #6)."""
    text = part.text
    return [(s, e) for k, s, e in part.attrs.get("inline", ()) if k == "quotation" and e > s
            and not text[s:e].isspace()]


def merged(marks: Iterable[tuple[int, str]], spans: list[tuple[int, int]]) -> Iterator[tuple[int, str]]:
    """The (offset, mark) pairs of `marks` with (start, OPEN) and (end, CLOSE)
    for each span, in text order: at one offset, the elements that end there
    close (the inner first), then those that start there open (the outer
    first), then the typed mark there is read (it is inside the one opening,
    after the one closing). `marks` is read lazily, as the scan goes."""
    events = [(s, 1, -e, OPEN) for s, e in spans] + [(e, 0, -s, CLOSE) for s, e in spans]
    heapq.heapify(events)
    for i, ch in marks:
        while events and events[0][0] <= i:
            at, _, _, what = heapq.heappop(events)
            yield at, what
        yield i, ch
    while events:
        at, _, _, what = heapq.heappop(events)
        yield at, what


class Frames:
    """The quotation elements open in one part's scan, each with what the
    scan's stack held when it opened (`Stack.enter`)."""

    def __init__(self, stack: Stack):
        self.stack = stack
        self.open: list[tuple[Quote, int, tuple[list, int]]] = []

    def mark(self) -> str:
        """The mark a browser shows for an element opening now: double, or
        single inside an odd number of elements."""
        return "single" if len(self.open) % 2 else "double"

    def enter(self, q: Quote, first: int) -> None:
        """`q` (just pushed) is an element's quote; the quotes opened inside it
        will be `quotes[first:]`."""
        q.element, q.close_width = True, 0
        self.open.append((q, first, self.stack.enter()))

    def leave(self, i: int, quotes: list[Quote]) -> tuple[Quote, list[Quote]]:
        """The innermost element ends at text[i]: (its quote, taken off the
        stack, to be closed; the typed quotes left open inside it, which end
        there). The quotes opened inside it take it as their parent and
        their depth below it."""
        q, first, saved = self.open.pop()
        left = list(self.stack)
        for o in left:
            o.end = i
        for inner in quotes[first:]:
            inner.depth += q.depth + 1
            if inner.parent is None:
                inner.parent = q
        self.stack.leave(saved)
        self.stack.pop()
        return q, left


def doubled(q: Quote) -> bool:
    """`q` and the quote just outside it are an element's and a typed one's
    holding the same words, so a page shows two pairs of marks (`<q>“Go”</q>`:
    ““Go””; `“<q>Go</q>”`)."""
    p = q.parent
    return p is not None and (q.element or p.element) and p.closed and q.closed \
        and q.start == p.start + p.open_width and q.end == p.end - p.close_width
