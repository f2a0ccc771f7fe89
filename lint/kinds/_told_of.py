"""The told-of reading of `after-publication`: a past verb of telling someone
of an event ("Saudi Arabia told oil companies of a 15 percent cutback in its
supply in September", AP, Aug. 16, 1990; nu65 #9) is done by publication, so
a date after publication in the `of` or `about` phrase naming the event is
the event's, a plan reported, not the telling's. Split out of
after_publication.py, as `_called_off` is; the word lists are
`told_of_verbs`, `told_of_events` and `announced_events` in
lint/data/tense.yaml.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..analysis.tense import words
from ..analysis.verb_group import phrase_words
from ..analysis.word_patterns import phrase_alternation
from ..regex_cache import SERIAL

__all__ = ["event_told"]


@lru_cache(maxsize=None)
def _told_of() -> regex.Pattern:
    """A verb of `told_of_verbs`, its object (one to four words, no comma, not
    `that`, `of` or `about`; none after `warned`), `of` or `about`, a
    determiner and up to three words ("a 15 percent"), an event noun
    (`told_of_events`, `announced_events`), at most one phrase on it (a
    preposition and one to three words: "in its supply"), and `in` before
    the date: "[told oil companies of a 15 percent cutback in its supply
    in] September" (read in reverse from the date; after `for` the date is
    a target, never read past: `tense._governing`). Not `on`: "told
    Ms Hutt of the reshuffle on Monday" (BBC) dates the telling, and so may
    "told staff of the closure on Sept. 5" with a mistyped month. Not "told
    reporters on Sept. 5 that ...", "told oil companies in September of a
    cutback": the date is outside the phrase."""
    w = words()
    verbs = phrase_alternation(w["told_of_verbs"] - {"warned"})
    events = phrase_alternation(w["told_of_events"] | w["announced_events"])
    dets = "|".join(sorted(w["determiners"]))
    word = r"[\w'’.-]+\s+"
    obj = rf"(?:(?!(?:that|of|about)\s){word})"
    event = (rf"(?:of|about)\s+(?:(?:{dets})\s+)?(?:{word}){{0,3}}?(?:{events})\s+"
             rf"(?:(?:in|of|to|on|at|for|from)\s+(?:{word}){{1,3}}?)?in\s+(?:the\s+)?$")
    return regex.compile(rf"\b(?:(?P<verb>{verbs})\s+{obj}{{1,4}}?|(?P<verb>warned)\s+{obj}{{0,4}}?){event}",
                         regex.IGNORECASE | regex.REVERSE)


def event_told(m) -> bool:
    """Does the date mention m stand in the `of` or `about` phrase naming
    the event a past verb of telling told of (`_told_of`), that verb being
    the one its tense was read from? Only asked of a date after
    publication, which cannot be the telling's."""
    if not any(low in phrase_words(0, "told_of_verbs") for low in m.tense.marker.lower().split()):
        return False                 # "began in September": no telling read, no match needed
    start, _ = m.sentence
    found = _told_of().match(m.text, start, m.start, SERIAL)
    return found is not None and found["verb"].lower() in m.tense.marker.lower().split()
