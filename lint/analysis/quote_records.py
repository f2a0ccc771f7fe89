"""The records of the quote scan (`quotes._scan`): each quote, each stray
mark and a document's analysis, in a module of their own so the scan's
module stays small. `quotes` names them too, as its users import them."""
from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from ..document import Part


@dataclass(eq=False)
class Quote:
    """One quote in one part: `text[start:end]` runs from the opening mark to
    the closing mark, or to the end of the part when the quote runs on."""

    part: Part
    start: int
    end: int
    mark: str                      # "double" or "single"
    curly: bool                    # the opening mark is typographic
    depth: int                     # 0 for a quote not inside another
    parent: "Quote | None" = None
    closed: bool = False
    close_curly: bool | None = None
    next: "Quote | None" = None    # this quote's segment in the paragraph after
    open_width: int = 1            # 2 for a '' mark, 0 for an element's
    close_width: int = 1
    # a quotation element's (`<q>`): its marks are the page's, none typed (`quote_elements`)
    element: bool = False
    # ... and in the paragraph before (`prev`), held weakly: a strong link both
    # ways was a reference cycle that left each such document to the collector
    _prev: "weakref.ref[Quote] | None" = field(default=None, repr=False)

    @property
    def prev(self) -> "Quote | None":
        return self._prev() if self._prev is not None else None

    @prev.setter
    def prev(self, quote: "Quote | None") -> None:
        self._prev = weakref.ref(quote) if quote is not None else None

    @property
    def head(self) -> "Quote":
        """The first segment of a multi-paragraph run (self for a one-paragraph quote)."""
        q = self
        while q.prev is not None:
            q = q.prev
        return q

    def segments(self) -> list["Quote"]:
        out, q = [], self.head
        while q is not None:
            out.append(q)
            q = q.next
        return out

    @property
    def inner(self) -> str:
        """The quoted words, marks excluded."""
        end = self.end - self.close_width if self.closed else self.end
        return self.part.text[self.start + self.open_width:end]


@dataclass(frozen=True)
class Stray:
    """A quote mark with no partner: `kind` is "open" (never closed),
    "close" (never opened), "mismatched" (a double quote closed by a single
    mark before a tag: `quote_misclosed`), "misplaced" (a closing mark that
    closed its quote with its space before it, glued to the next word),
    "misplaced-open" (an opening mark with its space after it) or "turned"
    (a curly mark turned the wrong way, `quote_turned`); `offset` is the
    mark itself. `run_on`: an "open" whose quote runs on into the next
    paragraph, which does not reopen it, and closes there
    (`quote_carry.run_on_close`): its close is no stray of its own.
    `misclosed`: an "open" whose quote a single mark seems to close, with
    no tag after it (`quote_misclosed`): one slip with that mark."""

    part: Part
    offset: int
    width: int                     # of the mark: 2 for ''
    kind: str
    mark: str
    run_on: bool = False
    misclosed: bool = False


@dataclass
class QuoteAnalysis:
    """A document's quotes, stray marks and the body parts scanned for them."""

    quotes: list[Quote]            # every quote segment in document order
    strays: list[Stray]
    parts: list[Part]              # the body parts scanned, in order
    # each footnote's quotes, scanned on its own: for the rules on a quote's own marks
    # (mixed marks, nesting) and the quotations style rules leave alone, never the story's
    notes: list[Quote] = field(default_factory=list)

    def top_level(self) -> list[Quote]:
        return [q for q in self.quotes if q.depth == 0]
