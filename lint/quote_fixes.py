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

from . import rx as regex

from .document import Document, Part

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")      # marks too: a vowel sign or accent typed apart is a letter's (qa429 #8)
ALONE = ("headline", "title", "dek", "caption")     # parts the body scan leaves, scanned alone


def words_of(text: str) -> str:
    """`text`'s letters (their combining marks too) and figures, case folded: what a speaker said, less
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
    """Each direct quotation's (start, end) in the source, in order, overlaps
    merged: the quote rules' quotations (a single quote closed by a plural
    possessive too: qa436 #1), those of a headline, dek or caption scanned alone,
    those in marks the scan does not read (`quote_others`; double guillemets
    also over paragraphs, `quote_guillemets.run_spans`), and each block
    quotation that is no pull quote the markup names (qa429 #1, #3, #4, #5)."""
    from .analysis.quote_guillemets import run_spans    # read only for a word-swapping fix
    from .analysis.quote_others import other_spans
    from .analysis.quoted_spans import merged
    from .analysis.quotes import alone, quote_analysis
    qa = quote_analysis(doc)
    found = [(q.part, q.start, q.end) for q in qa.quotes + qa.notes
             if q.depth == 0 and (q.closed or q.next is not None)]
    for part in doc.parts:
        if part.kind in ALONE:
            found += [(part, q.start, q.end) for q in alone(part) if q.depth == 0 and q.closed]
        if part.kind == "blockquote" and not part.attrs.get("pull_marked") and part.text:
            found.append((part, 0, len(part.text)))
        found += [(part, s, e) for s, e in other_spans(part.text)]
    found += run_spans(doc)
    return merged(part.source_span(s, e, doc.source) for part, s, e in found)
