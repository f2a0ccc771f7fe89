"""What a quote left open at a part's end carries into the parts after it,
for `quotes._analyse`: one fault, not two, where the quote closes later.

A quote left open at a paragraph's end that the next paragraph does not
reopen, and that closes there, is one fault at its open (`run_on_close`).
A quote opened in a lead-in ending with a colon and closed at the end of the
bulleted list under it (`According to the county, “The program aims to:`
over items, the last ending `results.”`) is no fault at all (`list_close`):
a list's items take no reopening mark, as a run-on quote's paragraphs do.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .. import rx as regex

from .sentence_ends import STOP_CLOSED

if TYPE_CHECKING:                   # (quotes imports this module; types only)
    from ..document import Part
    from .quotes import Quote, Stray

# A sentence's end inside a quote: a stop, any closing marks, white space, a
# capital (not as title_unsupported's frame: a stop before lower case, `Gov. to`, ends none).
_SENTENCE_END = regex.compile(rf"{STOP_CLOSED}\s+[\"\u201c\u2018(]*\p{{Lu}}")
LIST_ITEM = "li"     # a part's `block` attr for a list item (`readers._stitch.VALE_BLOCKS`)


def left_open(quotes: list[Quote], first: int, part: Part, carry: Quote | None) -> Quote | None:
    """The last top-level quote of `part` left open that does not run on
    (`carry`), or None. Only the part's own quotes, `quotes[first:]`, are
    read: `_scan` appends them there and `_drop` takes out only its own.
    Reading back through the whole story at every paragraph with none left
    open was quadratic in plain wire copy (qa71 #2)."""
    for k in range(len(quotes) - 1, first - 1, -1):
        q = quotes[k]
        if q.part is part and q.depth == 0 and not q.closed and q is not carry:
            return q
    return None


def run_on_close(dangling: Quote, strays: list[Stray], first: int, opened: list[Quote]) -> None:
    """A quote left open at a paragraph's end whose next paragraph did not
    reopen it, then closes with no quote of its kind opened before: one
    fault, the missing reopening mark, already reported at the open (its
    message says the next paragraph lacks its opening mark: the open's
    stray is marked `run_on`); the close in the next paragraph is that
    quote's end, not a second stray. `strays[first:]` are the next
    paragraph's; the open's own is among the ones before."""
    k = _close_at(dangling, strays, first, opened)
    if k is None:
        return
    del strays[k]
    for j in range(first - 1, -1, -1):
        s = strays[j]
        if s.part is not dangling.part:
            break
        if s.kind == "open" and s.offset == dangling.start:
            strays[j] = replace(s, run_on=True)
            break


def leads_in(q: Quote, nxt: Part | None) -> bool:
    """Whether the quote `q`, left open, ends its part with a colon and a
    list item follows: a lead-in quoting the list under it. The quote must
    open in the lead-in's own sentence (`“The program aims to:`); one that
    opens a sentence or more before it (`Smith said, “We will fix it. The
    plan has three parts:`) was left open there, and a close in the list's
    last item (`a fund Jones called a bailout.”`) may be a quote's of the
    item's own, so both stay reported, as before the list close (qa105 #6)."""
    text = q.part.text.rstrip()
    return nxt is not None and nxt.attrs.get("block") == LIST_ITEM and text.endswith(":") \
        and not _SENTENCE_END.search(text, q.start + q.open_width)


def list_close(listed: Quote, part: Part, nxt: Part | None, strays: list[Stray], first: int,
               opened: list[Quote]) -> tuple[Quote | None, bool]:
    """`listed`, a quote opened by a lead-in (`leads_in`), read over the list
    item `part` (its strays from `strays[first]`, its quotes `opened`, the
    part after it `nxt`): (the quote if it is still carried, else None;
    whether it closed here). It closes at the list's end, whose last item
    holds a closing mark of its kind with none opened before it: then neither
    mark is a fault and both strays go. Any other part, or another stray of
    its kind, ends the carry, and the open stays reported."""
    if part.attrs.get("block") != LIST_ITEM:
        return None, False
    last = nxt is None or nxt.attrs.get("block") != LIST_ITEM
    for k in range(first, len(strays)):
        if strays[k].mark == listed.mark:
            if not last or _close_at(listed, strays, k, opened) != k:
                return None, False
            del strays[k]
            strays[:] = [s for s in strays if not (s.part is listed.part and s.offset == listed.start
                                                   and s.kind == "open")]
            return None, True
    return (None if last else listed), False


def _close_at(q: Quote, strays: list[Stray], first: int, opened: list[Quote]) -> int | None:
    """The index of the first stray from `first` of q's kind when it is a
    close with no quote of that kind opened before it in its part, else None."""
    for k in range(first, len(strays)):
        s = strays[k]
        if s.mark != q.mark:
            continue
        if s.kind == "close" and not any(o.mark == s.mark and o.start < s.offset for o in opened):
            return k
        return None
    return None
