"""A single mark run straight into an opening double one (`’“`), as `quotes._scan` reads it.

An apostrophe stands inside a word or ends one before a space, so a right
single mark set against the next quote's opening mark closes the single
quote open before it: `‘The party’“Mr. Barna threw a bash,” the Times said.`
(PolNeAR train huff-post_2016-07-25_monday-s-morning-email-putin-s-p.txt
line 17: nu47 #3), and so does a straight one, `'The party'“Mr. Barna …”`
(qa198 #3). A plural possessive can stand there too: in `‘The Joneses’“new
house” is big,’ Ames said.` the single quote closes after the double one
(qa198 #6), with or without another double quote later in the paragraph
(qa201 #2). So the mark closes unless the next single mark after the double
quote it runs into has closed is shaped to close a quote (after a non-space,
before a space, a stop or the end) rather than to open one. Single marks
inside a later double quote belong to it and are passed over: in `…,” the
Times said, “and the Joneses’ too.”` the ’ closes nothing outside (qa204 #7).
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from .. import rx as regex

from .quote_parts import CLOSING_CONTEXT, OPENING_CONTEXT

# A single mark shaped to close a quote (group `close`) or to open one.
_SINGLES = regex.compile(
    "(?<=\\S)(?P<close>['\u2019])(?=$|\\s|[%s])|(?:(?<!\\S)|(?<=[%s]))[\u2018'](?=\\S)"
    % (regex.escape("".join(sorted(CLOSING_CONTEXT))), regex.escape("".join(sorted(OPENING_CONTEXT)))))
# A double mark that can close the double quote the run-in mark opens.
_DOUBLES = regex.compile("[\"\u201d]|''")
# A double mark shaped to open a quote: “, or " at a word's start.
_OPENS = regex.compile('\u201c|(?:(?<!\\S)|(?<=[%s]))"(?=\\S)' % regex.escape("".join(sorted(OPENING_CONTEXT))))


@lru_cache(maxsize=16)
def _singles(text: str) -> tuple[list[int], list[bool], list[int]]:
    """The offsets of the single marks in `text` shaped to open or close a
    quote, in order, and for each whether it closes; then the offsets of
    the double marks that can close a quote (” " ''). Read once per part."""
    found = [(m.start(), m.group("close") is not None) for m in _SINGLES.finditer(text)]
    return [k for k, _ in found], [c for _, c in found], [m.start() for m in _DOUBLES.finditer(text)]


def closes_into_double(text: str, i: int) -> bool:
    """The single mark at text[i] (’ or '), set right before the opening
    double mark at text[i + 1], closes the single quote open before it: the
    next single mark after that double quote's own closing mark (the next
    ” " or '' after it; after i with none), passing over those inside a
    later double quote (qa204 #7), is none or one shaped to open a quote, so
    no later mark closes that single quote. A later double quote in the
    paragraph changes nothing else (qa201 #2)."""
    where, closing, doubles = _singles(text)
    d = bisect.bisect_right(doubles, i + 1)
    end = doubles[d] if d < len(doubles) else len(text)
    k = bisect.bisect_right(where, doubles[d] if d < len(doubles) else i)
    while k < len(where):
        opened = _OPENS.search(text, end + 1, where[k])     # a later double quote before it
        if opened is None:
            break
        shut = bisect.bisect_right(doubles, opened.start())
        end = doubles[shut] if shut < len(doubles) else len(text)
        k = bisect.bisect_right(where, end)
    return k == len(where) or not closing[k]
