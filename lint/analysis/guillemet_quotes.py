"""Where the body's and the footnotes' quotations in guillemets lie, for the
rules that leave a speaker's words alone (`quoted_spans`, hygiene.doubled-word)
as they do inside curly quotes (nu77 #10). The reading is --fix's hold's
(`quote_fixes`): double guillemets « … » (French) or » … « (German), nested,
also over paragraphs (`quote_guillemets`), and single ones ‹ … › or › … ‹
(`quote_others`). The quote scan (`quotes.py`) reads none of these marks.
"""
from __future__ import annotations

from ..document import Document
from .quote_guillemets import run_spans
from .quote_others import guillemet_spans
from .quote_parts import BODY_KINDS

KINDS = BODY_KINDS + ("footnote",)      # the parts the curly quote spans cover too
_MARKS = "\u00ab\u00bb\u2039\u203a"


def guillemet_quotes(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Part index -> the (start, end) of each guillemet quotation in that part
    (part offsets, marks included; a segment of one running over paragraphs
    covers its part to the end or from 0), sorted, possibly nested or
    overlapping. Parts without one are absent. Built once per document."""
    return doc.analysis("quotes.guillemet_spans", _build)


def _build(doc: Document) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    texts = [part.text for part in doc.parts if part.kind in KINDS]
    if not any(mark in text for text in texts for mark in _MARKS):
        return out      # most copy: no guillemet, so no layout read for the runs
    for part in doc.parts:
        if part.kind in KINDS:
            spans = guillemet_spans(part.text)
            if spans:
                out[part.index] = spans
    for part, s, e in run_spans(doc):
        out.setdefault(part.index, []).append((s, e))
    for spans in out.values():
        spans.sort()
    return out


def innermost(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The shortest of `spans` holding [start, end), or None."""
    best = None
    for s, e in spans:
        if s > start:
            break
        if end <= e and (best is None or e - s < best[1] - best[0]):
            best = (s, e)
    return best
