"""How eval_pages.py matches the reference's paragraphs to newslint's parts.

Paragraph boundaries are judged on neither side. The reference bodies are
one extractor's output and cut a page differently from newslint: they print
a photo credit and its caption as one line where newslint reads two parts,
and newslint cuts a wire dateline (`<span class="dateline">`) out of its
paragraph. So both sides are matched as streams of words in page order, and
a word trigram may run across a boundary:

- recall: a reference paragraph is linted when 80% of its trigrams are in
  the stream of linted parts (one or two words: when they are linted in a
  row);
- precision: a linted part is article text when half of its trigrams are in
  the stream of reference paragraphs (one or two words: when they are there
  in a row).

A trigram across a boundary only joins the last words of one unit to the
first of the next, as the page has them one after the other; the words
themselves must still be linted (or in the reference), so furniture between
two parts is never counted.
"""
from __future__ import annotations

from _pages_reference import tokens, trigrams

RECALL_SHARE = 0.8      # share of a paragraph's trigrams that must be linted
PRECISION_SHARE = 0.5   # share of a part's trigrams that must be in the reference


def page_order(parts, kinds) -> list:
    """The parts of `kinds` in source order, without a part that lies inside
    an earlier one whose text already holds its words (a dateline part that
    its paragraph also holds)."""
    spans = sorted(((*p.source_span(0, len(p.text)), i, p) for i, p in enumerate(parts)
                    if p.kind in kinds), key=lambda x: (x[0], -x[1], x[2]))
    out: list[tuple[int, int, str, object]] = []
    for start, end, _, part in spans:
        words = f" {' '.join(tokens(part.text))} "
        # the enclosing part starts at or before this one: among the last few kept
        if any(s <= start and end <= e and words in w for s, e, w, _ in out[-8:]):
            continue
        out.append((start, end, words, part))
    return [p for *_, p in out]


def stream(texts) -> list[str]:
    """The words of `texts`, one after the other."""
    return [w for text in texts for w in tokens(text)]


def found(stretches: list[list[str]], linted_tri: set, padded: str) -> bool:
    """A reference paragraph, as its stretches of words (one stretch: the whole
    paragraph; the copy-desk counting cuts out links), is in the linted stream:
    80% of its trigrams are in `linted_tri` (the stream's), or its one or two
    words are in a row in `padded` (the stream's words joined by spaces, with
    a space at each end)."""
    if sum(map(len, stretches)) < 3:
        return f" {' '.join(w for s in stretches for w in s)} " in padded
    # no stretch of three words (links cut it small): its words' trigrams
    # across the cuts, as the one- or two-word test above joins them
    tri = set().union(*(trigrams(s) for s in stretches if len(s) >= 3)) or \
        trigrams([w for s in stretches for w in s])
    return len(tri & linted_tri) / len(tri) >= RECALL_SHARE


def in_body(text: str, body_tri: set, body_padded: str) -> bool:
    """A part's text is article text: half its trigrams are in the reference
    stream (`body_tri`), or its one or two words in a row (`body_padded`, as
    `found` has it)."""
    toks = tokens(text)
    if len(toks) < 3:
        return bool(toks) and f" {' '.join(toks)} " in body_padded
    tri = trigrams(toks)
    return len(tri & body_tri) / len(tri) >= PRECISION_SHARE
