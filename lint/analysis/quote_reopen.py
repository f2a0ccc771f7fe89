"""Quotes reopened inside a quote still open: a lost paragraph break.

By news convention a quote that runs over several paragraphs opens each of
them with a mark and closes only in the last. When the paragraph breaks of
such a quote are lost (an archive export, a paste), one paragraph reads
`he said: “I stayed out of it. “But this woman …”`: a sentence ends, then a
new double mark opens while the first double quote is still open. nu26 #10
found 615 of the BBC archive's 658 `quotes.unbalanced` errors to be this.
`reopenings` finds each such pair from the quote spans' offsets; the quote
checks report it once, at the inner opening mark, where the break belongs.
"""
from __future__ import annotations

from ..document import Document
from .quote_sentences import starts_sentence
from .quotes import Quote, quote_analysis
from .speech_cues import lexicon


def reopenings(doc: Document) -> dict[int, Quote]:
    """By id of each double quote left open in its paragraph (never closed,
    or running on into the next), the first double quote opened directly
    inside it at a sentence start (`… situations. “But`), in the same
    paragraph. Empty when no quote nests in an open one. One pass over the
    document's quotes; a sentence start is read only around each inner
    opening mark (`quote_sentences.starts_sentence`)."""
    return doc.analysis("quotes.reopened", _reopenings)


def _reopenings(doc: Document) -> dict[int, Quote]:
    lex, out = lexicon(), {}
    for q in quote_analysis(doc).quotes:
        p = q.parent
        if p is not None and q.mark == p.mark == "double" and not p.closed \
                and id(p) not in out and starts_sentence(q.part.text, q.start, lex):
            out[id(p)] = q
    return out
