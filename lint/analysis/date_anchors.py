"""Where a date mention can start (`lint.analysis.dates`, `plan_days`):
the capitalised month, weekday and relative-day names (`triggers`, shared
with the AP date-form checks), the lower-case words of a relative mention,
the month of an ISO date, and a modifier or day number just before one
("last June", "mid-June", "7 March"). `scan` tries the full MENTION pattern
of `date_scan` only there: running it over every character is too slow for
300 articles a second.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .. import rx as regex

from ..regex_cache import SERIAL
from .calendar import MONTHS, WEEKDAYS
from .date_scan import MENTION
from .word_patterns import word_trie

TRIGGERS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) | {
    "Yesterday", "Today", "Tonight", "Tomorrow"}


# One of TRIGGERS with no lower-case letter running on ("Monday's" counts;
# "Mayor" and "Marching" do not). Naming the words spares a match object for
# every other capitalised word; nesting them by shared beginnings (`word_trie`)
# lets `re` try one branch per capital letter instead of all 23 words.
TRIGGER_WORD = re.compile(word_trie(TRIGGERS) + "(?![a-z])")
LOWER_TRIGGERS = ("yesterday", "today", "tonight", "tomorrow", "week", "month", "year")
ISO_HINT = regex.compile(r"(?:1[6-9]|20)\d\d-[01]\d-")
PREFIX = re.compile(r"(?<![\w-])(?:(?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+(?:past|coming))?|[Ee]arly|[Ll]ate)\s+"
                    r"|[Mm]id-?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)$")


@lru_cache(maxsize=256)
def triggers(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, word) of each capitalised month, weekday or relative day name
    in the text. Cached: the date mentions and the AP date-form checks both
    start from the month names of the same part texts."""
    return tuple([(w.start(), w.group()) for w in TRIGGER_WORD.finditer(text)])


def scan(text: str) -> Iterator[re.Match]:
    """MENTION matches, left to right, tried only at the places a mention can start."""
    anchors = [p for p, _ in triggers(text)]
    if "-0" in text or "-1" in text:              # (the month of a 2025-03-07)
        anchors += [h.start() for h in ISO_HINT.finditer(text, None, None, False, SERIAL)]
    for word in LOWER_TRIGGERS:                   # (str.find: its fast search beats one alternation, pf26)
        i = text.find(word)
        while i != -1:
            anchors.append(i)
            i = text.find(word, i + len(word))
    done = 0
    for p in sorted(anchors):
        if p < done:
            continue
        pre = PREFIX.search(text, max(done, p - 20), p) if _may_prefix(text, p) else None
        m = (pre and MENTION.match(text, pre.start())) or MENTION.match(text, p)
        if m and m.end() > m.start():
            done = m.end()
            yield m


# The last character of each PREFIX word before its spaces: last, next, past,
# this, early, late, coming, of, and a day number's ordinal (1st, 2nd, 3rd, 4th).
_PREFIX_ENDS = frozenset("tsyegfdh")


def _may_prefix(text: str, p: int) -> bool:
    """Can PREFIX end at p? A plain character test that spares its search at
    most anchors ("on June", "in May"): PREFIX ends in "mid"/"mid-", or in
    spaces after one of its words or a day number (`\\d` is `str.isdecimal`)."""
    if p == 0:
        return False
    c = text[p - 1]
    if c == "d" or c == "-":
        return True
    if not c.isspace():
        return False
    j = p - 2
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and (text[j] in _PREFIX_ENDS or text[j].isdecimal())


