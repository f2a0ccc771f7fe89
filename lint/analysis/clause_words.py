"""The words of a clause around a date mention, read from the text for
`lint.analysis.tense`: each word with whether a comma stands before it
(`tokens`), where a clock time before the date starts (`before_clock`), and
the clause a dash, a parenthesis, a semicolon or a full stop goes on with
after the clause read (`goes_on`: "Dec. 12 — it was later postponed", "Dec.
12. It was later postponed."), for `lint.analysis.copula_plans` to read a
plan changed. Offsets are characters of the text given; nothing here reads
a tense.

Split out of tense.py to keep it under 400 lines (fx147).
"""
from __future__ import annotations

import re

from .. import rx as regex

from ..regex_cache import SERIAL
from .apposed_ages import WORD, lowered
from .clock_times import glued_halves
from .sentences import SENTENCE_END

__all__ = ["GAP_WORD", "MAX_AFTER", "QUOTE", "REACH", "WORD", "before_clock", "goes_on", "tokens",
           "kept_day", "named_before", "told_before"]

REACH = 160       # characters read either side of a date (a long sentence is cut)
MAX_AFTER = 24     # tokens read after the date at most (a phrase opening the sentence)

QUOTE = regex.compile(r"[\"“”—(]|--|:\s")      # ends the clause read after a date (a colon too)
GOES_ON = regex.compile(r"—|--|\(")     # ... of those, a dash or parenthesis going on with the sentence
GAP_WORD = re.compile(r"([\W_]*)(" + WORD.pattern + ")")
CLOCK_BEFORE = regex.compile(r"(?<![\d:])\d{1,2}:\d\d(?::\d\d)?\s+$")    # "at 19:00 Nov. 25"


def before_clock(text: str, opening: int, start: int) -> int:
    """Where a clock time right before the date starts ("at 19:00 Nov. 25"),
    or `start`: its figures are no number the date belongs to ("8.50 pct June
    1997 stock"), so the words before it are read as if it were not there."""
    if ":" not in text[max(opening, start - 9):start]:
        return start
    clock = CLOCK_BEFORE.search(text, max(opening, start - 12), start)
    return clock.start() if clock is not None else start


def goes_on(text: str, stop: int, date: str = "", since: int | None = None,
            year: int | None = None) -> tuple[list[str], list[bool], bool, list[str]]:
    """The words and commas (`tokens`) of the clause a dash, parenthesis or semicolon at `stop`
    (where the clause read after a date ends) goes on with ("Dec. 12 — it was later postponed"), or
    the next sentence's if one ends there (then True: "Dec. 12. It was postponed"; past an opening
    quote; none when `doubted`, `date` the mention, `since` where its clause opens, `year` the one
    its day is read in), up to a quote, dash, colon or sentence end; last, the lower-case words
    told before the clause in its paragraph (`named_before`), where another event may have been
    named."""
    dash = GOES_ON.match(text, stop)
    j = stop
    while j > 0 and text[j - 1].isspace():           # (not text[:stop].rstrip(): a copy of the part so far)
        j -= 1
    sentence = dash is None and j < stop and text[j - 1:j] in (".", "!", "?") and (
        (found := SENTENCE_END.match(text, j - 1, None, SERIAL)) is not None and found.end() == stop)
    if dash is None and not sentence and not (j < stop and text[j - 1:j] == ";"):
        return [], [], False, []
    a = dash.end() if dash is not None else stop
    if sentence and (opening := QUOTE.match(text, a, None, SERIAL)) is not None:
        a = opening.end()                            # '. "It was later postponed," the clerk said.'
    b = min(len(text), a + REACH)
    if sentence:
        from .plan_voice import doubted     # (and `plan_days`: a change told after the date only)
        if doubted(text, a, b, date, since, year, told_before(text, since)):
            return [], [], False, []                 # "It was later postponed? No."
    found = QUOTE.search(text, a, b, SERIAL)
    b = found.start() if found else b
    found = SENTENCE_END.search(text, a, b, SERIAL)
    return (*tokens(text, a, found.start() if found else b, MAX_AFTER), sentence,
            named_before(text, since))


def told_before(text: str, since: int | None) -> list[str]:
    """The lower-case words of the sentence before the one whose clause
    opens at text[since], and of that sentence up to there (within `REACH`
    characters): "The board held a closed session Dec. 1." before "The
    hearing was Dec. 12." (qa78 #5). None when `since` is None."""
    if since is None:
        return []
    lo = max(0, since - REACH)
    ends = [found.end() for found in SENTENCE_END.finditer(text, lo, since)]
    a = ends[-2] if len(ends) > 1 else lo
    return lowered(WORD.findall(text, a, since), text.find("‘", a, since) >= 0)


PARAGRAPH = 4 * REACH   # characters of the paragraph read back for another event named
_BLANK = regex.compile(r"\n[^\S\n]*\n")


def named_before(text: str, since: int | None) -> list[str]:
    """The lower-case words of the paragraph so far before the clause
    opening at text[since] (back to a blank line, within `PARAGRAPH`
    characters), where another event may have been named any number of
    sentences back: "The board met in closed session Dec. 1. Lawmakers
    returned Dec. 3." before "The hearing was Dec. 12." (qa82 #2; the
    sentence before alone, `told_before`, missed it). None when `since` is
    None."""
    if since is None:
        return []
    lo = max(0, since - PARAGRAPH)
    blanks = [found.end() for found in _BLANK.finditer(text, lo, since)]
    a = blanks[-1] if blanks else lo
    return lowered(WORD.findall(text, a, since), text.find("‘", a, since) >= 0)


def kept_day(text: str, start: int, end: int, year: int | None = None) -> bool:
    """Does the rest of the sentence of the date text[start:end], read on
    past a semicolon, dash or parenthesis, move its event to that day again
    (`plan_days.same_day`, its day read in `year`): "The hearing was Dec.
    12, but it was later postponed to December 12 at 3 p.m." (qa78 #7: a
    delay within the day, so the hearing was held then)?"""
    stop = min(len(text), end + REACH)
    for found in SENTENCE_END.finditer(text, end, stop):
        if text[found.start()] != ";":
            stop = found.start()
            break
    from .plan_days import same_day
    return same_day(text[start:end], text[end:stop], year)


def tokens(text: str, a: int, b: int, limit: int = 0) -> tuple[list[str], list[bool]]:
    """The words of text[a:b] (at most `limit` when given) and, for each,
    whether a comma stands before it: clauses and phrases are set off by
    commas, which the word scans read. A time's a.m. or p.m. written as one
    word (`9am`, `9:00AM`) is read as `a.m.` is, two words `a` `m`, never
    the verb `am` (nu73 #1: `clock_times.glued_halves`)."""
    halves = glued_halves(text, a, b)
    if halves:
        return _split_halves(text, a, b, limit, halves)
    if text.find(",", a, b) == -1:
        # no comma: the words alone (WORD's matches are GAP_WORD's second group, see below)
        found = WORD.findall(text, a, b)[:limit or None]
        return found, [False] * len(found)
    # (Each word with the gap before it: what WORD.finditer skips is exactly
    # the characters no word starts at, [\W_].)
    pairs = GAP_WORD.findall(text, a, b)
    if limit:
        del pairs[limit:]
    return [w for _, w in pairs], ["," in gap for gap, _ in pairs]


def _split_halves(text: str, a: int, b: int, limit: int,
                  halves: frozenset[int]) -> tuple[list[str], list[bool]]:
    """`tokens`, each word at one of `halves` (a glued `am`, `PM`) split
    into its two letters, as `a.m.` reads."""
    words, commas = [], []
    for found in GAP_WORD.finditer(text, a, b):
        word, comma = found[2], "," in found[1]
        if found.start(2) in halves and len(word) == 2:
            words += [word[0], word[1]]
            commas += [comma, False]
        else:
            words.append(word)
            commas.append(comma)
    if limit:
        del words[limit:], commas[limit:]
    return words, commas
