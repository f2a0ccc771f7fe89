"""A single mark run straight into an opening double one (`’“`), as `quotes._scan` reads it.

An apostrophe stands inside a word or ends one before a space, so a right
single mark set against the next quote's opening mark closes the single
quote open before it: `‘The party’“Mr. Barna threw a bash,” the Times said.`
(PolNeAR train huff-post_2016-07-25_monday-s-morning-email-putin-s-p.txt
line 17: nu47 #3), and so does a straight one, `'The party'“Mr. Barna …”`
(qa198 #3). A plural possessive can stand there too: in `‘The Joneses’“new
house” is big,’ Ames said.` the single quote closes after the double one
(qa198 #6). So the mark closes unless the next single mark after the part's
last closing double mark is shaped to close a quote (after a non-space,
before a space, a stop or the end) rather than to open one.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from .quote_parts import CLOSING_CONTEXT, OPENING_CONTEXT

# A single mark shaped to close a quote (group `close`) or to open one.
_SINGLES = regex.compile(
    "(?<=\\S)(?P<close>['\u2019])(?=$|\\s|[%s])|(?:(?<!\\S)|(?<=[%s]))[\u2018'](?=\\S)"
    % (regex.escape("".join(sorted(CLOSING_CONTEXT))), regex.escape("".join(sorted(OPENING_CONTEXT)))))


@lru_cache(maxsize=16)
def _singles(text: str) -> tuple[list[int], list[bool]]:
    """The offsets of the single marks in `text` shaped to open or close a
    quote, in order, and for each whether it closes; read once per part."""
    found = [(m.start(), m.group("close") is not None) for m in _SINGLES.finditer(text)]
    return [k for k, _ in found], [c for _, c in found]


def closes_into_double(text: str, i: int, last_double: int) -> bool:
    """The single mark at text[i] (’ or '), set right before an opening
    double mark, closes the single quote open before it: the next single mark
    after `last_double` (the offset of the part's last double mark that may
    close, `”`, `"` or `''`, as `quotes._scan` finds it; -1 with none) or
    after i, whichever is later, is none or one shaped to open a quote, so
    no later mark closes that single quote."""
    where, closing = _singles(text)
    k = bisect.bisect_right(where, max(i, last_double))
    return k == len(where) or not closing[k]
