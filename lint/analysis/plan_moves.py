"""What a change told after a past copula's date moved (fx129, qa68 #4/#9):
only a change of the DATE makes "The game was Dec. 12" a plan rather than
an event held then. `lint.analysis.copula_plans` asks `moved_the_day` about
the words after a `changed_plan_after` phrase or a `called_off` verb
("moved", "delayed", "postponed", "canceled"...: `changes`) and its object.

The change moves the day when it is bare ("but it was later moved", "it
was postponed because of snow", "out of caution"), leads to a day or a
date ("moved to Jan. 6", "postponed to Friday", "moved to a later date",
"moved out of December", "pushed back a week", "delayed a day") or
cancels it; not when a place, a channel, a time of day or a wait of
minutes or hours follows ("moved to the gym", "moved out of the stadium",
"moved to Channel 4", "moved indoors", "moved to the afternoon", "delayed
an hour by rain", "delayed 40 minutes"): the event still took place on
its date, only elsewhere or later that day (fx131). A bare change
followed by a clause telling the event went ahead ("it was later
postponed, and the team won anyway") was no change of the day either, nor
is a move from a day ("moved up from Dec. 19": to the date) nor a change
for a year ("canceled for 2027": another year's edition). The word lists live in
`lint/data/tense.yaml` (`changed_plan_days`, `changed_plan_hours`,
`changed_plan_places`, `changed_plan_place_prepositions`,
`changed_plan_causes`, `changed_plan_skips`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .calendar import MONTHS, WEEKDAYS
from .verb_group import PAST, cue, ly_adverb, words

__all__ = ["changes", "moved_the_day"]

_PREPOSITIONS = ("for", "by", "until", "till", "at", "on")   # and `changed_plan_place_prepositions`
_AFTER_CLOCK = ("a", "p")                    # "3 p.m.": tokens "3", "p", "m"
_ENDS = frozenset(("where", "when", "which", "who", "that", "because", "after", "before", "amid",
                   "as", "due", "while", "since", "with", "from"))
_HELD_LINKS = ("and", "but", "yet", "so", "then", "where")
_DIGITS = re.compile(r"\d+")


def moved_the_day(seq: list[str], lows: list[str], commas: list[bool], i: int, w) -> bool:
    """Do the words lows[i:] after a change (and its object) leave it a
    change of the day: bare, to a day or a date, or by a day or more? Not
    to a place or an hour, nor by minutes or hours (module docstring). A
    bare change is none when a clause after it tells the event held
    (`_held`). `seq` holds the tokens as written, commas[j] tells a comma
    before lows[j]."""
    while i < len(lows) and not commas[i] and _skipped(lows[i], w):
        i += 1                                       # "moved back", "postponed indefinitely"
    if _from_a_day(seq, lows, i, w):
        return False                                 # "moved up from Dec. 19": the date is the new one
    if i == len(lows) or commas[i]:
        return not _held(seq, lows, commas, i, w)
    into = w["changed_plan_place_prepositions"]
    prep = lows[i] if lows[i] in _PREPOSITIONS or lows[i] in into else ""
    j = i + 1 if prep else i
    if prep in into and j < len(lows) and lows[j] in ("of", "from"):
        j += 1                                       # "out of the stadium", "away from the coast"
    end = j
    while end < len(lows) and not (end > j and commas[end]) and lows[end] not in _ENDS \
            and lows[end] not in w["conjunctions"]:
        end += 1
    if prep == "for" and j < len(lows) and len(lows[j]) == 4 and lows[j].isdigit():
        return False                                 # "canceled for 2027": another year's event
    kind = _kind(seq, lows, j, end, w)
    if kind == "day":
        return True
    if kind == "hour" or (not prep and lows[i] in w["changed_plan_places"]) or (
            prep in into and end > j and not (prep == "out" and any(low in w["changed_plan_causes"]
                                                                     for low in lows[j:end]))):
        return False                     # "delayed an hour", "moved indoors", "moved to the gym", "out of the stadium"
    return not _held(seq, lows, commas, end, w)      # "postponed by snow", "until further notice"


def _from_a_day(seq: list[str], lows: list[str], i: int, w) -> bool:
    """Does the change's clause, lows[i:] up to a conjunction, move the event
    from a day ("moved up from Dec. 19", "moved up a week, from Dec. 19":
    qa76 #3)? Then it was moved to the copula's date, and held there."""
    for j in range(i, len(lows)):
        if lows[j] in w["conjunctions"]:
            return False
        if lows[j] == "from" and _kind(seq, lows, j + 1, min(len(lows), j + 4), w) == "day":
            return True
    return False


def _skipped(low: str, w) -> bool:
    """An adverb read past after the change ("again", "back", "quietly";
    not a noun in -ly, `ly_nouns`)."""
    return low in w["changed_plan_skips"] or low in w["changed_plan_gap_adverbs"] or ly_adverb(low, w)


def _kind(seq: list[str], lows: list[str], a: int, b: int, w) -> str:
    """What the phrase lows[a:b] names: "day" (a month, a weekday, a day's
    or a year's figure, one of `changed_plan_days`: "Jan. 6", "next week",
    "a later date", "mid-January"; not a name's number, "Channel 4"), else
    "hour" (a clock time, one of `changed_plan_hours`: "3 p.m.", "7:30",
    "the afternoon", "an hour"), else ""."""
    hour = False
    for j in range(a, b):
        for part in lows[j].split("-"):
            if part in MONTHS or part in WEEKDAYS or part in w["changed_plan_days"]:
                return "day"
            if part in w["changed_plan_hours"]:
                hour = True
        if _DIGITS.fullmatch(lows[j]):
            nxt = lows[j + 1] if j + 1 < len(lows) else ""
            if (nxt in _AFTER_CLOCK and lows[j + 2:j + 3] == ["m"]) or (_DIGITS.fullmatch(nxt) and len(nxt) == 2) \
                    or nxt in w["changed_plan_hours"]:
                hour = True                          # "3 p.m.", "7:30", "40 minutes"
            elif not (j > a and seq[j - 1][:1].isupper()):
                return "day"                         # "the 14th", "2027"; not "Channel 4"
    return "hour" if hour else ""


def _held(seq: list[str], lows: list[str], commas: list[bool], i: int, w) -> bool:
    """Does a clause after lows[i] (opened by "and", "but", "where"...) tell
    the event went ahead: its first verb a past one of its own, not a
    copula or auxiliary ("and fans were refunded"), a reporting verb ("and
    officials said") or another change ("and it was rescheduled"), nor
    one naming a day of its own or `instead` ("and then held Jan. 6": the
    event on its new day; "but resumed the same day" is held)? A wait of
    hours after "only" ("but only by an hour") leaves it held that day
    (qa76 #4)."""
    for j in range(i, len(lows)):
        if lows[j] not in _HELD_LINKS:
            continue
        end = next((k for k in range(j + 2, len(lows)) if commas[k]), len(lows))
        kind = _kind(seq, lows, j + 1, end, w)
        if kind == "hour" and lows[j + 1:j + 2] == ["only"]:
            return True                              # "but only by an hour": a wait within the day
        if kind == "day" and "same" not in lows[j + 1:end] or "instead" in lows[j + 1:end]:
            return False                             # "and then held Jan. 6": on the new day
        for k in range(j + 1, end):
            found = cue(seq, lows, k, w)
            if found is None:
                continue
            low = found.marker
            return found.tense == PAST and low == lows[k] and low not in w["copula_past"] \
                and low not in w["perfect"] and low != "had" and low not in w["reporting"] \
                and low not in _change_heads()
        return False
    return False


@lru_cache(maxsize=None)
def changes() -> frozenset[str]:
    """The phrases that tell a plan changed after a past copula's date: tense.yaml's
    `changed_plan_after` ("moved", "pushed back") and its `called_off` verbs
    ("canceled", "called off", "scrapped"), read from the one list the
    after-publication check also reads, so the two cannot drift apart."""
    w = words()
    return w["changed_plan_after"] | w["called_off"]


@lru_cache(maxsize=None)
def _change_heads() -> frozenset[str]:
    """The first words of the `changes` phrases ("postponed", "moved"...): a
    clause's verb that is one tells another change, not the event held."""
    return frozenset(phrase.split()[0] for phrase in changes())
