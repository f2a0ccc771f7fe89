"""A change told in the next paragraph (qa75 #5): wire copy sets each
sentence as a paragraph of its own, so "The hearing was Dec. 12." may end
its paragraph and "It was later postponed." open the next. The copula
reading (`lint.analysis.copula_plans`) reads the very next sentence in
its paragraph only; `told_next` reads the clause again with the next
paragraph set after it, as one text, when the date's sentence is a past
copula's and closes its paragraph with a full stop. The finding keeps the
mention's own offsets: the joined text only adds words after its paragraph.
"""
from __future__ import annotations

from ..analysis.sentences import sentence_bounds
from ..analysis.tense import PAST, clause_tense, words

__all__ = ["told_next"]

_ENDS = (".", "!", "?")
_CELLS = ("td", "th")        # `attrs["block"]` of a table's cell: a column's entry, not a paragraph


def told_next(doc, part, m) -> bool:
    """Does the paragraph after `part` (a part of the same kind and block,
    next in `doc.parts`; not a table cell nor a list item after a paragraph:
    qa76 #8) tell that the plan of the past copula before the date
    mention `m` changed ("The hearing was Dec. 12." then "It was later
    postponed.")? False when the date's sentence is not its paragraph's
    last, ends with no full stop, or no such paragraph follows."""
    if m.lead is not None or m.tense.marker.lower() not in words()["copula_past"]:
        return False
    text = part.text.rstrip()
    if not text.endswith(_ENDS) or m.sentence[1] < len(text) or part.index + 1 >= len(doc.parts):
        return False
    nxt = doc.parts[part.index + 1]
    block = part.attrs.get("block")
    if nxt.kind != part.kind or nxt.attrs.get("block") != block or block in _CELLS or not nxt.text.strip():
        return False
    joined = f"{text} {nxt.text.lstrip()}"
    return clause_tense(joined, m.start, m.end, sentence_bounds(joined), m.year).tense != PAST
