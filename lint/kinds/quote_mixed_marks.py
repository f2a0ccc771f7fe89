"""`quote-mixed-marks`: straight, curly and ASCII-paired double quotes in one article.

Three styles of double quote marks occur: straight (`"`), curly (“ ”) and
the ASCII pairs of archive copy (``We won,'' as old WSJ text, TeX and the
Penn Treebank write it; ‘‘ ’’ count as curly, and the wire's "…'' as
straight). Each mark is classed on its own; the style used by the most marks is the article's, and
every quote with a mark of another style is flagged, one finding per quote,
so the proposed style is always one the article already uses. The fix swaps
that quote's marks for the majority style, a quote in single marks inside it
too, and is offered only where the
paragraph balances: with a stray mark in it, which mark pairs with which is a
guess, and a guessed fix would make things worse. A ‘ turned to close its
‘ quote is no such stray: the scan pairs it, and the fix turns it round. A quote opened with the
low mark „ (German, Polish) keeps its language's marks: it is not counted.
"""
from __future__ import annotations

from ..analysis.quote_marks import LOW_DOUBLE
from ..analysis.quote_misclosed import RIGHT_SINGLES
from ..analysis.quotes import quote_analysis
from ..plural import counted
from .base import Finding, Kind

CURLY, STRAIGHT, PAIRED = "curly", "straight", "ASCII-paired"
# (opening, closing) for a fix; what the message shows.
MARKS = {CURLY: ("\u201c", "\u201d"), STRAIGHT: ('"', '"'), PAIRED: ("``", "''")}
# The single marks of a quote inside one, in each style (archive copy's `…').
SINGLE_MARKS = {CURLY: ("\u2018", "\u2019"), STRAIGHT: ("'", "'"), PAIRED: ("`", "'")}
_ANY_SINGLE_MARK = frozenset("'`\u2018\u2019")     # any style's single marks, apostrophes too
SHOWN = {CURLY: "\u201c \u201d", STRAIGHT: '"', PAIRED: "`` ''"}
# On a tie, typographic marks win, then the plain ASCII mark.
PREFERENCE = (CURLY, STRAIGHT, PAIRED)


def opening_style(mark: str) -> str:
    """The style of a quote's opening mark: `` opens the ASCII pairs; `"` and
    '' are straight (some archives open with ''); `“` and `‘‘` are curly."""
    if mark == "``":
        return PAIRED
    return STRAIGHT if mark in ('"', "''") else CURLY


def closing_style(mark: str, opening: str) -> str | None:
    """The style of a closing mark: '' closes an ASCII quote in the style it
    opened (``…'' paired; "…'' is the wire's straight quote), and counts as
    straight after a curly opening; `"` is straight, `”` and `’’` curly. A
    single mark typed for the double one (`"…,' Ames said.`,
    `quote_misclosed`) is no double mark and has no style here (None):
    that slip is `quotes.unbalanced`'s, and counting it would make one
    quote's two marks look like two styles (nu44 H1)."""
    if mark == "''":
        return PAIRED if opening == PAIRED else STRAIGHT
    if mark in RIGHT_SINGLES:
        return None
    return STRAIGHT if mark == '"' else CURLY


class QuoteMixedMarks(Kind):
    name = "quote-mixed-marks"
    placeholders = frozenset({"count", "counted", "major", "marks", "style"})
    description = "Flags double quotes whose marks are not the article's main style."
    default_scope = ("paragraph", "blockquote")
    fixable = True

    def check(self, doc, parts):
        qa = quote_analysis(doc)
        every = qa.quotes + qa.notes     # a footnote's marks are the article's too
        styled = []                    # (quote, opening style, closing style or None)
        counts = dict.fromkeys(PREFERENCE, 0)
        for q in every:
            if q.mark != "double" or q.element:
                continue        # (a <q>'s marks are the page's, none typed: `quote_elements`)
            text = q.part.text
            if text[q.start] == LOW_DOUBLE:
                continue        # „…“: a German or Polish quote keeps its language's marks
            opening = opening_style(text[q.start:q.start + q.open_width])
            closing = closing_style(text[q.end - q.close_width:q.end], opening) \
                if q.closed else None
            counts[opening] += 1
            if closing is not None:
                counts[closing] += 1
            styled.append((q, opening, closing))
        if sum(1 for n in counts.values() if n) < 2:
            return
        major = max(PREFERENCE, key=lambda s: (counts[s], -PREFERENCE.index(s)))
        opening_mark, closing_mark = MARKS[major]
        wanted = {id(p) for p in parts}
        # a ‘ turned to close a ‘ quote (`‘Stop the Steal‘`) is that quote's
        # closing mark, paired: the paragraph's pairing is known (qa329 #3)
        closings = {(id(s.part), s.end - 1) for s in every if s.mark == "single" and s.closed and not s.element}
        unbalanced = {id(s.part) for s in qa.strays
                      if not (s.kind == "turned" and s.mark == "single" and (id(s.part), s.offset) in closings)}
        inner: dict[int, list] = {}     # id of a quote -> the closed single-mark quotes right inside it
        for s in every:
            if s.mark == "single" and s.closed and s.parent is not None and not s.element:
                inner.setdefault(id(s.parent), []).append(s)
        for q, opening, closing in styled:
            if id(q.part) not in wanted or (opening == major and closing in (None, major)):
                continue
            fix = None
            if id(q.part) not in unbalanced and (closing is not None or not q.closed):
                end = q.end - q.close_width if q.closed else q.end
                fix = opening_mark + _singles_in(q.part.text, q.start + q.open_width, end,
                                                 inner.get(id(q), ()), major) + (
                    closing_mark if q.closed else "")
            style = opening if opening != major else closing
            yield Finding(q.part, q.start, q.end, fix=fix, args={
                "style": style, "major": major, "count": counts[major],
                "counted": counted(counts[major], "mark"),
                "marks": SHOWN[major]})


def _singles_in(text: str, start: int, end: int, singles, major: str) -> str:
    """text[start:end], a flagged quote's words, with the marks of each
    single-mark quote closed inside it (`singles`) in the `major` style
    too, so the fixed quote is all one style (“He told us ‘no’ twice,”,
    not “He told us 'no' twice,”: qa149 #16). Apostrophes are no quote marks
    and stay. Only where the pairing is sure: a single mark not inside a
    word besides the inner quotes' own ('rock 'n' roll', 'Jack o' lantern',
    the players' union) may be the real opening or closing, so the words
    are then left as typed, as before qa149 #16 (a swap could pair ‘ with
    ', qa186 #4)."""
    loose = sum(1 for i in range(start, end) if text[i] in _ANY_SINGLE_MARK and not (
        i > start and i + 1 < end and text[i - 1].isalnum() and text[i + 1].isalnum()))
    if loose != 2 * len(singles):
        return text[start:end]
    opening, closing = SINGLE_MARKS[major]
    out, at = [], start
    for s in sorted(singles, key=lambda s: s.start):
        out += [text[at:s.start], opening, text[s.start + s.open_width:s.end - s.close_width], closing]
        at = s.end
    return "".join(out) + text[at:end]


KIND = QuoteMixedMarks
