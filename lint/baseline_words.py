"""The words a baseline record knows a finding by (`before`, `after`): up to
`fingerprint.CONTEXT_WORDS` words either side of it in the text of the
`Document` part it lies in (its paragraph, caption, headline), read when
the finding is placed (`placing.diagnostic`, which has the part: the
documents a report keeps hold no parts) and carried on it as
`Diagnostic.sides`. So in HTML, NITF, NewsML-G2 and WordPress a paragraph's
tags and the next paragraph's words are never read as its words, and a TK
at a paragraph's end has no words after it, as in Markdown (nu62 #2). A
finding in no part (a file-level one) has none.

Baselines of format 1 (`baseline.FORMAT_VERSION` before this) read the
words from the file's source, markup and all; their records, and those such
a baseline hands on to a rewrite (`WORDS_FROM`), are matched by words read
that way still (`source_sides`), so an upgrade shows no known finding as new.
"""
from __future__ import annotations

from .fingerprint import halves, reach

# the baseline format since which records hold part words
PART_WORDS_VERSION = 2
# a record's key and value when its words were read from the source (a format-1 baseline's)
WORDS_FROM = ("words_from", "source")


def part_words_format(version: object) -> bool:
    """Whether a baseline whose `version` field holds `version` records part words."""
    return type(version) is int and version >= PART_WORDS_VERSION


def of_part(part, start: int, end: int, source: str) -> tuple[str, str, int, int]:
    """`Diagnostic.sides` of a finding at part.text[start:end]: (the words
    before, the words after, lo, hi), [lo, hi] the source span from the
    first word before to the last word after (`fingerprint.reach` on the
    text, so an edit clear of it keeps the words)."""
    before, after = halves(part.text, start, end)
    lo, hi = reach(part.text, start, end)
    src_lo = part.source_offset(lo)
    src_hi = part.source_span(lo, hi, source)[1] if hi > lo else src_lo
    return before, after, src_lo, src_hi


def sides(document, d) -> dict:
    """{"before": words, "after": words} of the finding `d` (a `Diagnostic`)
    in its part's text; both "" for a finding in no part."""
    words = d.sides or ("", "")
    return {"before": words[0], "after": words[1]}


def source_sides(document, d) -> dict:
    """The words as a format-1 baseline read them: from `document`'s source, markup and all."""
    before, after = halves(document.source, d.offset, d.end_offset)
    return {"before": before, "after": after}


def span(document, d, from_source: bool) -> tuple[int, int]:
    """(lo, hi), source offsets holding the finding `d` and its words
    either side as `sides` (or, `from_source`, `source_sides`) reads them:
    an edit clear of [lo, d.offset] keeps the words before, one clear of
    [d.end_offset, hi] those after (`fingerprint.reach`)."""
    if from_source or d.sides is None:
        return reach(document.source, d.offset, d.end_offset)
    return min(d.offset, d.sides[2]), max(d.end_offset, d.sides[3])
