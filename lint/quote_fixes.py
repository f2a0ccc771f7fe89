"""Which fixes a direct quotation refuses: AP Stylebook, 'quotations in the
news': never alter quotations, even to correct minor grammatical errors or
word usage. A fix of a kind that swaps words (`Kind.fix_words`: substitution,
vale-substitution, consistency) is not written inside a quotation when it
changes the words themselves ('i.e.' -> 'that is', 'it is' -> "it's"); its
finding stays, and --fix says the quotation's words are left to the writer
(`fixes.HELD["quotation"]`). A fix of style characters only (a space after a
stop, an apostrophe dropped from '1990's', a hyphen from 'e-mail', a capital)
changes no word and is written there too, as are the mechanical kinds'
(month abbreviations, time of day, numerals, quote marks, a doubled word).
"""
from __future__ import annotations

import bisect

import regex

from .document import Document, Part

_WORD = regex.compile(r"[\p{L}\p{N}]+")


def words_of(text: str) -> str:
    """`text`'s letters and figures, case folded: what a speaker said, less
    its spelling's spaces, hyphens, apostrophes, stops and capitals."""
    return "".join(_WORD.findall(text)).casefold()


def refused_in_quote(doc: Document, part: Part, start: int, end: int, at: tuple[int, int], fix: str,
                     swaps_words: bool) -> bool:
    """Whether the fix writing `fix` over part.text[start:end] (part offsets;
    `at`: its span in the source) changes a speaker's words: a word-swapping
    kind's (`swaps_words`) fix whose words differ from the text's, wholly
    inside a direct quotation (`analysis.quoted_spans`, read by source
    offset, as a Vale rule's part is not the quote rules' paragraph)."""
    if not swaps_words or words_of(part.text[start:end]) == words_of(fix):
        return False
    spans = doc.analysis("fix.quoted_source", _source_spans)
    k = bisect.bisect_right(spans, (at[0], float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at[0] and at[1] <= spans[k][1]


def _source_spans(doc: Document) -> list[tuple[int, int]]:
    """Each direct quotation's (start, end) in the source, in order."""
    from .analysis.quoted_spans import _spans      # read only for a word-swapping fix
    by_index = {p.index: p for p in doc.parts}       # (the quote rules' parts: `quoted_spans.quoted`)
    out = [by_index[i].source_span(s, e, doc.source) for i, spans in doc.analysis("dates.quoted_spans", _spans).items() if i in by_index
           for s, e in spans]
    return sorted(out)
