"""Sentences around a quote, for `attribution.py`: where each sentence of a
part starts (quotes and abbreviations skipped), a sentence's frame (its text
with every quote cut out), and whether only connectives stand between a
sentence start and a quote. `abbreviation_at` is the one test of "does this
full stop end an abbreviation?" for this splitter and `ownerless.py`'s."""
from __future__ import annotations

import bisect

from .. import rx as regex

from ..regex_cache import SERIAL
from .initial_stops import initialism_ends
from .speech_cues import WORD, Lexicon

__all__ = ["BOUNDARY", "Openers", "abbreviation_at", "boundaries", "frame", "starts_sentence"]
# A sentence ends at . ! ? or … (closing marks may follow) before a capital or digit.
BOUNDARY = regex.compile(r"([.!?\u2026])[\"'\u201d\u2019)\]]*(\s+)"
                         r"(?=[\"'\u201c\u2018(\[]?[\p{Lu}\d])")


def boundaries(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[int]:
    """Sentence starts outside every quote, skipping abbreviations (`Sen. Marsh`,
    `C.W. Nance`) unless a run of initials also ends the sentence (`9 a.m. “We`)."""
    out = []
    span_starts = [a for a, _ in spans]     # spans are top-level quotes: sorted, disjoint
    for m in BOUNDARY.finditer(text, None, None, False, SERIAL):
        gap = m.start(2)
        k = bisect.bisect_left(span_starts, gap) - 1
        if k >= 0 and gap < spans[k][1]:
            continue
        if _ends(text, m, lex):
            out.append(m.end())
    return out


def starts_sentence(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a sentence ends just before text[at] and the next starts
    there, by `BOUNDARY` and the abbreviation test of `boundaries`: `... in
    that situation. “But` yes, `Sen. “Joe` no. Reads only the few characters
    around `at` (`BOUNDARY`'s closing marks and spaces before it, and its
    lookahead of an opening mark and a capital after it)."""
    lo = at
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    lo = max(0, lo - 4)                         # the stop and closing marks (`.’)`)
    return any(m.end() == at and _ends(text, m, lex)
               for m in BOUNDARY.finditer(text, lo, min(len(text), at + 3), False, SERIAL))


def _ends(text: str, m: "regex.Match", lex: Lexicon) -> bool:
    """Whether a `BOUNDARY` match is a sentence end and not an abbreviation's
    stop (unless a run of initials also ends the sentence: `in the U.S. “We`)."""
    a = abbreviation_at(text, m.start(1), lex) if m.group(1) == "." else None
    return a is None or initialism_ends(text, a[0], m.end(), lex)


def abbreviation_at(text: str, stop: int, lex: Lexicon) -> "regex.Match | None":
    """The listed abbreviation or initial (`lex.abbreviation`: `Sen.`, `J.`,
    `U.S.`, `Jan.`) whose full stop is text[stop], else None. When more
    letters run right up to the stop than any listed abbreviation has
    (`Lexicon.abbreviation_reach`), none ends there (each needs a non-word
    character or a stop just before it, and `regex` takes a letter for a
    word character and matches an abbreviation one character for one), so
    the search is spared at most sentence ends ("... the council voted.")."""
    reach = lex.abbreviation_reach
    if 0 < reach <= stop and text[stop - reach:stop].isalpha():
        return None
    return lex.abbreviation.search(text, max(0, stop - 8), stop + 1)


def frame(text: str, start: int, end: int, spans: list[tuple[int, int]], ends: list[int]) -> str:
    """The sentence text[start:end] with each quote replaced by a NUL token."""
    pieces, pos = [], start
    first = bisect.bisect_right(ends, start)   # the first quote ending inside the frame
    for i in range(first, len(spans)):         # never a copy of the quotes after it
        a, b = spans[i]
        if a >= end:
            break
        pieces.append(text[pos:max(a, pos)])
        pieces.append(" \x00 ")
        pos = max(pos, b)
    pieces.append(text[pos:end])
    return "".join(pieces)


class Openers:
    """Answers "does nothing but a connective (`But`, `Indeed`) stand between a
    sentence start and this quote?". Usually the few words in between answer
    it at once; once a part has made it read more than BUDGET characters so,
    one pass over the part's words answers the rest, so many quotes in one
    sentence stay linear. (A start is a sentence start and an end a quote
    mark: never inside a word.)"""

    BUDGET = 2000    # characters read span by span before the one pass

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex, self._others, self._budget = text, lex, None, self.BUDGET

    def __call__(self, start: int, end: int) -> bool:
        openers = self.lex.openers
        if self._others is None:
            self._budget -= max(0, end - start)
            if self._budget >= 0:
                return all(m[0].lower() in openers for m in WORD.finditer(self.text, start, end))
            # where each word that is not a connective starts
            self._others = [m.start() for m in WORD.finditer(self.text)
                            if m[0].lower() not in openers]
        k = bisect.bisect_left(self._others, start)
        return k == len(self._others) or self._others[k] >= end


