"""The quote marks of a text, as `quotes._scan` reads them.

`MARKS` finds every mark that may open or close a quote; `marks(text)` yields
exactly what `MARKS.finditer(text)` yields, but tries the pattern only where
`str.find` has found one of its characters. A paragraph holds a few dozen
marks in thousands of characters, and `regex` spent some 100 instructions a
character testing each against the pattern's first characters (2% of a run).
"""
from __future__ import annotations

from typing import Iterator, Sequence

from .. import rx as regex

from ..regex_cache import SERIAL
from .word_patterns import starts_of

# A single mark between two letters or digits (they’re) never matters: skip it here.
# The low mark „ opens a German or Polish quote (closed by “ or ”).
# Two single marks ('' ‘‘ ’’) stand for a double mark in some archives; two
# grave accents (``) open one in ASCII wire and archive copy that closes it
# with '' (old AP and WSJ text, TeX, the Penn Treebank): ``We won,'' she said.
# A run of exactly three after a word or a stop closes an inner quote, then
# the outer one (`another year,''' said Ms. Diaz`): read ' then '', not '' then '
# (qa100 #1). A run after a space opens both, so it stays '' then '. Which quote
# is inner is the scan's to say: with a double quote innermost (`'They told us
# ''no''' and left`, a single outer quote), `read` takes the run as '' then '
# (qa105 #2).
MARKS = regex.compile("(?<=[^\\s'])'(?=''(?!'))|(?<=[^\\s\u2019])\u2019(?=\u2019\u2019(?!\u2019))"
                      "|''|``|\u2018\u2018|\u2019\u2019|[\"\u201c\u201d\u201e\u2018]"
                      "|['\u2019](?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])['\u2019]")
# The second mark of a spaced `‘n’` (rock ’n’ roll, typed ‘n‘ or 'n' too) is
# the elision's closing apostrophe, never a quote's closing mark (nu66 #5):
# read, it closed a quote opened earlier in the paragraph (`‘a disgrace`).
ELIDED_N = regex.compile("(?<=(?:^|\\s)['\u2018\u2019][nN])['\u2018\u2019](?=\\s|$)")
LOW_DOUBLE = "\u201e"       # „: opens a German or Polish quote (closed by “ or ”), never closes one
# Every character a match of MARKS starts with.
_FIRSTS = ("'", "`", '"', "\u201c", "\u201d", "\u201e", "\u2018", "\u2019")


def marks(text: str) -> Iterator["regex.Match"]:
    """`MARKS.finditer(text)`: the match at each candidate in turn, skipping
    those inside the last match (a pair such as '' is one mark)."""
    end, match = 0, MARKS.match
    for i in starts_of(text, _FIRSTS):
        if i >= end and (m := match(text, i, None, SERIAL)) is not None:
            end = m.end()
            yield m


def read(text: str, stack: Sequence) -> Iterator[tuple[int, str]]:
    """(offset, mark as written) of each match of `marks(text)`, read with
    the quotes open as the scan reaches each mark (`stack`: the open quotes,
    innermost last, each with its `mark`, "double" or "single"; `doubles`:
    how many are double), with two exceptions:

    - a run of three single marks after a word, which `MARKS` reads as one
      then a pair, is read as a pair then one when the quote open innermost
      is a double one: the pair closes it, then the last mark closes the
      single quote outside it;
    - a pair of single marks after a word (’’ or '') with single quotes
      open and no double one is no double mark: with one single quote open,
      the first is a plural possessive's apostrophe and only the second is
      read (`‘… at the Joneses’’, Ames said`); with more, both are read,
      each closing one (`‘He told the council ‘no’’, Ames said`);
    - the closing mark of a spaced `‘n’` (`ELIDED_N`) is not read."""
    skip = -1
    for m in marks(text):
        i, ch = m.start(), m.group()
        if len(ch) == 1 and ch in "'\u2018\u2019" and ELIDED_N.match(text, i):
            continue
        if i == skip:
            yield i + 1, ch[0]          # the run's last mark, after the pair read at i - 1
            continue
        if len(ch) == 1 and ch in "'\u2019" and text.startswith(ch * 2, i + 1) \
                and stack and stack[-1].mark == "double":
            yield i, ch * 2
            skip = i + 1
            continue
        if ch in ("''", "\u2019\u2019") and stack and not stack.doubles and i and text[i - 1].isalnum():
            if len(stack) > 1:
                yield i, ch[0]
            yield i + 1, ch[0]
            continue
        yield i, ch
