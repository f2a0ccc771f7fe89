"""`quote-mixed-marks`: straight and curly double quotes in one article.

The style used by fewer marks is flagged, one finding per quote. The fix
swaps that quote's marks for the majority style, and is offered only where
the paragraph balances: with a stray mark in it, which mark pairs with
which is a guess, and a guessed fix would make things worse.
"""
from __future__ import annotations

from ..analysis.quotes import quote_analysis
from .base import Finding, Kind

STYLES = {True: ("curly", "\u201c", "\u201d"), False: ("straight", '"', '"')}
SHOWN = {True: "\u201c \u201d", False: '"'}


class QuoteMixedMarks(Kind):
    name = "quote-mixed-marks"
    description = "Flags double quotes whose straight or curly marks are the article's minority."
    default_scope = ("paragraph", "blockquote")
    fixable = True

    def check(self, doc, parts):
        qa = quote_analysis(doc)
        doubles = [q for q in qa.quotes if q.mark == "double"]
        marks = [q.curly for q in doubles] + [q.close_curly for q in doubles if q.closed]
        curly, straight = marks.count(True), marks.count(False)
        if not curly or not straight:
            return
        major = curly >= straight   # on a tie, typographic marks win
        name, opening, closing = STYLES[major]
        wanted = {id(p) for p in parts}
        unbalanced = {id(s.part) for s in qa.strays}
        for q in doubles:
            if id(q.part) not in wanted or (q.curly == major and q.close_curly in (None, major)):
                continue
            fix = None
            if id(q.part) not in unbalanced:
                end = q.end - q.close_width if q.closed else q.end
                fix = opening + q.part.text[q.start + q.open_width:end] + (
                    closing if q.closed else "")
            yield Finding(q.part, q.start, q.end, fix=fix, args={
                "style": STYLES[not major][0], "major": name,
                "count": max(curly, straight), "marks": SHOWN[major]})


KIND = QuoteMixedMarks
