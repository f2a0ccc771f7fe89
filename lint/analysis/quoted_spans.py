"""Where a part's text is a direct quotation, for the date-style rules that
leave quotations alone (qa47 #5, #6): the writer quotes what was said or
written, and AP does not alter a quotation. Read from `quotes.quote_analysis`
(body paragraphs and block quotes, and footnotes). A quote left open that no paragraph
after carries on (`a "people's budget. The vote was on 12/05/2025 …`) is
an unbalanced mark, not a quotation: it hides nothing (qa49 #7). A quote
open at its paragraph's end and carried on by the next is one. Quotations
in guillemets (« … », » … «, ‹ … ›, nested, over paragraphs) are ones too,
read as --fix's hold reads them (`guillemet_quotes`, nu77 #10).
"""
from __future__ import annotations

import bisect

from ..document import Document, Part
from .guillemet_quotes import guillemet_quotes
from .quotes import quote_analysis


def quoted(doc: Document, part: Part, start: int, end: int) -> bool:
    """Whether part.text[start:end] lies inside a direct quotation."""
    spans = doc.analysis("dates.quoted_spans", _spans).get(part.index)
    if not spans:
        return False
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def _spans(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Part index -> the (start, end) of each outermost quote, in order,
    overlaps merged (a curly quote inside guillemets, or around them)."""
    out: dict[int, list[tuple[int, int]]] = {}
    qa = quote_analysis(doc)
    for q in qa.quotes + qa.notes:           # a footnote quotes too
        if q.depth == 0 and (q.closed or q.next is not None):
            out.setdefault(q.part.index, []).append((q.start, q.end))
    for index, spans in guillemet_quotes(doc).items():
        out.setdefault(index, []).extend(spans)
    return {index: merged(spans) for index, spans in out.items()}


def merged(spans) -> list[tuple[int, int]]:
    """`spans` ((start, end) pairs, any order) sorted, those that overlap made
    one (also `quote_fixes._source_spans`' source spans)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
