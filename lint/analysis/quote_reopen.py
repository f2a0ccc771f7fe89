"""Quotes reopened inside a quote still open: a lost paragraph break.

By news convention a quote that runs over several paragraphs opens each of
them with a mark and closes only in the last. When the paragraph breaks of
such a quote are lost (an archive export, a paste), one paragraph reads
`he said: “I stayed out of it. “But this woman …”`: a sentence ends, then a
new double mark opens while the first double quote is still open. nu26 #10
found 615 of the BBC archive's 658 `quotes.unbalanced` errors to be this.
`reopenings` finds each such pair from the quote spans' offsets; the quote
checks report it once, at the inner opening mark, where the break belongs.
A sentence that ends in a dialogue tag (`… estimate, Munster said. “To put`)
shows the open quote lacks its closing mark before the tag: no lost break.
The quotes the open one holds after its lost break (`resumed`) stand in the
paragraph the break would start: none is nested in it, and the last one left
open is the quote that runs on when the open one does.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document
from .quote_sentences import starts_sentence
from .quotes import Quote, quote_analysis
from .speech_cues import WORD, Lexicon, lexicon

# A short clause after the open quote's last comma, ending the sentence
# before the inner mark: `, Munster said. ` (its words read for a cue verb).
TAG = regex.compile(r",([^,.!?\n]{1,40})[.!?][\"'\u201d\u2019)]*\s+\Z")


def reopenings(doc: Document) -> dict[int, Quote]:
    """By id of each double quote left open in its paragraph (never closed,
    or running on into the next), the first double quote opened directly
    inside it at a sentence start (`… situations. “But`; a quotation
    element, `<q>`, is none: its marks are the page's), in the same
    paragraph. Empty when no quote nests in an open one. One pass over the
    document's quotes; a sentence start is read only around each inner
    opening mark (`quote_sentences.starts_sentence`)."""
    return doc.analysis("quotes.reopened", _reopenings)


def resumed(doc: Document) -> set[int]:
    """ids of the double quotes that stand after a lost break (`reopenings`):
    the reopened quote and each later double quote opened directly inside
    the same open quote (`said: “A. “B.” Then. “C,” she said.`: “B and “C).
    Neither is nested in the open quote, which ends at the break."""
    return doc.analysis("quotes.resumed", _resumed)


def _resumed(doc: Document) -> set[int]:
    reopened, out = reopenings(doc), set()
    if reopened:
        for q in quote_analysis(doc).quotes:
            p = q.parent
            at = reopened.get(id(p)) if p is not None and q.mark == "double" else None
            if at is not None and at.start <= q.start:
                out.add(id(q))
    return out


def _reopenings(doc: Document) -> dict[int, Quote]:
    lex, out = lexicon(), {}
    for q in quote_analysis(doc).quotes:
        p = q.parent
        if p is not None and q.mark == p.mark == "double" and not p.closed and not q.element \
                and id(p) not in out and starts_sentence(q.part.text, q.start, lex) \
                and not _tagged(q.part.text, max(p.start, q.start - 60), q.start, lex):
            out[id(p)] = q
    return out


def _tagged(text: str, lo: int, at: int, lex: Lexicon) -> bool:
    """Whether the sentence ending just before text[at] closes on a dialogue
    tag after a comma: at most five words, a cue verb first or among the last
    three (`, Munster said.`), read in text[lo:at] only."""
    m = TAG.search(text, lo, at)
    if m is None:
        return False
    words = [w[0].lower() for w in WORD.finditer(m[1])]
    # the verb first (`said David Ross`) or among the last three (`it said`,
    # `he said on Tuesday`); not `and believe me I will`
    return len(words) <= 5 and any(w in lex.cues and (k == 0 or k >= len(words) - 3)
                                   for k, w in enumerate(words))
