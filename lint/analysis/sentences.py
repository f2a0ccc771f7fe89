"""Where sentences start and end in a part's text, for the clause reading of
`lint.analysis.tense` and the checks that read a date's sentence (moved out
of `lint.analysis.tense`; that module still exports these names).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache

from .. import rx as regex

from ..regex_cache import SERIAL

from .abbreviations import STOP_ABBREVIATIONS
from .calendar import MONTHS, WEEKDAY_NAMES

__all__ = ["SENTENCE_END", "sentence_at", "sentence_bounds", "sentence_starts"]

# Where a sentence ends: a stop, `!`, `?` or `;` (plus closing quotes) and
# space, or a stop glued to a capitalised word ("Baklitskiy.After"). A stop
# after a capital initial or a short abbreviation does not end a sentence,
# nor one before a lower-case word ("10 p.m. on Aug. 9"). The lookahead
# first: the long lookbehind is then tried only at a stop, not at every
# character of a scanned text. The stop of "a.m." or "p.m." before the day
# it is on ends no sentence either: AP writes the time first ("at 7 p.m.
# Nov. 25", "at 10 a.m. Wednesday, Dec. 2", "7 p.m. EST Nov. 25"), also
# glued to its hour ("9a.m. ET", which style.time-of-day reads) and before a
# bracketed zone ("9 a.m. (ET) on Sept. 9"; qa417 #2, #3); before another
# capital it may ("ended at 7 p.m. Officials said").
_DAY_AFTER_TIME = (rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+\d"
                   rf"|(?:{'|'.join(WEEKDAY_NAMES)}|[ECMP][SD]?T|GMT|UTC)\b")
SENTENCE_END = regex.compile(
    rf"""(?=[.!?;])(?<!\b(?:{STOP_ABBREVIATIONS}))
        (?<!(?<!\p{{L}})[aApP]\.[mM](?=\.\s+\(?(?i:{_DAY_AFTER_TIME})))
        (?:[!?;]["”’)\]]*\s+|\.["”’)\]]*\s+(?!\p{{Ll}})|[.!?](?=\p{{Lu}}\p{{Ll}}))
""",
    regex.VERBOSE)


def sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences start in a part's text (always begins with 0):
    a new list each call, read from the text's one scan (`sentence_starts`)."""
    return list(sentence_starts(text))


@lru_cache(maxsize=256)
def sentence_starts(text: str) -> tuple[int, ...]:
    """`sentence_bounds`, found by one `SENTENCE_END` scan per text and shared:
    a date's tense and year (`Mention.bounds`), the year carried between
    sentences (`year_carry`), a headline's weekday and an age's sentence
    (names.age-changed) all read a part's sentences, often the same part's,
    from several checks of one run (256 texts: a long story's parts, as the
    checks go over them one after another)."""
    return (0, *[m.end() for m in SENTENCE_END.finditer(text, None, None, False, SERIAL)])


def sentence_at(bounds: Sequence[int], at: int, length: int) -> tuple[int, int]:
    """(start, end) offsets of the sentence holding offset `at`, from
    `sentence_bounds` (a list) or `sentence_starts` (a tuple) of a text
    `length` characters long."""
    k = bisect.bisect_right(bounds, at) - 1
    return (bounds[k] if k >= 0 else 0), (bounds[k + 1] if k + 1 < len(bounds) else length)
